import type { TabFindings } from '@/lib/messaging';
import { formatInternational } from '@/lib/phone/parse';

const LABELS = { scam: 'Scam number', suspicious: 'Suspicious', official: 'Official' } as const;

/** What Hangup flagged on the page in the current tab. */
export function PageFindings({ findings }: { findings: TabFindings | undefined }) {
  if (!findings) return <p class="muted">Nothing to show for this tab.</p>;
  const { numbers, messages, locker } = findings;
  if (numbers.length === 0 && messages === 0 && !locker) return <p class="muted">Nothing flagged on this page.</p>;
  const order = { scam: 0, suspicious: 1, official: 2 } as const;
  return (
    <ul class="feeds">
      {locker && <li class="error">This page tried to lock your browser. It is a scam: close the tab.</li>}
      {messages > 0 && <li>{messages === 1 ? 'One message looks like a scam.' : `${messages} messages look like scams.`}</li>}
      {[...numbers]
        .sort((a, b) => order[a.verdict] - order[b.verdict])
        .map((n) => (
          <li key={n.e164} data-finding={n.e164}>
            <strong>{formatInternational(n.e164)}</strong> — <span class={n.verdict === 'official' ? 'muted' : 'error'}>{LABELS[n.verdict]}</span>
          </li>
        ))}
    </ul>
  );
}

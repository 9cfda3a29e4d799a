import type { TabFindings } from '@/lib/messaging';
import { formatInternational } from '@/lib/phone/format';
import { t, tPlural, type MessageKey } from '@/lib/i18n';

const LABELS = { scam: 'label_scam', suspicious: 'label_suspicious', official: 'label_official' } as const satisfies Record<string, MessageKey>;

/** What Hangup flagged on the page in the current tab. */
export function PageFindings({ findings }: { findings: TabFindings | undefined }) {
  if (!findings) return <p class="muted">{t('findings_none_tab')}</p>;
  const { numbers, messages, locker } = findings;
  if (numbers.length === 0 && messages === 0 && !locker) return <p class="muted">{t('findings_none')}</p>;
  const order = { scam: 0, suspicious: 1, official: 2 } as const;
  return (
    <ul class="feeds">
      {locker && <li class="error">{t('findings_locker')}</li>}
      {messages > 0 && <li>{tPlural(messages, 'findings_messages_one', 'findings_messages_other')}</li>}
      {[...numbers]
        .sort((a, b) => order[a.verdict] - order[b.verdict])
        .map((n) => (
          <li key={n.e164} data-finding={n.e164}>
            <strong>{formatInternational(n.e164)}</strong> — <span class={n.verdict === 'official' ? 'muted' : 'error'}>{t(LABELS[n.verdict])}</span>
          </li>
        ))}
    </ul>
  );
}

import type { MessageVerdict } from '../detect/message';

const LABEL: Record<MessageVerdict['verdict'], string> = {
  scam: 'SCAM',
  suspicious: 'SUSPICIOUS',
  official: 'OFFICIAL',
  none: 'nothing found',
};

/** The human-readable report for one file. */
export function formatVerdict(name: string, v: MessageVerdict): string {
  const lines = [`${name}: ${LABEL[v.verdict]} (score ${v.score.toFixed(2)})${v.vendor ? ` — ${v.vendor.name}` : ''}`];
  for (const reason of v.reasons) lines.push(`  - ${reason}`);
  for (const n of v.numbers) lines.push(`  number ${n.raw} → ${n.e164}: ${n.status}`);
  return lines.join('\n');
}

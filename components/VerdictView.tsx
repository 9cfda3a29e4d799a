import type { NumberVerdict } from '@/lib/detect/verdict';
import { VendorContactView } from './VendorContactView';
import { t } from '@/lib/i18n';

const HEADINGS: Record<NumberVerdict['verdict'], (shown: string, vendor?: string) => string> = {
  scam: (shown) => t('verdict_heading_scam', shown),
  suspicious: (shown) => t('verdict_heading_suspicious', shown),
  official: (shown, vendor) => (vendor === undefined ? t('verdict_heading_official_unknown', shown) : t('verdict_heading_official', shown, vendor)),
  none: (shown) => t('verdict_heading_none', shown),
};

/** A verdict on one number with its reasons and the vendor's real contact. */
export function VerdictView({ verdict, shown }: { verdict: NumberVerdict; shown: string }) {
  return (
    <div class={`result ${verdict.verdict}`} data-verdict={verdict.verdict}>
      <h3>{HEADINGS[verdict.verdict](shown, verdict.vendor?.name)}</h3>
      <ul>
        {verdict.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {verdict.vendor && <VendorContactView vendor={verdict.vendor} scam={verdict.verdict === 'scam'} />}
    </div>
  );
}

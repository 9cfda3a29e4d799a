import type { NumberVerdict } from '@/lib/detect/verdict';
import { VendorContactView } from './VendorContactView';

const HEADINGS: Record<NumberVerdict['verdict'], (shown: string, vendor?: string) => string> = {
  scam: (shown) => `${shown} is a known scam number`,
  suspicious: (shown) => `${shown} looks suspicious`,
  official: (shown, vendor) => `${shown} is an official ${vendor ?? 'vendor'} number`,
  none: (shown) => `${shown} is not on your lists`,
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

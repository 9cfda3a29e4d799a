import { useState } from 'preact/hooks';
import type { NumberVerdict } from '@/lib/detect/verdict';
import { formatInternational } from '@/lib/phone/parse';
import { VendorContactView } from './VendorContactView';

export interface NumberMarkerProps {
  verdict: NumberVerdict;
  /** The number as the page shows it. */
  raw: string;
  /** Opens the details at first render (used for screenshots and tests). */
  initiallyOpen?: boolean;
}

/** The inline badge after a flagged number, with its reasons behind a click. */
export function NumberMarker({ verdict, raw, initiallyOpen = false }: NumberMarkerProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const scam = verdict.verdict === 'scam';
  const label = scam ? 'Scam number' : 'Official';
  const title = scam
    ? `Hangup: ${formatInternational(verdict.e164)} is a known scam number`
    : `Hangup: ${formatInternational(verdict.e164)} is an official number of ${verdict.vendor?.name ?? 'this vendor'}`;
  return (
    <span class={verdict.verdict} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" class="badge" aria-expanded={open} aria-label={title} title={title} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{scam ? '⚠' : '✓'}</span>
        {label}
      </button>
      {open && (
        <span class="card" role={scam ? 'alert' : 'status'}>
          <button type="button" class="close" aria-label="Close" onClick={() => setOpen(false)}>
            ×
          </button>
          <h2>{scam ? `Do not call ${raw.trim()}` : `${raw.trim()} is official`}</h2>
          <ul>
            {verdict.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {verdict.vendor && <VendorContactView vendor={verdict.vendor} scam={scam} />}
        </span>
      )}
    </span>
  );
}

import { useRef, useState } from 'preact/hooks';
import type { NumberVerdict } from '@/lib/detect/verdict';
import { ReportSection, type Reporter } from './ReportSection';
import { VendorContactView } from './VendorContactView';
import { t } from '@/lib/i18n';

export interface NumberMarkerProps {
  verdict: NumberVerdict;
  /** The number as the page shows it, or its E.164 for a `tel:` link that does not show it. */
  raw: string;
  /** Opens the details at first render (when the badge was clicked before the component took over, in screenshots and tests). */
  initiallyOpen?: boolean;
  /** Opens the details towards the start of the line (see `opensTowardsStart`). */
  initialAlignEnd?: boolean;
  /** Offered on scam numbers whose impersonated vendor is known. */
  reporter?: Reporter;
}

/** Width of the details card in CSS pixels (see marker-styles). */
const CARD_WIDTH = 300;

/** What the badge says: its visible label, and the title a screen reader reads. */
export function badgeText(verdict: NumberVerdict): { icon: string; label: string; title: string } {
  const scam = verdict.verdict === 'scam';
  // Formatted by the background: the content script's phone metadata has no formats.
  const shown = verdict.shown;
  return {
    icon: scam ? '⚠' : '✓',
    label: scam ? t('label_scam') : t('label_official'),
    title: scam
      ? t('marker_title_scam', shown)
      : verdict.vendor
        ? t('marker_title_official', shown, verdict.vendor.name)
        : t('marker_title_official_unknown', shown),
  };
}

/** True when a card opened from `badge` would run past the window's right edge: it then opens towards the start. */
export function opensTowardsStart(badge: HTMLElement): boolean {
  const box = badge.getBoundingClientRect();
  const width = badge.ownerDocument.defaultView?.innerWidth ?? 0;
  return Boolean(width && box.left + CARD_WIDTH > width);
}

/** The inline badge after a flagged number, with its reasons behind a click. */
export function NumberMarker({ verdict, raw, initiallyOpen = false, initialAlignEnd = false, reporter }: NumberMarkerProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const [alignEnd, setAlignEnd] = useState(initialAlignEnd);
  const badge = useRef<HTMLButtonElement>(null);

  function toggle() {
    // Open towards the side with room, so the card stays inside the window.
    if (badge.current) setAlignEnd(opensTowardsStart(badge.current));
    setOpen(!open);
  }

  /** Closes the card and gives the focus back to the badge (it would otherwise fall to the page's body). */
  function close() {
    if (!open) return;
    setOpen(false);
    badge.current?.focus();
  }

  const scam = verdict.verdict === 'scam';
  const { icon, label, title } = badgeText(verdict);
  const asWritten = raw.trim() === verdict.e164 ? verdict.shown : raw.trim();
  return (
    <span class={`root ${verdict.verdict}`} onKeyDown={(event) => event.key === 'Escape' && close()}>
      <button ref={badge} type="button" class="badge" aria-expanded={open} aria-label={title} title={title} onClick={toggle}>
        <span aria-hidden="true">{icon}</span>
        {label}
      </button>
      {open && (
        <span class={alignEnd ? 'card end' : 'card'}>
          <button type="button" class="close" aria-label={t('common_close')} onClick={close}>
            ×
          </button>
          {/* The live region is the finding itself, not the report choices below it (see MessageBanner). */}
          <span class="summary" role={scam ? 'alert' : 'status'}>
            <h2>{scam ? t('marker_heading_scam', asWritten) : t('marker_heading_official', asWritten)}</h2>
            <ul>
              {verdict.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {verdict.vendor && <VendorContactView vendor={verdict.vendor} scam={scam} />}
          </span>
          {scam && reporter && <ReportSection reporter={reporter} />}
        </span>
      )}
    </span>
  );
}

import { useState } from 'preact/hooks';
import type { LockerActions } from '@/lib/page/locker/guard';
import type { LockerFinding } from '@/lib/page/locker/assess';
import { VendorContactView } from './VendorContactView';
import { t } from '@/lib/i18n';

export interface LockerWarningProps {
  finding: LockerFinding;
  actions: LockerActions;
}

export const LOCKER_TITLE_ID = 'hangup-locker-title';
export const LOCKER_TEXT_ID = 'hangup-locker-text';

/** Keeps Tab and Shift+Tab on the warning's own buttons. */
function trapFocus(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const card = event.currentTarget as HTMLElement;
  const stops = [...card.querySelectorAll<HTMLElement>('button, a[href]')];
  const first = stops[0];
  const last = stops[stops.length - 1];
  const active = (card.getRootNode() as ShadowRoot | Document).activeElement;
  if (!first || !last) return;
  if (event.shiftKey ? active === first || !card.contains(active) : active === last || !card.contains(active)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/** The full-page warning over a browser-locker page. */
export function LockerWarning({ finding, actions }: LockerWarningProps) {
  const [closing, setClosing] = useState<'idle' | 'closing' | 'failed'>('idle');

  async function closeTab(event: MouseEvent) {
    // Only the user's own click or key press counts, never one the page made up.
    if (!event.isTrusted) return;
    setClosing('closing');
    setClosing((await actions.closeTab()) ? 'closing' : 'failed');
  }

  return (
    <div class="card" onKeyDown={trapFocus}>
      <p class="brand">{t('ext_name')}</p>
      <h1 id={LOCKER_TITLE_ID}>{t('locker_title')}</h1>
      <div id={LOCKER_TEXT_ID}>
        <p class="lead">{t('locker_lead')}</p>
        <p>{finding.headline}</p>
      </div>
      {finding.reasons.length > 0 && (
        <ul>
          {finding.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {finding.vendor && <VendorContactView vendor={finding.vendor} scam />}
      <div class="actions">
        <button type="button" class="primary" autofocus onClick={closeTab} disabled={closing === 'closing'}>
          {t('locker_close')}
        </button>
        <button type="button" class="leave" onClick={(event) => event.isTrusted && actions.leave()}>
          {t('locker_leave')}
        </button>
      </div>
      {closing === 'failed' && (
        <p class="help" role="status">
          {t('locker_close_failed')}
        </p>
      )}
    </div>
  );
}

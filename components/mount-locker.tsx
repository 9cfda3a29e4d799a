import { render } from 'preact';
import type { LockerFinding } from '@/lib/page/locker/assess';
import type { LockerActions } from '@/lib/page/locker/guard';
import { LOCKER_CSS } from './locker-styles';
import { LOCKER_TEXT_ID, LOCKER_TITLE_ID, LockerWarning } from './LockerWarning';

/** Renders the locker warning into the overlay's dialog (inside a closed shadow root) and names it for screen readers. */
export function mountLockerWarning(dialog: HTMLDialogElement, finding: LockerFinding, actions: LockerActions): void {
  const doc = dialog.ownerDocument;
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', LOCKER_TITLE_ID);
  dialog.setAttribute('aria-describedby', LOCKER_TEXT_ID);
  const style = doc.createElement('style');
  style.textContent = LOCKER_CSS;
  dialog.before(style);
  render(<LockerWarning finding={finding} actions={actions} />, dialog);
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { tx } from './tx';

/** What filing a report from a warning can tell the warning. */
export interface FiledReport {
  reportId: string;
  duplicate: boolean;
  state: 'queued' | 'sent' | 'failed' | 'email' | 'saved';
  destination?: string;
  fraudSite?: { name: string; url: string };
  /** Firefox has not been allowed to send it yet: it waits for the person's permission. */
  needsConsent?: boolean;
}

export interface Reporter {
  vendorName: string;
  /** The page's origin, shown before the person chooses to share it. */
  origin: string;
  /** The redacted excerpt that would be sent, shown before the person chooses to share it. */
  excerpt: string;
  /** A message subject that may be shared (webmail), shown before the person chooses to share it. */
  subject?: string;
  file(share: { origin: boolean; excerpt?: string; subject?: string }): Promise<FiledReport>;
  undo(reportId: string): Promise<boolean>;
  undoSeconds: number;
  /** What is ticked to begin with (the person's defaults from the options page; off unless they chose). */
  defaults: { origin: boolean; excerpt: boolean };
  /** Records the number as not a scam on this device, or takes that back. */
  setNotScam(notScam: boolean): Promise<void>;
}

type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'filed'; report: FiledReport; undoLeft: number } | { kind: 'undone' } | { kind: 'error'; message: string };

/**
 * "Report to <vendor>": shows exactly what will be sent, with the page address
 * and an excerpt off unless ticked, and files on a real click only (a click a
 * page script makes up is not `isTrusted`).
 */
export function ReportSection({ reporter }: { reporter: Reporter }) {
  const [shareOrigin, setShareOrigin] = useState(reporter.defaults.origin);
  const [shareExcerpt, setShareExcerpt] = useState(reporter.defaults.excerpt && Boolean(reporter.excerpt));
  const [shareSubject, setShareSubject] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [notScam, setNotScam] = useState(false);

  useEffect(() => {
    if (phase.kind !== 'filed' || phase.undoLeft <= 0) return;
    const timer = setTimeout(() => setPhase({ ...phase, undoLeft: phase.undoLeft - 1 }), 1000);
    return () => clearTimeout(timer);
  }, [phase]);

  async function toggleNotScam(event: MouseEvent) {
    if (!event.isTrusted) return;
    try {
      await reporter.setNotScam(!notScam);
      setNotScam(!notScam);
      setPhase({ kind: 'idle' });
    } catch (error) {
      setPhase({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  if (notScam) {
    return (
      <div class="report">
        <p role="status">{t('report_not_scam_done')}</p>
        <button type="button" class="action secondary" onClick={toggleNotScam}>
          {t('common_undo')}
        </button>
        {phase.kind === 'error' && (
          <p role="status" class="error">
            {phase.message}
          </p>
        )}
      </div>
    );
  }

  async function file(event: MouseEvent) {
    if (!event.isTrusted) return;
    setPhase({ kind: 'busy' });
    try {
      const report = await reporter.file({
        origin: shareOrigin,
        ...(shareExcerpt ? { excerpt: reporter.excerpt } : {}),
        ...(shareSubject && reporter.subject ? { subject: reporter.subject } : {}),
      });
      setPhase({ kind: 'filed', report, undoLeft: report.duplicate ? 0 : reporter.undoSeconds });
    } catch (error) {
      setPhase({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function undo(event: MouseEvent, reportId: string) {
    if (!event.isTrusted) return;
    try {
      setPhase((await reporter.undo(reportId)) ? { kind: 'undone' } : { kind: 'error', message: t('report_too_late') });
    } catch (error) {
      setPhase({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  if (phase.kind === 'filed') return <FiledView report={phase.report} vendorName={reporter.vendorName} undoLeft={phase.undoLeft} onUndo={(event) => undo(event, phase.report.reportId)} takeFocus />;
  return (
    <div class="report">
      <h3>{t('report_heading', reporter.vendorName)}</h3>
      <p class="fine">{t('report_fine', reporter.vendorName)}</p>
      <label class="share">
        <input type="checkbox" checked={shareOrigin} onChange={(event) => setShareOrigin((event.target as HTMLInputElement).checked)} />
        <span>{tx('report_share_origin', <code>{reporter.origin}</code>)}</span>
      </label>
      {reporter.subject && (
        <label class="share">
          <input type="checkbox" checked={shareSubject} onChange={(event) => setShareSubject((event.target as HTMLInputElement).checked)} />
          <span>{tx('report_share_subject', <q>{reporter.subject}</q>)}</span>
        </label>
      )}
      {reporter.excerpt && (
        <label class="share">
          <input type="checkbox" checked={shareExcerpt} onChange={(event) => setShareExcerpt((event.target as HTMLInputElement).checked)} />
          <span>{tx('report_share_excerpt', <q>{reporter.excerpt}</q>)}</span>
        </label>
      )}
      <button type="button" class="action" disabled={phase.kind === 'busy'} onClick={file}>
        {t('report_button', reporter.vendorName)}
      </button>{' '}
      <button type="button" class="action secondary" onClick={toggleNotScam}>
        {t('report_not_scam')}
      </button>
      <p role="status" class={phase.kind === 'error' ? 'error' : 'fine'}>
        {phase.kind === 'error' ? phase.message : phase.kind === 'undone' ? t('report_withdrawn') : ''}
      </p>
    </div>
  );
}

/**
 * What a warning shows once its report is filed: where it goes (or what it waits for), and the undo button.
 * With `takeFocus` (it replaces the Report button the person just pressed) the focus moves to the undo button,
 * and to the announcement when the undo button goes: it would otherwise fall to the page. Only the
 * announcement is a live region: the undo button's countdown is not read out every second.
 */
export function FiledView({ report, vendorName, undoLeft, onUndo, takeFocus = false }: { report: FiledReport; vendorName: string; undoLeft: number; onUndo: (event: MouseEvent) => void; takeFocus?: boolean }) {
  const where = report.needsConsent
    ? t('report_filed_needs_consent')
    : report.state === 'email'
      ? t('report_filed_email', vendorName)
      : report.state === 'saved'
        ? t('report_filed_saved', vendorName)
        : t('report_filed_sending', report.destination ?? vendorName);
  const status = useRef<HTMLParagraphElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const undoHadFocus = useRef(false);
  useEffect(() => {
    if (takeFocus) (undoButton.current ?? status.current)?.focus();
  }, []);
  useEffect(() => {
    // On the last second, note whether the undo button has the focus: once it is gone, the announcement takes it.
    if (undoLeft === 1) undoHadFocus.current = hasFocus(undoButton.current);
    if (undoLeft <= 0 && undoHadFocus.current) {
      undoHadFocus.current = false;
      status.current?.focus();
    }
  }, [undoLeft]);
  return (
    <div class="report">
      <p role="status" tabIndex={-1} ref={status}>
        <strong>{report.duplicate ? t('report_filed_duplicate') : t('report_filed')}</strong> {where}
      </p>
      {report.fraudSite && (
        <p>
          <a href={report.fraudSite.url} target="_blank" rel="noopener noreferrer">
            {report.fraudSite.name}
          </a>
        </p>
      )}
      {undoLeft > 0 && (
        <button type="button" class="action secondary" onClick={onUndo} ref={undoButton}>
          {t('report_undo_countdown', undoLeft)}
        </button>
      )}
    </div>
  );
}

/** True when `element` has the focus in its document or shadow root. */
function hasFocus(element: HTMLElement | null): boolean {
  if (!element) return false;
  return (element.getRootNode() as Document | ShadowRoot).activeElement === element;
}

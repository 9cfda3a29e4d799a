import { useEffect, useState } from 'preact/hooks';
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

  async function toggleNotScam(event: MouseEvent) {
    if (!event.isTrusted) return;
    await reporter.setNotScam(!notScam);
    setNotScam(!notScam);
  }

  if (notScam) {
    return (
      <div class="report" role="status">
        <p>{t('report_not_scam_done')}</p>
        <button type="button" class="action secondary" onClick={toggleNotScam}>
          {t('common_undo')}
        </button>
      </div>
    );
  }

  useEffect(() => {
    if (phase.kind !== 'filed' || phase.undoLeft <= 0) return;
    const timer = setTimeout(() => setPhase({ ...phase, undoLeft: phase.undoLeft - 1 }), 1000);
    return () => clearTimeout(timer);
  }, [phase]);

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
    setPhase((await reporter.undo(reportId)) ? { kind: 'undone' } : { kind: 'error', message: t('report_too_late') });
  }

  if (phase.kind === 'filed') return <FiledView report={phase.report} vendorName={reporter.vendorName} undoLeft={phase.undoLeft} onUndo={(event) => undo(event, phase.report.reportId)} />;
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

/** What a warning shows once its report is filed: where it goes (or what it waits for), and the undo button. */
export function FiledView({ report, vendorName, undoLeft, onUndo }: { report: FiledReport; vendorName: string; undoLeft: number; onUndo: (event: MouseEvent) => void }) {
  const where = report.needsConsent
    ? t('report_filed_needs_consent')
    : report.state === 'email'
      ? t('report_filed_email', vendorName)
      : report.state === 'saved'
        ? t('report_filed_saved', vendorName)
        : t('report_filed_sending', report.destination ?? vendorName);
  return (
    <div class="report" role="status">
      <p>
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
        <button type="button" class="action secondary" onClick={onUndo}>
          {t('report_undo_countdown', undoLeft)}
        </button>
      )}
    </div>
  );
}

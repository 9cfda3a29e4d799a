import type { MessageVerdict } from '@/lib/detect/message';
import { t } from '@/lib/i18n';
import { ReportSection, type Reporter } from './ReportSection';
import { VendorContactView } from './VendorContactView';

export interface MessageBannerProps {
  /** A scam or suspicious verdict on the message below the banner. */
  verdict: MessageVerdict;
  onDismiss: () => void;
  /** Offered when the message names the vendor it impersonates. */
  reporter?: Reporter;
}

function headline({ verdict, vendor }: MessageVerdict): string {
  if (verdict === 'scam') return t('banner_headline_scam');
  return vendor ? t('banner_headline_vendor', vendor.name) : t('banner_headline_suspicious');
}

/** The warning above a flagged message: what Hangup found, why, and the impersonated vendor's real contact. */
export function MessageBanner({ verdict, onDismiss, reporter }: MessageBannerProps) {
  const scam = verdict.verdict === 'scam';
  // Reasons already quote the vendor's statements; the contact box shows the rest.
  const vendor = verdict.vendor && {
    ...verdict.vendor,
    statements: verdict.vendor.statements.filter((statement) => !verdict.reasons.some((reason) => reason.includes(statement))),
  };
  return (
    <div class={`banner ${verdict.verdict}`}>
      {/* First in reading and Tab order, so the warning can be put away before its report choices; drawn at the right. */}
      <button type="button" class="dismiss" aria-label={t('banner_dismiss_label')} onClick={onDismiss}>
        {t('banner_dismiss')}
      </button>
      <span class="icon" aria-hidden="true">
        ⚠
      </span>
      <div class="content">
        {/* The live region is the warning itself: its report choices and their progress stay out of it, so a
            change there does not read the whole warning out again. */}
        <div role={scam ? 'alert' : 'status'}>
          <p class="brand">{t('ext_name')}</p>
          <p class="headline">{headline(verdict)}</p>
          <ul>
            {verdict.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {vendor && <VendorContactView vendor={vendor} scam />}
        </div>
        {reporter && <ReportSection reporter={reporter} />}
      </div>
    </div>
  );
}

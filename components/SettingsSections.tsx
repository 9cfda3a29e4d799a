import { useState } from 'preact/hooks';
import type { ReportSharing, Sensitivity } from '@/lib/background/settings';
import { formatInternational } from '@/lib/phone/format';
import { t, type MessageKey } from '@/lib/i18n';

export interface SettingsState {
  pausedSites: string[];
  notScam: string[];
  sensitivity: Sensitivity;
  reportSharing: ReportSharing;
}

export interface SettingsSectionsProps {
  settings: SettingsState | undefined;
  onResume: (origin: string) => void;
  onForget: (e164: string) => void;
  onSensitivity: (sensitivity: Sensitivity) => void;
  onSharing: (sharing: ReportSharing) => void;
  onExport: () => void;
  /** Resolves with a confirmation to show; rejects with a reason (nothing is changed then). */
  onImport: (text: string) => Promise<string>;
}

const SENSITIVITY_TEXT: Record<Sensitivity, { label: MessageKey; help: MessageKey }> = {
  'lists-only': { label: 'sensitivity_lists_only_label', help: 'sensitivity_lists_only_help' },
  standard: { label: 'sensitivity_standard_label', help: 'sensitivity_standard_help' },
  high: { label: 'sensitivity_high_label', help: 'sensitivity_high_help' },
};

/** Paused sites, the "not a scam" list, warning sensitivity, report sharing, and backup of settings. */
export function SettingsSections(props: SettingsSectionsProps) {
  const { settings } = props;
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string }>();
  if (!settings) return <p class="muted">{t('common_loading')}</p>;

  async function importFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      setImportMessage({ ok: true, text: await props.onImport(await file.text()) });
    } catch (error) {
      setImportMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <>
      <section aria-labelledby="sensitivity-heading">
        <h2 id="sensitivity-heading">{t('settings_sensitivity_heading')}</h2>
        <fieldset class="stack">
          <legend class="sr-only">{t('settings_sensitivity_heading')}</legend>
          {(Object.keys(SENSITIVITY_TEXT) as Sensitivity[]).map((value) => (
            <label key={value} class="choice">
              <input type="radio" name="sensitivity" value={value} checked={settings.sensitivity === value} onChange={() => props.onSensitivity(value)} />
              <span>
                <strong>{t(SENSITIVITY_TEXT[value].label)}</strong> — {t(SENSITIVITY_TEXT[value].help)}
              </span>
            </label>
          ))}
        </fieldset>
      </section>
      <section aria-labelledby="sharing-heading">
        <h2 id="sharing-heading">{t('settings_sharing_heading')}</h2>
        <p class="muted">{t('settings_sharing_intro')}</p>
        <label class="choice">
          <input type="checkbox" checked={settings.reportSharing.origin} onChange={(e) => props.onSharing({ ...settings.reportSharing, origin: (e.target as HTMLInputElement).checked })} />
          <span>{t('settings_sharing_origin')}</span>
        </label>
        <label class="choice">
          <input type="checkbox" checked={settings.reportSharing.excerpt} onChange={(e) => props.onSharing({ ...settings.reportSharing, excerpt: (e.target as HTMLInputElement).checked })} />
          <span>{t('settings_sharing_excerpt')}</span>
        </label>
      </section>
      <section aria-labelledby="paused-heading">
        <h2 id="paused-heading">{t('settings_paused_heading')}</h2>
        {settings.pausedSites.length === 0 ? (
          <p class="muted">{t('settings_paused_none')}</p>
        ) : (
          <ul class="feeds">
            {settings.pausedSites.map((origin) => (
              <li key={origin} class="row">
                <span>{origin.replace(/^https?:\/\//, '')}</span>
                <button type="button" class="secondary" onClick={() => props.onResume(origin)} aria-label={t('settings_resume_label', origin)}>
                  {t('common_resume')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="notscam-heading">
        <h2 id="notscam-heading">{t('settings_notscam_heading')}</h2>
        {settings.notScam.length === 0 ? (
          <p class="muted">{t('settings_notscam_none')}</p>
        ) : (
          <ul class="feeds">
            {settings.notScam.map((e164) => (
              <li key={e164} class="row">
                <span>{formatInternational(e164)}</span>
                <button type="button" class="secondary" onClick={() => props.onForget(e164)} aria-label={t('settings_warn_again_label', formatInternational(e164))}>
                  {t('settings_warn_again')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('settings_backup_heading')}</h2>
        <p class="muted">{t('settings_backup_intro')}</p>
        <div class="actions">
          <button type="button" class="secondary" onClick={props.onExport}>
            {t('settings_export')}
          </button>
          <label class="button secondary file">
            {t('settings_import')}
            <input type="file" accept="application/json,.json" class="sr-only" onChange={importFile} />
          </label>
        </div>
        {importMessage && (
          <p role={importMessage.ok ? 'status' : 'alert'} class={importMessage.ok ? 'muted' : 'error'}>
            {importMessage.text}
          </p>
        )}
      </section>
    </>
  );
}

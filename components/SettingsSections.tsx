import { useState } from 'preact/hooks';
import type { ReportSharing, Sensitivity } from '@/lib/background/settings';
import { formatInternational } from '@/lib/phone/parse';

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

const SENSITIVITY_TEXT: Record<Sensitivity, { label: string; help: string }> = {
  'lists-only': { label: 'Lists only', help: 'Warn only about numbers on your lists.' },
  standard: { label: 'Standard', help: 'Also warn about messages that pose as a company and push you to call. Recommended.' },
  high: { label: 'High', help: 'Warn earlier about messages that name a company and show a number. More false alarms.' },
};

/** Paused sites, the "not a scam" list, warning sensitivity, report sharing, and backup of settings. */
export function SettingsSections(props: SettingsSectionsProps) {
  const { settings } = props;
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string }>();
  if (!settings) return <p class="muted">Loading…</p>;

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
        <h2 id="sensitivity-heading">Warning sensitivity</h2>
        <fieldset class="stack">
          <legend class="sr-only">Warning sensitivity</legend>
          {(Object.keys(SENSITIVITY_TEXT) as Sensitivity[]).map((value) => (
            <label key={value} class="choice">
              <input type="radio" name="sensitivity" value={value} checked={settings.sensitivity === value} onChange={() => props.onSensitivity(value)} />
              <span>
                <strong>{SENSITIVITY_TEXT[value].label}</strong> — {SENSITIVITY_TEXT[value].help}
              </span>
            </label>
          ))}
        </fieldset>
      </section>
      <section aria-labelledby="sharing-heading">
        <h2 id="sharing-heading">When you report a number</h2>
        <p class="muted">A report always carries the number, the company it pretends to be and why Hangup flagged it. You see everything before it is sent. Tick these to offer more by default:</p>
        <label class="choice">
          <input type="checkbox" checked={settings.reportSharing.origin} onChange={(e) => props.onSharing({ ...settings.reportSharing, origin: (e.target as HTMLInputElement).checked })} />
          <span>The address of the page (its site only, no path)</span>
        </label>
        <label class="choice">
          <input type="checkbox" checked={settings.reportSharing.excerpt} onChange={(e) => props.onSharing({ ...settings.reportSharing, excerpt: (e.target as HTMLInputElement).checked })} />
          <span>A short excerpt of the text around the number, with names, e-mail addresses and other numbers hidden</span>
        </label>
      </section>
      <section aria-labelledby="paused-heading">
        <h2 id="paused-heading">Paused sites</h2>
        {settings.pausedSites.length === 0 ? (
          <p class="muted">Hangup is active on every site. Pause it on a site from the toolbar button.</p>
        ) : (
          <ul class="feeds">
            {settings.pausedSites.map((origin) => (
              <li key={origin} class="row">
                <span>{origin.replace(/^https?:\/\//, '')}</span>
                <button type="button" class="secondary" onClick={() => props.onResume(origin)} aria-label={`Resume Hangup on ${origin}`}>
                  Resume
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="notscam-heading">
        <h2 id="notscam-heading">Numbers you marked as not a scam</h2>
        {settings.notScam.length === 0 ? (
          <p class="muted">None. Use "Not a scam" on a warning to stop Hangup warning about a number.</p>
        ) : (
          <ul class="feeds">
            {settings.notScam.map((e164) => (
              <li key={e164} class="row">
                <span>{formatInternational(e164)}</span>
                <button type="button" class="secondary" onClick={() => props.onForget(e164)} aria-label={`Warn about ${formatInternational(e164)} again`}>
                  Warn again
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Back up your settings</h2>
        <p class="muted">Saves your lists' addresses, paused sites, "not a scam" numbers and choices to a file, or restores them from one.</p>
        <div class="actions">
          <button type="button" class="secondary" onClick={props.onExport}>
            Export settings
          </button>
          <label class="button secondary file">
            Import settings…
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

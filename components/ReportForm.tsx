import { useRef, useState } from 'preact/hooks';
import type { Request } from '@/lib/messaging';
import { parseTypedNumber } from '@/lib/phone/parse';
import type { CountryCode } from 'libphonenumber-js/min';
import { t, type MessageKey } from '@/lib/i18n';

export type FileRequest = Request<'fileReport'>;

export interface ReportFormProps {
  vendors: string[];
  region: CountryCode;
  onFile: (request: FileRequest) => Promise<string>;
}

const CHANNELS = [
  { value: 'call', label: 'report_channel_call' },
  { value: 'sms', label: 'report_channel_sms' },
  { value: 'email', label: 'report_channel_email' },
  { value: 'web', label: 'report_channel_web' },
] as const satisfies readonly { value: string; label: MessageKey }[];

type Channel = (typeof CHANNELS)[number]['value'];

/** Report a contact Hangup could not see: a call, a text, an e-mail elsewhere. */
export function ReportForm({ vendors, region, onFile }: ReportFormProps) {
  const [number, setNumber] = useState('');
  const [vendor, setVendor] = useState('');
  const [channel, setChannel] = useState<Channel>('call');
  const [when, setWhen] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ number?: string; vendor?: string; when?: string }>({});
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const numberInput = useRef<HTMLInputElement>(null);
  const vendorInput = useRef<HTMLInputElement>(null);
  const whenInput = useRef<HTMLInputElement>(null);

  const parsed = number.trim() ? parseTypedNumber(number, region) : undefined;
  const seenAt = when ? new Date(when) : undefined;
  const request: FileRequest | undefined =
    parsed?.ok && vendor.trim()
      ? {
          e164: parsed.e164,
          asSeen: number.trim(),
          vendorName: vendor.trim(),
          channel,
          verdict: 'user',
          reasons: [],
          ...(seenAt && !Number.isNaN(seenAt.getTime()) ? { seenAt: seenAt.toISOString() } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
          share: { origin: false },
        }
      : undefined;

  function validate(): boolean {
    const found: typeof errors = {};
    if (!number.trim()) found.number = t('report_form_error_number_empty');
    else if (!parsed?.ok) found.number = t('report_form_error_number_invalid');
    if (!vendor.trim()) found.vendor = t('report_form_error_vendor_empty');
    if (seenAt && (Number.isNaN(seenAt.getTime()) || seenAt.getTime() > Date.now() + 60_000)) found.when = t('report_form_error_when_future');
    setErrors(found);
    // The first field to mend gets the focus, and a screen reader reads its error with it (aria-describedby).
    (found.number ? numberInput : found.vendor ? vendorInput : found.when ? whenInput : undefined)?.current?.focus();
    return Object.keys(found).length === 0;
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (!validate() || !request) return;
    setBusy(true);
    try {
      setResult({ ok: true, text: await onFile(request) });
      setNumber('');
      setNote('');
      setWhen('');
    } catch (error) {
      setResult({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="stack" onSubmit={submit} noValidate>
      <label>
        {t('report_form_number')}
        <input ref={numberInput} type="text" inputMode="tel" value={number} aria-invalid={errors.number ? 'true' : undefined} aria-describedby={errors.number ? 'report-number-error' : undefined} onInput={(e) => setNumber((e.target as HTMLInputElement).value)} />
      </label>
      {errors.number && <p id="report-number-error" class="error">{errors.number}</p>}
      <label>
        {t('report_form_vendor')}
        <input ref={vendorInput} type="text" list="report-vendors" value={vendor} aria-invalid={errors.vendor ? 'true' : undefined} aria-describedby={errors.vendor ? 'report-vendor-error' : undefined} onInput={(e) => setVendor((e.target as HTMLInputElement).value)} />
        <datalist id="report-vendors">
          {vendors.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      {errors.vendor && <p id="report-vendor-error" class="error">{errors.vendor}</p>}
      <label>
        {t('report_form_channel')}
        <select value={channel} onChange={(e) => setChannel((e.target as HTMLSelectElement).value as Channel)}>
          {CHANNELS.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('report_form_when')}
        <input ref={whenInput} type="datetime-local" value={when} aria-invalid={errors.when ? 'true' : undefined} aria-describedby={errors.when ? 'report-when-error' : undefined} onInput={(e) => setWhen((e.target as HTMLInputElement).value)} />
      </label>
      {errors.when && (
        <p id="report-when-error" class="error">
          {errors.when}
        </p>
      )}
      <label>
        {t('report_form_note')}
        <textarea rows={2} maxLength={1000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </label>
      <details>
        <summary>{t('report_form_preview')}</summary>
        <pre class="preview">{request ? JSON.stringify(preview(request), null, 1) : t('report_form_preview_empty')}</pre>
      </details>
      <div>
        <button type="submit" disabled={busy}>
          {busy ? t('report_form_busy') : t('report_form_submit')}
        </button>
      </div>
      {/* Always in the page: a live region added together with its text is often not read out. */}
      <p role="status" class="muted">
        {result?.ok ? result.text : ''}
      </p>
      {result && !result.ok && (
        <p role="alert" class="error">
          {result.text}
        </p>
      )}
    </form>
  );
}

/** The report's fields as they will appear in it (the id and time are added when it is filed). */
function preview(request: FileRequest) {
  return {
    number: { e164: request.e164, asSeen: request.asSeen },
    vendor: { name: request.vendorName },
    channel: request.channel,
    ...(request.seenAt ? { seenAt: request.seenAt } : {}),
    ...(request.note ? { note: request.note } : {}),
  };
}

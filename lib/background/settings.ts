import * as v from 'valibot';
import { isE164 } from '../phone/parse';
import type { KeyValueArea } from '../storage-area';
import { PAUSED_SITES_KEY } from './paused-sites';

import { SENSITIVITIES, type ReportSharing, type Sensitivity } from '../settings-types';
import { t } from '../i18n';
import { describeIssue } from '../validation';

export { SENSITIVITIES, type ReportSharing, type Sensitivity } from '../settings-types';

export const ALLOWLIST_KEY = 'notScam';
export const SENSITIVITY_KEY = 'sensitivity';
export const REPORT_SHARING_KEY = 'reportSharing';


export async function readReportSharing(area: KeyValueArea): Promise<ReportSharing> {
  const value = (await area.get(REPORT_SHARING_KEY))[REPORT_SHARING_KEY] as Partial<ReportSharing> | undefined;
  return { origin: value?.origin === true, excerpt: value?.excerpt === true };
}

export async function setReportSharing(area: KeyValueArea, sharing: ReportSharing): Promise<void> {
  await area.set({ [REPORT_SHARING_KEY]: { origin: sharing.origin, excerpt: sharing.excerpt } });
}

const origin = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/\s]+$/, 'not a web origin'));
const e164 = v.pipe(v.string(), v.check(isE164, 'not an E.164 number'));

/** A settings file as exported; imported files are checked against it before anything is changed. */
export const SettingsFileSchema = v.strictObject({
  hangupSettings: v.literal(1),
  pausedSites: v.pipe(v.array(origin), v.maxLength(10_000)),
  notScam: v.pipe(v.array(e164), v.maxLength(10_000)),
  sensitivity: v.picklist(SENSITIVITIES),
  reportSharing: v.optional(v.strictObject({ origin: v.boolean(), excerpt: v.boolean() }), { origin: false, excerpt: false }),
  feeds: v.pipe(
    v.array(v.strictObject({ url: v.pipe(v.string(), v.url(), v.maxLength(2048)), fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)), label: v.pipe(v.string(), v.maxLength(120)) })),
    v.maxLength(100),
  ),
});
export type SettingsFile = v.InferOutput<typeof SettingsFileSchema>;

const strings = (value: unknown, check: (item: string) => boolean) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && check(item)) : []);

export async function readAllowlist(area: KeyValueArea): Promise<string[]> {
  return strings((await area.get(ALLOWLIST_KEY))[ALLOWLIST_KEY], isE164);
}

export async function setNotScam(area: KeyValueArea, number: string, notScam: boolean): Promise<string[]> {
  const list = new Set(await readAllowlist(area));
  if (notScam) list.add(number);
  else list.delete(number);
  const next = [...list].sort();
  await area.set({ [ALLOWLIST_KEY]: next });
  return next;
}

export async function readSensitivity(area: KeyValueArea): Promise<Sensitivity> {
  const value = (await area.get(SENSITIVITY_KEY))[SENSITIVITY_KEY];
  return (SENSITIVITIES as readonly unknown[]).includes(value) ? (value as Sensitivity) : 'standard';
}

export async function setSensitivity(area: KeyValueArea, sensitivity: Sensitivity): Promise<void> {
  await area.set({ [SENSITIVITY_KEY]: sensitivity });
}

export async function exportSettings(area: KeyValueArea, feeds: SettingsFile['feeds']): Promise<SettingsFile> {
  return {
    hangupSettings: 1,
    pausedSites: strings((await area.get(PAUSED_SITES_KEY))[PAUSED_SITES_KEY], (item) => /^https?:\/\/[^/\s]+$/.test(item)),
    notScam: await readAllowlist(area),
    sensitivity: await readSensitivity(area),
    reportSharing: await readReportSharing(area),
    feeds,
  };
}

export type ImportCheck = { ok: true; file: SettingsFile } | { ok: false; error: string };

/** Parses and checks a settings file; nothing is written here. */
export function checkSettingsFile(text: string): ImportCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: t('settings_import_not_json') };
  }
  const result = v.safeParse(SettingsFileSchema, data);
  if (result.success) return { ok: true, file: result.output };
  // The detail (field and valibot's message) stays technical and in English.
  return { ok: false, error: t('settings_import_invalid', describeIssue(result.issues, 'invalid')) };
}

/** Writes a checked settings file in one go. */
export async function applySettings(area: KeyValueArea, file: SettingsFile): Promise<void> {
  await area.set({
    [PAUSED_SITES_KEY]: [...new Set(file.pausedSites)].sort(),
    [ALLOWLIST_KEY]: [...new Set(file.notScam)].sort(),
    [SENSITIVITY_KEY]: file.sensitivity,
    [REPORT_SHARING_KEY]: file.reportSharing,
  });
}

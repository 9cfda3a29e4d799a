import * as v from 'valibot';
import type { Audience, MessageType, Request } from '../messaging';
import { MAX_BATCH, MAX_FIND_TEXT, MAX_FIND_TEXTS, MAX_MESSAGE_CHARS, MAX_MESSAGE_TEXT } from '../messaging';
import { isRegion } from '../phone/metadata';
import { isE164 } from '../phone/parse';
import { CHANNELS, MAX_EXCERPT, MAX_NOTE, REPORT_VERDICTS } from '../reports/limits';
import { SENSITIVITIES } from '../settings-types';
import { t } from '../i18n';

// The shapes the background accepts, kept out of lib/messaging so content scripts do not bundle valibot.
const origin = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/\s]+$/, 'not a web origin'));
const empty = v.strictObject({});
const reportId = v.pipe(v.string(), v.uuid());
const feedId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'not a feed id'));

/** Shape of each request's data, and who may send it. */
export const ROUTES: { [K in MessageType]: { audience: Audience; schema: v.GenericSchema<unknown, Request<K>> } } = {
  findNumbers: {
    audience: 'any',
    schema: v.strictObject({
      region: v.pipe(v.string(), v.check(isRegion, 'not a region')),
      texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_FIND_TEXT))), v.minLength(1), v.maxLength(MAX_FIND_TEXTS)),
    }),
  },
  lookupNumbers: {
    audience: 'any',
    schema: v.strictObject({
      numbers: v.pipe(v.array(v.pipe(v.string(), v.check(isE164, 'not an E.164 number'))), v.minLength(1), v.maxLength(MAX_BATCH)),
    }),
  },
  pageStatus: { audience: 'any', schema: empty },
  uiMessages: { audience: 'any', schema: empty },
  checkNumber: { audience: 'pages', schema: v.strictObject({ input: v.pipe(v.string(), v.maxLength(200)) }) },
  listFeeds: { audience: 'pages', schema: empty },
  getSite: { audience: 'pages', schema: v.strictObject({ origin }) },
  setSitePaused: { audience: 'pages', schema: v.strictObject({ origin, paused: v.boolean() }) },
  addFeed: {
    audience: 'pages',
    schema: v.strictObject({ url: v.pipe(v.string(), v.maxLength(2048)), fingerprint: v.pipe(v.string(), v.maxLength(200)) }),
  },
  removeFeed: { audience: 'pages', schema: v.strictObject({ feedId }) },
  syncFeed: { audience: 'pages', schema: v.strictObject({ feedId }) },
  checkMessage: {
    audience: 'any',
    schema: v.strictObject({
      subject: v.pipe(v.string(), v.maxLength(1000)),
      from: v.pipe(v.string(), v.maxLength(500)),
      text: v.pipe(v.string(), v.maxLength(MAX_MESSAGE_TEXT)),
      telLinks: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(50)),
    }),
  },
  closeTab: { audience: 'any', schema: empty },
  fileReport: {
    audience: 'any',
    schema: v.strictObject({
      e164: v.pipe(v.string(), v.check(isE164, 'not an E.164 number')),
      asSeen: v.pipe(v.string(), v.maxLength(200)),
      vendorId: v.optional(feedId),
      vendorName: v.pipe(v.string(), v.minLength(1, 'name the vendor the caller claimed to be'), v.maxLength(80)),
      channel: v.picklist(CHANNELS),
      verdict: v.picklist(REPORT_VERDICTS),
      reasons: v.pipe(v.array(v.pipe(v.string(), v.maxLength(1000))), v.maxLength(20)),
      seenAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
      note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
      share: v.strictObject({
        origin: v.boolean(),
        subject: v.optional(v.pipe(v.string(), v.maxLength(1000))),
        excerpt: v.optional(v.pipe(v.string(), v.maxLength(MAX_EXCERPT * 4))),
      }),
    }),
  },
  undoReport: { audience: 'any', schema: v.strictObject({ reportId }) },
  listReports: { audience: 'pages', schema: empty },
  retryReport: { audience: 'pages', schema: v.strictObject({ reportId }) },
  deleteReport: { audience: 'pages', schema: v.strictObject({ reportId }) },
  pageFindings: {
    audience: 'any',
    schema: v.strictObject({
      numbers: v.pipe(
        v.array(v.strictObject({ e164: v.pipe(v.string(), v.check(isE164, 'not an E.164 number')), verdict: v.picklist(['scam', 'suspicious', 'official']) })),
        v.maxLength(500),
      ),
      messages: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
      locker: v.boolean(),
    }),
  },
  tabFindings: { audience: 'pages', schema: v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }) },
  getSettings: { audience: 'pages', schema: empty },
  setSensitivity: { audience: 'pages', schema: v.strictObject({ sensitivity: v.picklist(SENSITIVITIES) }) },
  setReportSharing: { audience: 'pages', schema: v.strictObject({ origin: v.boolean(), excerpt: v.boolean() }) },
  setNotScam: { audience: 'any', schema: v.strictObject({ e164: v.pipe(v.string(), v.check(isE164, 'not an E.164 number')), notScam: v.boolean() }) },
  exportSettings: { audience: 'pages', schema: empty },
  importSettings: { audience: 'pages', schema: v.strictObject({ text: v.pipe(v.string(), v.maxLength(MAX_MESSAGE_CHARS - 1000, () => t('settings_import_too_large'))) }) },
};


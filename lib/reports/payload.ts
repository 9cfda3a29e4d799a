import * as v from 'valibot';
import { isE164 } from '../phone/parse';

/** Schema id carried in every report; bump on an incompatible change. */
export const REPORT_SCHEMA = 'hangup-report/1';
import { CHANNELS, MAX_EXCERPT, MAX_NOTE, REPORT_VERDICTS } from './limits';
import { describeIssue } from '../validation';

export { CHANNELS, MAX_EXCERPT, MAX_NOTE, REPORT_VERDICTS, type Channel } from './limits';

const isoTime = v.pipe(v.string(), v.isoTimestamp());
const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

/**
 * A report of one scam contact to the vendor it impersonates, in the spirit
 * of XARF: who is impersonated, which number, through which channel, why
 * Hangup flagged it. `context` exists only when the person opted in to share
 * the page origin, the message subject or a redacted excerpt; without it a
 * report carries no page data. publisher/report.schema.json is the same
 * contract as JSON Schema, for vendors.
 */
export const ReportSchema = v.strictObject({
  schema: v.literal(REPORT_SCHEMA),
  /** UUID v4; also the Idempotency-Key header, so a retried delivery is recognised. */
  reportId: v.pipe(v.string(), v.uuid()),
  createdAt: isoTime,
  number: v.strictObject({
    e164: v.pipe(v.string(), v.check(isE164, 'not an E.164 number')),
    /** As written where it was seen, or as typed. */
    asSeen: text(64),
  }),
  vendor: v.strictObject({
    id: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/))),
    name: text(80),
  }),
  channel: v.picklist(CHANNELS),
  verdict: v.picklist(REPORT_VERDICTS),
  reasons: v.pipe(v.array(text(300)), v.maxLength(10)),
  /** When the contact happened, if the person said so. */
  seenAt: v.optional(isoTime),
  note: v.optional(text(MAX_NOTE)),
  context: v.optional(
    v.strictObject({
      origin: v.optional(v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/\s]+$/, 'not a web origin'))),
      subject: v.optional(text(300)),
      excerpt: v.optional(text(MAX_EXCERPT)),
    }),
  ),
  client: v.strictObject({ name: v.literal('hangup'), version: text(32) }),
});

export type Report = v.InferOutput<typeof ReportSchema>;

export type ReportCheck = { ok: true; report: Report } | { ok: false; error: string };

/** Validates a report; the error names the first bad field. */
export function checkReport(data: unknown): ReportCheck {
  const result = v.safeParse(ReportSchema, data);
  if (result.success) return { ok: true, report: result.output };
  return { ok: false, error: describeIssue(result.issues, 'invalid report') };
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { checkReport, MAX_NOTE, REPORT_SCHEMA } from '@/lib/reports/payload';
import { EXAMPLE } from './publisher-inbox-helpers';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../publisher/report.schema.json', import.meta.url)), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

type Change = (report: Record<string, unknown>) => void;

/** The example with one change applied. */
function variant(change: Change): Record<string, unknown> {
  const report = structuredClone(EXAMPLE) as unknown as Record<string, unknown>;
  change(report);
  return report;
}

const at = (report: Record<string, unknown>, key: string) => report[key] as Record<string, unknown>;

const VALID: [string, Change][] = [
  ['the example as it is', () => {}],
  ['without the optional context, seenAt, note and vendor id', (r) => {
    delete r.context;
    delete at(r, 'vendor').id;
  }],
  ['with every optional field', (r) => {
    r.seenAt = '2026-11-24T14:00:00Z';
    r.note = 'n'.repeat(MAX_NOTE);
    r.context = { origin: 'https://support-norbury.example:8443', subject: 's', excerpt: 'Call ▇▇▇ now' };
  }],
  ['an http origin without a path', (r) => (r.context = { origin: 'http://scam.example' })],
  ['a time with an offset', (r) => (r.createdAt = '2026-11-24T15:04:05+02:00')],
  ['no reasons (the person reported it themselves)', (r) => {
    r.verdict = 'user';
    r.reasons = [];
  }],
  ['each channel', (r) => (r.channel = 'sms')],
  ['a shortest E.164 number', (r) => (at(r, 'number').e164 = '+12')],
  ['an upper-case uuid', (r) => (r.reportId = String(r.reportId).toUpperCase())],
];

const INVALID: [string, Change][] = [
  ['missing schema', (r) => delete r.schema],
  ['missing reportId', (r) => delete r.reportId],
  ['missing number', (r) => delete r.number],
  ['missing number.asSeen', (r) => delete at(r, 'number').asSeen],
  ['missing vendor.name', (r) => delete at(r, 'vendor').name],
  ['missing client', (r) => delete r.client],
  ['an extra top-level field', (r) => (r.userAgent = 'x')],
  ['an extra field in number', (r) => (at(r, 'number').raw = 'x')],
  ['an extra field in context', (r) => (r.context = { url: 'https://x.example/a' })],
  ['another schema version', (r) => (r.schema = 'hangup-report/2')],
  ['E.164 without +', (r) => (at(r, 'number').e164 = '18885550142')],
  ['E.164 starting with 0', (r) => (at(r, 'number').e164 = '+08885550142')],
  ['E.164 too long', (r) => (at(r, 'number').e164 = '+1234567890123456')],
  ['E.164 with spaces', (r) => (at(r, 'number').e164 = '+1 888 555 0142')],
  ['an http origin with a path', (r) => (r.context = { origin: 'http://scam.example/pay' })],
  ['an origin with a trailing slash', (r) => (r.context = { origin: 'https://scam.example/' })],
  ['a non-web origin', (r) => (r.context = { origin: 'ftp://scam.example' })],
  ['an over-long note', (r) => (r.note = 'n'.repeat(MAX_NOTE + 1))],
  ['an empty note', (r) => (r.note = '')],
  ['a bad uuid', (r) => (r.reportId = 'not-a-uuid')],
  ['a uuid without dashes', (r) => (r.reportId = '6f1d2b8e3c4a4f5b9d6e7a8b9c0d1e2f')],
  ['an unknown channel', (r) => (r.channel = 'fax')],
  ['an unknown verdict', (r) => (r.verdict = 'official')],
  ['eleven reasons', (r) => (r.reasons = Array<string>(11).fill('r'))],
  ['an empty reason', (r) => (r.reasons = [''])],
  ['a vendor id with capitals', (r) => (at(r, 'vendor').id = 'Norbury')],
  ['a createdAt that is not a time', (r) => (r.createdAt = 'yesterday')],
  ['another client name', (r) => (r.client = { name: 'other', version: '1' })],
  ['an over-long asSeen', (r) => (at(r, 'number').asSeen = '1'.repeat(65))],
  ['a number instead of an object', (r) => (r.number = '+18885550142')],
];

describe('publisher/report.schema.json and checkReport agree', () => {
  test('the schema is draft 2020-12 and names the same schema id as the code', () => {
    expect((schema as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(((schema as { properties: { schema: { const: string } } }).properties.schema.const)).toBe(REPORT_SCHEMA);
  });

  test.each(VALID)('valid: %s', (_, change) => {
    const report = variant(change);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(checkReport(report)).toEqual({ ok: true, report });
  });

  test.each(INVALID)('invalid: %s', (_, change) => {
    const report = variant(change);
    expect(validate(report)).toBe(false);
    expect(checkReport(report).ok).toBe(false);
  });

  test('not an object at all', () => {
    for (const value of [null, [], 'report', 1]) {
      expect(validate(value)).toBe(false);
      expect(checkReport(value).ok).toBe(false);
    }
  });
});

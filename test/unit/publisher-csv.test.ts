import { describe, expect, test } from 'vitest';
import { parseNumbersCsv, splitCsvLine } from '@/publisher/csv';

const HEADER = 'number,category,vendor,first_seen\n';
const options = { file: 'numbers.csv', region: 'US' as const, vendorIds: new Set(['norbury', 'acme']) };
const parse = (body: string, header = HEADER) => parseNumbersCsv(header + body, options);

describe('splitCsvLine', () => {
  test.each<[string, string[] | string]>([
    ['a,b,c', ['a', 'b', 'c']],
    [' a , b ', ['a', 'b']],
    ['"(202) 555-0143",x', ['(202) 555-0143', 'x']],
    ['"a ""quoted"" word",x', ['a "quoted" word', 'x']],
    ['"a, b",c', ['a, b', 'c']],
    ['a,', ['a', '']],
    ['"unterminated,x', 'a quoted field is not closed'],
    ['"a"b,c', 'text after a closing quote'],
    ['a"b,c', 'a quote inside an unquoted field'],
  ])('%j', (line, expected) => {
    expect(splitCsvLine(line)).toEqual(expected);
  });
});

describe('parseNumbersCsv', () => {
  test('normalises numbers written in any common way to E.164', () => {
    const result = parse(
      [
        '(202) 555-0143,tech-support,norbury,2025-01-06',
        '+1 888 555 0142,billing,acme,2025-01-09',
        '1-877-555-0198,refund,norbury,2025-02-14',
        '844.555.0107,other,norbury,2025-02-20',
        '"+44 20 7946 0123",account-security,norbury,2025-03-01',
      ].join('\n'),
    );
    expect(result.ok && result.entries.map((e) => e.n)).toEqual(['+12025550143', '+18885550142', '+18775550198', '+18445550107', '+442079460123']);
  });

  test('accepts a BOM, CRLF line ends, blank lines and an upper-case header', () => {
    const result = parseNumbersCsv('\uFEFFNUMBER,Category,Vendor,First_Seen\r\n\r\n(202) 555-0143,billing,acme,2025-01-06\r\n', options);
    expect(result).toEqual({ ok: true, entries: [{ n: '+12025550143', category: 'billing', vendor: 'acme', firstSeen: '2025-01-06' }] });
  });

  test('uses --region for numbers written without a country code', () => {
    const result = parseNumbersCsv(HEADER + '020 7946 0123,billing,acme,2025-01-06\n', { ...options, region: 'GB' });
    expect(result.ok && result.entries[0]!.n).toBe('+442079460123');
  });

  test.each<[string, string, RegExp]>([
    ['a number that is not a phone number', '555-01,billing,acme,2025-01-01', /^numbers\.csv line 2: "555-01" is not a valid phone number \(default region US\)$/],
    ['letters', 'call me,billing,acme,2025-01-01', /line 2: "call me" is not a valid phone number/],
    ['an unknown category', '(202) 555-0143,phishing,acme,2025-01-01', /line 2: unknown category "phishing"; use one of tech-support, billing/],
    ['an unknown vendor', '(202) 555-0143,billing,nobody,2025-01-01', /line 2: unknown vendor "nobody"; vendor.json has norbury, acme/],
    ['a bad date', '(202) 555-0143,billing,acme,2025-02-30', /line 2: first_seen "2025-02-30" is not a YYYY-MM-DD date/],
    ['a US-style date', '(202) 555-0143,billing,acme,01/06/2025', /line 2: first_seen "01\/06\/2025"/],
    ['too few fields', '(202) 555-0143,billing,acme', /line 2: expected 4 fields .* found 3/],
    ['too many fields', '(202) 555-0143,billing,acme,2025-01-01,x', /line 2: expected 4 fields .* found 5/],
    ['broken quoting', '"(202) 555-0143,billing,acme,2025-01-01', /line 2: a quoted field is not closed/],
    ['the same number twice in different spellings', '(202) 555-0143,billing,acme,2025-01-01\n+1 202 555 0143,refund,acme,2025-01-02', /^numbers\.csv line 3: \+12025550143 is already listed on line 2$/],
  ])('rejects %s, naming the line', (_name, body, error) => {
    const result = parse(body);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(error);
  });

  test('reports the line number past blank lines', () => {
    const result = parse('(202) 555-0143,billing,acme,2025-01-01\n\n\nbad,billing,acme,2025-01-01\n');
    expect(!result.ok && result.errors).toEqual(['numbers.csv line 5: "bad" is not a valid phone number (default region US)']);
  });

  test('reports up to 10 errors at once', () => {
    const result = parse(Array.from({ length: 15 }, () => 'bad,billing,acme,2025-01-01').join('\n'));
    expect(!result.ok && result.errors.length).toBe(10);
  });

  test('a missing or wrong header is an error on line 1', () => {
    expect(parse('(202) 555-0143,billing,acme,2025-01-01', 'phone,category,vendor,first_seen\n')).toEqual({
      ok: false,
      errors: ['numbers.csv line 1: the header must be number,category,vendor,first_seen'],
    });
  });
});

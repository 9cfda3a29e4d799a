import { describe, expect, test } from 'vitest';
import { utf8 } from '@/lib/lists/feed/bytes';
import { listChecksum } from '@/lib/lists/feed/checksum';
import { MAX_LIST_BYTES } from '@/lib/lists/feed/head';
import { applyDelta, diffEntries, encodeDelta, encodeSnapshot, parseDelta, parseSnapshot } from '@/lib/lists/feed/list-text';
import { makeEntry } from './feed-helpers';

const vendorIds = new Set(['acme', 'norbury']);
const snap = { feedId: 'test-feed', listVersion: 3, vendorIds };
const HEADER = 'hangup-snapshot 1 test-feed 3 2\n';
const A = '+12025550143\ttech-support\tacme\t2026-01-15\n';
const B = '+18885550142\tbilling\tnorbury\t2025-12-31\n';
const parse = (text: string | Uint8Array) => parseSnapshot(typeof text === 'string' ? utf8(text) : text, snap);

describe('snapshots', () => {
  test('encode sorts by number and parse reads back the same entries', () => {
    const entries = [makeEntry('+18885550142', { category: 'billing', vendor: 'norbury', firstSeen: '2025-12-31' }), makeEntry('+12025550143')];
    const bytes = encodeSnapshot('test-feed', 3, entries);
    expect(new TextDecoder().decode(bytes)).toBe(HEADER + A + B);
    expect(parse(bytes)).toEqual({ ok: true, entries: [entries[1], entries[0]] });
  });

  test('an empty list is just the header', () => {
    expect(new TextDecoder().decode(encodeSnapshot('f', 1, []))).toBe('hangup-snapshot 1 f 1 0\n');
    expect(parseSnapshot(utf8('hangup-snapshot 1 f 1 0\n'), { feedId: 'f', listVersion: 1, vendorIds })).toEqual({ ok: true, entries: [] });
  });

  test('encode refuses duplicates and fields that would break a line', () => {
    expect(() => encodeSnapshot('f', 1, [makeEntry('+12025550143'), makeEntry('+12025550143')])).toThrow(/twice/);
    expect(() => encodeSnapshot('f', 1, [makeEntry('+12025550143', { vendor: 'a\tb' })])).toThrow(/tab or line break/);
  });

  test('byte order, not numeric order: +1202… sorts before +212…', () => {
    const text = encodeSnapshot('f', 1, [makeEntry('+2125550143'), makeEntry('+12025550143')]);
    expect(new TextDecoder().decode(text).split('\n')[1]).toMatch(/^\+12025550143/);
  });

  test.each<[string, string | Uint8Array, RegExp]>([
    ['a duplicate number', HEADER + A + A, /^line 3: duplicate number \+12025550143$/],
    ['unsorted entries', HEADER + B + A, /^line 3: \+12025550143 is out of order/],
    ['a number without +', HEADER + A.slice(1) + B, /^line 2: .* is not an E\.164 number/],
    ['a number starting +0', HEADER + A.replace('+1', '+0') + B, /^line 2: .*not an E\.164/],
    ['16 digits', HEADER + A.replace('+12025550143', '+1202555014312345') + B, /^line 2: .*not an E\.164/],
    ['letters', HEADER + A.replace('0143', '01x3') + B, /^line 2: .*not an E\.164/],
    ['full-width digits', HEADER + A.replace('+12025550143', '+１２０２５５５０１４３') + B, /^line 2: .*not an E\.164/],
    ['an RTL mark', HEADER + A.replace('+1', '\u200f+1') + B, /^line 2: .*not an E\.164/],
    ['a NUL byte', HEADER + A.replace('0143', '0143\u0000') + B, /^line 2: .*not an E\.164/],
    ['a space inside a number', HEADER + A.replace('202', '202 ') + B, /^line 2: .*not an E\.164/],
    ['leading whitespace', HEADER + ' ' + A + B, /^line 2: .*not an E\.164/],
    ['an unknown category', HEADER + A.replace('tech-support', 'phishing') + B, /^line 2: unknown category "phishing"$/],
    ['an unknown vendor', HEADER + A.replace('acme', 'nobody') + B, /^line 2: unknown vendor "nobody"$/],
    ['HTML in the vendor field', HEADER + A.replace('acme', '<img src=x onerror=alert(1)>') + B, /^line 2: unknown vendor/],
    ['February 30', HEADER + A.replace('2026-01-15', '2026-02-30') + B, /^line 2: "2026-02-30" is not a YYYY-MM-DD date$/],
    ['a date with a time', HEADER + A.replace('2026-01-15', '2026-01-15T00:00:00Z') + B, /^line 2: .*not a YYYY-MM-DD date/],
    ['a fifth field', HEADER + A.replace('\n', '\textra\n') + B, /^line 2: expected 4 tab-separated fields, found 5$/],
    ['CRLF line ends', HEADER.replace('\n', '\r\n') + A + B, /^line 1: not a hangup-snapshot header$/],
    ['a CR at the end of an entry', HEADER + A.replace('\n', '\r\n') + B, /^line 2: .*not a YYYY-MM-DD date/],
    ['a BOM', '\uFEFF' + HEADER + A + B, /^line 1: not a hangup-snapshot header$/],
    ['an empty line', HEADER + A + '\n' + B, /^line 3: expected 4 tab-separated fields, found 1$/],
    ['trailing garbage after the last entry', HEADER + A + B + 'garbage\n', /^line 4: more entries than the header's count of 2$/],
    ['no final line feed', HEADER + A + B.trimEnd(), /does not end with a line feed/],
    ['fewer entries than the count', HEADER + A, /has 1 entries, its header says 2/],
    ['another feed in the header', HEADER.replace('test-feed', 'other') + A + B, /^line 1: snapshot is for feed other, expected test-feed$/],
    ['another list version in the header', HEADER.replace(' 3 ', ' 2 ') + A + B, /^line 1: snapshot is list version 2, expected 3$/],
    ['format version 2', HEADER.replace('snapshot 1', 'snapshot 2') + A + B, /^line 1: unsupported format version 2$/],
    ['a count with a leading zero', HEADER.replace(' 2\n', ' 02\n') + A + B, /^line 1: not a hangup-snapshot header$/],
    ['a count over the entry cap', HEADER.replace(' 2\n', ' 2000001\n') + A + B, /over the 2000000-entry cap/],
    ['bytes that are not UTF-8', Uint8Array.of(...utf8(HEADER + A), 0xff, 0x0a), /not UTF-8/],
  ])('rejects %s, naming the line', (_name, text, error) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  test('refuses a snapshot over the byte cap before decoding it', () => {
    const huge = new Uint8Array(MAX_LIST_BYTES + 1);
    expect(parse(huge)).toEqual({ ok: false, error: `snapshot is ${MAX_LIST_BYTES + 1} bytes, over the ${MAX_LIST_BYTES}-byte cap` });
  });
});

describe('deltas', () => {
  const expectDelta = { feedId: 'test-feed', from: 2, to: 3, vendorIds };
  const DH = 'hangup-delta 1 test-feed 2 3\n';
  const parseD = (text: string, expect = expectDelta) => parseDelta(utf8(text), expect);

  test('encode puts sorted removals before sorted additions and parse reads them back', () => {
    const add = [makeEntry('+18885550142'), makeEntry('+12025550143')];
    const bytes = encodeDelta('test-feed', 2, 3, ['+14155550123', '+13125550110'], add);
    expect(new TextDecoder().decode(bytes)).toBe(
      `${DH}-\t+13125550110\n-\t+14155550123\n+\t+12025550143\ttech-support\tacme\t2026-01-15\n+\t+18885550142\ttech-support\tacme\t2026-01-15\n`,
    );
    expect(parseDelta(bytes, expectDelta)).toEqual({ ok: true, remove: ['+13125550110', '+14155550123'], add: [add[1], add[0]] });
  });

  test('a number may be removed and added again (an update)', () => {
    expect(parseD(`${DH}-\t+12025550143\n+\t${A}`).ok).toBe(true);
  });

  test.each<[string, string, RegExp, typeof expectDelta?]>([
    ['a delta with the wrong base', DH, /^line 1: delta leads from 2 to 3, expected 1 to 3$/, { ...expectDelta, from: 1 }],
    ['a delta to another version', DH, /expected 2 to 4/, { ...expectDelta, to: 4 }],
    ['another feed’s delta', DH.replace('test-feed', 'other'), /delta is for feed other/],
    ['a snapshot served as a delta', HEADER + A + B, /not a hangup-delta header/],
    ['a head served as a delta', '{"payloadType":"application/vnd.hangup.feed-head+json","payload":"e30=","signatures":[]}\n', /^line 1: not a hangup-delta header$/],
    ['a removal after an addition', `${DH}+\t${A}-\t+13125550110\n`, /^line 3: a removal after an addition/],
    ['unsorted removals', `${DH}-\t+14155550123\n-\t+13125550110\n`, /^line 3: \+13125550110 is out of order/],
    ['a duplicate removal', `${DH}-\t+14155550123\n-\t+14155550123\n`, /^line 3: duplicate number/],
    ['unsorted additions', `${DH}+\t${B}+\t${A}`, /^line 3: .* is out of order/],
    ['a duplicate addition', `${DH}+\t${A}+\t${A}`, /^line 3: duplicate number/],
    ['an invalid removal', `${DH}-\t12025550143\n`, /^line 2: "12025550143" is not an E\.164 number/],
    ['a removal with extra fields', `${DH}-\t${A}`, /^line 2: a removal has one field/],
    ['an invalid addition', `${DH}+\t${A.replace('acme', 'nobody')}`, /^line 2: unknown vendor/],
    ['a line without an operation', `${DH}${A}`, /^line 2: a delta line starts with "-" or "\+"/],
    ['an operation without a tab', `${DH}- +12025550143\n`, /^line 2: a delta line starts with/],
  ])('rejects %s', (_name, text, error, expect_ = expectDelta) => {
    const result = parseD(text, expect_);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });
});

describe('applyDelta', () => {
  const list = ['+12025550143', '+13125550110', '+18885550142'].map((n) => makeEntry(n));

  test('removes, then adds, keeping the result sorted', () => {
    const result = applyDelta(list, ['+13125550110'], [makeEntry('+14155550123'), makeEntry('+19295550175')]);
    expect(result.ok && result.entries.map((e) => e.n)).toEqual(['+12025550143', '+14155550123', '+18885550142', '+19295550175']);
  });

  test('an entry removed and added again is replaced', () => {
    const result = applyDelta(list, ['+13125550110'], [makeEntry('+13125550110', { category: 'refund' })]);
    expect(result.ok && result.entries[1]).toEqual(makeEntry('+13125550110', { category: 'refund' }));
  });

  test('does not change its input', () => {
    const copy = structuredClone(list);
    applyDelta(list, ['+12025550143'], [makeEntry('+10000000000')]);
    expect(list).toEqual(copy);
  });

  test.each<[string, string[], string[], RegExp]>([
    ['removing a number that is not listed', ['+14155550123'], [], /cannot remove \+14155550123: not on the list/],
    ['removing past the end', ['+19995550100'], [], /cannot remove \+19995550100/],
    ['adding a number already listed', [], ['+13125550110'], /cannot add \+13125550110: already on the list/],
    ['unsorted removals', ['+18885550142', '+12025550143'], [], /removals are not sorted/],
    ['unsorted additions', [], ['+19295550175', '+14155550123'], /additions are not sorted/],
  ])('rejects %s (the caller falls back to the snapshot)', (_name, remove, add, error) => {
    expect(applyDelta(list, remove, add.map((n) => makeEntry(n)))).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  test('a delta that applies cleanly but was made from another list gives a checksum the head does not commit to', async () => {
    const published = applyDelta(list, [], [makeEntry('+14155550123')]);
    const other = applyDelta(list, [], [makeEntry('+14155550124')]);
    expect(published.ok && other.ok).toBe(true);
    if (published.ok && other.ok) expect(await listChecksum(other.entries)).not.toBe(await listChecksum(published.entries));
  });

  test('diffEntries gives the removals and additions between two lists', () => {
    const to = [makeEntry('+12025550143', { category: 'billing' }), makeEntry('+14155550123'), makeEntry('+18885550142')];
    expect(diffEntries(list, to)).toEqual({ remove: ['+12025550143', '+13125550110'], add: [to[0], to[1]] });
  });
});

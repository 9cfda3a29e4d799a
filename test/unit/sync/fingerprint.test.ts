import { expect, test } from 'vitest';
import { normaliseFingerprint } from '@/lib/lists/sync/fingerprint';

test.each([
  ['AB'.repeat(32), 'ab'.repeat(32)],
  ['ab:cd '.repeat(16).trim(), 'abcd'.repeat(16)],
  ['ab;cd '.repeat(16).trim(), undefined],
  [('abcd'.repeat(16).match(/.{4}/g) ?? []).join(' '), 'abcd'.repeat(16)],
  ['ab'.repeat(31), undefined],
  ['zz'.repeat(32), undefined],
])('normaliseFingerprint(%s)', (input, expected) => {
  expect(normaliseFingerprint(input)).toBe(expected);
});

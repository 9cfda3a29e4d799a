import { describe, expect, test } from 'vitest';
import { checkFileBinding } from '@/lib/lists/feed/binding';
import { utf8 } from '@/lib/lists/feed/bytes';
import { sha256Hex } from '@/lib/lists/feed/checksum';

describe('checkFileBinding', () => {
  const bytes = utf8('hangup-snapshot 1 f 1 0\n');
  const older = utf8('hangup-snapshot 1 f 0 0\n');

  test('accepts bytes with the committed length and sha256', async () => {
    expect(await checkFileBinding(bytes, { sha256: await sha256Hex(bytes), length: bytes.length })).toEqual({ ok: true });
  });

  test.each([
    ['a valid older snapshot served in place of the new one (same length, other hash)', older, 0],
    ['a body longer than committed', utf8('hangup-snapshot 1 f 1 0\nx'), 0],
    ['a truncated body', bytes.slice(0, 10), 0],
    ['the right bytes against a wrong committed length', bytes, 1],
  ])('rejects %s', async (_name, served, lengthDelta) => {
    const result = await checkFileBinding(served, { sha256: await sha256Hex(bytes), length: bytes.length + lengthDelta });
    expect(result.ok).toBe(false);
  });
});

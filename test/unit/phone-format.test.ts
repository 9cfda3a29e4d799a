import { describe, expect, test } from 'vitest';
import { formatInternational } from '@/lib/phone/format';

describe('formatInternational', () => {
  test.each([
    ['+12025550143', '+1 202 555 0143'],
    ['+442079460000', '+44 20 7946 0000'],
    ['+80012345678', '+800 1234 5678'],
    ['not a number', 'not a number'],
  ])('%s → %s', (e164, shown) => {
    expect(formatInternational(e164)).toBe(shown);
    // Asked again (remembered), the same answer.
    expect(formatInternational(e164)).toBe(shown);
  });

  test('stays right past the numbers it remembers', () => {
    const numbers = Array.from({ length: 5000 }, (_, i) => `+1202555${String(i).padStart(4, '0')}`);
    for (const n of numbers) formatInternational(n);
    expect(formatInternational('+12025550143')).toBe('+1 202 555 0143');
    expect(formatInternational(numbers[4999]!)).toBe('+1 202 555 4999');
  });
});

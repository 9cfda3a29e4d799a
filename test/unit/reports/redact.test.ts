import { describe, expect, test } from 'vitest';
import { redactExcerpt } from '@/lib/reports/redact';

describe('redactExcerpt', () => {
  test.each([
    ['e-mail addresses', 'Write to john.smith@example.com today', 'Write to [email] today'],
    ['names after a salutation', 'Dear John Smith, your plan renewed.', 'Dear [name], your plan renewed.'],
    ['German salutations', 'Sehr geehrter Herr Müller, Ihr Konto', 'Sehr geehrter Herr [name], Ihr Konto'],
    ['order numbers and amounts', 'Order 4481-2231 for $399.99', 'Order ######## for $#####'],
    ['other phone numbers', 'Call 1-888-555-0142, not (202) 555-0188.', 'Call 1-888-555-0142, not ##########.'],
  ])('masks %s', (_name, text, expected) => {
    expect(redactExcerpt(text, { keepDigits: '+18885550142' })).toBe(expected);
  });

  test('keeps the reported number however it is written', () => {
    expect(redactExcerpt('call +1 (888) 555-0142 now', { keepDigits: '+18885550142' })).toBe('call +1 (888) 555-0142 now');
  });

  test('masks names it is given', () => {
    expect(redactExcerpt('Maria, your Norbury plan', { keepDigits: '+18885550142', names: ['Maria'] })).toBe('[name], your Norbury plan');
  });

  test('collapses whitespace and keeps to the limit', () => {
    const long = redactExcerpt(`a\n\n  b ${'x'.repeat(5000)}`, { keepDigits: '+18885550142' });
    expect(long.startsWith('a b x')).toBe(true);
    expect(long.length).toBe(1000);
  });

  test('is stable when applied twice', () => {
    const once = redactExcerpt('Dear Ann Lee, call 202 555 0188 or mail ann@x.example', { keepDigits: '+18885550142' });
    expect(redactExcerpt(once, { keepDigits: '+18885550142' })).toBe(once);
  });
});

import { describe, expect, test } from 'vitest';
import { findLure } from '@/lib/page/locker/lure';

describe('locker wording', () => {
  test.each([
    // Locker pages.
    ['Your computer has been blocked. Call Bluegate Support: +1 (888) 555-0175', ['blocked'], true, true],
    ['Error code #0x268d3. Call support now at 1-888-555-0175.', ['error-code'], true, true],
    ['Do not close this page. Access to this PC has been blocked for security reasons.', ['blocked', 'keep-open'], false, true],
    ["Windows Defender: Trojan spyware detected! Don't restart your computer. Call the technician.", ['keep-open', 'infection'], true, true],
    ['Your PC is locked. Error 0x80070424.', ['blocked', 'error-code'], false, true],
    ['YOUR COMPUTER HAS BEEN LOCKED — CONTACT MICROSOFT SUPPORT TOLL FREE', ['blocked'], true, true],
    // One lure and no call, or a call and no lure: not enough.
    ['Your account is locked after three failed sign-ins. Reset your password.', [], false, false],
    ['Call our support team on 0800 555 0142, Monday to Friday.', [], true, false],
    ['Error 404: page not found.', ['error-code'], false, false],
    ['Our antivirus found no virus threats this week.', [], false, false],
    ['A video about the history of the telephone. Press play, then full screen.', [], false, false],
    ['', [], false, false],
  ] as const)('%s', (text, kinds, call, strong) => {
    const lure = findLure(text);
    expect(lure.kinds).toEqual(kinds);
    expect(lure.call).toBe(call);
    expect(lure.strong).toBe(strong);
  });

  test('stays quick on a long page with no lure', () => {
    const text = 'call '.repeat(8_000) + 'error '.repeat(8_000);
    expect(findLure(text).strong).toBe(false);
  });
});

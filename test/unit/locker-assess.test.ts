import { describe, expect, test } from 'vitest';
import type { MessageVerdict } from '@/lib/detect/message';
import { assessLocker, behaviourPoints, behavioursOf, shouldCheckText } from '@/lib/page/locker/assess';
import { findLure } from '@/lib/page/locker/lure';
import { noSignals, type LockerSignals } from '@/lib/page/locker/signals';

const signals = (counts: Partial<LockerSignals>): LockerSignals => ({ ...noSignals(), ...counts });

const promise = 'Bluegate support never asks for remote access to your computer unless you contacted us first.';
const bluegate = { name: 'Bluegate Computers', phones: ['+18665550110'], domains: ['bluegate.example'], statements: [promise, 'We never call first.'] };
const suspicious: MessageVerdict = {
  verdict: 'suspicious',
  score: 0.63,
  vendor: bluegate,
  numbers: [{ raw: '+1 (888) 555-0175', e164: '+18885550175', status: 'suspicious' }],
  reasons: ["Claims to be Bluegate Computers security; the number +1 (888) 555-0175 is not one of Bluegate Computers'.", `Bluegate Computers says: "${promise}"`],
};
const scam: MessageVerdict = { ...suspicious, verdict: 'scam', score: 1, numbers: [{ raw: '1-877-555-0123 ', e164: '+18775550123', status: 'scam' }] };
const none: MessageVerdict = { verdict: 'none', score: 0, numbers: [], reasons: ['No phone number found.'] };
const official: MessageVerdict = { ...suspicious, verdict: 'official', numbers: [{ raw: '+1 866 555 0110', e164: '+18665550110', status: 'official' }] };

const lockerText = findLure('Your computer has been blocked. Call Bluegate Support: +1 (888) 555-0175');
const plainText = findLure('Bluegate Computers. Questions about your order? Call +1 866 555 0110.');
const videoText = findLure('Our holiday video. Press play, then full screen.');

describe('behaviour points', () => {
  test.each([
    [{}, 0, []],
    [{ fullscreen: 1 }, 2, ['fullscreen']],
    [{ beforeunload: 3 }, 1, ['beforeunload']],
    [{ dialogs: 5, dialogRepeats: 1 }, 0, []],
    [{ dialogs: 3, dialogRepeats: 2 }, 2, ['dialogLoop']],
    [{ historyBurst: 9 }, 0, []],
    [{ historyBurst: 40 }, 2, ['historyStuffing']],
    [{ fullscreen: 1, pointerLock: 1, keyboardLock: 1, beforeunload: 1, loopingAudio: 1 }, 8, ['fullscreen', 'pointerLock', 'keyboardLock', 'beforeunload', 'loopingAudio']],
  ] as const)('%j → %i', (counts, points, behaviours) => {
    expect(behaviourPoints(signals(counts))).toBe(points);
    expect(behavioursOf(signals(counts))).toEqual(behaviours);
  });

  test.each([
    [0, false],
    [1, false],
    [2, true],
  ] as const)('%i points → ask for a verdict: %s', (points, ask) => {
    expect(shouldCheckText(points)).toBe(ask);
  });
});

describe('full-page warning or not', () => {
  test.each([
    // Behaviour and support-scam text together.
    ['full screen + suspicious text', { fullscreen: 1 }, suspicious, lockerText, true],
    ['leave-site trap + history stuffing + suspicious text', { beforeunload: 1, historyBurst: 20 }, suspicious, lockerText, true],
    ['dialog loop + listed number', { dialogs: 4, dialogRepeats: 3 }, scam, plainText, true],
    ['pointer lock + listed number', { pointerLock: 1 }, scam, plainText, true],
    ['strong behaviour + locker wording, vendor unknown to Hangup', { fullscreen: 1, beforeunload: 1 }, none, lockerText, true],
    // Either alone, or not enough of either.
    ['locker text with no behaviour', {}, scam, lockerText, false],
    ['a video player going full screen', { fullscreen: 1 }, none, videoText, false],
    ['an editor asking before closing, on a page with a listed number', { beforeunload: 1 }, scam, plainText, false],
    ['webmail (asks before closing a draft) showing a locker-style scam mail', { beforeunload: 2 }, suspicious, lockerText, false],
    ['a music player looping a song next to a scam number', { loopingAudio: 1 }, scam, plainText, false],
    ['a vendor page with its official number, full screen', { fullscreen: 1 }, official, plainText, false],
    ['locker wording, full screen only, vendor unknown', { fullscreen: 1 }, none, lockerText, false],
    ['no verdict yet', { fullscreen: 1 }, undefined, plainText, false],
  ] as const)('%s → %s', (_name, counts, verdict, lure, show) => {
    expect(Boolean(assessLocker(signals(counts), verdict, lure))).toBe(show);
  });

  test('says what the page did and whom it wants you to call', () => {
    const finding = assessLocker(signals({ fullscreen: 1, beforeunload: 2 }), suspicious, lockerText);
    expect(finding?.headline).toBe('This page tried to take over your screen (full screen, blocked closing) and asks you to call “Bluegate Computers support”.');
    expect(finding?.behaviours).toEqual(['fullscreen', 'beforeunload']);
    expect(finding?.reasons).toEqual(suspicious.reasons);
    // The promise quoted in the reasons is not repeated under the real contact.
    expect(finding?.vendor).toEqual({ ...bluegate, statements: ['We never call first.'] });
    expect(finding?.number).toBe('+1 (888) 555-0175');
  });

  test('names the number when the vendor is unknown', () => {
    const { vendor: _vendor, ...anonymous } = scam;
    const finding = assessLocker(signals({ pointerLock: 1, loopingAudio: 1 }), anonymous, plainText);
    expect(finding?.headline).toBe('This page tried to take over your screen (hid the mouse pointer, an alarm sound) and asks you to call the number 1-877-555-0123.');
    expect(finding).not.toHaveProperty('vendor');
  });

  test('a page that traps the visitor without taking the screen "keeps you on it"', () => {
    const finding = assessLocker(signals({ beforeunload: 1, historyBurst: 20 }), suspicious, lockerText);
    expect(finding?.headline).toBe('This page tried to keep you on it (broke the Back button, blocked closing) and asks you to call “Bluegate Computers support”.');
  });

  test('explains a wording-only match in plain words', () => {
    const finding = assessLocker(signals({ fullscreen: 1, historyBurst: 20 }), none, lockerText);
    expect(finding?.headline).toContain('(full screen, broke the Back button) and asks you to call a “support” number');
    expect(finding?.reasons).toEqual(['It is written like fake “your computer is blocked” pages, which exist to make you call.']);
  });
});

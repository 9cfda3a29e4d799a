import { describe, expect, test } from 'vitest';
import { mergeSignals, noSignals, parseProbeReport } from '@/lib/page/locker/signals';

describe('probe reports from the page world', () => {
  test.each([
    ['a real report', JSON.stringify({ ...noSignals(), fullscreen: 2, beforeunload: 1 }), { fullscreen: 2, beforeunload: 1 }],
    ['unknown keys are dropped', JSON.stringify({ fullscreen: 1, evil: 5, __proto__: 1 }), { fullscreen: 1 }],
    ['non-numbers are dropped', JSON.stringify({ fullscreen: '9', dialogs: null, pointerLock: true }), {}],
    ['negative, NaN and fractional counts', '{"dialogs": -3, "fullscreen": 1.7, "pointerLock": 1e400}', { fullscreen: 1 }],
    ['huge counts are capped', '{"historyBurst": 1e12}', { historyBurst: 1_000_000 }],
    ['not JSON', '{fullscreen: 1', {}],
    ['an object, not a string', { fullscreen: 1 }, {}],
    ['an array', '[1,2,3]', {}],
    ['null', null, {}],
    ['too long', `{"fullscreen": 1, "pad": "${'x'.repeat(2000)}"}`, {}],
  ] as const)('%s', (_name, detail, expected) => {
    expect(parseProbeReport(detail)).toEqual(expected);
  });

  test('counts only grow: a forged low report cannot hide a real one', () => {
    const signals = noSignals();
    expect(mergeSignals(signals, { fullscreen: 2, dialogs: 3 })).toBe(true);
    expect(mergeSignals(signals, { fullscreen: 0, dialogs: 1 })).toBe(false);
    expect(mergeSignals(signals, { beforeunload: 1 })).toBe(true);
    expect(signals).toMatchObject({ fullscreen: 2, dialogs: 3, beforeunload: 1, pointerLock: 0 });
  });
});

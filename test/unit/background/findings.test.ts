import { describe, expect, test } from 'vitest';
import { badgeText, FINDINGS_KEY, FindingsByTab } from '@/lib/background/findings';
import { FakeArea } from './fake-area';

describe('FindingsByTab', () => {
  test('merges frames, counts warnings but not official numbers', () => {
    const tabs = new FindingsByTab();
    tabs.set(1, 0, { numbers: [{ e164: '+18885550142', verdict: 'scam' }, { e164: '+18005550100', verdict: 'official' }], messages: 1, locker: false });
    tabs.set(1, 5, { numbers: [{ e164: '+18885550142', verdict: 'scam' }, { e164: '+12025550143', verdict: 'suspicious' }], messages: 0, locker: true });
    expect(tabs.count(1)).toBe(2 + 1 + 1);
    expect(tabs.get(1).numbers).toHaveLength(3);
    expect(tabs.get(2)).toEqual({ numbers: [], messages: 0, locker: false });
  });

  test('a frame reporting again replaces what it said; clear forgets the tab', () => {
    const tabs = new FindingsByTab();
    tabs.set(1, 0, { numbers: [{ e164: '+18885550142', verdict: 'scam' }], messages: 0, locker: false });
    tabs.set(1, 0, { numbers: [], messages: 0, locker: false });
    expect(tabs.count(1)).toBe(0);
    tabs.set(1, 0, { numbers: [{ e164: '+18885550142', verdict: 'scam' }], messages: 0, locker: false });
    tabs.clear(1);
    expect(tabs.count(1)).toBe(0);
  });
});

describe('FindingsByTab kept in session storage (the browser stops an idle background)', () => {
  const scam = { numbers: [{ e164: '+18885550142', verdict: 'scam' as const }], messages: 1, locker: false };

  test('a background started again knows what the tabs had flagged', async () => {
    const area = new FakeArea();
    const before = new FindingsByTab(area);
    await before.ready();
    before.set(7, 0, scam);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const after = new FindingsByTab(area);
    await after.ready();
    expect(after.get(7)).toEqual(scam);
    expect(after.count(7)).toBe(2);
  });

  test('a tab cleared or reported again before the kept findings are read back is not given the old ones', async () => {
    const area = new FakeArea();
    await area.set({ [FINDINGS_KEY]: [[7, [[0, scam]]], [8, [[0, scam]]], [9, [[0, scam]]]] });
    const tabs = new FindingsByTab(area);
    // The tab's navigation or its page's report is what woke the background.
    tabs.clear(7);
    tabs.set(8, 0, { numbers: [], messages: 0, locker: false });
    await tabs.ready();
    expect(tabs.count(7)).toBe(0);
    expect(tabs.count(8)).toBe(0);
    expect(tabs.count(9)).toBe(2);
  });

  test.each([
    ['not a list', 'tabs'],
    ['a malformed tab', [['7', [[0, scam]]]]],
    ['malformed findings', [[7, [[0, { numbers: [{ e164: 1, verdict: 'evil' }], messages: 'x', locker: 1 }]]]]],
  ])('what is kept and malformed (%s) is ignored', async (_case, stored) => {
    const area = new FakeArea();
    await area.set({ [FINDINGS_KEY]: stored });
    const tabs = new FindingsByTab(area);
    await tabs.ready();
    expect(tabs.get(7)).toEqual({ numbers: [], messages: 0, locker: false });
  });
});

test.each([
  [0, ''],
  [1, '1'],
  [99, '99'],
  [100, '99+'],
])('badgeText(%i) is "%s"', (count, text) => {
  expect(badgeText(count)).toBe(text);
});

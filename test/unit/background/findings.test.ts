import { describe, expect, test } from 'vitest';
import { badgeText, FindingsByTab } from '@/lib/background/findings';

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

test.each([
  [0, ''],
  [1, '1'],
  [99, '99'],
  [100, '99+'],
])('badgeText(%i) is "%s"', (count, text) => {
  expect(badgeText(count)).toBe(text);
});

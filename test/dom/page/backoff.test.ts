import { describe, expect, test } from 'vitest';
import { Backoff } from '@/lib/page/backoff';

function backoff() {
  let clock = 0;
  const instance = new Backoff({ delaysMs: [150, 1_000, 4_000], windowMs: 10_000, costMs: 500, changes: 3_000 }, () => clock);
  return { instance, tick: (ms: number) => (clock += ms) };
}

describe('Backoff', () => {
  test('starts at the normal settle delay', () => {
    expect(backoff().instance.delay()).toBe(150);
  });

  test.each([
    ['scanning time', [[300, 0], [250, 0]], 1_000],
    ['changed nodes', [[0, 2_000], [0, 1_000]], 1_000],
    ['both, twice', [[500, 0], [0, 3_000]], 4_000],
  ] as const)('slows down on %s within one window', (_name, charges, delay) => {
    const { instance } = backoff();
    for (const [cost, changes] of charges) instance.charge(cost, changes);
    expect(instance.delay()).toBe(delay);
  });

  test('stops after the last level, and says so through stopped()', () => {
    const { instance } = backoff();
    for (let i = 0; i < 3; i++) instance.charge(500, 0);
    expect(instance.stopped()).toBe(true);
    expect(instance.delay()).toBeUndefined();
  });

  test('cost spread over longer than a window does not add up', () => {
    const { instance, tick } = backoff();
    for (let i = 0; i < 10; i++) {
      instance.charge(400, 2_000);
      tick(10_001);
    }
    expect(instance.delay()).toBe(150);
  });

  test('numbers found, or a navigation, bring it back to normal', () => {
    const { instance } = backoff();
    instance.charge(500, 0);
    instance.charge(500, 0);
    instance.found();
    expect(instance.delay()).toBe(150);
    for (let i = 0; i < 3; i++) instance.charge(500, 0);
    instance.renew();
    expect(instance.stopped()).toBe(false);
    expect(instance.delay()).toBe(150);
  });
});

import { describe, expect, test } from 'vitest';
import { Slicer, yieldToPage } from '@/lib/page/slicer';

describe('Slicer', () => {
  test('is due once a slice has used its budget, and a pause starts a new slice', async () => {
    let clock = 0;
    const slicer = new Slicer(8, () => clock);
    clock = 7;
    expect(slicer.due()).toBe(false);
    clock = 8;
    expect(slicer.due()).toBe(true);
    await slicer.pause();
    expect(slicer.due()).toBe(false);
    expect(slicer.due(clock + 9)).toBe(true);
  });

  test('counts working time, not time spent waiting', async () => {
    let clock = 0;
    const slicer = new Slicer(8, () => clock);
    clock = 5;
    await slicer.wait(new Promise<void>((resolve) => setTimeout(() => ((clock = 105), resolve()), 0)));
    clock = 108;
    expect(slicer.spent()).toBe(8);
  });

  test('yieldToPage resolves in call order', async () => {
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => yieldToPage().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });
});

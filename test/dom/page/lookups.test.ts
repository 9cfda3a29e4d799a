// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { numberVerdict, type NumberVerdict } from '@/lib/detect/verdict';
import type { DomHit } from '@/lib/page/find-in-dom';
import { Lookups } from '@/lib/page/lookups';

const hit = (e164: string, id = e164): DomHit => ({ e164, raw: id, after: document.createElement('span') });

function lookups(max = 3) {
  const calls: string[][] = [];
  let clock = 0;
  const instance = new Lookups(async (numbers) => (calls.push(numbers), numbers.map((n) => numberVerdict(n, [], []))), max, () => clock);
  return { instance, calls, tick: (ms: number) => (clock += ms) };
}

async function drain(instance: Lookups): Promise<string[]> {
  const out: string[] = [];
  while (instance.pending()) {
    await instance.settled();
    for (let item = instance.take(); item; item = instance.take()) out.push(`${item.hit.raw}:${item.verdict?.verdict ?? '?'}`);
  }
  return out;
}

describe('Lookups', () => {
  test('sends once `max` new numbers wait, asks about each number once, and hands hits back last first per batch', async () => {
    const { instance, calls } = lookups();
    instance.push([hit('+1', 'a'), hit('+2', 'b')]);
    expect(calls).toEqual([]);
    instance.push([hit('+1', 'c'), hit('+3', 'd')]);
    expect(calls).toEqual([['+1', '+2', '+3']]);
    instance.push([hit('+2', 'e'), hit('+4', 'f')]);
    instance.send();
    expect(calls).toEqual([['+1', '+2', '+3'], ['+4']]);
    expect(await drain(instance)).toEqual(['d:none', 'c:none', 'b:none', 'a:none', 'f:none', 'e:none']);
  });

  test('sends what has waited too long even when the batch is not full', () => {
    const { instance, calls, tick } = lookups();
    instance.push([hit('+1')]);
    instance.sendIfOlder(200, 100);
    expect(calls).toEqual([]);
    tick(0);
    instance.sendIfOlder(200, 201);
    expect(calls).toEqual([['+1']]);
  });

  test('hits that come with their verdicts are not asked about and are ready at once; others in their batch are still asked', async () => {
    const { instance, calls } = lookups();
    const scam = numberVerdict('+1', [{ feedId: 'f', feedName: 'F', category: 'tech-support', vendor: undefined }], []);
    instance.push([{ ...hit('+1', 'a'), verdict: scam }, { ...hit('+2', 'b'), verdict: null }]);
    // Nothing to ask: the batch is made and ready without a lookup or a wait.
    expect(calls).toEqual([]);
    expect([instance.take(), instance.take()].map((item) => `${item?.hit.raw}:${item?.verdict?.verdict ?? '-'}`)).toEqual(['b:-', 'a:scam']);
    instance.push([{ ...hit('+1', 'c'), verdict: scam }, hit('+3', 'd')]);
    instance.send();
    expect(calls).toEqual([['+3']]);
    expect(await drain(instance)).toEqual(['d:none', 'c:scam']);
  });

  test('a failed lookup is logged once and its hits come back without verdicts', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const instance = new Lookups(async (): Promise<NumberVerdict[]> => Promise.reject(new Error('gone')), 3, () => 0);
    instance.push([hit('+1'), hit('+2')]);
    instance.send();
    expect(await drain(instance)).toEqual(['+2:?', '+1:?']);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});

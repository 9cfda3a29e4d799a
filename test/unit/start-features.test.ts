import { describe, expect, test } from 'vitest';
import { startOneByOne, type PageFeature } from '@/lib/page/feature';

/** Features that log their starts; `nextTask` logs each turn given back to the page. */
function setup(names: string[], failing = new Set<string>()) {
  const log: string[] = [];
  const features: PageFeature[] = names.map((name) => ({
    name,
    start() {
      log.push(`start ${name}`);
      if (failing.has(name)) throw new Error(`${name} broke`);
    },
    stop() {
      log.push(`stop ${name}`);
    },
  }));
  const nextTask = async () => void log.push('task');
  return { log, features, nextTask };
}

describe('startOneByOne', () => {
  test('starts each feature in a task of its own, in order', async () => {
    const { log, features, nextTask } = setup(['markers', 'banners', 'locker']);
    await startOneByOne(features, () => true, () => undefined, nextTask);
    expect(log).toEqual(['task', 'start markers', 'task', 'start banners', 'task', 'start locker']);
  });

  test('stops starting features once it is no longer current (the site was paused meanwhile)', async () => {
    const { log, features, nextTask } = setup(['markers', 'banners', 'locker']);
    let current = true;
    const turns = async () => {
      await nextTask();
      if (log.includes('start markers')) current = false;
    };
    await startOneByOne(features, () => current, () => undefined, turns);
    expect(log).toEqual(['task', 'start markers', 'task']);
  });

  test('a feature that fails to start is reported and the others still start', async () => {
    const { log, features, nextTask } = setup(['markers', 'banners', 'locker'], new Set(['banners']));
    const errors: unknown[] = [];
    await startOneByOne(features, () => true, (error) => errors.push(error), nextTask);
    expect(log.filter((line) => line.startsWith('start'))).toEqual(['start markers', 'start banners', 'start locker']);
    expect(errors).toEqual([new Error('banners broke')]);
  });
});

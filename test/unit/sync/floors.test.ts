import { expect, test } from 'vitest';
import { Floors, FLOORS_KEY, maxFloor } from '@/lib/lists/sync/floors';
import { FakeArea } from '../background/fake-area';

test('floors only rise, field by field', async () => {
  const area = new FakeArea();
  const floors = new Floors(area);
  expect(await floors.get('a')).toBeUndefined();
  await floors.raise('a', { version: 5, listVersion: 3 });
  await floors.raise('a', { version: 4, listVersion: 7 });
  expect(await floors.get('a')).toEqual({ version: 5, listVersion: 7 });
  await floors.raise('b', { version: 1, listVersion: 1 });
  expect((await area.get(FLOORS_KEY))[FLOORS_KEY]).toEqual({ a: { version: 5, listVersion: 7 }, b: { version: 1, listVersion: 1 } });
});

test('a floor named like an Object property is not found by accident', async () => {
  const floors = new Floors(new FakeArea());
  expect(await floors.get('constructor')).toBeUndefined();
  expect(await floors.get('__proto__')).toBeUndefined();
});

test('maxFloor', () => {
  expect(maxFloor(undefined, undefined)).toBeUndefined();
  expect(maxFloor({ version: 2, listVersion: 1 }, undefined)).toEqual({ version: 2, listVersion: 1 });
  expect(maxFloor({ version: 2, listVersion: 9 }, { version: 3, listVersion: 1 })).toEqual({ version: 3, listVersion: 9 });
});

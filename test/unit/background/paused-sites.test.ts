import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPaused, PAUSED_SITES_KEY, setPaused } from '@/lib/background/paused-sites';
import { FakeArea } from './fake-area';

describe('paused sites', () => {
  test('pausing and resuming one origin leaves the others alone', async () => {
    const area = new FakeArea();
    await setPaused(area, 'https://b.example', true);
    await setPaused(area, 'https://a.example', true);
    expect(area.items.get(PAUSED_SITES_KEY)).toEqual(['https://a.example', 'https://b.example']);
    expect(await isPaused(area, 'https://a.example')).toBe(true);
    expect(await isPaused(area, 'https://c.example')).toBe(false);
    await setPaused(area, 'https://a.example', false);
    expect(await isPaused(area, 'https://a.example')).toBe(false);
    expect(await isPaused(area, 'https://b.example')).toBe(true);
  });

  test('pausing twice stores the origin once', async () => {
    const area = new FakeArea();
    await setPaused(area, 'https://a.example', true);
    await setPaused(area, 'https://a.example', true);
    expect(area.items.get(PAUSED_SITES_KEY)).toEqual(['https://a.example']);
  });

  test('origins are matched exactly: scheme and port count', async () => {
    const area = new FakeArea();
    await setPaused(area, 'https://a.example', true);
    expect(await isPaused(area, 'http://a.example')).toBe(false);
    expect(await isPaused(area, 'https://a.example:8443')).toBe(false);
    expect(await isPaused(area, 'https://sub.a.example')).toBe(false);
  });

  test.each([['a string', 'https://a.example'], ['an object', { 'https://a.example': true }], ['null', null]])(
    'a corrupt stored value (%s) reads as nothing paused',
    async (_name, value) => {
      const area = new FakeArea();
      area.items.set(PAUSED_SITES_KEY, value);
      expect(await isPaused(area, 'https://a.example')).toBe(false);
      await setPaused(area, 'https://b.example', true);
      expect(area.items.get(PAUSED_SITES_KEY)).toEqual(['https://b.example']);
    },
  );

  test('non-string items in the stored array are dropped', async () => {
    const area = new FakeArea();
    area.items.set(PAUSED_SITES_KEY, [42, 'https://a.example', { x: 1 }]);
    expect(await isPaused(area, 'https://a.example')).toBe(true);
    await setPaused(area, 'https://b.example', true);
    expect(area.items.get(PAUSED_SITES_KEY)).toEqual(['https://a.example', 'https://b.example']);
  });

  describe('with the fake browser storage', () => {
    beforeEach(() => fakeBrowser.reset());

    test('works on storage.local', async () => {
      await setPaused(fakeBrowser.storage.local, 'https://a.example', true);
      expect(await fakeBrowser.storage.local.get(PAUSED_SITES_KEY)).toEqual({ [PAUSED_SITES_KEY]: ['https://a.example'] });
      expect(await isPaused(fakeBrowser.storage.local, 'https://a.example')).toBe(true);
    });
  });
});

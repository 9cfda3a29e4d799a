import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import english from '@/public/_locales/en/messages.json' with { type: 'json' };
import { setFallbackMessages, t, useMessages } from '@/lib/i18n';
import { resolvedMessages, type Catalog } from '@/lib/i18n/format';
import { cachedUiMessages, preloadMessages, readUiMessages } from '@/lib/i18n/ui-messages';

const catalog = (folder: string) => JSON.parse(readFileSync(new URL(`../../public/_locales/${folder}/messages.json`, import.meta.url), 'utf8')) as Catalog;
const original = (globalThis as { chrome?: unknown }).chrome;

afterEach(() => {
  vi.stubGlobal('chrome', original);
  useMessages({});
  setFallbackMessages(english);
});

describe('resolvedMessages', () => {
  test('resolves named placeholders and keeps $1.. for the substitutions', () => {
    const messages = resolvedMessages({ hi: { message: 'Hi $WHO$, $$5', placeholders: { who: { content: '$1' } } } }, { hi: { message: 'x' }, bye: { message: 'Bye' } });
    expect(messages).toEqual({ hi: 'Hi $1, $$5', bye: 'Bye' });
  });

  test.each(['en', 'de', 'es', 'fr'])('gives every key of the %s catalog', (folder) => {
    const messages = resolvedMessages(catalog(folder), catalog('en'));
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    expect(messages.locale_code).toBe(folder);
  });
});

describe('readUiMessages', () => {
  const stubLocale = (code: string) => vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => (key === 'locale_code' ? code : '') } });

  test("reads the catalog of the browser's language, English under it", async () => {
    stubLocale('de');
    const read = vi.fn(async (folder: string) => catalog(folder));
    const messages = await readUiMessages(read);
    expect(read.mock.calls.map(([folder]) => folder).sort()).toEqual(['de', 'en']);
    expect(messages.label_scam).toBe(resolvedMessages(catalog('de'), catalog('en')).label_scam);
    expect(messages.locale_code).toBe('de');
  });

  test('gives nothing when the catalog it read is not the one the browser uses', async () => {
    stubLocale('de');
    expect(await readUiMessages(async () => catalog('en'))).toEqual({});
  });
});

describe('t with messages from the background', () => {
  test('uses them, with substitutions, without asking the browser', () => {
    const getMessage = vi.fn(() => 'from the browser');
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    useMessages({ greeting: 'Hallo $1, $$2' } as Record<string, string>);
    expect(t('greeting' as never, 'Ada')).toBe('Hallo Ada, $2');
    expect(getMessage).not.toHaveBeenCalled();
    // A key they lack still comes from the browser.
    expect(t('label_scam')).toBe('from the browser');
  });
});

describe('preloadMessages', () => {
  test('asks once and puts the messages to use; asks again after a failure', async () => {
    vi.stubGlobal('chrome', undefined);
    setFallbackMessages(undefined);
    const errors: unknown[] = [];
    const ask = vi.fn().mockRejectedValueOnce(new Error('worker restarting')).mockResolvedValue({ label_scam: 'Betrugsnummer' });
    const ready = preloadMessages(ask, (error) => errors.push(error));
    await ready();
    expect(errors).toHaveLength(1);
    expect(t('label_scam')).toBe('label_scam');
    await ready();
    await ready();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(t('label_scam')).toBe('Betrugsnummer');
  });
});

describe('cachedUiMessages', () => {
  test('reads the catalogs once, and again after a failed read', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => (key === 'locale_code' ? 'fr' : '') } });
    const read = vi.fn(async (folder: string) => catalog(folder));
    read.mockRejectedValueOnce(new Error('fetch failed'));
    const messages = cachedUiMessages(read);
    await expect(messages()).rejects.toThrow('fetch failed');
    expect((await messages()).locale_code).toBe('fr');
    await messages();
    expect(read).toHaveBeenCalledTimes(3);
  });
});

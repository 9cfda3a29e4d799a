import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import english from '@/public/_locales/en/messages.json' with { type: 'json' };
import { setFallbackMessages, t, tPlural } from '@/lib/i18n';
import { resolvePlaceholders, substitute, type Catalog } from '@/lib/i18n/format';

const original = (globalThis as { chrome?: unknown }).chrome;

afterEach(() => {
  vi.stubGlobal('chrome', original);
  setFallbackMessages(english);
});

/** Looks `key` up in a one-off catalog, the way the fallback does. */
function render(entry: Catalog[string], substitutions: string[] = ['S1', 'S2']): string {
  return substitute(resolvePlaceholders(entry), substitutions);
}

// Each expectation was read from Chromium 156's chrome.i18n.getMessage with the substitutions ['S1', 'S2'].
describe("Chrome's substitution rules in the fallback", () => {
  test.each([
    ['x$$$y', 'x$$y'],
    ['$$$$', '$$$'],
    ['p$aq', 'pq'],
    ['p$ q', 'pq'],
    ['end$', 'end'],
    ['z$0z', 'zz'],
    ['t$10t', 'tS10t'],
    ['miss $3 here', 'miss  here'],
    ['q $x.y$ r', 'q .yr'],
  ])('%j reads %j', (message, expected) => {
    expect(render({ message })).toBe(expected);
  });

  test('named placeholders, in any case, take their content; $$ in a message is one dollar sign', () => {
    expect(render({ message: 'Hi $WHO$ and $Who$!', placeholders: { who: { content: '$1' } } })).toBe('Hi S1 and S1!');
    expect(render({ message: '$1 costs $$5 and $price$', placeholders: { price: { content: '$2' } } })).toBe('S1 costs $5 and S2');
    expect(render({ message: 'lit $thing$', placeholders: { thing: { content: 'fixed $$ text' } } })).toBe('lit fixed $ text');
  });

  test('a valid name with no placeholder is an error, as Chrome then refuses to load the extension', () => {
    expect(() => resolvePlaceholders({ message: 'a $1$ b' })).toThrow(/Unknown placeholder/);
  });

  test('substitutions go in verbatim: amounts keep their dollar signs', () => {
    expect(render({ message: 'a $1 charge' }, ['$399.99'])).toBe('a $399.99 charge');
    expect(render({ message: 'a $1 charge' }, ['$$1 $2'])).toBe('a $$1 $2 charge');
    expect(t('reason_ask_charge', '$399.99')).toBe('asks you to call about a $399.99 charge');
  });
});

describe('t()', () => {
  test('reads the English catalog without a browser, with numbers as substitutions', () => {
    expect(t('report_undo_countdown', 5)).toBe('Undo (5)');
    expect(t('reason_headline_claimed', 'Norton support', "the number 1 is not one of Norton's", 'asks you to call it')).toBe(
      "Claims to be Norton support; the number 1 is not one of Norton's; asks you to call it.",
    );
  });

  test("prefers the browser's i18n API, with the substitutions as strings", () => {
    const getMessage = vi.fn((key: string, subs: string[]) => `[${key}:${subs.join('|')}]`);
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    expect(t('report_undo_countdown', 5)).toBe('[report_undo_countdown:5]');
    expect(getMessage).toHaveBeenCalledWith('report_undo_countdown', ['5']);
  });

  test('falls back when the API throws (the fake browser) or does not know the key', () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: () => '' } });
    expect(t('common_undo')).toBe('Undo');
    vi.stubGlobal('chrome', {
      i18n: {
        getMessage: () => {
          throw new Error('not mocked');
        },
      },
    });
    expect(t('common_undo')).toBe('Undo');
  });

  test('shows the key when there is neither an API nor a catalog', () => {
    vi.stubGlobal('chrome', undefined);
    setFallbackMessages(undefined);
    expect(t('common_undo')).toBe('common_undo');
  });

  test("chooses singular or plural by the language's rules", () => {
    expect(tPlural(1, 'feeds_count_one', 'feeds_count_other')).toBe('1 number');
    expect(tPlural(0, 'feeds_count_one', 'feeds_count_other')).toBe('0 numbers');
    expect(tPlural(1250, 'feeds_count_one', 'feeds_count_other')).toBe('1,250 numbers');
    setFallbackMessages(JSON.parse(readFileSync(new URL('../../public/_locales/fr/messages.json', import.meta.url), 'utf8')) as Catalog);
    // French counts 0 as singular and groups thousands with a narrow no-break space.
    expect(tPlural(0, 'feeds_count_one', 'feeds_count_other')).toBe('0 numéro');
    expect(tPlural(1250, 'feeds_count_one', 'feeds_count_other')).toBe('1\u202f250 numéros');
  });
});

import type english from '../../public/_locales/en/messages.json';
import { resolvedMessages, substitute, type Catalog } from './format';

/** Every message has a key in the English catalog; the other locales are tested to have the same keys. */
export type MessageKey = keyof typeof english;
export type { Catalog } from './format';

type GetMessage = { getMessage?: (key: string, substitutions?: string[]) => string };
type I18nGlobals = { chrome?: { i18n?: GetMessage }; browser?: { i18n?: GetMessage } };

let fallback: Map<string, string> | undefined;
let loaded: Map<string, string> | undefined;

/**
 * The catalog used where there is no browser i18n API (unit tests, the scan
 * command). Extension scripts never register one, so no catalog is bundled
 * with them: the browser reads public/_locales itself.
 */
export function setFallbackMessages(catalog: Catalog | undefined): void {
  fallback = catalog && new Map(Object.entries(resolvedMessages(catalog, catalog)));
}

/**
 * Messages in the browser's language, with placeholders resolved (see
 * `readUiMessages`), used before the browser's i18n API. For content scripts:
 * there the API's first call stops the page while the browser reads the
 * extension's catalog for that renderer (2.7 ms in Chromium), where the
 * background can send the same messages without stopping anything.
 */
export function useMessages(messages: Record<string, string>): void {
  loaded = new Map(Object.entries(messages));
}

/**
 * The message for `key` in the browser's language. Components and lib code
 * run in the popup, the content script and the background, so this reads the
 * global i18n API rather than importing wxt/browser: Chrome has `chrome.i18n`,
 * Firefox has `browser.i18n` (and `chrome.i18n` too).
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const strings = substitutions.map(String);
  const known = loaded?.get(key);
  if (known !== undefined) return substitute(known, strings);
  const globals = globalThis as I18nGlobals;
  const api = globals.chrome?.i18n ?? globals.browser?.i18n;
  if (api?.getMessage) {
    try {
      const message = api.getMessage(key, strings);
      if (message) return message;
    } catch {
      // The fake browser in unit tests has i18n.getMessage but throws: use the fallback.
    }
  }
  const template = fallback?.get(key);
  // The key itself rather than nothing, so a missing message shows up in tests and screenshots.
  return template === undefined ? key : substitute(template, strings);
}

/** The language the messages are in ("en", "de", ...), for number and date formatting and `<html lang>`. */
export function uiLocale(): string {
  return t('locale_code');
}

/**
 * Chooses between a singular and a plural message by the language's plural
 * rules (French counts 0 as singular). `count` is the first substitution.
 */
export function tPlural(count: number, one: MessageKey, other: MessageKey, ...more: (string | number)[]): string {
  const category = new Intl.PluralRules(uiLocale()).select(count);
  return t(category === 'one' ? one : other, count.toLocaleString(uiLocale()), ...more);
}

import { resolvedMessages, type Catalog } from './format';
import { t, useMessages } from './index';

/**
 * The messages the browser's i18n API gives in this context, read from the
 * extension's catalogs (`read` fetches `_locales/<folder>/messages.json`): the
 * language is the one the API chose, as its `locale_code` message tells.
 * Nothing when that catalog cannot be read or is not the one the API uses: its
 * users then ask the API.
 */
export async function readUiMessages(read: (folder: string) => Promise<Catalog>): Promise<Record<string, string>> {
  const code = t('locale_code');
  const english = await read('en');
  const catalog = code === 'en' ? english : await read(code.replace('-', '_'));
  if (catalog.locale_code?.message !== code) return {};
  return resolvedMessages(catalog, english);
}

/**
 * Asks for the messages once (again after a failure) and puts them to use
 * (see `useMessages`); the promise resolves when that is done, failed or not,
 * so a caller can wait for it next to the request whose answer may need them.
 */
export function preloadMessages(ask: () => Promise<Record<string, string>>, onError: (error: unknown) => void): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () =>
    (done ??= ask().then(useMessages, (error: unknown) => {
      done = undefined;
      onError(error);
    }));
}

/** `read` once per worker (again after a failure): the background reads the catalogs on the first warning's behalf only. */
export function cachedUiMessages(read: (folder: string) => Promise<Catalog>): () => Promise<Record<string, string>> {
  let messages: Promise<Record<string, string>> | undefined;
  return () => {
    messages ??= readUiMessages(read).catch((error: unknown) => {
      messages = undefined;
      throw error;
    });
    return messages;
  };
}

import { browser } from 'wxt/browser';
import type { DataCategory } from './data-collection';

/**
 * Firefox's built-in consent for data collection: the optional kinds of data
 * declared in wxt.config.ts are sent only once the person allows them. Chrome
 * has no such consent; there both functions below are absent.
 */
type DataPermissions = { data_collection: DataCategory[] };
export interface DataPermissionsApi {
  contains: (permissions: DataPermissions) => Promise<boolean>;
  request: (permissions: DataPermissions) => Promise<boolean>;
}

/**
 * Whether these kinds of data may be sent. A Firefox whose permissions API does
 * not know `data_collection` has no such consent to ask for, and throws: there a
 * report goes as it would in Chrome, rather than waiting for a permission no one
 * can give.
 */
export function consentChecker(api: () => DataPermissionsApi): (categories: DataCategory[]) => Promise<boolean> {
  return async (categories) => {
    try {
      return await api().contains({ data_collection: categories });
    } catch {
      return true;
    }
  };
}

const permissions = () => browser.permissions as unknown as DataPermissionsApi;

/** For the background, before a report leaves (Firefox only). */
export const dataConsentGiven = import.meta.env.FIREFOX ? consentChecker(permissions) : undefined;

/**
 * Asks Firefox for these kinds of data; Firefox shows its own prompt. Must be
 * called straight from a click or a form submission in an extension page.
 */
export const askDataConsent: ((categories: DataCategory[]) => Promise<boolean>) | undefined = import.meta.env.FIREFOX
  ? (categories) => permissions().request({ data_collection: categories })
  : undefined;

import { browser } from 'wxt/browser';
import type { DataCategory } from './data-collection';

/**
 * Firefox's built-in consent for data collection: the optional kinds of data
 * declared in wxt.config.ts are sent only once the person allows them. Chrome
 * has no such consent; there both functions are absent.
 */
type DataPermissions = { data_collection: DataCategory[] };
type PermissionsApi = {
  contains: (permissions: DataPermissions) => Promise<boolean>;
  request: (permissions: DataPermissions) => Promise<boolean>;
};
const permissions = () => browser.permissions as unknown as PermissionsApi;

/** Whether Firefox may send these kinds of data (for the background, before a report leaves). */
export const dataConsentGiven: ((categories: DataCategory[]) => Promise<boolean>) | undefined = import.meta.env.FIREFOX
  ? (categories) => permissions().contains({ data_collection: categories })
  : undefined;

/**
 * Asks Firefox for these kinds of data; Firefox shows its own prompt. Must be
 * called straight from a click or a form submission in an extension page.
 */
export const askDataConsent: ((categories: DataCategory[]) => Promise<boolean>) | undefined = import.meta.env.FIREFOX
  ? (categories) => permissions().request({ data_collection: categories })
  : undefined;

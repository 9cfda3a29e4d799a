import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome MV3 by default; `npm run build:firefox` builds the Firefox package.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'activeTab'],
    // No other extension or web page may message Hangup.
    ...(browser === 'firefox' ? {} : { externally_connectable: { ids: [] } }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'hangup@hangup.invalid', strict_min_version: '128.0' } } }
      : {}),
  }),
});

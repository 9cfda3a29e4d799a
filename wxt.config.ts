import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome MV3 by default; `npm run build:firefox` builds the Firefox package.
// Firefox stays on MV2: there the content script's host access comes with the
// install, while Firefox MV3 lets the user withhold or revoke host access,
// which would silently stop the warnings until a grant flow existed.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'activeTab'],
    // No other extension or web page may message Hangup.
    ...(browser === 'firefox' ? {} : { externally_connectable: { ids: [] } }),
    action: { default_title: '__MSG_ext_name__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hangup@hangup.invalid',
              // 140: the first Firefox (and ESR) that shows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: {
                // Nothing leaves the browser unless the user files a report.
                required: ['none'],
                // A report carries a number seen on a page (websiteContent) or in a
                // mail, call or text (personalCommunications), and with opt-in the
                // page origin (browsingActivity) and subject or excerpt.
                optional: ['websiteContent', 'personalCommunications', 'browsingActivity'],
              },
            },
            // Firefox for Android reads the data declaration from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // AMO rebuilds the Firefox package from this archive with
    // `npm ci && npm run build:firefox` (see README): only what that needs.
    // publisher/ stays out: the default feed ships prebuilt and signed in
    // public/feeds, so its (deliberately public) demo key is not needed.
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
    ],
    // Never ship key material, whatever a later include pattern picks up.
    excludeSources: ['**/*.key', '**/*.pem', '**/.env*'],
  },
});

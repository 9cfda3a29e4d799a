// Code passed to page.evaluate() runs in extension pages, where `chrome` is the browser's API.
declare const chrome: import('webextension-polyfill').Browser;

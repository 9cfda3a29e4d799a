import { describe, expect, test } from 'vitest';
import { createRouter, identifyCaller, type Caller, type Handlers, type SenderInfo } from '@/lib/background/router';
import { MAX_BATCH, MAX_FIND_CHARS, MAX_FIND_TEXT, MAX_FIND_TEXTS, MAX_MESSAGE_CHARS } from '@/lib/messaging';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const options = { extensionId: EXTENSION_ID, extensionOrigin: `chrome-extension://${EXTENSION_ID}/` };
const popup: SenderInfo = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };
const content: SenderInfo = { id: EXTENSION_ID, url: 'https://mail.example.com/inbox?x=1#y', tab: { id: 7 } };

/** Handlers that record what reached them. */
function recordingHandlers() {
  const calls: Array<{ type: string; data: unknown; caller: Caller }> = [];
  const record =
    <T>(type: string, reply: T) =>
    (data: unknown, caller: Caller) => {
      calls.push({ type, data, caller });
      return reply;
    };
  const handlers: Handlers = {
    findNumbers: record('findNumbers', { found: [] }),
    lookupNumbers: record('lookupNumbers', { verdicts: [] }),
    pageStatus: record('pageStatus', { paused: false, reportSharing: { origin: false, excerpt: false } }),
    uiMessages: record('uiMessages', { messages: {} }),
    checkNumber: record('checkNumber', { parsed: { ok: false as const, reason: 'empty' as const } }),
    listFeeds: record('listFeeds', { feeds: [] }),
    getSite: record('getSite', { origin: 'https://a.example', paused: false }),
    setSitePaused: record('setSitePaused', { origin: 'https://a.example', paused: true }),
    addFeed: record('addFeed', { feed: { feedId: 'a', name: 'A', version: 1, count: 0, updatedAt: 0, vendors: [] } }),
    removeFeed: record('removeFeed', { removed: true }),
    syncFeed: record('syncFeed', { outcome: 'unchanged' }),
    checkMessage: record('checkMessage', { verdict: 'none' as const, score: 0, numbers: [], reasons: [] }),
    closeTab: record('closeTab', { closed: false }),
    fileReport: record('fileReport', { report: {} as never, duplicate: false }),
    undoReport: record('undoReport', { undone: false }),
    listReports: record('listReports', { reports: [] }),
    retryReport: record('retryReport', {}),
    deleteReport: record('deleteReport', { deleted: false }),
    pageFindings: record('pageFindings', { count: 0 }),
    tabFindings: record('tabFindings', { numbers: [], messages: 0, locker: false }),
    getSettings: record('getSettings', { pausedSites: [], notScam: [], sensitivity: 'standard' as const, reportSharing: { origin: false, excerpt: false } }),
    setReportSharing: record('setReportSharing', { origin: false, excerpt: false }),
    setSensitivity: record('setSensitivity', { sensitivity: 'standard' as const }),
    setNotScam: record('setNotScam', { notScam: [] }),
    exportSettings: record('exportSettings', { file: {} as never }),
    importSettings: record('importSettings', { feedsAdded: 0, feedErrors: [] }),
  };
  return { handlers, calls };
}

describe('identifyCaller', () => {
  test.each<[string, SenderInfo, Caller | undefined]>([
    ['an extension page', popup, { kind: 'page', origin: `chrome-extension://${EXTENSION_ID}` }],
    ['a content script on https', content, { kind: 'content', origin: 'https://mail.example.com', tabId: 7 }],
    ['a content script on http with a port', { ...content, url: 'http://127.0.0.1:8080/a' }, { kind: 'content', origin: 'http://127.0.0.1:8080', tabId: 7 }],
    ['a content script whose tab has no id', { ...content, tab: {} }, { kind: 'content', origin: 'https://mail.example.com' }],
    ['another extension', { ...popup, id: 'otherextensionidotherextensionid' }, undefined],
    ['a sender with no id', { url: popup.url }, undefined],
    ['a sender with no url', { id: EXTENSION_ID, tab: {} }, undefined],
    ['a tab on a file: url', { ...content, url: 'file:///etc/passwd' }, undefined],
    ['a tab on a data: url', { ...content, url: 'data:text/html,<p>hi</p>' }, undefined],
    ['a web url with no tab', { id: EXTENSION_ID, url: 'https://mail.example.com/' }, undefined],
    ['a malformed url', { ...content, url: 'not a url' }, undefined],
  ])('%s', (_name, sender, caller) => {
    expect(identifyCaller(sender, options)).toEqual(caller);
  });
});

describe('router', () => {
  const valid = { type: 'lookupNumbers', data: { numbers: ['+12025550143'] } };

  test('passes valid data and the caller to the handler', async () => {
    const { handlers, calls } = recordingHandlers();
    const route = createRouter(handlers, options);
    expect(await route(valid, content)).toEqual({ ok: true, data: { verdicts: [] } });
    expect(calls).toEqual([{ type: 'lookupNumbers', data: { numbers: ['+12025550143'] }, caller: { kind: 'content', origin: 'https://mail.example.com', tabId: 7 } }]);
  });

  const circular: Record<string, unknown> = { type: 'pageStatus', data: {} };
  circular.self = circular;

  test.each<[string, unknown, string, RegExp]>([
    ['undefined', undefined, 'bad-message', /not an object/],
    ['null', null, 'bad-message', /not an object/],
    ['a string', 'lookupNumbers', 'bad-message', /not an object/],
    ['a number', 42, 'bad-message', /not an object/],
    ['an array', [valid], 'bad-message', /not an object/],
    ['a circular object', circular, 'bad-message', /not JSON/],
    ['a BigInt', { type: 'pageStatus', data: {}, n: 1n }, 'bad-message', /not JSON/],
    ['an unknown type', { type: 'deleteEverything', data: {} }, 'bad-message', /Unknown message type/],
    ['no type', { data: {} }, 'bad-message', /Unknown message type/],
    ['a non-string type', { type: ['pageStatus'], data: {} }, 'bad-message', /Unknown message type/],
    ['__proto__ as type', { type: '__proto__', data: {} }, 'bad-message', /Unknown message type/],
    ['constructor as type', { type: 'constructor', data: {} }, 'bad-message', /Unknown message type/],
    ['toString as type', { type: 'toString', data: {} }, 'bad-message', /Unknown message type/],
    ['hasOwnProperty as type', { type: 'hasOwnProperty', data: {} }, 'bad-message', /Unknown message type/],
    ['missing data', { type: 'lookupNumbers' }, 'bad-message', /^lookupNumbers: /],
    ['missing numbers', { type: 'lookupNumbers', data: {} }, 'bad-message', /^lookupNumbers: numbers: /],
    ['an empty numbers array', { type: 'lookupNumbers', data: { numbers: [] } }, 'bad-message', /^lookupNumbers: numbers: /],
    ['numbers as a string', { type: 'lookupNumbers', data: { numbers: '+12025550143' } }, 'bad-message', /^lookupNumbers: numbers: /],
    ['a non-string number', { type: 'lookupNumbers', data: { numbers: ['+12025550143', 12025550143] } }, 'bad-message', /^lookupNumbers: numbers\.1: /],
    ['a null number', { type: 'lookupNumbers', data: { numbers: [null] } }, 'bad-message', /^lookupNumbers: numbers\.0: /],
    ['a number that is not E.164', { type: 'lookupNumbers', data: { numbers: ['(202) 555-0143'] } }, 'bad-message', /numbers\.0: not an E\.164 number/],
    ['more numbers than a batch', { type: 'lookupNumbers', data: { numbers: Array(MAX_BATCH + 1).fill('+12025550143') } }, 'bad-message', /^lookupNumbers: numbers: /],
    ['an extra field in data', { type: 'lookupNumbers', data: { numbers: ['+12025550143'], tabId: 3 } }, 'bad-message', /^lookupNumbers: tabId: /],
    ['a search with no texts', { type: 'findNumbers', data: { region: 'US', texts: [] } }, 'bad-message', /^findNumbers: texts: /],
    ['a search text longer than a window', { type: 'findNumbers', data: { region: 'US', texts: ['1'.repeat(MAX_FIND_TEXT + 1)] } }, 'bad-message', /^findNumbers: texts\.0: /],
    ['more search texts than allowed', { type: 'findNumbers', data: { region: 'US', texts: Array(MAX_FIND_TEXTS + 1).fill('x') } }, 'bad-message', /^findNumbers: texts: /],
    ['a search text that is not a string', { type: 'findNumbers', data: { region: 'US', texts: ['call 202-555-0143', 2025550143] } }, 'bad-message', /^findNumbers: texts\.1: /],
    ['a search region that is not one', { type: 'findNumbers', data: { region: 'UK', texts: ['x'] } }, 'bad-message', /^findNumbers: region: not a region/],
    ['a search region as a prototype key', { type: 'findNumbers', data: { region: '__proto__', texts: ['x'] } }, 'bad-message', /^findNumbers: region: /],
    ['a search with an extra field', { type: 'findNumbers', data: { region: 'US', texts: ['x'], html: '<b>' } }, 'bad-message', /^findNumbers: html: /],
    ['data on pageStatus', { type: 'pageStatus', data: { origin: 'https://bank.example' } }, 'bad-message', /^pageStatus: origin: /],
    ['data on uiMessages', { type: 'uiMessages', data: { locale: 'de' } }, 'bad-message', /^uiMessages: locale: /],
    ['a 10,000-number array', { type: 'lookupNumbers', data: { numbers: Array(10_000).fill('+12025550143') } }, 'too-large', /over 64000 characters/],
    ['an oversized message', { type: 'pageStatus', data: {}, pad: 'x'.repeat(MAX_MESSAGE_CHARS) }, 'too-large', /over/],
  ])('rejects %s without calling a handler', async (_name, message, code, text) => {
    const { handlers, calls } = recordingHandlers();
    const route = createRouter(handlers, options);
    const reply = await route(message, content);
    expect(reply).toEqual({ ok: false, error: { code, message: expect.stringMatching(text) } });
    expect(calls).toEqual([]);
  });

  test('accepts a full search: its texts, its characters, and what JSON escaping adds to plain text', async () => {
    const { handlers, calls } = recordingHandlers();
    const texts = Array.from({ length: MAX_FIND_TEXTS }, (_, i) => `Call "us" at 202-555-${String(i).padStart(4, '0')}\n`.repeat(40).slice(0, Math.floor(MAX_FIND_CHARS / MAX_FIND_TEXTS)));
    expect(await createRouter(handlers, options)({ type: 'findNumbers', data: { region: 'US', texts } }, content)).toMatchObject({ ok: true });
    expect(calls).toHaveLength(1);
  });

  test('accepts a full batch of numbers', async () => {
    const { handlers, calls } = recordingHandlers();
    const numbers = Array.from({ length: MAX_BATCH }, (_, i) => `+1202555${String(i).padStart(4, '0')}`);
    expect(await createRouter(handlers, options)({ type: 'lookupNumbers', data: { numbers } }, content)).toMatchObject({ ok: true });
    expect(calls).toHaveLength(1);
  });

  test.each<[string, SenderInfo]>([
    ['another extension', { ...popup, id: 'otherextensionidotherextensionid' }],
    ['a sender with no url', { id: EXTENSION_ID, tab: {} }],
    ['a web page without a tab', { id: EXTENSION_ID, url: 'https://evil.example/' }],
  ])('refuses %s', async (_name, sender) => {
    const { handlers, calls } = recordingHandlers();
    expect(await createRouter(handlers, options)({ type: 'pageStatus', data: {} }, sender)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Unknown sender' } });
    expect(calls).toEqual([]);
  });

  test.each([
    ['checkNumber', { input: '+12025550143' }],
    ['listFeeds', {}],
    ['getSite', { origin: 'https://mail.example.com' }],
    ['setSitePaused', { origin: 'https://mail.example.com', paused: true }],
  ])('a content script may not call %s, an extension page may', async (type, data) => {
    const { handlers, calls } = recordingHandlers();
    const route = createRouter(handlers, options);
    expect(await route({ type, data }, content)).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining(type) } });
    expect(calls).toEqual([]);
    expect(await route({ type, data }, popup)).toMatchObject({ ok: true });
    expect(calls).toMatchObject([{ type, caller: { kind: 'page' } }]);
  });

  test('a forbidden sender learns nothing about the data shape', async () => {
    const { handlers } = recordingHandlers();
    const reply = await createRouter(handlers, options)({ type: 'setSitePaused', data: { junk: 1 } }, content);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test.each([
    ['an Error', () => Promise.reject(new Error('database closed')), 'database closed'],
    ['a synchronous throw', () => {
      throw new Error('boom');
    }, 'boom'],
    ['a non-Error value', () => Promise.reject('just a string'), 'Internal error'],
  ])('a handler failing with %s gives an internal error reply', async (_name, failing, message) => {
    const { handlers } = recordingHandlers();
    const errors: Array<[unknown, string]> = [];
    const route = createRouter({ ...handlers, pageStatus: failing as Handlers['pageStatus'] }, { ...options, onError: (error, type) => errors.push([error, type]) });
    await expect(route({ type: 'pageStatus', data: {} }, content)).resolves.toEqual({ ok: false, error: { code: 'internal', message } });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[1]).toBe('pageStatus');
  });

  test('a handler failing without onError still resolves', async () => {
    const { handlers } = recordingHandlers();
    const route = createRouter({ ...handlers, listFeeds: () => Promise.reject(new Error('x')) }, options);
    await expect(route({ type: 'listFeeds', data: {} }, popup)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

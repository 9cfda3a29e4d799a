import 'fake-indexeddb/auto';
import type { CountryCode } from 'libphonenumber-js/min';
import { beforeAll, describe, expect, test } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { setPaused } from '@/lib/background/paused-sites';
import type { Caller } from '@/lib/background/router';
import { ListsService } from '@/lib/lists/service';
import { FeedSync } from '@/lib/lists/sync/feed-sync';
import { Floors } from '@/lib/lists/sync/floors';
import { OutboxStore } from '@/lib/lists/outbox-store';
import { ReportsService } from '@/lib/reports/service';
import { bundled, uniqueDbName } from '../fixtures';
import { FakeArea } from './fake-area';

const page: Caller = { kind: 'page', origin: 'chrome-extension://abc' };
const mail: Caller = { kind: 'content', origin: 'https://mail.example.com' };

let lists: ListsService;
beforeAll(async () => {
  lists = new ListsService({ dbName: uniqueDbName(), readBundledFeed: async () => bundled() });
  await lists.ready;
});

function setup(region: CountryCode = 'US') {
  const settings = new FakeArea();
  const sync = new FeedSync({ lists, floors: new Floors(settings) });
  const reports = new ReportsService({ outbox: new OutboxStore(() => lists.database()), vendors: () => lists.vendors(), version: '1.0.0' });
  return { settings, handlers: createHandlers({ lists, sync, settings, region: () => region, reports }) };
}

describe('lookupNumbers', () => {
  test.each([
    ['+12025550143', 'scam', 'Norbury Antivirus'],
    ['+442079460958', 'scam', 'Kestrel Pay'],
    ['+18005550100', 'official', 'Norbury Antivirus'],
    ['+442079460100', 'official', 'Kestrel Pay'],
    ['+12025550100', 'none', undefined],
  ])('%s is %s', async (n, verdict, vendor) => {
    const { handlers } = setup();
    const { verdicts } = await handlers.lookupNumbers({ numbers: [n] }, mail);
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatchObject({ e164: n, verdict });
    expect(verdicts[0]?.vendor?.name).toBe(vendor);
  });

  test('answers each distinct number once, in first-seen order', async () => {
    const { handlers } = setup();
    const { verdicts } = await handlers.lookupNumbers({ numbers: ['+12025550100', '+12025550143', '+12025550100', '+12025550143'] }, mail);
    expect(verdicts.map((v) => [v.e164, v.verdict])).toEqual([
      ['+12025550100', 'none'],
      ['+12025550143', 'scam'],
    ]);
  });
});

describe('findNumbers', () => {
  test.each<[string, string, string[], Array<Array<[string, string, string | null]>>]>([
    ['one number per text', 'US', ['Call (202) 555-0143 today', 'no number here', 'order #123456789'], [[['(202) 555-0143', '+12025550143', 'scam']], [], []]],
    ['numbers read in the region given', 'GB', ['Ring 020 7946 0958 now'], [[['020 7946 0958', '+442079460958', 'scam']]]],
    ['an obfuscated number and a vanity number', 'US', ['call 1-8OO-555-O142 or 1-800-FLOWERS'], [[['1-8OO-555-O142', '+18005550142', null], ['1-800-FLOWERS', '+18003569377', null]]]],
    ['an official number and one on no list', 'US', ['Norbury: 1-800-555-0100, fax 202-555-0100'], [[['1-800-555-0100', '+18005550100', 'official'], ['202-555-0100', '+12025550100', null]]]],
  ])('%s', async (_name, textRegion, texts, expected) => {
    const { handlers } = setup();
    const { found } = await handlers.findNumbers({ region: textRegion, texts }, mail);
    // Each number comes looked up: its verdict, or null when a page has nothing to show for it.
    expect(found.map((matches) => matches.map(({ raw, e164, verdict }) => [raw, e164, verdict?.verdict ?? null]))).toEqual(expected);
    // Offsets are into each text, and only these fields cross back.
    found.forEach((matches, i) => matches.forEach((match) => expect(texts[i]!.slice(match.start, match.end)).toBe(match.raw)));
    for (const match of found.flat()) expect(Object.keys(match).sort()).toEqual(['e164', 'end', 'raw', 'start', 'verdict']);
  });

  test('a number the user marked as not a scam comes back with nothing to show', async () => {
    const { handlers } = setup();
    await handlers.setNotScam({ e164: '+12025550143', notScam: true }, page);
    const { found } = await handlers.findNumbers({ region: 'US', texts: ['Call (202) 555-0143 today'] }, mail);
    expect(found[0]).toMatchObject([{ e164: '+12025550143', verdict: null }]);
  });
});

describe('checkNumber', () => {
  test.each([
    ['(202) 555-0143', 'US', '+12025550143', 'scam'],
    ['tel:+1-800-555-0100', 'US', '+18005550100', 'official'],
    ['020 7946 0958', 'GB', '+442079460958', 'scam'],
    ['+1 202 555 0100', 'GB', '+12025550100', 'none'],
  ] as const)('%s (region %s) is %s: %s', async (input, region, e164, verdict) => {
    const { handlers } = setup(region);
    const reply = await handlers.checkNumber({ input }, page);
    expect(reply.parsed).toMatchObject({ ok: true, e164 });
    expect(reply.verdict).toMatchObject({ e164, verdict });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['call me', 'not-a-number'],
    ['1'.repeat(80), 'not-a-number'],
    ['+1 202', 'invalid'],
  ] as const)('%j gets no verdict and the reason %s', async (input, reason) => {
    const { handlers } = setup();
    const reply = await handlers.checkNumber({ input }, page);
    expect(reply).toEqual({ parsed: { ok: false, reason } });
  });
});

describe('pageStatus', () => {
  test("uses the caller's origin, whatever the data says", async () => {
    const { handlers, settings } = setup();
    await setPaused(settings, 'https://mail.example.com', true);
    expect(await handlers.pageStatus({}, mail)).toMatchObject({ paused: true });
    expect(await handlers.pageStatus({ origin: 'https://other.example' } as never, { kind: 'content', origin: 'https://other.example' })).toMatchObject({ paused: false });
    expect(await handlers.pageStatus({ origin: 'https://mail.example.com' } as never, { kind: 'content', origin: 'https://other.example' })).toMatchObject({ paused: false });
  });

  test('an extension page is never paused', async () => {
    const { handlers, settings } = setup();
    await setPaused(settings, page.origin, true);
    expect(await handlers.pageStatus({}, page)).toMatchObject({ paused: false });
  });
});

describe('uiMessages', () => {
  test('answers with what the loader reads, and nothing without one', async () => {
    const { handlers } = setup();
    expect(await handlers.uiMessages({}, mail)).toEqual({ messages: {} });
    const settings = new FakeArea();
    const sync = new FeedSync({ lists, floors: new Floors(settings) });
    const reports = new ReportsService({ outbox: new OutboxStore(() => lists.database()), vendors: () => lists.vendors(), version: '1.0.0' });
    const withMessages = createHandlers({ lists, sync, settings, region: () => 'US', reports, uiMessages: async () => ({ label_scam: 'Betrugsnummer' }) });
    expect(await withMessages.uiMessages({}, mail)).toEqual({ messages: { label_scam: 'Betrugsnummer' } });
  });
});

describe('sites and feeds', () => {
  test('setSitePaused then getSite round-trips, and pageStatus follows', async () => {
    const { handlers } = setup();
    const origin = 'https://mail.example.com';
    expect(await handlers.getSite({ origin }, page)).toEqual({ origin, paused: false });
    expect(await handlers.setSitePaused({ origin, paused: true }, page)).toEqual({ origin, paused: true });
    expect(await handlers.getSite({ origin }, page)).toEqual({ origin, paused: true });
    expect(await handlers.pageStatus({}, mail)).toMatchObject({ paused: true });
    await handlers.setSitePaused({ origin, paused: false }, page);
    expect(await handlers.pageStatus({}, mail)).toMatchObject({ paused: false });
  });

  test('listFeeds summarises each feed with vendor names', async () => {
    const { handlers } = setup();
    const { feeds } = await handlers.listFeeds({}, page);
    expect(feeds).toEqual([
      {
        feedId: 'hangup-demo',
        name: 'Hangup demo list',
        version: 1,
        count: 8,
        updatedAt: expect.any(Number),
        vendors: ['Bluegate Computers', 'Helix Bank', 'Kestrel Pay', 'Norbury Antivirus'],
        stale: false,
        bundled: false,
        syncing: false,
        expires: bundled().expires,
      },
    ]);
  });
});

describe('checkMessage', () => {
  const content: Caller = { kind: 'content', origin: 'https://mail.example.com', tabId: 7 };

  test('a listed number in a message makes it a scam, with reasons', async () => {
    const { handlers } = setup();
    const verdict = await handlers.checkMessage(
      { subject: 'Your Norbury renewal', from: 'Billing <billing@norbury-help.example.net>', text: 'Your plan renewed for $399.99. To cancel call 1-888-555-0142 today.', telLinks: [] },
      content,
    );
    expect(verdict.verdict).toBe('scam');
    expect(verdict.numbers).toEqual([{ raw: '1-888-555-0142', e164: '+18885550142', status: 'scam' }]);
    expect(verdict.reasons.join(' ')).toContain('Hangup demo list');
  });

  test('a number only behind a tel: link is read', async () => {
    const { handlers } = setup();
    const verdict = await handlers.checkMessage({ subject: 'Help', from: 'a@b.example', text: 'Tap to call our desk.', telLinks: ['+18885550142'] }, content);
    expect(verdict.numbers.map((n) => n.e164)).toContain('+18885550142');
  });

  test('an ordinary message gets no verdict', async () => {
    const { handlers } = setup();
    const verdict = await handlers.checkMessage({ subject: 'Lunch', from: 'jane@corp.example', text: 'See you at noon. Call me on (202) 555-0188 if late.', telLinks: [] }, content);
    expect(verdict.verdict).toBe('none');
  });
});

describe('closeTab', () => {
  test('closes only the sending content script’s own tab', async () => {
    const closed: number[] = [];
    const settings = new FakeArea();
    const reports = new ReportsService({ outbox: new OutboxStore(() => lists.database()), vendors: () => lists.vendors(), version: '1.0.0' });
    const handlers = createHandlers({ lists, sync: new FeedSync({ lists, floors: new Floors(settings) }), settings, region: () => 'US', closeTab: async (id) => void closed.push(id), reports });
    expect(await handlers.closeTab({}, { kind: 'content', origin: 'https://locker.example', tabId: 12 })).toEqual({ closed: true });
    expect(await handlers.closeTab({}, { kind: 'page', origin: 'chrome-extension://x' })).toEqual({ closed: false });
    expect(closed).toEqual([12]);
  });
});

describe('settings', () => {
  const content: Caller = { kind: 'content', origin: 'https://mail.example.com', tabId: 3 };

  test('a number marked not a scam is not flagged, in lookups and in messages', async () => {
    const { handlers } = setup();
    await handlers.setNotScam({ e164: '+18885550142', notScam: true }, content);
    expect((await handlers.lookupNumbers({ numbers: ['+18885550142'] }, content)).verdicts[0]).toMatchObject({ verdict: 'none', reasons: ['You marked this number as not a scam.'] });
    const verdict = await handlers.checkMessage({ subject: 'Renewal', from: 'x@y.example', text: 'Your Norbury plan renewed for $399. Call 1-888-555-0142.', telLinks: [] }, content);
    expect(verdict.verdict).toBe('none');
    await handlers.setNotScam({ e164: '+18885550142', notScam: false }, content);
    expect((await handlers.lookupNumbers({ numbers: ['+18885550142'] }, content)).verdicts[0]!.verdict).toBe('scam');
  });

  test('report sharing defaults are off until chosen, and reach content scripts', async () => {
    const { handlers } = setup();
    expect((await handlers.pageStatus({}, content)).reportSharing).toEqual({ origin: false, excerpt: false });
    await handlers.setReportSharing({ origin: true, excerpt: false }, page);
    expect((await handlers.pageStatus({}, content)).reportSharing).toEqual({ origin: true, excerpt: false });
  });

  test('export then import round-trips; a bad file changes nothing and says why', async () => {
    const { handlers } = setup();
    await handlers.setSensitivity({ sensitivity: 'high' }, page);
    await handlers.setSitePaused({ origin: 'https://a.example', paused: true }, page);
    await handlers.setNotScam({ e164: '+12025550143', notScam: true }, page);
    const { file } = await handlers.exportSettings({}, page);
    expect(file).toMatchObject({ hangupSettings: 1, pausedSites: ['https://a.example'], notScam: ['+12025550143'], sensitivity: 'high', feeds: [] });

    const fresh = setup().handlers;
    await expect(fresh.importSettings({ text: '{"hangupSettings":1,"pausedSites":["not an origin"]}' }, page)).rejects.toThrow(/not a valid Hangup settings file.*Nothing was changed/);
    await expect(fresh.importSettings({ text: 'garbage' }, page)).rejects.toThrow(/not JSON/);
    expect(await fresh.getSettings({}, page)).toMatchObject({ pausedSites: [], notScam: [], sensitivity: 'standard' });
    expect(await fresh.importSettings({ text: JSON.stringify(file) }, page)).toEqual({ feedsAdded: 0, feedErrors: [] });
    expect(await fresh.getSettings({}, page)).toMatchObject({ pausedSites: ['https://a.example'], notScam: ['+12025550143'], sensitivity: 'high' });
  });
});

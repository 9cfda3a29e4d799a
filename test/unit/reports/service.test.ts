import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { ListsService } from '@/lib/lists/service';
import { OutboxStore } from '@/lib/lists/outbox-store';
import { consentChecker } from '@/lib/reports/consent';
import { dataCollectionOf, type DataCategory } from '@/lib/reports/data-collection';
import { CONSENT_RECHECK_MS, DEDUPE_MS, EXPIRE_MS, ReportsService, UNDO_MS, type FileRequest } from '@/lib/reports/service';
import { bundled, uniqueDbName, vendor } from '../fixtures';

const INBOX = 'https://norbury.example/report';

let clock: number;
let lists: ListsService;
let calls: Array<{ url: string; key: string | null; body: string }>;
let answers: Array<Response | Error>;

const fakeFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  calls.push({ url: String(input), key: headers.get('Idempotency-Key'), body: String(init?.body) });
  const answer = answers.shift() ?? new Response('{}', { status: 201 });
  if (answer instanceof Error) throw answer;
  return answer;
};

function service(dbName?: string, consent?: (categories: DataCategory[]) => Promise<boolean>) {
  if (dbName) lists = new ListsService({ readBundledFeed: async () => bundled(), dbName });
  return new ReportsService({ outbox: new OutboxStore(() => lists.database()), vendors: () => lists.vendors(), version: '1.2.3', now: () => clock, fetch: fakeFetch, random: () => 0, ...(consent ? { consent } : {}) });
}

const request = (overrides: Partial<FileRequest> = {}): FileRequest => ({
  e164: '+18885550142',
  asSeen: '1-888-555-0142',
  vendorId: 'norbury',
  vendorName: 'Norbury Antivirus',
  channel: 'web',
  verdict: 'scam',
  reasons: ['Listed as a scam number by Hangup demo list.'],
  ...overrides,
});

let reports: ReportsService;
beforeEach(() => {
  clock = Date.parse('2026-11-25T10:00:00Z');
  calls = [];
  answers = [];
  reports = service(uniqueDbName());
});

describe('filing', () => {
  test('a report is stored before anything is sent, and waits out its undo window', async () => {
    const { item } = await reports.file(request());
    expect(item).toMatchObject({ state: 'queued', attempts: 0, target: { kind: 'endpoint', url: INBOX }, nextAttempt: clock + UNDO_MS });
    expect(JSON.parse(item.body)).toEqual(item.report);
    expect(item.report).toMatchObject({ schema: 'hangup-report/1', number: { e164: '+18885550142' }, client: { name: 'hangup', version: '1.2.3' } });
    expect(item.report).not.toHaveProperty('context');
    await reports.deliverDue();
    expect(calls).toEqual([]);
  });

  test('undo within the window withdraws it; after, it cannot be undone', async () => {
    const { item } = await reports.file(request());
    expect(await reports.undo(item.report.reportId)).toBe(true);
    expect(await reports.list()).toEqual([]);
    const second = (await reports.file(request())).item;
    clock += UNDO_MS;
    expect(await reports.undo(second.report.reportId)).toBe(false);
  });

  test('the same number within 24 hours is the same report', async () => {
    const first = await reports.file(request());
    const again = await reports.file(request({ asSeen: '+1 888 555 0142', channel: 'email' }));
    expect(again.duplicate).toBe(true);
    expect(again.item.report.reportId).toBe(first.item.report.reportId);
    clock += DEDUPE_MS + 1;
    expect((await reports.file(request())).duplicate).toBe(false);
  });

  test('an invalid report is refused with the field named', async () => {
    await expect(reports.file(request({ e164: '12345' }))).rejects.toThrow(/number\.e164/);
  });

  test.each([['Norbury'], ['norbury antivirus'], ['  Norbury   Security ']])('a vendor named by an alias or in other case (%j, typed in the popup) gets the report', async (vendorName) => {
    const { item } = await reports.file(request({ vendorId: undefined, vendorName }));
    expect(item).toMatchObject({ state: 'queued', target: { kind: 'endpoint', url: INBOX } });
  });

  test('a vendor with an e-mail only gets a prefilled message; with neither, it is saved', async () => {
    expect((await reports.file(request({ e164: '+14155550199', vendorId: 'helixbank', vendorName: 'Helix Bank' }))).item).toMatchObject({ state: 'email', target: { kind: 'email', address: 'fraud@helixbank.example' } });
    expect((await reports.file(request({ e164: '+12025550100', vendorId: undefined, vendorName: 'Someone else' }))).item).toMatchObject({ state: 'saved', target: { kind: 'none' } });
  });
});

describe('delivery', () => {
  const due = async () => {
    const { item } = await reports.file(request());
    clock += UNDO_MS;
    return item.report.reportId;
  };

  test('two passes at once (the alarm that wakes the background and its start-up) send each report once, and a sent one stays sent', async () => {
    // The newer report's POST is held, so that the second pass reaches the older one after the first sent it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const posts: string[] = [];
    const gated: typeof fetch = async (_input, init) => {
      const e164 = (JSON.parse(String(init?.body)) as { number: { e164: string } }).number.e164;
      posts.push(e164);
      if (e164 === '+18885550102') await held;
      // A second POST of a report would meet a busy inbox.
      return posts.filter((post) => post === e164).length > 1 ? new Response('busy', { status: 503 }) : new Response('{}', { status: 201 });
    };
    const racing = new ReportsService({ outbox: new OutboxStore(() => lists.database()), vendors: () => lists.vendors(), version: '1.2.3', now: () => clock, fetch: gated, random: () => 0 });
    await racing.file(request({ e164: '+18885550101' }));
    clock += 1;
    await racing.file(request({ e164: '+18885550102' }));
    clock += UNDO_MS + 1000;
    const passes = [racing.deliverDue(), racing.deliverDue()];
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await Promise.all(passes);
    expect(posts.sort()).toEqual(['+18885550101', '+18885550102']);
    expect((await racing.list()).map((report) => report.state)).toEqual(['sent', 'sent']);
  });

  test('sends once with the report id as Idempotency-Key', async () => {
    const id = await due();
    await reports.deliverDue();
    await reports.deliverDue();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ url: INBOX, key: id });
    expect((await reports.list())[0]).toMatchObject({ state: 'sent', attempts: 1, sentAt: clock });
  });

  test('retries with back-off and the byte-identical body after network errors and 5xx', async () => {
    await due();
    answers.push(new TypeError('Failed to fetch'), new Response('busy', { status: 503 }), new Response('{}', { status: 200 }));
    await reports.deliverDue();
    let [item] = await reports.list();
    expect(item).toMatchObject({ state: 'queued', attempts: 1 });
    expect(item!.lastError).toMatch(/could not be reached/);
    const firstWait = item!.nextAttempt - clock;
    expect(firstWait).toBeGreaterThanOrEqual(60_000);
    clock = item!.nextAttempt;
    await reports.deliverDue();
    [item] = await reports.list();
    expect(item!.nextAttempt - clock).toBeGreaterThanOrEqual(2 * firstWait);
    clock = item!.nextAttempt;
    await reports.deliverDue();
    expect(calls.map((call) => call.body)).toEqual([calls[0]!.body, calls[0]!.body, calls[0]!.body]);
    expect((await reports.list())[0]!.state).toBe('sent');
  });

  test('honours Retry-After', async () => {
    await due();
    answers.push(new Response('slow down', { status: 429, headers: { 'retry-after': '600' } }));
    await reports.deliverDue();
    expect((await reports.list())[0]!.nextAttempt - clock).toBeGreaterThanOrEqual(600_000);
  });

  test('409 then 200 is one delivery', async () => {
    await due();
    answers.push(new Response('settling', { status: 409 }), new Response('{}', { status: 200 }));
    await reports.deliverDue();
    clock = (await reports.list())[0]!.nextAttempt;
    await reports.deliverDue();
    expect((await reports.list())[0]!.state).toBe('sent');
    expect(new Set(calls.map((call) => call.key)).size).toBe(1);
  });

  test('a 4xx refusal drops it with a visible reason', async () => {
    await due();
    answers.push(new Response('number.e164: not an E.164 number', { status: 422 }));
    await reports.deliverDue();
    const [item] = await reports.list();
    expect(item).toMatchObject({ state: 'failed' });
    expect(item!.lastError).toBe('the inbox refused it (422: number.e164: not an E.164 number)');
    clock += 24 * 3600_000;
    await reports.deliverDue();
    expect(calls).toHaveLength(1);
  });

  test('a report offline for more than 8 days expires and says so', async () => {
    await due();
    answers.push(new TypeError('offline'));
    await reports.deliverDue();
    clock += EXPIRE_MS + 1;
    await reports.deliverDue();
    expect((await reports.list())[0]).toMatchObject({ state: 'failed', lastError: 'could not be delivered within 8 days' });
    expect(calls).toHaveLength(1);
  });

  test('a new service over the same outbox (a restarted worker) sends what was queued', async () => {
    const dbName = uniqueDbName();
    const first = service(dbName);
    await first.file(request());
    clock += UNDO_MS;
    const restarted = service();
    await restarted.deliverDue();
    expect(calls).toHaveLength(1);
  });

  test('retry sends a failed report again; delete removes it', async () => {
    const id = await due();
    answers.push(new Response('no', { status: 400 }));
    await reports.deliverDue();
    expect((await reports.retry(id))?.state).toBe('sent');
    expect(await reports.remove(id)).toBe(true);
    expect(await reports.list()).toEqual([]);
  });

  test('deliveries running at once send a report once', async () => {
    await due();
    await Promise.all([reports.deliverDue(), reports.deliverDue(), reports.deliverDue()]);
    expect(calls).toHaveLength(1);
  });
});

test('vendors come from the lists (a vendor the feed adds is reachable)', async () => {
  const local = new ReportsService({ outbox: new OutboxStore(() => lists.database()), vendors: async () => [vendor('acme', { name: 'Acme', reportUrl: 'https://acme.example/r' })], version: '1', now: () => clock });
  expect((await local.file(request({ vendorId: 'acme', vendorName: 'Acme' }))).item.target).toEqual({ kind: 'endpoint', url: 'https://acme.example/r' });
});

describe("Firefox's consent to send the report's kinds of data", () => {
  test.each([
    ['a number seen on a page', { channel: 'web' as const }, ['websiteContent']],
    ['a number from a mail, call or text', { channel: 'email' as const }, ['personalCommunications']],
    ['from a call', { channel: 'call' as const }, ['personalCommunications']],
    ['with the page origin shared', { channel: 'web' as const, context: { origin: 'https://evil.example' } }, ['websiteContent', 'browsingActivity']],
    ['with a subject and excerpt from a mail', { channel: 'email' as const, context: { subject: 'Renewal', excerpt: 'call now' } }, ['personalCommunications']],
  ])('%s', (_name, report, categories) => {
    expect(dataCollectionOf(report)).toEqual(categories);
  });

  let allowed: Set<string>;
  let asked: string[][];
  const consent = async (categories: DataCategory[]) => {
    asked.push(categories);
    return categories.every((category) => allowed.has(category));
  };
  beforeEach(() => {
    allowed = new Set();
    asked = [];
    reports = service(uniqueDbName(), consent);
  });

  test('without it, a report is kept, says what it waits for, and nothing is sent', async () => {
    const { item } = await reports.file(request());
    expect(item).toMatchObject({ state: 'queued', needsConsent: ['websiteContent'] });
    clock += UNDO_MS;
    await reports.deliverDue();
    expect(calls).toEqual([]);
    const [held] = await reports.list();
    expect(held).toMatchObject({ state: 'queued', attempts: 0, needsConsent: ['websiteContent'], nextAttempt: clock + CONSENT_RECHECK_MS });
    expect(held!.lastError).toBeTruthy();
    // Looked at again later, still without consent: still kept, still unsent.
    clock += CONSENT_RECHECK_MS;
    await reports.deliverDue();
    expect(calls).toEqual([]);
    expect(await reports.list()).toHaveLength(1);
  });

  test('once allowed, a held report goes out and is no longer marked as waiting', async () => {
    const { item } = await reports.file(request());
    clock += UNDO_MS;
    await reports.deliverDue();
    allowed.add('websiteContent');
    await reports.resumeHeld();
    expect(calls.map((call) => call.key)).toEqual([item.report.reportId]);
    const [sent] = await reports.list();
    expect(sent).toMatchObject({ state: 'sent', attempts: 1 });
    expect(sent).not.toHaveProperty('needsConsent');
    expect(sent).not.toHaveProperty('lastError');
  });

  test('allowed during the undo window: the report still waits out the window, then goes', async () => {
    const { item } = await reports.file(request());
    allowed.add('websiteContent');
    const retried = await reports.retry(item.report.reportId);
    expect(retried).not.toHaveProperty('needsConsent');
    await reports.resumeHeld();
    expect(calls).toEqual([]);
    expect(await reports.undo(item.report.reportId)).toBe(true);
    const again = (await reports.file(request())).item;
    clock += UNDO_MS;
    await reports.deliverDue();
    expect(calls.map((call) => call.key)).toEqual([again.report.reportId]);
  });

  test('a report sharing the page origin needs browsing activity too', async () => {
    allowed.add('websiteContent');
    const { item } = await reports.file(request({ context: { origin: 'https://evil.example' } }));
    expect(item.needsConsent).toEqual(['websiteContent', 'browsingActivity']);
    clock += UNDO_MS;
    await reports.deliverDue();
    expect(calls).toEqual([]);
    allowed.add('browsingActivity');
    await reports.retry(item.report.reportId);
    expect(calls).toHaveLength(1);
  });

  test('a consent check that throws counts as not allowed', async () => {
    reports = service(uniqueDbName(), async () => {
      throw new Error('no data_collection here');
    });
    await reports.file(request());
    clock += UNDO_MS;
    await reports.deliverDue();
    expect(calls).toEqual([]);
  });

  test('reports without an inbox (e-mail, saved) are not held', async () => {
    reports = service(uniqueDbName(), consent);
    const { item } = await reports.file(request({ vendorId: 'nowhere', vendorName: 'Nowhere Inc' }));
    expect(item.state).not.toBe('queued');
    expect(item).not.toHaveProperty('needsConsent');
  });
});

describe('consentChecker (Firefox)', () => {
  const api = (contains: () => Promise<boolean>) => () => ({ contains, request: async () => true });
  test.each([
    ['granted', async () => true, true],
    ['not granted', async () => false, false],
    // A Firefox without data_collection in its permissions API has no consent to wait for.
    ['an API that does not know data_collection', async () => Promise.reject(new TypeError('Unexpected property "data_collection"')), true],
  ])('%s', async (_name, contains, expected) => {
    expect(await consentChecker(api(contains))(['websiteContent'])).toBe(expected);
  });
});

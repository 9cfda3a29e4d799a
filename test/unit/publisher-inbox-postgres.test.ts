import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as reports } from '@/publisher/commands/reports';
import { openStore } from '@/publisher/inbox/open-store';
import { createInboxRoute } from '@/publisher/inbox/route';
import type { ReportStore } from '@/publisher/inbox/store';
import { createFeedServer } from '@/publisher/server';
import { storeContract } from './publisher-inbox-contract';
import { listen, makeReport, post, stop } from './publisher-inbox-helpers';
import { findPostgresBin, startPostgres, type RunningPostgres } from './publisher-inbox-postgres-server';

const bin = await findPostgresBin();

if (!bin) {
  // CI installs Debian's postgresql (.ci/run); elsewhere the absence is said plainly instead of leaving skipped tests.
  test('PostgreSQL store', () => {
    console.log('postgresql not installed: skipped');
  });
} else {
  let server: RunningPostgres;
  let admin: pg.Client;
  let databases = 0;

  beforeAll(async () => {
    server = await startPostgres(bin);
    admin = new pg.Client({ connectionString: server.url('postgres') });
    await admin.connect();
  }, 120_000);

  afterAll(async () => {
    await admin?.end();
    await server?.stop();
  }, 60_000);

  /** A new, empty database for each test, so tests do not see each other's reports. */
  async function freshUrl(): Promise<string> {
    const name = `inbox_${++databases}`;
    await admin.query(`CREATE DATABASE ${name}`);
    return server.url(name);
  }

  storeContract(async () => {
    const url = await freshUrl();
    return { open: () => openStore('unused', url) };
  });

  describe('PostgreSQL behind the HTTP inbox', () => {
    let store: ReportStore;
    let http: Server;
    let base: string;
    let url: string;

    beforeAll(async () => {
      url = await freshUrl();
      store = await openStore('unused', url);
      http = createFeedServer(tmpdir(), { routes: [createInboxRoute({ store, rateLimit: { perMinute: 6000, burst: 1000 } })] });
      base = await listen(http);
    });

    afterAll(async () => {
      await stop(http);
      await store.close();
    });

    test('20 concurrent identical POSTs: one 201, nineteen 200 duplicates, one row', async () => {
      const report = makeReport();
      const statuses = (await Promise.all(Array.from({ length: 20 }, () => post(base, report)))).map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 200)).toHaveLength(19);
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      try {
        expect((await check.query('SELECT count(*)::int AS n FROM reports WHERE report_id = $1', [report.reportId])).rows).toEqual([{ n: 1 }]);
      } finally {
        await check.end();
      }
    });

    test('reports --database exports what the inbox stored', async () => {
      const report = makeReport();
      expect((await post(base, report)).status).toBe(201);
      const out: string[] = [];
      const dir = await mkdtemp(join(tmpdir(), 'hangup-inbox-pg-cli-'));
      try {
        expect(await reports([dir, '--format', 'json', '--database', url], { out: (line) => out.push(line), err: () => {} })).toBe(0);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      const exported = JSON.parse(out.join('\n')) as { report: { reportId: string } }[];
      expect(exported.map((e) => e.report.reportId)).toContain(report.reportId);
    });
  });

  test('a database URL that cannot be reached is a one-line error that hides the password', async () => {
    const bad = server.url('no_such_db').replace('postgres@', 'postgres:s3cret@');
    await expect(openStore('unused', bad)).rejects.toThrow(/cannot open postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/no_such_db: .*no_such_db/);
  });
}

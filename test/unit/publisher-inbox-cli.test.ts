import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as build } from '@/publisher/commands/build';
import { run as keygen } from '@/publisher/commands/keygen';
import { run as reports } from '@/publisher/commands/reports';
import { parseNumbersCsv } from '@/publisher/csv';
import { UsageError, UserError } from '@/publisher/errors';
import { EXPORT_COLUMNS } from '@/publisher/inbox/export';
import { openStore } from '@/publisher/inbox/open-store';
import type { Report } from '@/lib/reports/payload';
import { EXAMPLE, makeReport, parseCsv, post, withNumber } from './publisher-inbox-helpers';

const BIN = fileURLToPath(new URL('../../publisher/bin.mjs', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../publisher/examples/', import.meta.url));
const T0 = Date.parse('2026-11-20T10:00:00.000Z');

let dir: string;
const seeded: Report[] = [];

/** Runs the reports command in-process and returns what it printed. */
async function reportsCmd(...args: string[]): Promise<{ out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  expect(await reports(args, { out: (line) => out.push(line), err: (line) => err.push(line) })).toBe(0);
  return { out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hangup-inbox-cli-'));
  const store = await openStore(dir, undefined);
  const put = async (report: Report, client: string, minute: number) => {
    seeded.push(report);
    expect(await store.put(report, client, new Date(T0 + minute * 60_000))).toBe('stored');
  };
  // +18885550142: three clients (the example report's billing wording); +12065550187: two clients, no vendor id;
  // +13125550110: one client; a note with commas, quotes, a line break and a formula.
  await put(EXAMPLE, '203.0.113.1', 0);
  await put(withNumber('+18885550142'), '203.0.113.2', 5);
  await put(withNumber('+18885550142', { note: 'Called twice, said "urgent"\nthen =HYPERLINK("x")' }), '203.0.113.3', 9);
  await put(withNumber('+12065550187', { vendor: { name: 'Norbury' }, verdict: 'user', reasons: [], note: 'pop-up said my computer has a virus' }), '203.0.113.4', 10);
  await put(withNumber('+12065550187', { vendor: { name: 'Norbury' } }), '203.0.113.5', 11);
  await put(withNumber('+13125550110'), '203.0.113.6', 12);
  await store.close();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reports DIR', () => {
  test('--format json exports every report exactly as received, with time and hashed client', async () => {
    const exported = JSON.parse((await reportsCmd(dir, '--format', 'json')).out) as { receivedAt: string; clientHash: string; report: Report }[];
    expect(exported.map((e) => e.report)).toEqual(seeded);
    expect(exported[0]!.receivedAt).toBe(new Date(T0).toISOString());
    expect(new Set(exported.map((e) => e.clientHash)).size).toBe(6);
    expect(JSON.stringify(exported)).not.toMatch(/203\.0\.113\./);
  });

  test('--format csv has a header, one quoted row per report, and round-trips (formulas defused)', async () => {
    const rows = parseCsv((await reportsCmd(dir, '--format', 'csv')).out + '\n');
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(seeded.length + 1);
    const col = (name: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      const report = seeded[i]!;
      expect(row).toHaveLength(EXPORT_COLUMNS.length);
      expect(row[col('report_id')]).toBe(report.reportId);
      expect(row[col('number_e164')]).toBe(report.number.e164);
      expect(row[col('number_as_seen')]).toBe(report.number.asSeen);
      expect(JSON.parse(row[col('reasons')]!)).toEqual(report.reasons);
      expect(row[col('context_subject')]).toBe(report.context?.subject ?? '');
    });
    expect(rows[3]![col('note')]).toBe('Called twice, said "urgent"\nthen =HYPERLINK("x")');
  });

  test('--counts prints distinct clients, total, first and last seen per number', async () => {
    const table = (await reportsCmd(dir, '--counts')).out.split('\n');
    expect(table[0]).toMatch(/^number\s+clients\s+reports\s+first_seen\s+last_seen$/);
    expect(table[1]).toMatch(/^\+18885550142\s+3\s+3\s+2026-11-20T10:00:00\.000Z\s+2026-11-20T10:09:00\.000Z$/);
    expect(table).toHaveLength(4);
    const json = JSON.parse((await reportsCmd(dir, '--counts', '--format', 'json')).out) as { e164: string; clients: number }[];
    expect(json.map((c) => [c.e164, c.clients])).toEqual([
      ['+18885550142', 3],
      ['+12065550187', 2],
      ['+13125550110', 1],
    ]);
  });

  test('--candidates --min-clients 2 writes a numbers.csv that build accepts', async () => {
    const work = await mkdtemp(join(tmpdir(), 'hangup-inbox-candidates-'));
    try {
      const { err } = await reportsCmd(dir, '--candidates', '--min-clients', '2', '--vendor', 'norbury', '--out', join(work, 'numbers.csv'));
      expect(err).toMatch(/2 number\(s\) reported by at least 2 distinct client\(s\)/);
      const csv = await readFile(join(work, 'numbers.csv'), 'utf8');
      expect(csv).toBe('number,category,vendor,first_seen\n+18885550142,billing,norbury,2026-11-20\n+12065550187,billing,norbury,2026-11-20\n');
      expect(parseNumbersCsv(csv, { file: 'numbers.csv', region: 'US', vendorIds: new Set(['norbury']) }).ok).toBe(true);
      const quiet = { out: () => {}, err: () => {} };
      expect(await keygen(['--out', join(work, 'k')], quiet)).toBe(0);
      const args = ['--list', join(work, 'numbers.csv'), '--vendor', join(EXAMPLES, 'vendor.json'), '--key', join(work, 'k.key'), '--out', join(work, 'feed')];
      expect(await build(args, quiet)).toBe(0);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  test('a number whose reports name no vendor id is skipped with the reason unless --vendor is given', async () => {
    const { out, err } = await reportsCmd(dir, '--candidates', '--min-clients', '2');
    expect(out).toBe('number,category,vendor,first_seen\n+18885550142,billing,norbury,2026-11-20');
    expect(err).toMatch(/skipped \+12065550187: no report names a vendor id \(give --vendor ID\)/);
  });

  test('--merge keeps the existing numbers.csv line for line and appends only new numbers', async () => {
    const existing = await readFile(join(EXAMPLES, 'numbers.csv'), 'utf8');
    const { out, err } = await reportsCmd(dir, '--candidates', '--min-clients', '1', '--vendor', 'norbury', '--merge', join(EXAMPLES, 'numbers.csv'));
    // +1 888 555 0142, 1 (206) 555-0187 and +1 (312) 555-0110 are already in the example list, written other ways.
    expect(out + '\n').toBe(existing);
    expect(err).toMatch(/0 added, 3 already listed/);
    const work = await mkdtemp(join(tmpdir(), 'hangup-inbox-merge-'));
    try {
      await writeFile(join(work, 'numbers.csv'), 'number,category,vendor,first_seen\n(202) 555-0143,tech-support,norbury,2025-01-06');
      const merged = await reportsCmd(dir, '--candidates', '--min-clients', '2', '--merge', join(work, 'numbers.csv'), '--out', join(work, 'numbers.csv'));
      expect(merged.err).toMatch(/1 added, 0 already listed/);
      const text = await readFile(join(work, 'numbers.csv'), 'utf8');
      expect(text).toBe('number,category,vendor,first_seen\n(202) 555-0143,tech-support,norbury,2025-01-06\n+18885550142,billing,norbury,2026-11-20\n');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  test('wrong usage and a folder without an inbox are errors, and nothing is created', async () => {
    await expect(reports([dir, '--counts', '--candidates'], { out: () => {}, err: () => {} })).rejects.toThrow(UsageError);
    await expect(reports([dir, '--format', 'xml'], { out: () => {}, err: () => {} })).rejects.toThrow(UsageError);
    await expect(reports([dir, '--candidates'], { out: () => {}, err: () => {} })).rejects.toThrow(/--min-clients/);
    await expect(reports([dir, '--min-clients', '2'], { out: () => {}, err: () => {} })).rejects.toThrow(UsageError);
    await expect(reports([dir, '--database', 'mysql://x'], { out: () => {}, err: () => {} })).rejects.toThrow(/postgres:\/\//);
    const empty = await mkdtemp(join(tmpdir(), 'hangup-inbox-empty-'));
    try {
      await expect(reports([empty], { out: () => {}, err: () => {} })).rejects.toThrow(UserError);
      expect(await readFile(join(empty, 'reports.sqlite')).catch(() => 'absent')).toBe('absent');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

/** Runs the real CLI through its bin and collects its output. */
function cli(cwd: string, ...args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done, stdout: () => stdout };
}

test('end to end: serve DIR receives the example report, stops on SIGTERM, and reports DIR exports it', async () => {
  const cwd = await mkdtemp(join(tmpdir(), 'hangup-inbox-e2e-'));
  try {
    const server = cli(cwd, 'serve', '.', '--port', '0');
    const base = await new Promise<string>((resolve, reject) => {
      server.child.stdout.on('data', () => {
        const match = /(http:\/\/\S+)\/reports/.exec(server.stdout());
        if (match) resolve(match[1]!);
      });
      server.child.on('exit', () => reject(new Error(`serve exited: ${server.stdout()}`)));
    });
    expect((await post(base, EXAMPLE)).status).toBe(201);
    expect((await post(base, EXAMPLE)).status).toBe(200);
    expect((await post(base, makeReport({ channel: 'call' }))).status).toBe(201);
    server.child.kill('SIGTERM');
    expect((await server.done).code).toBe(0);
    const exported = await cli(cwd, 'reports', '.', '--format', 'csv').done;
    expect(exported.code).toBe(0);
    const rows = parseCsv(exported.stdout);
    expect(rows.map((row) => row[2])).toEqual(['report_id', EXAMPLE.reportId, expect.any(String)]);
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}, 30_000);

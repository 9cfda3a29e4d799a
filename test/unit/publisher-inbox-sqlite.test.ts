import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openStore, SQLITE_FILE } from '@/publisher/inbox/open-store';
import { storeContract } from './publisher-inbox-contract';

const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hangup-inbox-sqlite-'));
  dirs.push(dir);
  return dir;
}

storeContract(async () => {
  const dir = await freshDir();
  return { open: () => openStore(dir, undefined) };
});

test('SQLite: the database is DIR/reports.sqlite, in WAL mode, migrations recorded once', async () => {
  const dir = await freshDir();
  // Opened twice: the second open finds the migration applied and the salt present.
  await (await openStore(dir, undefined)).close();
  await (await openStore(dir, undefined)).close();
  expect((await stat(join(dir, SQLITE_FILE))).isFile()).toBe(true);
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(dir, SQLITE_FILE), { readonly: true });
  try {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
    expect(db.prepare(`SELECT length(value) AS n FROM inbox_meta WHERE key = 'client_salt'`).get()).toEqual({ n: 64 });
  } finally {
    db.close();
  }
});

test('SQLite: reading never creates a database where there is none', async () => {
  const dir = await freshDir();
  await expect(openStore(dir, undefined, { mustExist: true })).rejects.toThrow(/cannot open .*reports\.sqlite/);
  await expect(stat(join(dir, SQLITE_FILE))).rejects.toThrow();
});

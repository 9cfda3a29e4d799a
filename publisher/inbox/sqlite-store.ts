import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Report } from '../../lib/reports/payload';
import { countFromRow, joinCandidates, reportRow, sameBody, storedFromRow } from './rows';
import { CREATE_MIGRATIONS_TABLE, MIGRATIONS, sql } from './schema';
import type { ReportStore } from './store';

const q = () => '?';

type CountRow = Parameters<typeof countFromRow>[0];

/**
 * The embedded default: one SQLite file. WAL lets exports read while the
 * server writes; synchronous=FULL makes a 201 mean the report is on disk
 * (a power cut after the answer does not lose it).
 */
export function openSqliteStore(file: string, options: { mustExist?: boolean } = {}): ReportStore {
  const db = new Database(file, { fileMustExist: options.mustExist ?? false });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Another process (an export while the server runs) may hold the write lock briefly.
  db.pragma('busy_timeout = 5000');
  migrate(db);
  db.prepare(sql.insertSalt(q)).run(randomBytes(32).toString('hex'));
  const salt = (db.prepare(sql.selectSalt).get() as { value: string }).value;

  const insert = db.prepare(sql.insertReport(q));
  const selectHash = db.prepare(sql.selectHash(q));
  const counts = (minClients?: number) =>
    (minClients === undefined ? db.prepare(sql.counts('')).all() : db.prepare(sql.counts(sql.minClients(q))).all(minClients)) as CountRow[];

  return {
    async put(report: Report, clientId: string, receivedAt: Date) {
      if (insert.run(...reportRow(report, salt, clientId, receivedAt)).changes === 1) return 'stored';
      const row = selectHash.get(report.reportId) as { body_sha256: string };
      return sameBody(report, row.body_sha256) ? 'duplicate' : 'conflict';
    },
    async list() {
      return (db.prepare(sql.list).all() as Parameters<typeof storedFromRow>[0][]).map(storedFromRow);
    },
    async countsByNumber() {
      return counts().map(countFromRow);
    },
    async candidates(minClients: number) {
      // One read transaction, so the counts and the bodies describe the same moment.
      return db.transaction(() => {
        const bodies = db.prepare(sql.bodiesOfNumbersWithMinClients(q)).all(minClients) as { number_e164: string; body: string }[];
        return joinCandidates(counts(minClients).map(countFromRow), bodies);
      })();
    },
    async close() {
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  // IMMEDIATE takes the write lock first, so two processes opening a new file do not both migrate.
  db.transaction(() => {
    db.exec(CREATE_MIGRATIONS_TABLE);
    const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) db.exec(statement);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(migration.version, new Date().toISOString());
    }
  }).immediate();
}

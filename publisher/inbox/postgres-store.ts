import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Report } from '../../lib/reports/payload';
import { countFromRow, joinCandidates, reportRow, sameBody, storedFromRow } from './rows';
import { CREATE_MIGRATIONS_TABLE, MIGRATIONS, sql } from './schema';
import type { ReportStore } from './store';

const p = (index: number) => `$${index}`;

/** Any fixed number: it names the lock that serialises migrations across inbox processes sharing one database. */
const MIGRATION_LOCK = 0x48616e67;

type CountRow = Parameters<typeof countFromRow>[0];

/**
 * The same inbox on PostgreSQL, for a vendor running several inbox processes
 * or machines against one database. Exactly-once storage rests on the same
 * primary key and INSERT … ON CONFLICT DO NOTHING as in SQLite.
 */
export async function openPostgresStore(url: string): Promise<ReportStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  try {
    await migrate(pool);
    await pool.query(sql.insertSalt(p), [randomBytes(32).toString('hex')]);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const salt = ((await pool.query<{ value: string }>(sql.selectSalt)).rows[0] as { value: string }).value;

  return {
    async put(report: Report, clientId: string, receivedAt: Date) {
      const inserted = await pool.query(sql.insertReport(p), reportRow(report, salt, clientId, receivedAt));
      if (inserted.rowCount === 1) return 'stored';
      // ON CONFLICT DO NOTHING waited for the other insert to commit, so its row is visible to this new statement.
      const row = (await pool.query<{ body_sha256: string }>(sql.selectHash(p), [report.reportId])).rows[0];
      if (!row) throw new Error(`report ${report.reportId} conflicted but cannot be read`);
      return sameBody(report, row.body_sha256) ? 'duplicate' : 'conflict';
    },
    async list() {
      return (await pool.query<Parameters<typeof storedFromRow>[0]>(sql.list)).rows.map(storedFromRow);
    },
    async countsByNumber() {
      return (await pool.query<CountRow>(sql.counts(''))).rows.map(countFromRow);
    },
    async candidates(minClients: number) {
      const client = await pool.connect();
      try {
        // One snapshot for both queries, as the SQLite store's read transaction.
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const counts = (await client.query<CountRow>(sql.counts(sql.minClients(p)), [minClients])).rows.map(countFromRow);
        const bodies = (await client.query<{ number_e164: string; body: string }>(sql.bodiesOfNumbersWithMinClients(p), [minClients])).rows;
        await client.query('COMMIT');
        return joinCandidates(counts, bodies);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await client.query(statement);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

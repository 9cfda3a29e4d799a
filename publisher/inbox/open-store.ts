import { join } from 'node:path';
import { UserError } from '../errors';
import type { ReportStore } from './store';

export const SQLITE_FILE = 'reports.sqlite';

/**
 * Opens the inbox's store: PostgreSQL when `database` is a postgres:// URL,
 * else DIR/reports.sqlite. Each driver is imported only when used, so the
 * feed server runs even where the other driver is not installed.
 */
export async function openStore(dir: string, database: string | undefined, options: { mustExist?: boolean } = {}): Promise<ReportStore> {
  if (database !== undefined) {
    if (!/^postgres(?:ql)?:\/\//.test(database)) throw new UserError('--database must be a postgres:// URL (without it, reports go to DIR/reports.sqlite)');
    const { openPostgresStore } = await import('./postgres-store');
    return openPostgresStore(database).catch((error: Error) => {
      throw new UserError(`cannot open ${redact(database)}: ${error.message}`);
    });
  }
  const { openSqliteStore } = await import('./sqlite-store').catch((error: Error) => {
    // The native module is compiled at npm install; say so rather than print a loader stack.
    throw new UserError(`SQLite is not available (better-sqlite3 did not build or load: ${error.message}); reinstall with npm ci, or use --database postgres://…`);
  });
  const file = join(dir, SQLITE_FILE);
  try {
    return openSqliteStore(file, options);
  } catch (error) {
    throw new UserError(`cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A URL may carry a password; error messages show it without. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

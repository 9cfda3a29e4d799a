/**
 * The inbox's tables, the same for SQLite and PostgreSQL (plain TEXT and
 * INTEGER, so one vendor can move from one to the other by export/import).
 * Times are ISO 8601 UTC strings from the inbox's clock, which sort as text.
 * Each migration runs once, in a transaction, and is recorded in
 * schema_migrations; add new ones at the end, never edit an applied one.
 */
export const MIGRATIONS: readonly { version: number; statements: readonly string[] }[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE inbox_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `CREATE TABLE reports (
        report_id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        body_sha256 TEXT NOT NULL,
        number_e164 TEXT NOT NULL,
        vendor_id TEXT,
        channel TEXT NOT NULL,
        verdict TEXT NOT NULL,
        received_at TEXT NOT NULL,
        client_hash TEXT NOT NULL
      )`,
      `CREATE INDEX reports_number ON reports (number_e164)`,
      `CREATE INDEX reports_received ON reports (received_at)`,
    ],
  },
];

export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`;

/** Placeholders differ (`?` in SQLite, `$1` in PostgreSQL); everything else is shared. */
export type Param = (index: number) => string;

export const sql = {
  insertSalt: (p: Param) => `INSERT INTO inbox_meta (key, value) VALUES ('client_salt', ${p(1)}) ON CONFLICT (key) DO NOTHING`,
  selectSalt: `SELECT value FROM inbox_meta WHERE key = 'client_salt'`,
  /** ON CONFLICT DO NOTHING makes the unique report id decide, atomically, which of several identical deliveries is stored. */
  insertReport: (p: Param) =>
    `INSERT INTO reports (report_id, body, body_sha256, number_e164, vendor_id, channel, verdict, received_at, client_hash)
     VALUES (${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(p).join(', ')}) ON CONFLICT (report_id) DO NOTHING`,
  selectHash: (p: Param) => `SELECT body_sha256 FROM reports WHERE report_id = ${p(1)}`,
  list: `SELECT body, received_at, client_hash FROM reports ORDER BY received_at, report_id`,
  counts: (having: string) =>
    `SELECT number_e164, COUNT(DISTINCT client_hash) AS clients, COUNT(*) AS total, MIN(received_at) AS first_seen, MAX(received_at) AS last_seen
     FROM reports GROUP BY number_e164 ${having} ORDER BY clients DESC, total DESC, number_e164`,
  minClients: (p: Param) => `HAVING COUNT(DISTINCT client_hash) >= ${p(1)}`,
  bodiesOfNumbersWithMinClients: (p: Param) =>
    `SELECT number_e164, body FROM reports WHERE number_e164 IN
       (SELECT number_e164 FROM reports GROUP BY number_e164 HAVING COUNT(DISTINCT client_hash) >= ${p(1)})
     ORDER BY received_at, report_id`,
};

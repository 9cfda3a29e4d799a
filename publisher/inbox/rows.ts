import type { Report } from '../../lib/reports/payload';
import { canonicalJson, hashClient, sha256Hex } from './canonical';
import type { Candidate, NumberCount, StoredReport } from './store';

/** The column values of one report, in the order of sql.insertReport. */
export function reportRow(report: Report, salt: string, clientId: string, receivedAt: Date): (string | null)[] {
  const body = canonicalJson(report);
  return [report.reportId, body, sha256Hex(body), report.number.e164, report.vendor.id ?? null, report.channel, report.verdict, receivedAt.toISOString(), hashClient(salt, clientId)];
}

/** True when `body` is the same report as the one stored under its id. */
export function sameBody(report: Report, storedSha256: string): boolean {
  return sha256Hex(canonicalJson(report)) === storedSha256;
}

// Bodies were validated before they were stored, so they are read back as reports without checking again.
export function storedFromRow(row: { body: string; received_at: string; client_hash: string }): StoredReport {
  return { report: JSON.parse(row.body) as Report, receivedAt: row.received_at, clientHash: row.client_hash };
}

/** PostgreSQL returns COUNT as a string (bigint); SQLite as a number. */
export function countFromRow(row: { number_e164: string; clients: number | string; total: number | string; first_seen: string; last_seen: string }): NumberCount {
  return { e164: row.number_e164, clients: Number(row.clients), total: Number(row.total), firstSeen: row.first_seen, lastSeen: row.last_seen };
}

export function joinCandidates(counts: NumberCount[], bodies: { number_e164: string; body: string }[]): Candidate[] {
  const byNumber = new Map<string, Report[]>();
  for (const row of bodies) {
    const list = byNumber.get(row.number_e164) ?? [];
    list.push(JSON.parse(row.body) as Report);
    byNumber.set(row.number_e164, list);
  }
  return counts.map((count) => ({ ...count, reports: byNumber.get(count.e164) ?? [] }));
}

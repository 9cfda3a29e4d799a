import type { Report } from '../../lib/reports/payload';

/** What happened to one delivery: a new report, a repeat of a stored one, or a different report under a stored id. */
export type PutResult = 'stored' | 'duplicate' | 'conflict';

/** A report as the inbox keeps it. */
export interface StoredReport {
  report: Report;
  /** When the inbox accepted it (ISO 8601, UTC): the inbox's clock, not the sender's. */
  receivedAt: string;
  /** sha256(salt ‖ client address), hex; the raw address is never stored. */
  clientHash: string;
}

/** Reports per number, for `reports --counts`. */
export interface NumberCount {
  e164: string;
  /** Distinct clients (hashed addresses) that reported it. */
  clients: number;
  total: number;
  firstSeen: string;
  lastSeen: string;
}

/** A number reported by enough distinct clients, with its reports so a category and vendor can be chosen. */
export interface Candidate extends NumberCount {
  reports: Report[];
}

/**
 * The inbox's storage. Implementations must make `put` exactly-once under
 * concurrent identical calls, from one process or several: the report id is a
 * unique key and the insert relies on it, never on a prior read.
 */
export interface ReportStore {
  /** `clientId` is the raw client address; the store hashes it with its own salt. */
  put(report: Report, clientId: string, receivedAt: Date): Promise<PutResult>;
  /** All reports, oldest first. */
  list(): Promise<StoredReport[]>;
  /** Most distinct clients first. */
  countsByNumber(): Promise<NumberCount[]>;
  candidates(minClients: number): Promise<Candidate[]>;
  close(): Promise<void>;
}

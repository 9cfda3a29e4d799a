import type { StoredReport } from './store';
import { defuseFormula, toCsv } from './csv-out';

export const EXPORT_COLUMNS = [
  'received_at',
  'client_hash',
  'report_id',
  'created_at',
  'number_e164',
  'number_as_seen',
  'vendor_id',
  'vendor_name',
  'channel',
  'verdict',
  'reasons',
  'seen_at',
  'note',
  'context_origin',
  'context_subject',
  'context_excerpt',
  'client_name',
  'client_version',
] as const;

/** One report as a flat row; `reasons` is a JSON array, so reasons containing commas or line breaks survive. */
export function exportRow({ report, receivedAt, clientHash }: StoredReport): string[] {
  return [
    receivedAt,
    clientHash,
    report.reportId,
    report.createdAt,
    report.number.e164,
    report.number.asSeen,
    report.vendor.id ?? '',
    report.vendor.name,
    report.channel,
    report.verdict,
    JSON.stringify(report.reasons),
    report.seenAt ?? '',
    report.note ?? '',
    report.context?.origin ?? '',
    report.context?.subject ?? '',
    report.context?.excerpt ?? '',
    report.client.name,
    report.client.version,
  ];
}

export function exportCsv(reports: readonly StoredReport[]): string {
  return toCsv(EXPORT_COLUMNS, reports.map((stored) => exportRow(stored).map(defuseFormula)));
}

/** The reports exactly as received, with when and from which (hashed) client. */
export function exportJson(reports: readonly StoredReport[]): string {
  return JSON.stringify(reports.map(({ receivedAt, clientHash, report }) => ({ receivedAt, clientHash, report })), null, 2) + '\n';
}

import { readFile } from 'node:fs/promises';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';
import { integerOption, parseCommandArgs } from '../args';
import { UsageError, UserError } from '../errors';
import { writeFileAtomic } from '../fs-util';
import type { Io } from '../io';
import { candidateRows, mergeNumbersCsv, numbersCsv } from '../inbox/candidates';
import { countsCsv, countsJson, countsTable } from '../inbox/counts';
import { exportCsv, exportJson } from '../inbox/export';
import { openStore } from '../inbox/open-store';
import type { ReportStore } from '../inbox/store';

export const usage = `reports DIR [--format csv|json] [--out FILE] [--database postgres://…]
      reports DIR --counts [--format csv|json]
      reports DIR --candidates --min-clients N [--vendor ID] [--merge numbers.csv] [--region US] [--out FILE]
                              export the reports the inbox received (DIR/reports.sqlite, or --database),
                              count them per number, or list numbers reported by N distinct clients as numbers.csv`;

const options = {
  format: { type: 'string' },
  out: { type: 'string' },
  database: { type: 'string' },
  counts: { type: 'boolean' },
  candidates: { type: 'boolean' },
  'min-clients': { type: 'string' },
  vendor: { type: 'string' },
  merge: { type: 'string' },
  region: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof options>>['values'];

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, options, 1);
  if (values.counts && values.candidates) throw new UsageError('use --counts or --candidates, not both');
  if (values.format !== undefined && values.format !== 'csv' && values.format !== 'json') throw new UsageError('--format must be csv or json');
  if (values.candidates && values.format !== undefined) throw new UsageError('--candidates always writes numbers.csv; leave out --format');
  if (!values.candidates && (values['min-clients'] ?? values.vendor ?? values.merge ?? values.region) !== undefined) {
    throw new UsageError('--min-clients, --vendor, --merge and --region go with --candidates');
  }
  // Reading never creates a database: a mistyped DIR is an error, not an empty export.
  const store = await openStore(positionals[0]!, values.database, { mustExist: true });
  try {
    const text = values.candidates ? await candidates(store, values, io) : values.counts ? await counts(store, values.format) : await everything(store, values.format ?? 'json');
    if (values.out === undefined) io.out(text.replace(/\n$/, ''));
    else {
      await writeFileAtomic(values.out, new TextEncoder().encode(text));
      io.err(`wrote ${values.out}`);
    }
  } finally {
    await store.close();
  }
  return 0;
}

async function everything(store: ReportStore, format: string): Promise<string> {
  const reports = await store.list();
  return format === 'csv' ? exportCsv(reports) : exportJson(reports);
}

async function counts(store: ReportStore, format: string | undefined): Promise<string> {
  const list = await store.countsByNumber();
  return format === 'csv' ? countsCsv(list) : format === 'json' ? countsJson(list) : countsTable(list);
}

async function candidates(store: ReportStore, values: Values, io: Io): Promise<string> {
  if (values['min-clients'] === undefined) throw new UsageError('--candidates needs --min-clients N');
  const minClients = integerOption(values['min-clients'], 'min-clients', 0, 1, 1_000_000);
  const region = (values.region ?? 'US').toUpperCase();
  if (!isSupportedCountry(region)) throw new UsageError(`--region ${region} is not a country code libphonenumber knows`);
  const { rows, skipped } = candidateRows(await store.candidates(minClients), values.vendor);
  for (const reason of skipped) io.err(`skipped ${reason}`);
  io.err(`${rows.length} number(s) reported by at least ${minClients} distinct client(s)`);
  if (values.merge === undefined) return numbersCsv(rows);
  const existing = await readFile(values.merge, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read ${values.merge}: ${error.code ?? String(error)}`);
  });
  const merged = mergeNumbersCsv(existing, rows, values.merge, region as CountryCode);
  io.err(`merged into ${values.merge}: ${merged.added} added, ${merged.listed} already listed`);
  return merged.text;
}

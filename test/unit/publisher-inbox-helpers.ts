import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Report } from '@/lib/reports/payload';

export const EXAMPLE_FILE = fileURLToPath(new URL('../../publisher/examples/report.json', import.meta.url));
export const EXAMPLE = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as Report;

let serial = 0;

/** A valid report with a fresh id; `over` replaces top-level fields. */
export function makeReport(over: Partial<Report> = {}): Report {
  serial++;
  const id = `${String(serial).padStart(8, '0')}-0000-4000-8000-${Math.floor(Math.random() * 1e12).toString(16).padStart(12, '0')}`;
  return { ...structuredClone(EXAMPLE), reportId: id, ...over };
}

export function withNumber(e164: string, over: Partial<Report> = {}): Report {
  return makeReport({ number: { e164, asSeen: e164 }, ...over });
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** POSTs a report as the extension does: JSON, with its id as the Idempotency-Key. */
export function post(base: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const id = typeof body === 'object' && body !== null ? String((body as { reportId?: unknown }).reportId) : '';
  return fetch(`${base}/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': id, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** RFC 4180 reader for whole documents (quoted fields may hold line breaks); the tests' check on the CSV writer. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n')) field += c;
    else {
      endField();
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

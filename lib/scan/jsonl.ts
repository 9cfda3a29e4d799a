import type { MessageVerdict } from '../detect/message';
import type { ScanMessage } from './message';
import { scanMessage, type ScanContext } from './scanner';

/** One output line of `scan --jsonl`. */
export type JsonlResult =
  | { id: string | null; verdict: MessageVerdict['verdict']; score: number; vendor: string | null; numbers: MessageVerdict['numbers']; reasons: string[] }
  | { id: string | null; error: string };

/** Longest input line accepted; longer lines get an error record instead of exhausting memory. */
export const MAX_LINE = 8 * 1024 * 1024;

function idOf(value: unknown): string | null {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string') return id;
    if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  }
  return null;
}

/** Best-effort id of a line that is not valid JSON, so its error record can still be matched up. */
function idFromBrokenLine(line: string): string | null {
  return /"id"\s*:\s*"((?:[^"\\]|\\.){0,200})"/.exec(line)?.[1] ?? null;
}

function field(record: Record<string, unknown>, name: string): string {
  const value = record[name];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new Error(`"${name}" must be a string`);
  return value;
}

/** Validates one parsed record; every field but `id` is an optional string. */
export function toMessage(value: unknown): ScanMessage {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('a record must be a JSON object');
  const record = value as Record<string, unknown>;
  return { id: idOf(record), subject: field(record, 'subject'), from: field(record, 'from'), text: field(record, 'text'), html: field(record, 'html') };
}

/** The output record for one input line. Never throws: any problem becomes an error record. */
export function scanLine(line: string, context: ScanContext): JsonlResult {
  if (line.length > MAX_LINE) return { id: idFromBrokenLine(line.slice(0, 4096)), error: `line longer than ${MAX_LINE} characters` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { id: idFromBrokenLine(line), error: `invalid JSON: ${(error as Error).message}` };
  }
  try {
    const message = toMessage(parsed);
    const v = scanMessage(message, context);
    return { id: message.id, verdict: v.verdict, score: v.score, vendor: v.vendor?.name ?? null, numbers: v.numbers, reasons: v.reasons };
  } catch (error) {
    return { id: idOf(parsed), error: error instanceof Error ? error.message : String(error) };
  }
}

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { scanLine } from './jsonl';
import type { ScanContext } from './scanner';

/**
 * Reads records line by line and writes exactly one JSON line per input
 * line, in order, waiting when the output is full so a large input never piles
 * up in memory. An empty line is an input line too, and gets an error record.
 */
export async function jsonlStream(lines: AsyncIterable<string>, out: Writable, context: ScanContext): Promise<void> {
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '');
    const result = line.trim() ? scanLine(line, context) : { id: null, error: 'empty line' };
    if (!out.write(JSON.stringify(result) + '\n')) await once(out, 'drain');
  }
}

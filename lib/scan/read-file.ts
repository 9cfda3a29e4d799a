import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseEml } from './eml';
import { htmlToText } from './html-to-text';
import type { ScanMessage } from './message';

/** The kinds of file the scanner reads, by extension. */
export const FILE_KINDS = ['.eml', '.html', '.htm', '.txt'] as const;

export class UnsupportedFileError extends Error {}

/** Reads a message from an .eml, .html/.htm or .txt file. */
export async function readMessageFile(path: string): Promise<ScanMessage> {
  const ext = extname(path).toLowerCase();
  const id = basename(path);
  if (ext === '.eml') return parseEml(await readFile(path), id);
  if (ext === '.html' || ext === '.htm') {
    const html = await readFile(path, 'utf8');
    const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
    return { id, subject: title ? htmlToText(title) : '', from: '', text: htmlToText(html), html };
  }
  if (ext === '.txt') return { id, subject: '', from: '', text: await readFile(path, 'utf8'), html: '' };
  throw new UnsupportedFileError(`${path}: unsupported file type (expected ${FILE_KINDS.join(', ')})`);
}

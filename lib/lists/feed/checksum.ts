import type { Entry } from '../types';
import { toHex } from './bytes';
import { encodeEntryLines, sortedEntries } from './entry-line';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/**
 * The canonical checksum of a list: SHA-256 over the entry lines exactly as a
 * snapshot body holds them (no header), sorted by number. A list reached by
 * deltas and the same list read from a snapshot therefore hash the same.
 */
export async function listChecksum(entries: readonly Entry[]): Promise<string> {
  return sha256Hex(encodeEntryLines(sortedEntries(entries)));
}

/**
 * The checksum of a snapshot file's list: its bytes after the header line are
 * exactly the canonical entry lines, so a snapshot that parsed cleanly is
 * hashed as it came, without re-encoding every line.
 */
export async function snapshotChecksum(snapshot: Uint8Array): Promise<string> {
  return sha256Hex(snapshot.subarray(snapshot.indexOf(0x0a) + 1));
}

import { sha256Hex } from './checksum';

export type BindingResult = { ok: true } | { ok: false; error: string };

/**
 * Checks fetched file bytes against the sha256 and length head commits to.
 * The length is compared first: it is free and catches a truncated or padded
 * body without hashing up to MAX_LIST_BYTES.
 */
export async function checkFileBinding(bytes: Uint8Array, expected: { sha256: string; length: number }): Promise<BindingResult> {
  if (bytes.length !== expected.length) return { ok: false, error: `file is ${bytes.length} bytes, head says ${expected.length}` };
  const actual = await sha256Hex(bytes);
  if (actual !== expected.sha256) return { ok: false, error: `file sha256 is ${actual}, head says ${expected.sha256}` };
  return { ok: true };
}

import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted, so two bodies that differ only in key order
 * or whitespace are the same report (a retry is recognised as a duplicate,
 * not a conflict), while any change of content is not.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The client id kept in the database: a salted hash, so an export carries no raw IP address. */
export function hashClient(salt: string, clientId: string): string {
  return sha256Hex(`${salt}\n${clientId}`);
}

import { decodeUtf8 } from './bytes';

/** Keys that mean something to JavaScript objects; a feed never needs them, so they are refused outright. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * JSON.parse plus the checks it lacks: the bytes must be UTF-8 without a BOM,
 * and no object may repeat a key (JSON.parse silently keeps the last one, so
 * `{"version":1,"version":99}` would read differently in other parsers) or
 * use a key from FORBIDDEN_KEYS. Callers cap the size before calling this.
 */
export function parseStrictJson(bytes: Uint8Array): JsonResult {
  const text = decodeUtf8(bytes);
  if (text === undefined) return { ok: false, error: 'not UTF-8' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const keyError = checkKeys(text);
  return keyError ? { ok: false, error: keyError } : { ok: true, value };
}

/**
 * Scans text that JSON.parse has already accepted, so it only needs to tell
 * keys from values. Iterative, so deep nesting cannot overflow the stack.
 */
function checkKeys(text: string): string | undefined {
  const frames: Array<Set<string> | null> = []; // a Set per open object, null per open array
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let end = i + 1;
      while (text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
      if (expectKey) {
        const raw = text.slice(i, end + 1);
        // Escapes are decoded so "\u0061" and "a" count as the same key.
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const keys = frames[frames.length - 1]!;
        if (FORBIDDEN_KEYS.has(key)) return `forbidden key ${JSON.stringify(key)}`;
        if (keys.has(key)) return `duplicate key ${JSON.stringify(key)}`;
        keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */) {
      frames.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      frames.push(null);
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      frames.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = frames[frames.length - 1] != null;
    }
  }
  return undefined;
}

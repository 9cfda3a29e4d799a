import { sha256Hex } from './feed/checksum';
import { allocate, categoryAt, compareKeys, DayNames, e164ToKey, keyToE164, packEntries, type PackedList } from './packed';
import type { Entry } from './types';

export type PackedDeltaResult = { ok: true; list: PackedList } | { ok: false; error: string };

/**
 * Applies a delta to a packed list in one merge pass: removals first, then
 * additions, in feed order. Removing a number that is not there, or adding one
 * that already is, is an error (the caller then falls back to the snapshot).
 * Linear in the list, so a 10,000-change delta on a million numbers costs
 * milliseconds instead of rebuilding a million entry objects.
 */
export function applyDeltaPacked(list: PackedList, vendorIds: readonly string[], remove: readonly string[], add: readonly Entry[]): PackedDeltaResult {
  const removals = Float64Array.from(remove, e164ToKey).sort(compareKeys);
  const additions = packEntries(add, vendorIds);
  const size = list.numbers.length - removals.length + additions.numbers.length;
  if (size < 0) return { ok: false, error: 'the delta removes more numbers than the list has' };
  const out = allocate(size);
  let o = 0;
  let r = 0;
  let a = 0;
  const copy = (from: PackedList, i: number) => {
    if (o >= size) return false;
    out.numbers[o] = from.numbers[i]!;
    out.categories[o] = from.categories[i]!;
    out.vendors[o] = from.vendors[i]!;
    out.firstSeen[o] = from.firstSeen[i]!;
    o++;
    return true;
  };
  for (let i = 0; i < list.numbers.length; i++) {
    const key = list.numbers[i]!;
    if (r < removals.length && compareKeys(removals[r]!, key) < 0) return { ok: false, error: `the delta removes ${keyToE164(removals[r]!)}, which is not on the list` };
    if (r < removals.length && removals[r] === key) {
      r++;
      continue;
    }
    while (a < additions.numbers.length && compareKeys(additions.numbers[a]!, key) < 0) {
      if (!copy(additions, a++)) return { ok: false, error: 'size mismatch' };
    }
    if (a < additions.numbers.length && additions.numbers[a] === key) return { ok: false, error: `the delta adds ${keyToE164(key)}, which is already on the list` };
    if (!copy(list, i)) return { ok: false, error: 'size mismatch' };
  }
  if (r < removals.length) return { ok: false, error: `the delta removes ${keyToE164(removals[r]!)}, which is not on the list` };
  while (a < additions.numbers.length) {
    if (!copy(additions, a++)) return { ok: false, error: 'size mismatch' };
  }
  if (o !== size) return { ok: false, error: 'the delta repeats a number' };
  return { ok: true, list: out };
}

const CHUNK = 50_000;

/**
 * The canonical checksum of a packed list: the same bytes a snapshot body
 * holds (`<e164> TAB <category> TAB <vendor> TAB <date> LF` per entry, in
 * feed order), hashed with SHA-256.
 */
export async function packedChecksum(list: PackedList, vendorIds: readonly string[]): Promise<string> {
  const encoder = new TextEncoder();
  const days = new DayNames();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let start = 0; start < list.numbers.length; start += CHUNK) {
    let text = '';
    for (let i = start; i < Math.min(start + CHUNK, list.numbers.length); i++) {
      text += `+${list.numbers[i]!}\t${categoryAt(list, i)}\t${vendorIds[list.vendors[i]!] ?? ''}\t${days.name(list.firstSeen[i]!)}\n`;
    }
    const bytes = encoder.encode(text);
    parts.push(bytes);
    total += bytes.length;
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return sha256Hex(all);
}

/**
 * Re-points a packed list's vendor indices from one vendor array to another
 * (a new head may list vendors in another order). Undefined when a vendor the
 * list uses is missing from the new array.
 */
export function remapVendors(list: PackedList, fromIds: readonly string[], toIds: readonly string[]): PackedList | undefined {
  const toIndex = new Map(toIds.map((id, i) => [id, i]));
  const map = fromIds.map((id) => toIndex.get(id) ?? -1);
  if (map.every((to, from) => to === from)) return list;
  const vendors = new Uint16Array(list.vendors.length);
  for (let i = 0; i < vendors.length; i++) {
    const to = map[list.vendors[i]!] ?? -1;
    if (to < 0) return undefined;
    vendors[i] = to;
  }
  return { ...list, vendors };
}

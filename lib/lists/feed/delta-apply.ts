import type { Entry } from '../types';

export type ApplyResult = { ok: true; entries: Entry[] } | { ok: false; error: string };

function strictlySorted<T>(items: readonly T[], key: (item: T) => string): boolean {
  for (let i = 1; i < items.length; i++) if (!(key(items[i - 1]!) < key(items[i]!))) return false;
  return true;
}

/**
 * Applies removals then additions to a sorted list in one merge pass (linear,
 * no re-sort, so 10k changes to a million entries cost one walk of the list).
 * A removal of an absent number or an addition of a number still present is an
 * error: the delta was made from a different list, and the caller falls back
 * to the full snapshot. Removing and adding the same number updates it.
 */
export function applyDelta(entries: Entry[], remove: string[], add: Entry[]): ApplyResult {
  if (!strictlySorted(entries, (e) => e.n)) return { ok: false, error: 'the list to update is not sorted' };
  if (!strictlySorted(remove, (n) => n)) return { ok: false, error: 'removals are not sorted and unique' };
  if (!strictlySorted(add, (e) => e.n)) return { ok: false, error: 'additions are not sorted and unique' };
  const out: Entry[] = [];
  let r = 0;
  let a = 0;
  for (const entry of entries) {
    const removed = r < remove.length && remove[r] === entry.n;
    if (r < remove.length && remove[r]! < entry.n) return { ok: false, error: `cannot remove ${remove[r]}: not on the list` };
    if (removed) r++;
    while (a < add.length && add[a]!.n < entry.n) out.push(add[a++]!);
    if (removed) continue;
    if (a < add.length && add[a]!.n === entry.n) return { ok: false, error: `cannot add ${entry.n}: already on the list` };
    out.push(entry);
  }
  if (r < remove.length) return { ok: false, error: `cannot remove ${remove[r]}: not on the list` };
  while (a < add.length) out.push(add[a++]!);
  return { ok: true, entries: out };
}

function sameEntry(a: Entry, b: Entry): boolean {
  return a.category === b.category && a.vendor === b.vendor && a.firstSeen === b.firstSeen;
}

/** The delta that turns sorted list `from` into sorted list `to`; a changed entry is removed and re-added. */
export function diffEntries(from: readonly Entry[], to: readonly Entry[]): { remove: string[]; add: Entry[] } {
  const remove: string[] = [];
  const add: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    const a = from[i];
    const b = to[j];
    if (b === undefined || (a !== undefined && a.n < b.n)) {
      remove.push(a!.n);
      i++;
    } else if (a === undefined || b.n < a.n) {
      add.push(b);
      j++;
    } else {
      if (!sameEntry(a, b)) {
        remove.push(a.n);
        add.push(b);
      }
      i++;
      j++;
    }
  }
  return { remove, add };
}

import { checkFileBinding } from '../feed/binding';
import { fromBase64, toBase64 } from '../feed/bytes';
import { snapshotChecksum } from '../feed/checksum';
import { t } from '../../i18n';
import { checkHead, deltaChain, MAX_HEAD_BYTES, MAX_LIST_BYTES, type Head } from '../feed/head';
import { MAX_KEY_BYTES } from '../feed/limits';
import { parseDelta, parseSnapshot } from '../feed/list-text';
import { resolveKey } from '../feed/rotation';
import { packEntries, type PackedList } from '../packed';
import { applyDeltaPacked, packedChecksum, remapVendors } from '../packed-delta';
import type { FeedRecord, Subscription } from '../types';
import { FeedFetchError, type Fetched } from './fetch-capped';
import { fileUrl } from './url-policy';

export interface Floor {
  version: number;
  listVersion: number;
}

export interface UpdateContext {
  fetchFile: (url: string, options: { maxBytes: number; etag?: string }) => Promise<Fetched>;
  now: () => number;
  /** The highest versions ever accepted for this feed (kept outside IndexedDB too). */
  floor: Floor | undefined;
  /** The list now serving, if any. */
  record: FeedRecord | undefined;
  /** The serving list, packed, with the vendor ids its indices point into. */
  currentList: () => Promise<{ list: PackedList; vendorIds: string[] } | undefined>;
}

export type UpdateResult =
  | { kind: 'unchanged'; etag?: string }
  | {
      kind: 'update';
      head: Head;
      /** The new list in feed order; vendor indices point into head.vendors. */
      list: PackedList;
      checksum: string;
      via: 'delta' | 'snapshot';
      etag?: string;
      /** Set when the feed moved to a new key through a signed rotation. */
      rotatedKey?: { publicKey: string; keyId: string };
    }
  | { kind: 'error'; code: string; message: string; retryAfterMs: number };

function failure(code: string, message: string, retryAfterMs = 0): UpdateResult {
  return { kind: 'error', code, message, retryAfterMs };
}

/**
 * Fetches and checks a feed's next list, in the order the format prescribes,
 * before anything is written: byte caps, signature by the pinned key (or a key
 * reached through rotations signed by it), feed id, rollback, expiry, file
 * hashes, every entry, and the checksum of the resulting list. A delta chain
 * that does not check out falls back to the full snapshot.
 */
export async function fetchUpdate(subscription: Subscription, context: UpdateContext): Promise<UpdateResult> {
  if (!subscription.url) return { kind: 'unchanged' };
  const base = subscription.url;
  try {
    // A conditional request only makes sense while the list it names is stored.
    const etag = context.record ? subscription.etag : undefined;
    const fetched = await context.fetchFile(fileUrl(base, 'head.json'), { maxBytes: MAX_HEAD_BYTES, ...(etag ? { etag } : {}) });
    if (fetched.status === 304) return { kind: 'unchanged', ...(fetched.etag ? { etag: fetched.etag } : {}) };

    const pinned = fromBase64(subscription.publicKey);
    if (!pinned) return failure('bad-key', t('sync_pinned_key_damaged'));
    const check = { feedId: subscription.feedId, floor: context.floor, now: context.now() };
    let checked = await checkHead(fetched.bytes, { ...check, publicKey: pinned });
    let rotatedKey: { publicKey: string; keyId: string } | undefined;
    if (!checked.ok && checked.code === 'bad-signature') {
      const rotated = await tryRotation(base, subscription.feedId, pinned, context);
      if (rotated) {
        checked = await checkHead(fetched.bytes, { ...check, publicKey: rotated });
        if (checked.ok) rotatedKey = { publicKey: toBase64(rotated), keyId: checked.keyId };
      }
    }
    if (!checked.ok) {
      if (checked.code === 'same-version') return { kind: 'unchanged', ...(fetched.etag ? { etag: fetched.etag } : {}) };
      return failure(checked.code, checked.error);
    }
    const { head } = checked;
    const vendorIds = new Set(head.vendors.map((vendor) => vendor.id));
    const common = { head, ...(fetched.etag ? { etag: fetched.etag } : {}), ...(rotatedKey ? { rotatedKey } : {}) };

    const viaDelta = await tryDeltas(base, head, vendorIds, context);
    if (viaDelta) return { kind: 'update', ...common, ...viaDelta, via: 'delta' };

    const snapshot = head.list.snapshot;
    const file = await context.fetchFile(fileUrl(base, snapshot.path), { maxBytes: Math.min(snapshot.length, MAX_LIST_BYTES) });
    const bound = await checkFileBinding(file.bytes, snapshot);
    if (!bound.ok) return failure('bad-snapshot', `Snapshot ${snapshot.path}: ${bound.error}`);
    const parsed = parseSnapshot(file.bytes, { feedId: head.feedId, listVersion: head.list.version, vendorIds });
    if (!parsed.ok) return failure('bad-snapshot', `Snapshot ${snapshot.path}: ${parsed.error}`);
    const checksum = await snapshotChecksum(file.bytes);
    if (parsed.entries.length !== head.list.count || checksum !== head.list.checksum) {
      return failure('bad-checksum', `Snapshot ${snapshot.path} does not match the signed count and checksum`);
    }
    return { kind: 'update', ...common, list: packEntries(parsed.entries, [...vendorIds]), checksum, via: 'snapshot' };
  } catch (error) {
    if (error instanceof FeedFetchError) return failure(error.code === 'http' ? `http-${error.status}` : error.code, error.message, error.retryAfterMs);
    return failure('internal', error instanceof Error ? error.message : String(error));
  }
}

/** The feed's current key, when key.json shows a rotation chain signed from the pinned key. */
async function tryRotation(base: string, feedId: string, pinned: Uint8Array, context: UpdateContext): Promise<Uint8Array | undefined> {
  try {
    const keyFile = await context.fetchFile(fileUrl(base, 'key.json'), { maxBytes: MAX_KEY_BYTES });
    const resolved = await resolveKey(keyFile.bytes, feedId, pinned);
    return resolved.ok && resolved.rotated ? resolved.publicKey : undefined;
  } catch {
    return undefined;
  }
}

/** Walks the head's delta chain from the serving list version; undefined when anything does not check out. */
async function tryDeltas(base: string, head: Head, vendorIds: ReadonlySet<string>, context: UpdateContext) {
  const { record } = context;
  const from = record?.listVersion;
  if (!record || from === undefined || record.feedId !== head.feedId) return undefined;
  try {
    const current = await context.currentList();
    const ids = [...vendorIds];
    let list = current && remapVendors(current.list, current.vendorIds, ids);
    if (!list) return undefined;
    if (from === head.list.version) {
      // Only the head changed (vendor details, expiry): the entries stay.
      if (record.checksum !== head.list.checksum) return undefined;
    } else {
      const chain = deltaChain(head, from);
      if (!chain) return undefined;
      for (const step of chain) {
        const file = await context.fetchFile(fileUrl(base, step.path), { maxBytes: Math.min(step.length, MAX_LIST_BYTES) });
        if (!(await checkFileBinding(file.bytes, step)).ok) return undefined;
        const parsed = parseDelta(file.bytes, { feedId: head.feedId, from: step.from, to: step.to, vendorIds });
        if (!parsed.ok) return undefined;
        const applied = applyDeltaPacked(list, ids, parsed.remove, parsed.add);
        if (!applied.ok) return undefined;
        list = applied.list;
      }
    }
    if (list.numbers.length !== head.list.count) return undefined;
    const checksum = await packedChecksum(list, ids);
    return checksum === head.list.checksum ? { list, checksum } : undefined;
  } catch {
    return undefined;
  }
}

import { checkFileBinding } from './feed/binding';
import { fromBase64 } from './feed/bytes';
import { snapshotChecksum } from './feed/checksum';
import { HEAD_TYPE, keyIdOf, openEnvelope } from './feed/envelope';
import { parseHead } from './feed/head';
import { MAX_HEAD_BYTES } from './feed/limits';
import { parseSnapshot } from './feed/list-text';
import type { FeedList } from './types';

/** The list that ships inside Hangup (public/feeds/default), rebuilt with `npm run build:default-feed`. */
export const DEFAULT_FEED = {
  feedId: 'hangup-demo',
  label: 'Hangup demo list',
  /** Pinned key: base64 of the raw Ed25519 public key. */
  publicKey: 'YGEpbUj6gpm3OccxrbLVIwgPviEJcUpUSJNJoL7OON8=',
  folder: 'feeds/default/',
} as const;

export interface BundleSpec {
  feedId: string;
  label: string;
  publicKey: string;
}

/**
 * Reads and checks a signed feed shipped inside the extension: signature by
 * the pinned key, feed id, file hash and length, every entry, the checksum.
 * Expiry is not checked: the bundle is a baseline that ships with the code and
 * works offline; fresher lists arrive by sync.
 */
export async function readSignedBundle(readFile: (path: string) => Promise<Uint8Array>, spec: BundleSpec): Promise<FeedList> {
  const publicKey = fromBase64(spec.publicKey);
  if (!publicKey) throw new Error('the pinned key is not base64');
  const headBytes = await readFile('head.json');
  if (headBytes.length > MAX_HEAD_BYTES) throw new Error('head.json is too large');
  const opened = await openEnvelope(headBytes, HEAD_TYPE, publicKey);
  if (!opened.ok) throw new Error(`head.json: ${opened.error}`);
  const parsed = parseHead(opened.payload);
  if (!parsed.ok) throw new Error(`head.json: ${parsed.error}`);
  const { head } = parsed;
  if (head.feedId !== spec.feedId) throw new Error(`head.json is for feed ${head.feedId}, not ${spec.feedId}`);
  const snapshot = await readFile(head.list.snapshot.path);
  const bound = await checkFileBinding(snapshot, head.list.snapshot);
  if (!bound.ok) throw new Error(`${head.list.snapshot.path}: ${bound.error}`);
  const list = parseSnapshot(snapshot, { feedId: head.feedId, listVersion: head.list.version, vendorIds: new Set(head.vendors.map((vendor) => vendor.id)) });
  if (!list.ok) throw new Error(`${head.list.snapshot.path}: ${list.error}`);
  const checksum = await snapshotChecksum(snapshot);
  if (checksum !== head.list.checksum || list.entries.length !== head.list.count) throw new Error('the snapshot does not match the signed checksum');
  return {
    feedId: head.feedId,
    name: spec.label,
    version: head.version,
    issuedAt: head.issuedAt,
    vendors: head.vendors,
    entries: list.entries,
    listVersion: head.list.version,
    checksum,
    expires: head.expires,
  };
}

/** The fingerprint of a base64 public key. */
export async function keyIdOfBase64(publicKey: string): Promise<string> {
  const bytes = fromBase64(publicKey);
  if (!bytes) throw new Error('not base64');
  return keyIdOf(bytes);
}

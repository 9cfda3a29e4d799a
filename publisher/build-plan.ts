import { VendorSchema } from '../lib/lists/feed-schema';
import { checkFileBinding } from '../lib/lists/feed/binding';
import { toBase64 } from '../lib/lists/feed/bytes';
import { listChecksum, sha256Hex } from '../lib/lists/feed/checksum';
import { HEAD_TYPE, encodeEnvelope, signEnvelope } from '../lib/lists/feed/envelope';
import { checkHead, deltaChain, encodeHead, type Head } from '../lib/lists/feed/head';
import { applyDelta, diffEntries, encodeDelta, encodeSnapshot, parseDelta } from '../lib/lists/feed/list-text';
import { encodeKeyFile, type KeyFile } from '../lib/lists/feed/rotation';
import type { Entry, Vendor } from '../lib/lists/types';
import * as v from 'valibot';
import { UserError } from './errors';
import { HEAD_FILE, KEY_FILE, type PreviousFeed } from './feed-dir';
import type { KeyPair } from './keys';

/** Deltas listed in a head: enough for clients a few versions behind; older ones fetch the snapshot. */
export const KEPT_DELTAS = 5;

export interface BuildInput {
  entries: Entry[];
  vendors: Vendor[];
  key: KeyPair;
  feedId: string | undefined;
  expiresDays: number;
  pollSeconds: number;
  now: Date;
  previous: PreviousFeed | undefined;
  keyFile: KeyFile | undefined;
  /** Reads a file of the existing feed by its path relative to DIR. */
  readFeedFile: (path: string) => Promise<Uint8Array | undefined>;
}

export interface BuildPlan {
  head: Head;
  /** Paths relative to DIR, in the order to write them; head.json is always last. */
  files: { path: string; bytes: Uint8Array }[];
  delta: { remove: number; add: number } | undefined;
  listChanged: boolean;
}

/** Everything a build writes, computed and checked in memory before anything touches DIR. */
export async function planBuild(input: BuildInput): Promise<BuildPlan> {
  const { previous } = input;
  const feedId = chooseFeedId(input);
  const vendorIds = new Set(input.vendors.map((vendor) => vendor.id));
  const keyFile = checkKeyFile(input, feedId);
  const entries = [...input.entries].sort((a, b) => (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  const checksum = await listChecksum(entries);
  const files: BuildPlan['files'] = [];

  const keptDeltas = previous ? await deltasStillValid(previous, vendorIds, input.readFeedFile) : [];
  let list: Head['list'];
  let delta: BuildPlan['delta'];
  const listChanged = !previous || previous.head.list.checksum !== checksum;
  if (!listChanged) {
    // Same numbers: keep the list version so clients download nothing; only the head (vendors, expiry) is new.
    list = { ...previous.head.list, deltas: keptDeltas };
  } else {
    const listVersion = (previous?.head.list.version ?? 0) + 1;
    const snapshot = encodeSnapshot(feedId, listVersion, entries);
    const snapshotRef = await fileRef('snapshots', snapshot);
    files.push({ path: snapshotRef.path, bytes: snapshot });
    const deltas = [...keptDeltas];
    if (previous) {
      const diff = diffEntries(previous.entries, entries);
      await checkDeltaResult(previous.entries, diff, checksum);
      const bytes = encodeDelta(feedId, previous.head.list.version, listVersion, diff.remove, diff.add);
      const ref = await fileRef('deltas', bytes);
      files.push({ path: ref.path, bytes });
      deltas.push({ from: previous.head.list.version, ...ref });
      delta = { remove: diff.remove.length, add: diff.add.length };
    }
    list = { version: listVersion, count: entries.length, checksum, snapshot: snapshotRef, deltas: deltas.slice(-KEPT_DELTAS) };
  }

  const head: Head = {
    feedId,
    version: (previous?.head.version ?? 0) + 1,
    issuedAt: input.now.toISOString(),
    expires: new Date(input.now.getTime() + input.expiresDays * 86_400_000).toISOString(),
    list,
    vendors: input.vendors,
    poll: { seconds: input.pollSeconds },
  };
  const headBytes = encodeEnvelope(await signEnvelope(HEAD_TYPE, encodeHead(head), input.key.secretKey));
  // The same check a client makes, so a build can never publish a head clients refuse.
  const floor = previous ? { version: previous.head.version, listVersion: previous.head.list.version } : undefined;
  const checked = await checkHead(headBytes, { feedId, publicKey: input.key.publicKey, floor, now: input.now.getTime() });
  if (!checked.ok) throw new UserError(`the new head does not pass the client's checks: ${checked.error}`);

  if (!keyFile) files.push({ path: KEY_FILE, bytes: encodeKeyFile({ feedId, publicKey: toBase64(input.key.publicKey), rotations: [] }) });
  files.push({ path: HEAD_FILE, bytes: headBytes });
  return { head, files, delta, listChanged };
}

function chooseFeedId(input: BuildInput): string {
  const previousId = input.previous?.head.feedId;
  if (input.feedId !== undefined && previousId !== undefined && input.feedId !== previousId) {
    throw new UserError(`--feed-id ${input.feedId} differs from the feed already in DIR (${previousId}); a feed keeps its id`);
  }
  const feedId = input.feedId ?? previousId ?? (input.vendors.length === 1 ? input.vendors[0]!.id : undefined);
  if (feedId === undefined) throw new UserError('vendor.json lists several vendors: give the feed an id with --feed-id');
  if (!v.is(VendorSchema.entries.id, feedId)) throw new UserError(`feed id ${JSON.stringify(feedId)}: use lower-case letters, digits, . _ - (at most 64)`);
  return feedId;
}

/** The signing key must be the one key.json names, or clients that follow key.json would refuse the head. */
function checkKeyFile(input: BuildInput, feedId: string): KeyFile | undefined {
  const keyFile = input.keyFile;
  if (!keyFile) return undefined;
  if (keyFile.feedId !== feedId) throw new UserError(`key.json is for feed ${keyFile.feedId}, not ${feedId}`);
  if (keyFile.publicKey !== toBase64(input.key.publicKey)) {
    throw new UserError(`this key (${input.key.keyId}) is not the feed's current key in key.json; after rotate-key, build with the new key`);
  }
  return keyFile;
}

async function fileRef(folder: 'snapshots' | 'deltas', bytes: Uint8Array) {
  const sha256 = await sha256Hex(bytes);
  return { path: `${folder}/${sha256}.tsv`, sha256, length: bytes.length };
}

/** Guards against a diff bug: the delta applied to the old list must give exactly the new one. */
async function checkDeltaResult(from: Entry[], diff: { remove: string[]; add: Entry[] }, checksum: string): Promise<void> {
  const applied = applyDelta(from, diff.remove, diff.add);
  if (!applied.ok || (await listChecksum(applied.entries)) !== checksum) throw new UserError('internal error: the computed delta does not reproduce the new list');
}

/**
 * The previous head's delta chain, minus any older part a client could no
 * longer use: a missing or altered file, or one naming a vendor this build
 * drops. What remains still ends at the previous list version.
 */
async function deltasStillValid(previous: PreviousFeed, vendorIds: ReadonlySet<string>, read: BuildInput['readFeedFile']): Promise<Head['list']['deltas']> {
  const head = previous.head;
  const chain = head.list.deltas.length > 0 ? deltaChain(head, head.list.deltas[0]!.from) ?? [] : [];
  let keepFrom = 0;
  for (const [i, step] of chain.entries()) {
    const bytes = await read(step.path);
    const usable =
      bytes !== undefined &&
      (await checkFileBinding(bytes, step)).ok &&
      parseDelta(bytes, { feedId: head.feedId, from: step.from, to: step.to, vendorIds }).ok;
    if (!usable) keepFrom = i + 1;
  }
  return head.list.deltas.slice(keepFrom);
}

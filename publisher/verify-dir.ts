import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { checkFileBinding } from '../lib/lists/feed/binding';
import { listChecksum } from '../lib/lists/feed/checksum';
import { keyIdOf } from '../lib/lists/feed/envelope';
import { checkHead, deltaChain, type DeltaStep, type Head } from '../lib/lists/feed/head';
import { applyDelta, parseDelta, parseSnapshot } from '../lib/lists/feed/list-text';
import { resolveKey } from '../lib/lists/feed/rotation';
import type { Entry } from '../lib/lists/types';
import { UserError } from './errors';
import { HEAD_FILE, KEY_FILE, readKeyFile } from './feed-dir';
import { readIfExists } from './fs-util';

/**
 * Checks DIR as a client that pinned `pinned` would: key.json, the head, the
 * snapshot, and every delta (applied to its base snapshot when DIR still has
 * it). Throws a UserError with a one-line reason; returns summary lines.
 */
export async function verifyFeedDir(dir: string, pinned: Uint8Array, now: number): Promise<string[]> {
  const keyFile = await readKeyFile(dir);
  if (!keyFile) throw new UserError(`${KEY_FILE} is missing in ${dir}`);
  const feedId = keyFile.file.feedId;
  const resolved = await resolveKey(keyFile.bytes, feedId, pinned);
  if (!resolved.ok) throw new UserError(resolved.error);

  const headBytes = await readIfExists(join(dir, HEAD_FILE));
  if (!headBytes) throw new UserError(`${HEAD_FILE} is missing in ${dir}`);
  // As a client does: the pinned key first, and the key key.json leads to only when the pinned key did not sign.
  const check = (publicKey: Uint8Array) => checkHead(headBytes, { feedId, publicKey, floor: undefined, now });
  let checked = await check(pinned);
  const followed = !checked.ok && checked.code === 'bad-signature' && resolved.rotated;
  if (followed) checked = await check(resolved.publicKey);
  if (!checked.ok) throw new UserError(`${HEAD_FILE}: ${checked.error}`);
  const head = checked.head;
  const vendorIds = new Set(head.vendors.map((vendor) => vendor.id));

  const pinnedId = await keyIdOf(pinned);
  const lines = [
    `ok: feed ${feedId}, head version ${head.version}, list version ${head.list.version} (${head.list.count} numbers), expires ${head.expires}`,
    followed
      ? `key: head signed by ${checked.keyId}, reached from the pinned key ${pinnedId} by signed rotation`
      : `key: head signed by the pinned key ${pinnedId}${resolved.rotated ? `; key.json announces its successor ${await keyIdOf(resolved.publicKey)}` : ''}`,
  ];

  const snapshot = await readBound(dir, head.list.snapshot);
  const list = parseSnapshot(snapshot, { feedId, listVersion: head.list.version, vendorIds });
  if (!list.ok) throw new UserError(`${head.list.snapshot.path}: ${list.error}`);
  await checkList(list.entries, head, head.list.snapshot.path);
  lines.push(`snapshot: ${head.list.snapshot.path} (${snapshot.length} bytes), checksum ${head.list.checksum}`);

  const chain = head.list.deltas.length > 0 ? deltaChain(head, head.list.deltas[0]!.from)! : [];
  const parsed: { step: DeltaStep; remove: string[]; add: Entry[] }[] = [];
  for (const step of chain) {
    const delta = parseDelta(await readBound(dir, step), { feedId, from: step.from, to: step.to, vendorIds });
    if (!delta.ok) throw new UserError(`${step.path}: ${delta.error}`);
    parsed.push({ step, ...delta });
  }
  const bases = await snapshotsByVersion(dir, feedId);
  for (const [i, { step, remove, add }] of parsed.entries()) {
    const name = bases.get(step.from);
    let how = 'base snapshot no longer in DIR, checked for form only';
    if (name) {
      // The file name is the promise: a base snapshot is used only if its bytes hash to its name.
      const base = await readBound(dir, { path: `snapshots/${name}`, sha256: name.slice(0, 64) });
      const start = parseSnapshot(base, { feedId, listVersion: step.from, vendorIds });
      if (!start.ok) throw new UserError(`snapshot of list version ${step.from}: ${start.error}`);
      let entries = start.entries;
      for (const next of parsed.slice(i)) {
        const applied = applyDelta(entries, next.remove, next.add);
        if (!applied.ok) throw new UserError(`${next.step.path}: ${applied.error}`);
        entries = applied.entries;
      }
      await checkList(entries, head, `deltas from list version ${step.from}`);
      how = `applied from the list version ${step.from} snapshot, checksum matches`;
    }
    lines.push(`delta ${step.from}→${step.to}: ${step.path}, ${remove.length} removed, ${add.length} added; ${how}`);
  }
  return lines;
}

/** Reads a file head refers to; refuses it unless its sha256 (and length, when known) match. */
async function readBound(dir: string, ref: { path: string; sha256: string; length?: number }): Promise<Uint8Array> {
  const bytes = await readIfExists(join(dir, ref.path));
  if (!bytes) throw new UserError(`${ref.path} is missing`);
  const binding = await checkFileBinding(bytes, { sha256: ref.sha256, length: ref.length ?? bytes.length });
  if (!binding.ok) throw new UserError(`${ref.path}: ${binding.error}`);
  return bytes;
}

async function checkList(entries: Entry[], head: Head, what: string): Promise<void> {
  if (entries.length !== head.list.count) throw new UserError(`${what}: ${entries.length} numbers, head says ${head.list.count}`);
  const checksum = await listChecksum(entries);
  if (checksum !== head.list.checksum) throw new UserError(`${what}: checksum ${checksum} differs from head's ${head.list.checksum}`);
}

/** Older snapshots kept in DIR, by the list version their first line names; only that line is read here. */
async function snapshotsByVersion(dir: string, feedId: string): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  const names = await readdir(join(dir, 'snapshots')).catch(() => [] as string[]);
  for (const name of names.filter((n) => /^[0-9a-f]{64}\.tsv$/.test(n))) {
    const handle = await open(join(dir, 'snapshots', name), 'r');
    const { bytesRead, buffer } = await handle.read({ buffer: new Uint8Array(128), position: 0 }).finally(() => handle.close());
    const header = new TextDecoder().decode(buffer.subarray(0, bytesRead)).split('\n', 1)[0]!.split(' ');
    if (header[0] === 'hangup-snapshot' && header[2] === feedId) found.set(Number(header[3]), name);
  }
  return found;
}

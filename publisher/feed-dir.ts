import { join } from 'node:path';
import { checkFileBinding } from '../lib/lists/feed/binding';
import { fromBase64 } from '../lib/lists/feed/bytes';
import { EnvelopeSchema, HEAD_TYPE } from '../lib/lists/feed/envelope';
import { parseHead, type Head } from '../lib/lists/feed/head';
import { parseStrictJson } from '../lib/lists/feed/json';
import { parseSnapshot } from '../lib/lists/feed/list-text';
import { parseKeyFile, type KeyFile } from '../lib/lists/feed/rotation';
import type { Entry } from '../lib/lists/types';
import * as v from 'valibot';
import { UserError } from './errors';
import { readIfExists } from './fs-util';

export const HEAD_FILE = 'head.json';
export const KEY_FILE = 'key.json';

export interface PreviousFeed {
  head: Head;
  entries: Entry[];
}

/**
 * The head and list a previous build left in DIR. Its signature is not
 * checked (after a key rotation it is signed by a key build no longer holds),
 * but the snapshot must still match the hash the head gives, since the next
 * delta is computed from it.
 */
export async function readPreviousFeed(dir: string): Promise<PreviousFeed | undefined> {
  const bytes = await readIfExists(join(dir, HEAD_FILE));
  if (!bytes) return undefined;
  const fail = (why: string) => new UserError(`${join(dir, HEAD_FILE)}: ${why}; fix it or build into an empty folder`);
  const json = parseStrictJson(bytes);
  const envelope = json.ok ? v.safeParse(EnvelopeSchema, json.value) : undefined;
  if (!envelope?.success || envelope.output.payloadType !== HEAD_TYPE) throw fail('not a head envelope');
  const payload = fromBase64(envelope.output.payload);
  const parsed = payload ? parseHead(payload) : { ok: false as const, error: 'payload is not base64' };
  if (!parsed.ok) throw fail(parsed.error);
  const head = parsed.head;
  const snapshotPath = join(dir, head.list.snapshot.path);
  const snapshot = await readIfExists(snapshotPath);
  if (!snapshot) throw fail(`its snapshot ${head.list.snapshot.path} is missing`);
  const binding = await checkFileBinding(snapshot, head.list.snapshot);
  if (!binding.ok) throw fail(`${head.list.snapshot.path}: ${binding.error}`);
  const list = parseSnapshot(snapshot, { feedId: head.feedId, listVersion: head.list.version, vendorIds: new Set(head.vendors.map((x) => x.id)) });
  if (!list.ok) throw fail(`${head.list.snapshot.path}: ${list.error}`);
  return { head, entries: list.entries };
}

/** key.json in DIR, checked for shape only. */
export async function readKeyFile(dir: string): Promise<{ file: KeyFile; bytes: Uint8Array } | undefined> {
  const path = join(dir, KEY_FILE);
  const bytes = await readIfExists(path);
  if (!bytes) return undefined;
  const parsed = parseKeyFile(bytes);
  if (!parsed.ok) throw new UserError(`${path}: ${parsed.error}`);
  return { file: parsed.file, bytes };
}

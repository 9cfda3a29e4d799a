import { join } from 'node:path';
import { toBase64 } from '../../lib/lists/feed/bytes';
import { MAX_ROTATIONS } from '../../lib/lists/feed/limits';
import { encodeKeyFile, resolveKey, signRotation, type KeyFile } from '../../lib/lists/feed/rotation';
import { parseCommandArgs, required } from '../args';
import { UserError } from '../errors';
import { planBuild } from '../build-plan';
import { HEAD_FILE, KEY_FILE, readKeyFile, readPreviousFeed, type PreviousFeed } from '../feed-dir';
import { readIfExists, writeAll } from '../fs-util';
import type { Io } from '../io';
import { generateKeyPair, readSecretKey, writeKeyPair, type KeyPair } from '../keys';

export const usage = 'rotate-key --key OLD.key --out NEW --dir DIR\n                              new key pair NEW.key/NEW.pub, announced in DIR/key.json and signed by OLD.key';

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, { key: { type: 'string' }, out: { type: 'string' }, dir: { type: 'string' } }, 0);
  const dir = required(values.dir, 'dir');
  const name = required(values.out, 'out');
  const old = await readSecretKey(required(values.key, 'key'), io.err);
  const keyFile = await readKeyFile(dir);
  if (!keyFile) throw new UserError(`${join(dir, KEY_FILE)} is missing; build the feed once before rotating its key`);
  const { file } = keyFile;
  if (file.publicKey !== toBase64(old.publicKey)) throw new UserError(`${values.key} is not the feed's current key (key.json names another); rotate from the current key`);
  if (file.rotations.length >= MAX_ROTATIONS) throw new UserError(`key.json already holds ${MAX_ROTATIONS} rotations, the most a client accepts`);

  const next = await generateKeyPair();
  const rotation = await signRotation(file.feedId, old.secretKey, next.publicKey, new Date().toISOString());
  const bytes = encodeKeyFile({ feedId: file.feedId, publicKey: toBase64(next.publicKey), rotations: [...file.rotations, rotation] });
  // The client's own walk, from the old key, must reach the new one before anything is written.
  const check = await resolveKey(bytes, file.feedId, old.publicKey);
  if (!check.ok || !check.rotated) throw new UserError(`internal error: the new key.json does not verify: ${check.ok ? 'not rotated' : check.error}`);

  // The current head is signed again by the new key, so subscribers who pin the new key are served at once.
  const previous = await readPreviousFeed(dir);
  const resigned = previous ? await resign(dir, previous, next, { ...file, publicKey: toBase64(next.publicKey) }) : undefined;

  // The new secret is saved before key.json names it, so a failure cannot announce a key nobody holds.
  const { keyPath, pubPath } = await writeKeyPair(name, next);
  await writeAll([{ path: join(dir, KEY_FILE), bytes }, ...(resigned ? [{ path: join(dir, HEAD_FILE), bytes: resigned.bytes }] : [])]);
  io.out(`wrote ${keyPath} and ${pubPath}`);
  io.out(`key.json now names ${next.keyId}, signed over by ${old.keyId}`);
  if (resigned) io.out(`head.json re-signed by the new key (head version ${resigned.version}, list unchanged)`);
  io.out(`next: build with --key ${keyPath}; clients that pinned the old key follow the rotation`);
  return 0;
}

/** The same feed under a new head version, signed by the new key; expiry keeps the previous head's lifetime. */
async function resign(dir: string, previous: PreviousFeed, key: KeyPair, keyFile: KeyFile): Promise<{ bytes: Uint8Array; version: number }> {
  const { head } = previous;
  const plan = await planBuild({
    entries: previous.entries,
    vendors: head.vendors,
    key,
    feedId: head.feedId,
    expiresDays: (Date.parse(head.expires) - Date.parse(head.issuedAt)) / 86_400_000,
    pollSeconds: head.poll.seconds,
    now: new Date(),
    previous,
    keyFile,
    readFeedFile: (path) => readIfExists(join(dir, path)),
  });
  const file = plan.files.find((f) => f.path === HEAD_FILE);
  if (plan.files.length !== 1 || !file) throw new UserError('internal error: re-signing the head would change the list');
  return { bytes: file.bytes, version: plan.head.version };
}

import * as ed from '@noble/ed25519';
import { open, readFile, stat } from 'node:fs/promises';
import { fromBase64, toBase64 } from '../lib/lists/feed/bytes';
import { isValidPublicKey, keyIdOf } from '../lib/lists/feed/envelope';
import { UserError } from './errors';

export interface KeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
  keyId: string;
}

async function readBase64File(path: string, what: string): Promise<Uint8Array> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const bytes = fromBase64(text.trim());
  if (!bytes || bytes.length !== 32) throw new UserError(`${path} is not a ${what} (one line: base64 of 32 bytes)`);
  return bytes;
}

/** Reads NAME.key (base64 of the 32-byte Ed25519 seed) and derives its public key. */
export async function readSecretKey(path: string, warn: (line: string) => void = () => {}): Promise<KeyPair> {
  const secretKey = await readBase64File(path, 'secret key');
  // A readable secret key is worth a warning, not a refusal: the vendor may keep it on a single-user machine.
  if (process.platform !== 'win32' && ((await stat(path)).mode & 0o077) !== 0) warn(`warning: ${path} can be read by other users; chmod 600 it`);
  const publicKey = await ed.getPublicKeyAsync(secretKey);
  return { secretKey, publicKey, keyId: await keyIdOf(publicKey) };
}

/** Reads NAME.pub (base64 of the raw 32-byte public key). */
export async function readPublicKey(path: string): Promise<Uint8Array> {
  const publicKey = await readBase64File(path, 'public key');
  if (!isValidPublicKey(publicKey)) throw new UserError(`${path} is not a valid Ed25519 public key`);
  return publicKey;
}

export async function generateKeyPair(): Promise<KeyPair> {
  const secretKey = ed.utils.randomSecretKey();
  const publicKey = await ed.getPublicKeyAsync(secretKey);
  return { secretKey, publicKey, keyId: await keyIdOf(publicKey) };
}

/**
 * Writes NAME.key (mode 0600) and NAME.pub. Refuses to overwrite either: losing
 * a feed's secret key means every subscriber has to re-subscribe.
 */
export async function writeKeyPair(name: string, pair: KeyPair): Promise<{ keyPath: string; pubPath: string }> {
  const keyPath = `${name}.key`;
  const pubPath = `${name}.pub`;
  for (const path of [keyPath, pubPath]) {
    if (await stat(path).then(() => true, () => false)) throw new UserError(`${path} already exists; choose another --out or move it away`);
  }
  await writeNew(keyPath, toBase64(pair.secretKey) + '\n', 0o600);
  await writeNew(pubPath, toBase64(pair.publicKey) + '\n', 0o644);
  return { keyPath, pubPath };
}

async function writeNew(path: string, text: string, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(text);
    await handle.chmod(mode); // the umask may have narrowed or, for 0600, must not widen the mode
  } finally {
    await handle.close();
  }
}

import * as ed from '@noble/ed25519';
import * as v from 'valibot';
import { VendorSchema } from '../feed-schema';
import { bytesEqual, fromBase64, toBase64, utf8 } from './bytes';
import { EnvelopeSchema, ROTATION_TYPE, isValidPublicKey, keyIdOf, openEnvelopeValue, signEnvelope, type Envelope } from './envelope';
import { parseStrictJson } from './json';
import { TimestampSchema } from './head';
import { MAX_KEY_BYTES, MAX_ROTATIONS } from './limits';

/** key.json: the feed's current key and the signed steps that lead to it from every earlier key. */
export interface KeyFile {
  feedId: string;
  publicKey: string;
  rotations: Envelope[];
}

/** What each rotation envelope signs: "the key after `previousKeyId` is `newKey`". */
export interface RotationStatement {
  feedId: string;
  previousKeyId: string;
  newKey: string;
  issuedAt: string;
}

const KeyFileSchema = v.strictObject({
  feedId: VendorSchema.entries.id,
  publicKey: v.string(),
  // Only the shape here; each signature is checked while walking, with the key it must be signed by.
  rotations: v.pipe(v.array(EnvelopeSchema), v.maxLength(MAX_ROTATIONS, `at most ${MAX_ROTATIONS} rotations`)),
});

const RotationSchema = v.strictObject({
  feedId: VendorSchema.entries.id,
  previousKeyId: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  newKey: v.string(),
  issuedAt: TimestampSchema,
});

export function encodeKeyFile(file: KeyFile): Uint8Array {
  return utf8(JSON.stringify({ feedId: file.feedId, publicKey: file.publicKey, rotations: file.rotations }, null, 2) + '\n');
}

export function encodeRotation(statement: RotationStatement): Uint8Array {
  const { feedId, previousKeyId, newKey, issuedAt } = statement;
  return utf8(JSON.stringify({ feedId, previousKeyId, newKey, issuedAt }));
}

/** A rotation to `newPublicKey`, signed by the secret key it replaces. */
export async function signRotation(feedId: string, previousSecretKey: Uint8Array, newPublicKey: Uint8Array, issuedAt: string): Promise<Envelope> {
  const previousKeyId = await keyIdOf(await ed.getPublicKeyAsync(previousSecretKey));
  const payload = encodeRotation({ feedId, previousKeyId, newKey: toBase64(newPublicKey), issuedAt });
  return signEnvelope(ROTATION_TYPE, payload, previousSecretKey);
}

/** Parses key.json without checking any signature (resolveKey does that). */
export function parseKeyFile(bytes: Uint8Array): { ok: true; file: KeyFile } | { ok: false; error: string } {
  if (bytes.length > MAX_KEY_BYTES) return { ok: false, error: `${bytes.length} bytes, over the ${MAX_KEY_BYTES}-byte cap` };
  const json = parseStrictJson(bytes);
  if (!json.ok) return { ok: false, error: json.error };
  const parsed = v.safeParse(KeyFileSchema, json.value);
  if (!parsed.success) return { ok: false, error: `${parsed.issues[0].path?.map((p) => String(p.key)).join('.') ?? ''}: ${parsed.issues[0].message}` };
  return { ok: true, file: parsed.output };
}

export type ResolveResult = { ok: true; publicKey: Uint8Array; rotated: boolean } | { ok: false; error: string };

/**
 * Finds the feed's current key starting from the pinned one. The current key
 * is accepted only at the end of an unbroken chain that starts with the first
 * rotation signed by the pinned key, each later rotation signed by the key
 * the one before introduced. Rotations older than the pinned key are skipped.
 */
export async function resolveKey(keyJsonBytes: Uint8Array, feedId: string, pinned: Uint8Array): Promise<ResolveResult> {
  const fail = (error: string): ResolveResult => ({ ok: false, error: `key.json: ${error}` });
  const parsed = parseKeyFile(keyJsonBytes);
  if (!parsed.ok) return fail(parsed.error);
  const file = parsed.file;
  if (file.feedId !== feedId) return fail(`is for feed ${file.feedId}, expected ${feedId}`);
  const current = fromBase64(file.publicKey);
  if (!current || !isValidPublicKey(current)) return fail('publicKey is not a base64 Ed25519 public key');
  if (bytesEqual(current, pinned)) return { ok: true, publicKey: pinned, rotated: false };

  const pinnedId = await keyIdOf(pinned);
  const start = file.rotations.findIndex((rotation) => signedBy(rotation, pinnedId));
  if (start < 0) return fail(`no rotation is signed by the pinned key ${pinnedId}`);
  let key = pinned;
  let keyId = pinnedId;
  let issuedAt = -Infinity;
  const seen = new Set([keyId]);
  for (let i = start; i < file.rotations.length; i++) {
    const opened = await openEnvelopeValue(file.rotations[i], ROTATION_TYPE, key);
    if (!opened.ok) return fail(`rotation ${i}: ${opened.error}`);
    const statement = parseStatement(opened.payload);
    if (typeof statement === 'string') return fail(`rotation ${i}: ${statement}`);
    if (statement.feedId !== feedId) return fail(`rotation ${i} is for feed ${statement.feedId}`);
    if (statement.previousKeyId !== keyId) return fail(`rotation ${i} replaces key ${statement.previousKeyId}, not ${keyId}`);
    if (Date.parse(statement.issuedAt) < issuedAt) return fail(`rotation ${i} is dated before the one it follows`);
    const next = fromBase64(statement.newKey);
    if (!next || !isValidPublicKey(next)) return fail(`rotation ${i}: newKey is not a base64 Ed25519 public key`);
    const nextId = await keyIdOf(next);
    if (seen.has(nextId)) return fail(`rotation ${i} returns to an earlier key`);
    seen.add(nextId);
    key = next;
    keyId = nextId;
    issuedAt = Date.parse(statement.issuedAt);
  }
  if (!bytesEqual(key, current)) return fail('the rotations do not end at publicKey');
  return { ok: true, publicKey: current, rotated: true };
}

function signedBy(rotation: Envelope, keyId: string): boolean {
  return rotation.signatures.some((signature) => signature.keyid === keyId);
}

function parseStatement(payload: Uint8Array): RotationStatement | string {
  const json = parseStrictJson(payload);
  if (!json.ok) return json.error;
  const parsed = v.safeParse(RotationSchema, json.value);
  return parsed.success ? parsed.output : `${parsed.issues[0].path?.map((p) => String(p.key)).join('.') ?? 'statement'}: ${parsed.issues[0].message}`;
}

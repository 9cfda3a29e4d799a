import * as ed from '@noble/ed25519';
import * as v from 'valibot';
import { concatBytes, fromBase64, toBase64, utf8 } from './bytes';
import { sha256Hex } from './checksum';
import { parseStrictJson } from './json';
import { describeIssue } from '../../validation';

export const HEAD_TYPE = 'application/vnd.hangup.feed-head+json';
export const ROTATION_TYPE = 'application/vnd.hangup.key-rotation+json';

/** A DSSE envelope: the payload travels as base64 and each signature covers pae(payloadType, payload). */
export interface Envelope {
  payloadType: string;
  payload: string;
  signatures: { keyid: string; sig: string }[];
}

/** One signer is the norm; the cap only bounds the work a hostile envelope can cause. */
export const MAX_SIGNATURES = 16;
export const MAX_ENVELOPE_BYTES = 64 * 1024;

const KEYID = /^[0-9a-f]{64}$/;

export const EnvelopeSchema = v.strictObject({
  payloadType: v.pipe(v.string(), v.maxLength(256)),
  payload: v.string(),
  signatures: v.pipe(
    v.array(v.strictObject({ keyid: v.pipe(v.string(), v.regex(KEYID, 'keyid must be 64 lower-case hex digits')), sig: v.string() })),
    v.minLength(1, 'no signatures'),
    v.maxLength(MAX_SIGNATURES, 'too many signatures'),
  ),
});

/** DSSE v1 pre-authentication encoding: "DSSEv1" SP len(type) SP type SP len(payload) SP payload, lengths in ASCII decimal bytes. */
export function pae(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = utf8(payloadType);
  return concatBytes(utf8(`DSSEv1 ${type.length} `), type, utf8(` ${payload.length} `), payload);
}

/** Lower-case hex SHA-256 of the raw 32-byte public key; users compare and paste it as the key's fingerprint. */
export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  if (publicKey.length !== 32) throw new RangeError('an Ed25519 public key is 32 bytes');
  return sha256Hex(publicKey);
}

/**
 * True for a 32-byte key that decodes canonically to a point of large order.
 * Small-order keys (the identity among them) would let one signature verify
 * for many messages, so they are never pinned or rotated to.
 */
export function isValidPublicKey(publicKey: Uint8Array): boolean {
  if (publicKey.length !== 32) return false;
  try {
    return !ed.Point.fromBytes(publicKey, false).isSmallOrder();
  } catch {
    return false;
  }
}

/** Strict RFC 8032 verification: canonical S (< L), canonical points, small-order keys refused. */
export async function verifySignature(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): Promise<boolean> {
  try {
    return await ed.verifyAsync(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

export async function signEnvelope(payloadType: string, payload: Uint8Array, secretKey: Uint8Array): Promise<Envelope> {
  const publicKey = await ed.getPublicKeyAsync(secretKey);
  const sig = await ed.signAsync(pae(payloadType, payload), secretKey);
  return { payloadType, payload: toBase64(payload), signatures: [{ keyid: await keyIdOf(publicKey), sig: toBase64(sig) }] };
}

/** The bytes a publisher writes for an envelope: compact JSON and a final newline. */
export function encodeEnvelope(envelope: Envelope): Uint8Array {
  return utf8(JSON.stringify({ payloadType: envelope.payloadType, payload: envelope.payload, signatures: envelope.signatures }) + '\n');
}

export type OpenCode = 'not-json' | 'bad-envelope' | 'bad-signature';
export type OpenResult = { ok: true; payload: Uint8Array } | { ok: false; code: OpenCode; error: string };

/** Parses and verifies envelope bytes; see openEnvelopeValue for the rules. */
export async function openEnvelope(bytes: Uint8Array, payloadType: string, publicKey: Uint8Array): Promise<OpenResult> {
  if (bytes.length > MAX_ENVELOPE_BYTES) return { ok: false, code: 'bad-envelope', error: `envelope is ${bytes.length} bytes, over the ${MAX_ENVELOPE_BYTES}-byte cap` };
  const json = parseStrictJson(bytes);
  if (!json.ok) return { ok: false, code: 'not-json', error: json.error };
  return openEnvelopeValue(json.value, payloadType, publicKey);
}

/**
 * Verifies an already parsed envelope. Every signature must be well formed;
 * those by other keys are ignored, but at least one must carry the key's id
 * and every one that does must verify.
 */
export async function openEnvelopeValue(value: unknown, payloadType: string, publicKey: Uint8Array): Promise<OpenResult> {
  const bad = (error: string): OpenResult => ({ ok: false, code: 'bad-envelope', error });
  const parsed = v.safeParse(EnvelopeSchema, value);
  if (!parsed.success) {
    return bad(`envelope ${describeIssue(parsed.issues, 'invalid')}`);
  }
  const envelope = parsed.output;
  if (envelope.payloadType !== payloadType) return bad(`payloadType is ${JSON.stringify(envelope.payloadType)}, expected ${JSON.stringify(payloadType)}`);
  const payload = fromBase64(envelope.payload);
  if (!payload) return bad('payload is not canonical base64');
  const signatures: { keyid: string; sig: Uint8Array }[] = [];
  for (const [i, { keyid, sig }] of envelope.signatures.entries()) {
    const bytes = fromBase64(sig);
    if (!bytes) return bad(`signature ${i} is not canonical base64`);
    if (bytes.length !== 64) return bad(`signature ${i} is ${bytes.length} bytes, not 64`);
    signatures.push({ keyid, sig: bytes });
  }
  if (!isValidPublicKey(publicKey)) return { ok: false, code: 'bad-signature', error: 'the pinned key is not a valid Ed25519 public key' };
  const keyid = await keyIdOf(publicKey);
  const mine = signatures.filter((s) => s.keyid === keyid);
  if (mine.length === 0) return { ok: false, code: 'bad-signature', error: `no signature by key ${keyid}` };
  const message = pae(payloadType, payload);
  for (const { sig } of mine) {
    if (!(await verifySignature(sig, message, publicKey))) return { ok: false, code: 'bad-signature', error: `signature by key ${keyid} does not verify` };
  }
  return { ok: true, payload };
}

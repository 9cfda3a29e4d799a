import * as v from 'valibot';
import { MAX_ENTRIES, VendorSchema } from '../feed-schema';
import type { Vendor } from '../types';
import { utf8 } from './bytes';
import { HEAD_TYPE, keyIdOf, openEnvelope } from './envelope';
import { parseStrictJson } from './json';
import { MAX_HEAD_BYTES, MAX_LIST_BYTES } from './limits';
import { describeIssue } from '../../validation';

export { MAX_HEAD_BYTES, MAX_LIST_BYTES } from './limits';

export interface FileRef {
  path: string;
  sha256: string;
  length: number;
}

export interface Head {
  feedId: string;
  version: number;
  issuedAt: string;
  expires: string;
  list: { version: number; count: number; checksum: string; snapshot: FileRef; deltas: (FileRef & { from: number })[] };
  vendors: Vendor[];
  poll: { seconds: number };
}

/** The publisher keeps 5; a head may list more, but never so many that checking them costs much. */
export const MAX_DELTAS = 32;
/** How far a head's issuedAt may run ahead of the client's clock before it is refused. */
export const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;

const id = VendorSchema.entries.id;
const version = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'));

/** UTC only, to the second or millisecond, and a real instant (no 25:00 or February 30). */
export const TimestampSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'must be a UTC timestamp like 2025-01-31T12:00:00Z'),
  v.check((text) => {
    const time = Date.parse(text);
    return Number.isFinite(time) && new Date(time).toISOString().slice(0, 19) === text.slice(0, 19);
  }, 'not a real date and time'),
);

/** Files are content-addressed: the name is the SHA-256 of the bytes, under a fixed folder. */
const fileEntries = (folder: string) => ({
  path: v.pipe(v.string(), v.regex(new RegExp(`^${folder}/[0-9a-f]{64}\\.tsv$`), `must be ${folder}/<sha256>.tsv`)),
  sha256: hex64,
  length: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(MAX_LIST_BYTES)),
});

const namesItsHash = (file: FileRef) => file.path.slice(file.path.indexOf('/') + 1, -'.tsv'.length) === file.sha256;

export const HeadSchema = v.pipe(
  v.strictObject({
    feedId: id,
    version,
    issuedAt: TimestampSchema,
    expires: TimestampSchema,
    list: v.strictObject({
      version,
      count: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_ENTRIES)),
      checksum: hex64,
      snapshot: v.strictObject(fileEntries('snapshots')),
      deltas: v.pipe(v.array(v.strictObject({ from: version, ...fileEntries('deltas') })), v.maxLength(MAX_DELTAS)),
    }),
    vendors: v.pipe(v.array(VendorSchema), v.minLength(1, 'at least one vendor'), v.maxLength(500)),
    poll: v.strictObject({ seconds: v.pipe(v.number(), v.safeInteger(), v.minValue(1)) }),
  }),
  v.check((head) => new Set(head.vendors.map((vendor) => vendor.id)).size === head.vendors.length, 'vendor ids must be unique'),
  v.check((head) => Date.parse(head.expires) > Date.parse(head.issuedAt), 'expires must be after issuedAt'),
  v.check((head) => [head.list.snapshot, ...head.list.deltas].every(namesItsHash), 'a file path must name the file’s sha256'),
  v.check(
    (head) => head.list.deltas.every((delta, i, all) => delta.from < (all[i + 1]?.from ?? head.list.version)),
    'deltas must be sorted by from, each from below the next and below list.version',
  ),
);

export type HeadResult = { ok: true; head: Head } | { ok: false; error: string };

export function parseHead(payload: Uint8Array): HeadResult {
  if (payload.length > MAX_HEAD_BYTES) return { ok: false, error: `head is over the ${MAX_HEAD_BYTES}-byte cap` };
  const json = parseStrictJson(payload);
  if (!json.ok) return { ok: false, error: json.error };
  const result = v.safeParse(HeadSchema, json.value);
  if (result.success) return { ok: true, head: result.output };
  return { ok: false, error: describeIssue(result.issues, 'invalid head') };
}

/** Head payload bytes as the publisher signs them: compact JSON in a fixed key order. */
export function encodeHead(head: Head): Uint8Array {
  const file = (f: FileRef) => ({ path: f.path, sha256: f.sha256, length: f.length });
  return utf8(
    JSON.stringify({
      feedId: head.feedId,
      version: head.version,
      issuedAt: head.issuedAt,
      expires: head.expires,
      list: {
        version: head.list.version,
        count: head.list.count,
        checksum: head.list.checksum,
        snapshot: file(head.list.snapshot),
        deltas: head.list.deltas.map((d) => ({ from: d.from, ...file(d) })),
      },
      vendors: head.vendors.map((vendor) => ({
        id: vendor.id,
        name: vendor.name,
        aliases: vendor.aliases,
        phones: vendor.phones,
        domains: vendor.domains,
        ...(vendor.reportUrl === undefined ? {} : { reportUrl: vendor.reportUrl }),
        ...(vendor.reportEmail === undefined ? {} : { reportEmail: vendor.reportEmail }),
        statements: vendor.statements,
      })),
      poll: { seconds: head.poll.seconds },
    }),
  );
}

export interface DeltaStep extends FileRef {
  from: number;
  to: number;
}

/**
 * The deltas that lead from `listVersion` to head.list.version. Deltas form a
 * chain: each leads from its `from` to the next delta's `from`, the last to
 * list.version. Undefined when the chain does not start at `listVersion`
 * (the caller then fetches the snapshot).
 */
export function deltaChain(head: Head, listVersion: number): DeltaStep[] | undefined {
  const deltas = head.list.deltas;
  const start = deltas.findIndex((delta) => delta.from === listVersion);
  if (start < 0) return undefined;
  return deltas.slice(start).map((delta, i) => ({ ...delta, to: deltas[start + i + 1]?.from ?? head.list.version }));
}

export interface HeadCheck {
  feedId: string;
  publicKey: Uint8Array;
  floor: { version: number; listVersion: number } | undefined;
  now: number;
}

export type HeadCode = 'too-large' | 'not-json' | 'bad-signature' | 'bad-head' | 'wrong-feed' | 'rollback' | 'same-version' | 'expired' | 'future';
export type CheckHeadResult = { ok: true; head: Head; keyId: string } | { ok: false; code: HeadCode; error: string };

/** An error page or captive portal answering 200: optional BOM and whitespace, then '<'. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c;
}

/**
 * Checks head.json bytes in the order FORMAT.md gives; nothing is parsed
 * before the byte cap and the HTML sniff, nothing is trusted before the
 * signature. 'same-version' is not a fault: the caller has nothing to do.
 */
export async function checkHead(bytes: Uint8Array, check: HeadCheck): Promise<CheckHeadResult> {
  if (bytes.length > MAX_HEAD_BYTES) return { ok: false, code: 'too-large', error: `head.json is ${bytes.length} bytes, over the ${MAX_HEAD_BYTES}-byte cap` };
  if (looksLikeHtml(bytes)) return { ok: false, code: 'not-json', error: 'head.json is an HTML page (an error page or captive portal?)' };
  const opened = await openEnvelope(bytes, HEAD_TYPE, check.publicKey);
  if (!opened.ok) return { ok: false, code: opened.code === 'not-json' ? 'not-json' : 'bad-signature', error: opened.error };
  const parsed = parseHead(opened.payload);
  if (!parsed.ok) return { ok: false, code: 'bad-head', error: parsed.error };
  const head = parsed.head;
  if (head.feedId !== check.feedId) return { ok: false, code: 'wrong-feed', error: `head is for feed ${head.feedId}, expected ${check.feedId}` };
  const floor = check.floor;
  if (floor && head.version < floor.version) return { ok: false, code: 'rollback', error: `head version ${head.version} is older than the stored ${floor.version}` };
  if (floor && head.version === floor.version) return { ok: false, code: 'same-version', error: `head version ${head.version} is already stored` };
  if (floor && head.list.version < floor.listVersion) {
    return { ok: false, code: 'rollback', error: `list version ${head.list.version} is older than the stored ${floor.listVersion}` };
  }
  if (Date.parse(head.expires) <= check.now) return { ok: false, code: 'expired', error: `head expired at ${head.expires}` };
  if (Date.parse(head.issuedAt) > check.now + MAX_CLOCK_SKEW_MS) {
    return { ok: false, code: 'future', error: `head is issued at ${head.issuedAt}, more than 10 minutes ahead of this clock` };
  }
  return { ok: true, head, keyId: await keyIdOf(check.publicKey) };
}

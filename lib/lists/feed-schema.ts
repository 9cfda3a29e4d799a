import * as v from 'valibot';
import { CATEGORIES, type FeedList } from './types';
import { isE164 } from '../phone/parse';
import { checkFeedUrl } from './sync/url-policy';
import { describeIssue } from '../validation';

const e164 = v.pipe(v.string(), v.check(isE164, 'not an E.164 number'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'ids are lower-case letters, digits, . _ -'));
const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const domain = v.pipe(v.string(), v.regex(/^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, 'not a lower-case domain'));
// Plain http only on this machine (tests, the demo), as for feeds.
const httpsUrl = v.pipe(v.string(), v.url(), v.check((url) => checkFeedUrl(url).ok, 'report URLs must be https'));

export const VendorSchema = v.strictObject({
  id,
  name: text(80),
  aliases: v.pipe(v.array(text(80)), v.maxLength(50)),
  phones: v.pipe(v.array(e164), v.maxLength(100)),
  domains: v.pipe(v.array(domain), v.maxLength(100)),
  reportUrl: v.optional(httpsUrl),
  reportEmail: v.optional(v.pipe(v.string(), v.email())),
  statements: v.pipe(v.array(text(300)), v.maxLength(20)),
});

export const EntrySchema = v.strictObject({
  n: e164,
  category: v.picklist(CATEGORIES),
  vendor: id,
  firstSeen: v.pipe(v.string(), v.isoDate()),
});

export const MAX_ENTRIES = 2_000_000;

export const FeedListSchema = v.pipe(
  v.strictObject({
    feedId: id,
    name: text(80),
    version: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
    issuedAt: v.pipe(v.string(), v.isoTimestamp()),
    vendors: v.pipe(v.array(VendorSchema), v.maxLength(500)),
    entries: v.pipe(v.array(EntrySchema), v.maxLength(MAX_ENTRIES)),
    listVersion: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
    checksum: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
    expires: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  }),
  v.check((list) => {
    const ids = new Set(list.vendors.map((vendor) => vendor.id));
    return ids.size === list.vendors.length && list.entries.every((entry) => ids.has(entry.vendor));
  }, 'vendor ids must be unique and every entry must name a listed vendor'),
  v.check((list) => list.entries.every((entry, i) => i === 0 || list.entries[i - 1]!.n < entry.n), 'entries must be sorted by number without duplicates'),
);

export type FeedParseResult = { ok: true; list: FeedList } | { ok: false; error: string };

/** Validates a parsed feed list; every problem is reported with its path. */
export function parseFeedList(data: unknown): FeedParseResult {
  const result = v.safeParse(FeedListSchema, data);
  if (result.success) return { ok: true, list: result.output };
  return { ok: false, error: describeIssue(result.issues, 'invalid feed') };
}

/** What a listed number is used for. */
export const CATEGORIES = ['tech-support', 'billing', 'refund', 'account-security', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A vendor as its feed describes it: who it is and how to reach it for real. */
export interface Vendor {
  id: string;
  name: string;
  aliases: string[];
  /** Official phone numbers, E.164. */
  phones: string[];
  /** Official web domains, lower case. */
  domains: string[];
  reportUrl?: string;
  reportEmail?: string;
  /** Things the vendor promises, e.g. "We never call you unexpectedly." */
  statements: string[];
}

/** One listed scam number. */
export interface Entry {
  /** E.164 number. */
  n: string;
  category: Category;
  /** Id of the vendor the number impersonates, within the same feed. */
  vendor: string;
  /** ISO date the number was first seen. */
  firstSeen: string;
}

/** A whole list as received from a feed, before it is stored. */
export interface FeedList {
  feedId: string;
  name: string;
  version: number;
  issuedAt: string;
  vendors: Vendor[];
  entries: Entry[];
  /** Present for lists that came from a signed head. */
  listVersion?: number;
  checksum?: string;
  expires?: string;
}

/** What the extension keeps about a feed beside its numbers. */
export interface FeedRecord {
  feedId: string;
  name: string;
  version: number;
  issuedAt: string;
  vendors: Vendor[];
  count: number;
  /** Generation of the number chunks now serving lookups. */
  generation: number;
  /** When this list was stored (ms since epoch). */
  updatedAt: number;
  /** Last sync problem, kept while the last good list keeps serving. */
  lastError?: string;
  /** From a signed head: the list's own version, its checksum and when the head expires. */
  listVersion?: number;
  checksum?: string;
  expires?: string;
}

/** A feed the user (or Hangup itself) subscribed to, with its pinned key and sync state. */
export interface Subscription {
  feedId: string;
  /** Name shown to people. */
  label: string;
  /** Folder holding head.json and key.json; absent for a list that only ships with Hangup. */
  url?: string;
  /** Pinned Ed25519 public key, base64 of the raw 32 bytes. */
  publicKey: string;
  keyId: string;
  bundled: boolean;
  addedAt: number;
  /** ETag of the last head fetched, for conditional requests. */
  etag?: string;
  pollSeconds?: number;
  lastAttempt?: number;
  /** Last time a check completed, with or without a change. */
  lastSuccess?: number;
  /** Failures in a row; drives the back-off. */
  failures: number;
  nextAttempt: number;
  lastError?: string;
}

/** Where a number was found on a list. */
export interface ListMatch {
  feedId: string;
  feedName: string;
  category: Category;
  vendor: Vendor | undefined;
}

import { browser } from 'wxt/browser';
import type { MessageVerdict } from './detect/message';
import type { NumberVerdict } from './detect/verdict';
import type { DataCategory } from './reports/data-collection';
import { t } from './i18n';
import type { ParsedInput } from './phone/parse';
import type { CHANNELS, REPORT_VERDICTS } from './reports/limits';
import type { ReportState } from './reports/types';
import type { SettingsFile } from './background/settings';
import type { ReportSharing, Sensitivity } from './settings-types';

/** Numbers per lookup message; a content script splits larger batches. */
export const MAX_BATCH = 200;
/** Texts per number search (`findNumbers`). */
export const MAX_FIND_TEXTS = 400;
/** Characters of text a content script puts in one number search; what JSON escapes may take it over MAX_MESSAGE_CHARS, and the search is then sent in halves. */
export const MAX_FIND_CHARS = 40_000;
/** Longest text in a number search: a window of a text block (see lib/page/find-in-dom). */
export const MAX_FIND_TEXT = 2_432;
/** Largest accepted message, in characters of JSON. */
export const MAX_MESSAGE_CHARS = 64_000;
/** Longest message body sent for a verdict; a content script sends the first part of longer ones. */
export const MAX_MESSAGE_TEXT = 40_000;

export interface FeedSummary {
  feedId: string;
  name: string;
  /** Version of the signed head now serving. */
  version: number;
  count: number;
  /** When the serving list was stored (ms since epoch). */
  updatedAt: number;
  vendors: string[];
  /** Why the last update failed; the last good list keeps serving. */
  lastError?: string;
  /** The serving list has expired and no newer one could be had. */
  stale?: boolean;
  expires?: string;
  /** Where updates come from; absent for a list that only ships with Hangup. */
  url?: string;
  bundled?: boolean;
  /** Fingerprint of the pinned signing key. */
  keyId?: string;
  lastCheck?: number;
  nextCheck?: number;
  syncing?: boolean;
}

export interface SiteState {
  origin: string;
  paused: boolean;
}

/** One report as the popup lists it. */
export interface ReportSummary {
  reportId: string;
  e164: string;
  asSeen: string;
  vendorName: string;
  channel: string;
  state: ReportState;
  createdAt: number;
  sentAt?: number;
  nextAttempt: number;
  attempts: number;
  lastError?: string;
  /** Where it goes: the inbox's host, or the address of a prefilled e-mail. */
  destination?: string;
  /** For reports to a vendor that takes e-mail only: the prefilled message. */
  mailto?: string;
  /** JSON exactly as sent (or to be sent). */
  body: string;
  /** Held until Firefox is allowed to send these kinds of data (see lib/reports/data-collection). */
  needsConsent?: DataCategory[];
}

/** What to share with a report beyond the number, the vendor and the reasons; everything is off unless chosen. */
export interface ReportShare {
  origin: boolean;
  subject?: string;
  excerpt?: string;
}

/** What Hangup flagged in one tab (all its frames together). */
export interface TabFindings {
  numbers: Array<{ e164: string; verdict: 'scam' | 'suspicious' | 'official' }>;
  /** Messages (webmail) or pages with a scam or suspicious verdict. */
  messages: number;
  /** A browser-locker warning is showing. */
  locker: boolean;
}

/** Who may send a message: any Hangup context, or only Hangup's own pages (popup, options). */
export type Audience = 'any' | 'pages';

/** The one protocol between content scripts, extension pages and the background. */
export interface Protocol {
  /**
   * The phone numbers in pieces of a page's text, for each text in order: where
   * each starts and ends, as written, and in E.164, with its verdict (null when
   * a page has nothing to show: on no list, or marked "not a scam"). Parsing
   * runs here, off the page's main thread. `region` reads numbers written
   * without a country code.
   */
  findNumbers: { request: { region: string; texts: string[] }; response: { found: Array<Array<{ start: number; end: number; raw: string; e164: string; verdict: NumberVerdict | null }>> } };
  lookupNumbers: { request: { numbers: string[] }; response: { verdicts: NumberVerdict[] } };
  pageStatus: { request: Record<string, never>; response: { paused: boolean; reportSharing: ReportSharing } };
  /** The messages of the browser's language for a content script's warnings (see lib/i18n `useMessages`); none if unreadable. */
  uiMessages: { request: Record<string, never>; response: { messages: Record<string, string> } };
  checkNumber: { request: { input: string }; response: { parsed: ParsedInput; verdict?: NumberVerdict } };
  listFeeds: { request: Record<string, never>; response: { feeds: FeedSummary[]; problem?: string } };
  getSite: { request: { origin: string }; response: SiteState };
  setSitePaused: { request: SiteState; response: SiteState };
  addFeed: { request: { url: string; fingerprint: string }; response: { feed: FeedSummary } };
  removeFeed: { request: { feedId: string }; response: { removed: boolean } };
  syncFeed: { request: { feedId: string }; response: { outcome: string } };
  /** A webmail message (or a page's main text) for a message-level verdict. Nothing leaves the browser. */
  checkMessage: { request: { subject: string; from: string; text: string; telLinks: string[] }; response: MessageVerdict };
  /** Closes the tab the asking content script runs in (the way out of a browser-locker page). */
  closeTab: { request: Record<string, never>; response: { closed: boolean } };
  fileReport: {
    request: {
      e164: string;
      asSeen: string;
      vendorId?: string;
      vendorName: string;
      channel: (typeof CHANNELS)[number];
      verdict: (typeof REPORT_VERDICTS)[number];
      reasons: string[];
      seenAt?: string;
      note?: string;
      share: ReportShare;
    };
    response: { report: ReportSummary; duplicate: boolean; fraudSite?: { name: string; url: string } };
  };
  undoReport: { request: { reportId: string }; response: { undone: boolean } };
  listReports: { request: Record<string, never>; response: { reports: ReportSummary[]; fraudSite?: { name: string; url: string } } };
  retryReport: { request: { reportId: string }; response: { report?: ReportSummary } };
  deleteReport: { request: { reportId: string }; response: { deleted: boolean } };
  /** A content script's findings in its frame, for the toolbar badge and the popup. */
  pageFindings: { request: TabFindings; response: { count: number } };
  tabFindings: { request: { tabId: number }; response: TabFindings };
  getSettings: { request: Record<string, never>; response: { pausedSites: string[]; notScam: string[]; sensitivity: Sensitivity; reportSharing: ReportSharing } };
  setReportSharing: { request: ReportSharing; response: ReportSharing };
  setSensitivity: { request: { sensitivity: Sensitivity }; response: { sensitivity: Sensitivity } };
  /** Marks a number as not a scam (a local allowlist), or takes the mark back. */
  setNotScam: { request: { e164: string; notScam: boolean }; response: { notScam: string[] } };
  exportSettings: { request: Record<string, never>; response: { file: SettingsFile } };
  importSettings: { request: { text: string }; response: { feedsAdded: number; feedErrors: string[] } };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: Request<K>;
}

export type ErrorCode = 'bad-message' | 'forbidden' | 'too-large' | 'internal';

export type Reply<K extends MessageType> = { ok: true; data: Response<K> } | { ok: false; error: { code: ErrorCode; message: string } };

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends a typed request to the background; rejects with `MessageError` on an error reply. */
export async function sendMessage<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  const reply = (await browser.runtime.sendMessage({ type, data } satisfies Envelope<K>)) as Reply<K> | undefined;
  if (!reply) throw new MessageError('internal', t('messaging_no_reply'));
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
  return reply.data;
}

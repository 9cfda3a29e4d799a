import type { CountryCode } from 'libphonenumber-js/min';
import { numberVerdict, type NumberVerdict } from '../detect/verdict';
import type { ListsService } from '../lists/service';
import type { FeedSync } from '../lists/sync/feed-sync';
import { summariseFeeds } from './feed-summaries';
import { FindingsByTab } from './findings';
import { MessageChecker } from './message-checker';
import { createReportHandlers } from './report-handlers';
import type { ReportsService } from '../reports/service';
import { findNumbersInTexts } from '../phone/find';
import { parseTypedNumber } from '../phone/parse';
import { isPaused, PAUSED_SITES_KEY, setPaused, type KeyValueArea } from './paused-sites';
import { applySettings, checkSettingsFile, exportSettings, readAllowlist, readReportSharing, readSensitivity, setNotScam, setReportSharing, setSensitivity } from './settings';
import { adjustForSettings } from './verdict-settings';
import type { Handlers } from './router';
import { t } from '../i18n';

export interface HandlerDeps {
  findings?: FindingsByTab;
  /** Shows a tab's warning count on the toolbar button. */
  setBadge?: (tabId: number, count: number) => void;
  reports: ReportsService;
  /** Called after a report is filed, to schedule its delivery. */
  onReportFiled?: () => void;
  /** Closes a tab; the browser's tabs.remove in the extension. */
  closeTab?: (tabId: number) => Promise<void>;
  lists: ListsService;
  sync: FeedSync;
  now?: () => number;
  settings: KeyValueArea;
  region: () => CountryCode;
  /** The messages for content scripts' warnings (see lib/i18n/ui-messages); none when absent. */
  uiMessages?: () => Promise<Record<string, string>>;
}

/** The background's answer to every message type; inputs are already validated. */
export function createHandlers({ lists, sync, settings, region, now = Date.now, closeTab, reports, onReportFiled, findings = new FindingsByTab(), setBadge, uiMessages }: HandlerDeps): Handlers {
  const messages = new MessageChecker(lists);
  async function summaries() {
    return summariseFeeds(await lists.feeds(), await lists.subscriptions(), sync.busy(), now());
  }

  async function verdictsFor(numbers: string[]) {
    const [found, vendors, allowed] = await Promise.all([lists.lookup(numbers), lists.vendors(), readAllowlist(settings)]);
    return numbers.map((n) =>
      allowed.includes(n)
        ? { e164: n, shown: n, verdict: 'none' as const, reasons: [t('reason_allowlisted_number')], lists: [] }
        : numberVerdict(n, found.get(n) ?? [], vendors),
    );
  }

  /** A verdict a page shows, or null: a number on no list and not allowed by the user gets no marker. */
  const shown = (verdict: NumberVerdict | undefined) => (verdict && verdict.verdict !== 'none' ? verdict : null);

  return {
    ...createReportHandlers({ reports, region, onFiled: onReportFiled ?? (() => {}) }),
    async findNumbers({ region: textRegion, texts }) {
      // Looked up as they are found: the page marks them without asking again.
      const found = findNumbersInTexts(texts, textRegion as CountryCode);
      const numbers = [...new Set(found.flatMap((matches) => matches.map((match) => match.e164)))];
      const verdicts = new Map((numbers.length ? await verdictsFor(numbers) : []).map((verdict) => [verdict.e164, verdict]));
      return { found: found.map((matches) => matches.map((match) => ({ ...match, verdict: shown(verdicts.get(match.e164)) }))) };
    },
    async lookupNumbers({ numbers }) {
      return { verdicts: await verdictsFor([...new Set(numbers)]) };
    },
    async pageStatus(_data, caller) {
      return { paused: caller.kind === 'content' && (await isPaused(settings, caller.origin)), reportSharing: await readReportSharing(settings) };
    },
    async uiMessages() {
      return { messages: uiMessages ? await uiMessages() : {} };
    },
    async checkNumber({ input }) {
      const parsed = parseTypedNumber(input, region());
      if (!parsed.ok) return { parsed };
      const [verdict] = await verdictsFor([parsed.e164]);
      return { parsed, verdict };
    },
    async listFeeds() {
      return {
        feeds: await summaries(),
        ...(lists.bundledError ? { problem: t('lists_bundled_failed', lists.bundledError) } : {}),
      };
    },
    async addFeed({ url, fingerprint }) {
      const record = await sync.subscribe(url, fingerprint);
      const feed = (await summaries()).find((summary) => summary.feedId === record.feedId);
      if (!feed) throw new Error(t('lists_added_unreadable'));
      return { feed };
    },
    async removeFeed({ feedId }) {
      const sub = await lists.subscription(feedId);
      if (sub?.bundled) throw new Error(t('lists_bundled_not_removable'));
      return { removed: await sync.remove(feedId) };
    },
    async syncFeed({ feedId }) {
      return { outcome: await sync.sync(feedId) };
    },
    async checkMessage({ subject, from, text, telLinks }) {
      const html = telLinks.map((target) => `<a href="tel:${encodeURIComponent(target)}"></a>`).join('');
      // A call button whose number is not in the text ("Call us") still counts: add its number on a line of its own.
      const digits = text.replace(/\D/g, '');
      const hidden = telLinks.filter((target) => !digits.includes(target.replace(/\D/g, '').slice(-8)));
      const body = hidden.length ? `${text}\n${hidden.join('\n')}` : text;
      const verdict = await messages.check({ id: null, subject, from, text: body, html }, region());
      return adjustForSettings(verdict, { allowlist: await readAllowlist(settings), sensitivity: await readSensitivity(settings) });
    },
    async closeTab(_data, caller) {
      if (caller.kind !== 'content' || caller.tabId === undefined || !closeTab) return { closed: false };
      await closeTab(caller.tabId);
      return { closed: true };
    },
    async pageFindings(data, caller) {
      if (caller.kind !== 'content' || caller.tabId === undefined) return { count: 0 };
      await findings.ready();
      findings.set(caller.tabId, caller.frameId ?? 0, data);
      const count = findings.count(caller.tabId);
      setBadge?.(caller.tabId, count);
      return { count };
    },
    async tabFindings({ tabId }) {
      await findings.ready();
      return findings.get(tabId);
    },
    async getSettings() {
      const stored = (await settings.get(PAUSED_SITES_KEY))[PAUSED_SITES_KEY];
      return {
        pausedSites: Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : [],
        notScam: await readAllowlist(settings),
        sensitivity: await readSensitivity(settings),
        reportSharing: await readReportSharing(settings),
      };
    },
    async setReportSharing(sharing) {
      await setReportSharing(settings, sharing);
      return sharing;
    },
    async setSensitivity({ sensitivity }) {
      await setSensitivity(settings, sensitivity);
      return { sensitivity };
    },
    async setNotScam({ e164, notScam }) {
      return { notScam: await setNotScam(settings, e164, notScam) };
    },
    async exportSettings() {
      const subs = (await lists.subscriptions()).filter((sub) => sub.url && !sub.bundled);
      return { file: await exportSettings(settings, subs.map((sub) => ({ url: sub.url!, fingerprint: sub.keyId, label: sub.label }))) };
    },
    async importSettings({ text }) {
      const checked = checkSettingsFile(text);
      if (!checked.ok) throw new Error(checked.error);
      await applySettings(settings, checked.file);
      const have = new Set((await lists.subscriptions()).map((sub) => sub.url));
      const feedErrors: string[] = [];
      let feedsAdded = 0;
      for (const feed of checked.file.feeds.filter((candidate) => !have.has(candidate.url))) {
        try {
          await sync.subscribe(feed.url, feed.fingerprint);
          feedsAdded++;
        } catch (error) {
          feedErrors.push(`${feed.label || feed.url}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return { feedsAdded, feedErrors };
    },
    async getSite({ origin }) {
      return { origin, paused: await isPaused(settings, origin) };
    },
    async setSitePaused({ origin, paused }) {
      await setPaused(settings, origin, paused);
      return { origin, paused };
    },
  };
}

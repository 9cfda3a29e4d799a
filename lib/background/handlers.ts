import type { CountryCode } from 'libphonenumber-js/min';
import { numberVerdict } from '../detect/verdict';
import type { ListsService } from '../lists/service';
import { parseTypedNumber } from '../phone/parse';
import { isPaused, setPaused, type KeyValueArea } from './paused-sites';
import type { Handlers } from './router';

export interface HandlerDeps {
  lists: ListsService;
  settings: KeyValueArea;
  region: () => CountryCode;
}

/** The background's answer to every message type; inputs are already validated. */
export function createHandlers({ lists, settings, region }: HandlerDeps): Handlers {
  async function verdictsFor(numbers: string[]) {
    const [found, vendors] = await Promise.all([lists.lookup(numbers), lists.vendors()]);
    return numbers.map((n) => numberVerdict(n, found.get(n) ?? [], vendors));
  }

  return {
    async lookupNumbers({ numbers }) {
      return { verdicts: await verdictsFor([...new Set(numbers)]) };
    },
    async pageStatus(_data, caller) {
      return { paused: caller.kind === 'content' && (await isPaused(settings, caller.origin)) };
    },
    async checkNumber({ input }) {
      const parsed = parseTypedNumber(input, region());
      if (!parsed.ok) return { parsed };
      const [verdict] = await verdictsFor([parsed.e164]);
      return { parsed, verdict };
    },
    async listFeeds() {
      const feeds = await lists.feeds();
      return {
        feeds: feeds.map((feed) => ({
          feedId: feed.feedId,
          name: feed.name,
          version: feed.version,
          count: feed.count,
          updatedAt: feed.updatedAt,
          vendors: feed.vendors.map((vendor) => vendor.name),
          ...(feed.lastError ? { lastError: feed.lastError } : {}),
        })),
        ...(lists.bundledError ? { problem: `The bundled list could not be loaded: ${lists.bundledError}` } : {}),
      };
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

import type { FeedSummary, SiteState } from '@/lib/messaging';
import { CheckNumber, type CheckResult } from './CheckNumber';
import { FeedList } from './FeedList';
import { SitePause } from './SitePause';

export interface PopupProps {
  feeds: FeedSummary[] | undefined;
  feedsError?: string;
  site: SiteState | undefined;
  onCheck: (input: string) => Promise<CheckResult>;
  onTogglePause: (paused: boolean) => void;
}

export function Popup({ feeds, feedsError, site, onCheck, onTogglePause }: PopupProps) {
  return (
    <main>
      <h1>
        <img src="/icon/32.png" alt="" width="20" height="20" /> Hangup
      </h1>
      <section aria-labelledby="check-heading">
        <h2 id="check-heading">Check a number that called you</h2>
        <CheckNumber onCheck={onCheck} />
      </section>
      <section aria-labelledby="site-heading">
        <h2 id="site-heading">This site</h2>
        <SitePause site={site} onToggle={onTogglePause} />
      </section>
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Your lists</h2>
        {feedsError && <p class="error">Problem with the lists: {feedsError}</p>}
        {feeds ? <FeedList feeds={feeds} /> : !feedsError && <p class="muted">Loading…</p>}
      </section>
    </main>
  );
}

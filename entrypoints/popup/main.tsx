import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import '@/components/popup-styles.css';
import { sendMessage, type FeedSummary, type SiteState } from '@/lib/messaging';

async function currentOrigin(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  try {
    const url = new URL(tab?.url ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function App() {
  const [feeds, setFeeds] = useState<FeedSummary[]>();
  const [feedsError, setFeedsError] = useState<string>();
  const [site, setSite] = useState<SiteState>();

  useEffect(() => {
    sendMessage('listFeeds', {}).then(
      (reply) => {
        setFeeds(reply.feeds);
        if (reply.problem) setFeedsError(reply.problem);
      },
      (error: Error) => setFeedsError(error.message),
    );
    void currentOrigin().then(async (origin) => origin && setSite(await sendMessage('getSite', { origin })));
  }, []);

  return (
    <Popup
      feeds={feeds}
      feedsError={feedsError}
      site={site}
      onCheck={(input) => sendMessage('checkNumber', { input })}
      onTogglePause={(paused) => site && void sendMessage('setSitePaused', { origin: site.origin, paused }).then(setSite)}
    />
  );
}

render(<App />, document.getElementById('app')!);

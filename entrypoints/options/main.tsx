import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { Options } from '@/components/Options';
import '@/components/popup-styles.css';
import { sendMessage, type FeedSummary } from '@/lib/messaging';

function App() {
  const [feeds, setFeeds] = useState<FeedSummary[]>();
  const [error, setError] = useState<string>();

  const refresh = useCallback(async () => {
    try {
      const reply = await sendMessage('listFeeds', {});
      setFeeds(reply.feeds);
      setError(reply.problem);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, []);

  useEffect(() => {
    void refresh();
    // Background syncs change list states; a light poll keeps the page honest.
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, [refresh]);

  async function act(work: Promise<unknown>) {
    try {
      await work;
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
    await refresh();
  }

  return (
    <Options
      feeds={feeds}
      error={error}
      onAdd={async (url, fingerprint) => {
        const { feed } = await sendMessage('addFeed', { url, fingerprint });
        await refresh();
        return `Added ${feed.name}: ${feed.count.toLocaleString()} numbers.`;
      }}
      onRemove={(feed) => {
        if (confirm(`Remove ${feed.name}? Its numbers will no longer be flagged.`)) void act(sendMessage('removeFeed', { feedId: feed.feedId }));
      }}
      onSync={(feed) => void act(sendMessage('syncFeed', { feedId: feed.feedId }))}
    />
  );
}

render(<App />, document.getElementById('app')!);

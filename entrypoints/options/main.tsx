import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { Options } from '@/components/Options';
import '@/components/popup-styles.css';
import type { SettingsState } from '@/components/SettingsSections';
import { sendMessage, type FeedSummary } from '@/lib/messaging';
import { t, tPlural, uiLocale } from '@/lib/i18n';

function App() {
  const [feeds, setFeeds] = useState<FeedSummary[]>();
  // The lists' own problem, as the last poll found it; and what went wrong with the person's last action, kept
  // until an action succeeds (the poll would otherwise wipe it before anyone read it).
  const [problem, setProblem] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const [settings, setSettings] = useState<SettingsState>();
  const loadSettings = () => sendMessage('getSettings', {}).then(setSettings, (failure: Error) => setFailed(failure.message));
  useEffect(() => void loadSettings(), []);

  const refresh = useCallback(async () => {
    try {
      const reply = await sendMessage('listFeeds', {});
      setFeeds(reply.feeds);
      setProblem(reply.problem);
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
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
      setFailed(undefined);
    } catch (failure) {
      setFailed(failure instanceof Error ? failure.message : String(failure));
    }
    await refresh();
  }

  return (
    <Options
      feeds={feeds}
      error={[failed, problem].filter(Boolean).join(' ') || undefined}
      onAdd={async (url, fingerprint) => {
        const { feed } = await sendMessage('addFeed', { url, fingerprint });
        await refresh();
        return tPlural(feed.count, 'options_added_one', 'options_added_other', feed.name);
      }}
      onRemove={(feed) => {
        if (confirm(t('options_remove_confirm', feed.name))) void act(sendMessage('removeFeed', { feedId: feed.feedId }));
      }}
      onSync={(feed) => void act(sendMessage('syncFeed', { feedId: feed.feedId }))}
      settings={{
        settings,
        onResume: (origin) => void act(sendMessage('setSitePaused', { origin, paused: false }).then(loadSettings)),
        onForget: (e164) => void act(sendMessage('setNotScam', { e164, notScam: false }).then(loadSettings)),
        onSensitivity: (sensitivity) => void act(sendMessage('setSensitivity', { sensitivity }).then(loadSettings)),
        onSharing: (sharing) => void act(sendMessage('setReportSharing', sharing).then(loadSettings)),
        onExport: () =>
          void act(
            sendMessage('exportSettings', {}).then(({ file }) => {
              const link = document.createElement('a');
              link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
              link.download = `hangup-settings-${new Date().toISOString().slice(0, 10)}.json`;
              link.click();
              setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
            }),
          ),
        onImport: async (text) => {
          const { feedsAdded, feedErrors } = await sendMessage('importSettings', { text });
          await Promise.all([loadSettings(), refresh()]);
          const restored = feedsAdded ? tPlural(feedsAdded, 'options_restored_lists_one', 'options_restored_lists_other') : t('options_restored');
          return [restored, ...feedErrors.map((e) => t('options_not_added', e))].join(' ');
        },
      }}
    />
  );
}

document.documentElement.lang = uiLocale();
document.title = t('options_title');
render(<App />, document.getElementById('app')!);

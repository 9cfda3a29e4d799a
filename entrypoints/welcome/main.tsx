import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '@/components/popup-styles.css';
import { Welcome, type WelcomeProps } from '@/components/Welcome';
import { sendMessage } from '@/lib/messaging';
import { t, uiLocale } from '@/lib/i18n';

function App() {
  const [defaultList, setDefaultList] = useState<WelcomeProps['defaultList']>();
  useEffect(() => {
    void sendMessage('listFeeds', {}).then(({ feeds }) => {
      const bundled = feeds.find((feed) => feed.bundled) ?? feeds[0];
      if (bundled) setDefaultList({ name: bundled.name, count: bundled.count, vendors: bundled.vendors });
    });
  }, []);
  return <Welcome {...(defaultList ? { defaultList } : {})} onOpenSettings={() => void browser.runtime.openOptionsPage()} />;
}

document.documentElement.lang = uiLocale();
document.title = t('welcome_title');
render(<App />, document.getElementById('app')!);

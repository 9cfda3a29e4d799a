import type { SiteState } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { tx } from './tx';

export interface SitePauseProps {
  /** Undefined when the current tab is not a web page Hangup runs on. */
  site: SiteState | undefined;
  onToggle: (paused: boolean) => void;
}

/** Pause or resume Hangup on the site in the current tab. */
export function SitePause({ site, onToggle }: SitePauseProps) {
  if (!site) return <p class="muted">{t('site_not_running')}</p>;
  const host = site.origin.replace(/^https?:\/\//, '');
  return (
    <div class="site">
      <span>{tx(site.paused ? 'site_paused_on' : 'site_active_on', <strong>{host}</strong>)}</span>
      <button type="button" class="secondary" aria-pressed={site.paused} onClick={() => onToggle(!site.paused)}>
        {site.paused ? t('common_resume') : t('site_pause')}
      </button>
    </div>
  );
}

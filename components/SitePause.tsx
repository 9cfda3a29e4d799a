import type { SiteState } from '@/lib/messaging';

export interface SitePauseProps {
  /** Undefined when the current tab is not a web page Hangup runs on. */
  site: SiteState | undefined;
  onToggle: (paused: boolean) => void;
}

/** Pause or resume Hangup on the site in the current tab. */
export function SitePause({ site, onToggle }: SitePauseProps) {
  if (!site) return <p class="muted">Hangup does not run on this page.</p>;
  const host = site.origin.replace(/^https?:\/\//, '');
  return (
    <div class="site">
      <span>
        {site.paused ? 'Paused on ' : 'Active on '}
        <strong>{host}</strong>
      </span>
      <button type="button" class="secondary" aria-pressed={site.paused} onClick={() => onToggle(!site.paused)}>
        {site.paused ? 'Resume' : 'Pause here'}
      </button>
    </div>
  );
}

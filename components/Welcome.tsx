import { t, tPlural } from '@/lib/i18n';
import { tx } from './tx';

export interface WelcomeProps {
  /** Name and size of the list Hangup ships with. */
  defaultList?: { name: string; count: number; vendors: string[] };
  onOpenSettings: () => void;
}

function defaultListText({ name, count, vendors }: NonNullable<WelcomeProps['defaultList']>) {
  const numbers = tPlural(count, 'feeds_count_one', 'feeds_count_other');
  const bold = <strong>{name}</strong>;
  return vendors.length ? tx('welcome_default_list_vendors', bold, numbers, vendors.join(', ')) : tx('welcome_default_list', bold, numbers);
}

/** Shown once, after install: what Hangup does, what it never does, and how to add a vendor's list. */
export function Welcome({ defaultList, onOpenSettings }: WelcomeProps) {
  return (
    <main class="options welcome">
      <h1>
        <img src="/icon/48.png" alt="" width="32" height="32" /> {t('welcome_title')}
      </h1>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{t('welcome_what_heading')}</h2>
        <p>{t('welcome_what_text')}</p>
        <p>{tx('welcome_locker', <strong>{t('welcome_locker_advice')}</strong>)}</p>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcome_privacy_heading')}</h2>
        <ul>
          <li>{t('welcome_privacy_reads')}</li>
          <li>{t('welcome_privacy_lists')}</li>
          <li>{tx('welcome_privacy_report', <em>{t('report_form_submit')}</em>)}</li>
        </ul>
      </section>
      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">{t('welcome_lists_heading')}</h2>
        {defaultList && <p>{defaultListText(defaultList)}</p>}
        <p>{t('welcome_vendor_lists')}</p>
        <button type="button" onClick={onOpenSettings}>
          {t('welcome_open_settings')}
        </button>
      </section>
    </main>
  );
}

import { mayContainPhoneNumber } from '../../phone/find';
import { documentOf } from './dom';
import type { SiteAdapter } from './types';
import { leadingText } from '../leading-text';

/** How much of a page's raw text the phone pre-scan looks at (the check itself reads less). */
const PRESCAN_CHARS = 200_000;

/**
 * Any other page (a fake support page, a pop-up): its main content is one
 * "message", with the title as subject and the host as sender. A page whose
 * text has no phone-like digit run and no tel: link yields nothing, so
 * ordinary pages cost one cheap text test per pass.
 */
export const generic: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  findMessages(root) {
    const doc = documentOf(root);
    const articles = doc.querySelectorAll('article');
    const main = doc.querySelector('main, [role="main"]') ?? (articles.length === 1 ? articles[0] : undefined) ?? doc.body;
    if (!main) return [];
    const hasTel = main.querySelector('a[href^="tel:" i]') !== null;
    if (!hasTel && !mayContainPhoneNumber(leadingText(main, PRESCAN_CHARS))) return [];
    const location = doc.location;
    return [
      {
        body: main,
        subject: doc.title.trim(),
        from: location?.hostname ?? '',
        // At the top of the content, inside it, so the banner scrolls with the page.
        bannerBefore: main.firstElementChild ?? main,
        key: `generic:${location ? location.origin + location.pathname : ''}`,
      },
    ];
  },
};

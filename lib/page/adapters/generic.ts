import { documentOf } from './dom';
import type { SiteAdapter } from './types';

/**
 * Any other page (a fake support page, a pop-up): its main content is one
 * "message", with the title as subject and the host as sender. Finding it
 * costs two selector queries; whether it is worth a check is decided on the
 * text a check would read (`worthChecking`), which is read once per pass and
 * only as far as a check looks.
 */
export const generic: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  findMessages(root) {
    const doc = documentOf(root);
    const articles = doc.querySelectorAll('article');
    const main = doc.querySelector('main, [role="main"]') ?? (articles.length === 1 ? articles[0] : undefined) ?? doc.body;
    if (!main) return [];
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

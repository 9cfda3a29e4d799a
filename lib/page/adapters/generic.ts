import { documentOf, firstPageElement, outermost, textOf } from './dom';
import type { MessageView, SiteAdapter } from './types';

/** More articles than this are a list of teasers (a news front page): the page is then read as one message. */
const MAX_ARTICLES = 20;

/**
 * Any other page (a fake support page, a pop-up): its main content is one
 * "message", with the title as subject and the host as sender. A page whose
 * content is a few `<article>`s (a thread, a blog post and its comments, a
 * webmail Hangup has no adapter for) is read article by article instead, so
 * that a banner sits above the article that earned it and a report's excerpt
 * comes from that article alone. Finding them costs two selector queries;
 * whether each is worth a check is decided on the text a check would read
 * (`worthChecking`), which is read once per pass and only as far as a check looks.
 */
export const generic: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  findMessages(root) {
    const doc = documentOf(root);
    const location = doc.location;
    const page = `generic:${location ? location.origin + location.pathname : ''}`;
    const from = location?.hostname ?? '';
    const main = doc.querySelector('main, [role="main"]');
    const articles = outermost([...(main ?? doc).querySelectorAll('article')]);
    if (articles.length >= 2 && articles.length <= MAX_ARTICLES) {
      return articles.map(
        (article, index): MessageView => ({
          body: article,
          subject: textOf(article.querySelector('h1, h2, h3')) || doc.title.trim(),
          from,
          bannerBefore: firstPageElement(article) ?? article,
          key: `${page}#${article.id || index}`,
        }),
      );
    }
    const body = main ?? (articles.length === 1 ? articles[0] : undefined) ?? doc.body;
    if (!body) return [];
    return [
      {
        body,
        subject: doc.title.trim(),
        from,
        // At the top of the content, inside it, so the banner scrolls with the page.
        bannerBefore: firstPageElement(body) ?? body,
        key: page,
      },
    ];
  },
};

import { MAX_MESSAGE_TEXT } from '../../messaging';

/** A page put as a message for the verdict: title as subject, host as sender. */
export interface PageText {
  subject: string;
  from: string;
  text: string;
  telLinks: string[];
}

function telTarget(href: string): string {
  const target = href.replace(/^tel:/i, '');
  try {
    return decodeURIComponent(target).slice(0, 100);
  } catch {
    return target.slice(0, 100);
  }
}

export function readPage(doc: Document): PageText {
  const body = doc.body;
  // innerText skips hidden text and script source; textContent is the fallback where there is no layout.
  const text = (body?.innerText || body?.textContent || '').slice(0, MAX_MESSAGE_TEXT);
  const telLinks = [...doc.querySelectorAll('a[href^="tel:" i]')]
    .map((link) => telTarget(link.getAttribute('href') ?? ''))
    .filter(Boolean)
    .slice(0, 50);
  return { subject: doc.title.slice(0, 1000), from: (doc.location?.host ?? '').slice(0, 500), text, telLinks };
}

import { documentOf, outermost, sender, textOf } from './dom';
import type { MessageView, SiteAdapter } from './types';

/**
 * Gmail (mail.google.com), conversation view and split-pane reading.
 * Checked against test/fixtures/webmail/gmail/, a reconstruction of the
 * conversation view's markup:
 *   [role=main] h2[data-legacy-thread-id]                 thread subject
 *   [role=listitem] > … [data-message-id][data-legacy-message-id]   one message
 *   … h3 span[email][name]                                the sender (recipients sit outside the h3)
 *   … .a3s (inside .ii.gt)                                the body
 * The body has no role or attribute of its own, so it is the one place this
 * adapter uses a class name: `a3s` has stayed put for over a decade while the
 * rest of Gmail's classes change. A collapsed message has no body yet and is
 * skipped until it is opened. Thread-list rows carry data-legacy-thread-id but
 * never data-message-id, so the list is ignored.
 *
 * Messages are found from their bodies: a class lookup runs inside the browser
 * on a fast path, while an attribute query matches every element of the page
 * against it (4 ms on a 5,000-row inbox, against 2 ms), and the inbox with no
 * message open is what most passes see.
 */
export const gmail: SiteAdapter = {
  name: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',
  findMessages(root) {
    const views: MessageView[] = [];
    const messages = new Set<Element>();
    for (const body of (root as Document | Element).getElementsByClassName('a3s')) {
      const message = body.closest('[data-message-id], [data-legacy-message-id]');
      if (message) messages.add(message);
    }
    for (const message of outermost([...messages])) {
      const body = message.querySelector('.a3s')!;
      const author = message.querySelector('h3 [email]');
      // A message opened in its own window has no main landmark: look in the whole page.
      const heading = (message.closest('[role="main"]') ?? documentOf(root)).querySelector('h2[data-legacy-thread-id], h2[data-thread-perm-id]');
      const id = message.getAttribute('data-legacy-message-id') ?? message.getAttribute('data-message-id') ?? '';
      views.push({
        body,
        subject: textOf(heading),
        from: sender(author?.getAttribute('name') ?? textOf(author), author?.getAttribute('email') ?? ''),
        bannerBefore: body,
        key: `gmail:${id}`,
      });
    }
    return views;
  },
};

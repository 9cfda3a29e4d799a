import { documentOf, isEditable, sender, senderFromText, textOf } from './dom';
import type { MessageView, SiteAdapter } from './types';

/**
 * Yahoo Mail (mail.yahoo.com), reading pane and full-page reading view.
 * Checked against test/fixtures/webmail/yahoo/, reconstructed from the
 * data-test-id hooks Yahoo's own tests rely on:
 *   [data-test-id=message-group-subject-text]      thread subject
 *   [data-test-id=message-view]                    one message
 *     [data-test-id=message-from] [data-test-id=email-pill]   sender ("Name<address>")
 *     [data-test-id=message-view-body]            where the banner goes
 *       [data-test-id=message-view-body-content]  the body
 * A message view has no id of its own; the URL (/d/folders/<f>/messages/<id>)
 * names the open thread, and the position names the message within it. List
 * rows (a[data-test-id=message-list-item]) and the composer are ignored.
 */
export const yahoo: SiteAdapter = {
  name: 'yahoo',
  matches: (url) => url.hostname === 'mail.yahoo.com',
  findMessages(root) {
    const doc = documentOf(root);
    const thread = /\/messages\/([^/?#]+)/.exec(doc.location?.pathname ?? '')?.[1] ?? '';
    const subject = textOf(doc.querySelector('[data-test-id="message-group-subject-text"]'));
    const views: MessageView[] = [];
    root.querySelectorAll('[data-test-id="message-view"]').forEach((message, index) => {
      const body = message.querySelector('[data-test-id="message-view-body-content"]');
      if (!body || isEditable(body)) return;
      const pill = message.querySelector('[data-test-id="message-from"] [data-test-id="email-pill"]') ?? message.querySelector('[data-test-id="message-from"]');
      const shown = senderFromText(textOf(pill));
      views.push({
        body,
        subject,
        from: shown.includes('@') ? shown : sender(shown, pill?.getAttribute('title') ?? ''),
        bannerBefore: message.querySelector('[data-test-id="message-view-body"]') ?? body,
        key: `yahoo:${thread}:${index}`,
      });
    });
    return views;
  },
};

import { documentOf, isEditable, outermost, senderFromText, textOf } from './dom';
import type { MessageView, SiteAdapter } from './types';

const HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);
const BODY = '[aria-label="Message body"], [id^="UniqueMessageBody"]';
const FROM = '[id^="MSG_"][id$="_FROM"]';

/**
 * Outlook on the web (outlook.live.com, outlook.office.com,
 * outlook.office365.com): the reading pane and a message popped out to its
 * own window. Checked against test/fixtures/webmail/outlook/ (index.html, the
 * reading pane; popout.html, /mail/deeplink/read/…), reconstructed from:
 *   [role=main][aria-label="Reading Pane"] #ConversationReadingPaneContainer
 *     [role=heading][aria-level="2"]            conversation subject
 *     [aria-label="Email message"]              one message
 *       [id^="MSG_"][id$="_FROM"]               sender heading; its id carries the item id
 *       [aria-label="Message body"][role=document], #UniqueMessageBody…   the body
 *   pop-out: no main landmark; the subject is [id$="_SUBJECT"].
 * The reply editor carries the same "Message body" label but is
 * contenteditable: what the user types is never checked. Message-list rows
 * ([role=option][data-convid]) hold no body and are ignored.
 */
export const outlook: SiteAdapter = {
  name: 'outlook',
  matches: (url) => HOSTS.has(url.hostname),
  findMessages(root) {
    const views: MessageView[] = [];
    const bodies = outermost([...root.querySelectorAll(BODY)].filter((body) => !isEditable(body)));
    bodies.forEach((body, index) => {
      const message = messageOf(body);
      const fromHeading = message?.querySelector(FROM);
      const id = fromHeading?.id.slice(4, -5) || `${documentOf(root).location?.pathname ?? ''}#${body.id || index}`;
      views.push({ body, subject: subjectOf(root, message), from: fromOf(message, fromHeading), bannerBefore: body, key: `outlook:${id}` });
    });
    return views;
  },
};

/** The message around a body: the "Email message" region, or the nearest ancestor with a sender heading. */
function messageOf(body: Element): Element | null {
  const region = body.closest('[aria-label="Email message"]');
  if (region) return region;
  for (let current = body.parentElement; current; current = current.parentElement) if (current.querySelector(FROM)) return current;
  return null;
}

function fromOf(message: Element | null, heading: Element | null | undefined): string {
  const labelled = message?.querySelector('[aria-label^="From:"]')?.getAttribute('aria-label');
  // Outlook shows "Name<address>".
  return senderFromText(labelled ? labelled.slice(5) : textOf(heading));
}

function subjectOf(root: ParentNode, message: Element | null): string {
  const own = message?.querySelector('[id$="_SUBJECT"]') ?? documentOf(root).querySelector('[id^="MSG_"][id$="_SUBJECT"]');
  if (own) return textOf(own);
  const pane = message?.closest('#ConversationReadingPaneContainer, [role="main"]') ?? documentOf(root);
  const heading = [...pane.querySelectorAll('[role="heading"][aria-level="2"]')].find((element) => !element.closest('[aria-label="Email message"]'));
  return textOf(heading);
}

/** One message as a webmail shows it (or a page's main content, for the generic adapter). */
export interface MessageView {
  /** The element holding the message text; its text is what gets checked. */
  body: Element;
  subject: string;
  /** The sender as shown, ideally `Name <address>`; the host for a plain page. */
  from: string;
  /** The banner is inserted right before this element. */
  bannerBefore: Element;
  /** Stable per message (a message id where the site has one), so a message is checked once. */
  key: string;
}

/**
 * Knows where one site keeps its messages. Selectors use roles and attributes
 * the site keeps stable, not its generated class names.
 */
export interface SiteAdapter {
  name: string;
  matches(url: URL): boolean;
  findMessages(root: ParentNode): MessageView[];
}

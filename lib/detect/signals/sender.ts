/**
 * Where a message says it comes from. A vendor's own desk writes from the
 * vendor's domain; a "Norton billing" notice from a Gmail address or from
 * an unrelated company's server is not from Norton.
 */
export interface Sender {
  name: string;
  address: string;
  /** Lower-case domain of the address, '' when there is none. */
  domain: string;
}

export type SenderKind = 'vendor' | 'freemail' | 'other' | 'unknown';

/** Personal mailboxes anyone can open; a company desk never writes from one. */
const FREEMAIL = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com',
  'mail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'proton.me', 'protonmail.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'zoho.com',
  'qq.com', '163.com', '126.com', 'uol.com.br', 'bol.com.br', 'terra.com.br', 'ig.com.br', 'orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'wanadoo.fr',
  'libero.it', 'tiscali.it', 'rediffmail.com', 'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.es', 'yahoo.com.br',
  'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.es', 'hotmail.com.br', 'outlook.fr', 'outlook.de', 'outlook.es', 'outlook.com.br', 'live.co.uk', 'live.fr',
];

/** Parses `Name <user@host>`, `"Name" <user@host>` or a bare address. */
export function parseSender(from: string): Sender {
  const angle = /<([^<>]*)>\s*$/.exec(from);
  const address = (angle ? angle[1]! : /\S+@\S+/.exec(from)?.[0] ?? '').trim().replace(/^mailto:/i, '');
  const name = (angle ? from.slice(0, angle.index) : address ? from.replace(address, '') : from).trim().replace(/^"|"$/g, '').trim();
  const at = address.lastIndexOf('@');
  const domain = at >= 0 ? address.slice(at + 1).toLowerCase().replace(/[>.\s]+$/, '') : '';
  return { name, address, domain };
}

const within = (domain: string, parent: string) => domain === parent || domain.endsWith(`.${parent}`);

export function isFreemail(domain: string): boolean {
  return FREEMAIL.some((d) => within(domain, d));
}

/** How the sender's domain relates to the vendor the message claims to be. */
export function senderKind(sender: Sender, vendorDomains: readonly string[]): SenderKind {
  if (!sender.domain) return 'unknown';
  // Checked first: gmail.com is Google's and outlook.com Microsoft's, but a desk never writes from a personal mailbox.
  if (isFreemail(sender.domain)) return 'freemail';
  return vendorDomains.some((d) => within(sender.domain, d)) ? 'vendor' : 'other';
}

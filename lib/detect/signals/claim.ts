import type { VendorMatcher, VendorMention } from '../matcher';
import { hasDeskWord } from './desk';
import { words } from './words';

/**
 * How a message claims to speak for a vendor, strongest first:
 * - 'sender': the From name carries the vendor's name;
 * - 'body': the text speaks as the vendor ("your Norton subscription", "Team
 *   McAfee", "© PayPal, Inc.", the name alone as a letterhead);
 * - 'subject': the subject names the vendor beside account or order words;
 * - 'mention': the vendor is only mentioned, as news or a discussion would.
 */
export type ClaimKind = 'sender' | 'body' | 'subject' | 'mention';

export interface Claim {
  vendor: number;
  kind: ClaimKind;
  /** Every mention of the vendor across subject, sender and body. */
  mentions: number;
  disguised: boolean;
  /** Where the body names the vendor (offsets into the folded body). */
  at: number[];
}

const RANK: Record<ClaimKind, number> = { sender: 3, body: 3, subject: 2, mention: 1 };
export const claimRank = (kind: ClaimKind) => RANK[kind];

/** "your Norton plan", "your recent Norton order", "sua conta Nubank"; the words between may not be function words ("your use of Yahoo"). */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:your|ihre?[mnrs]?|votre|vos|su|sus|tu|tus|seu|sua|seus|suas|vuestra|vuestro)\s+((?:[\p{L}\d-]+\s+){0,2})$/iu;
const FUNCTION_WORD = /^(?:of|to|for|with|about|from|in|on|at|by|and|or|the|a|an|use|own|de|da|do|du|des|der|die|das|von|mit|und|la|el|le|les|los|con|para|por|et|y|e|ou|o)$/i;
const SPEAKER_BEFORE = words([
  '(?:thank you|thanks|merci|gracias|obrigad[oa]|danke) (?:for|pour|por|fur) (?:choosing|using|being|your|shopping|trusting|votre|su|sua|seu|ihr[e]?)(?: [\\p{L}]+){0,5}',
  'dear', 'valued', 'prezad[oa]', 'caro', 'cara', 'estimad[oa]', 'querid[oa]', 'cher', 'chere', 'liebe[r]?', 'sehr geehrte[r]?',
  'team', 'equipe', 'equipo', 'ihr', 'welcome to', 'bienvenue (?:a|chez)', 'bienvenido a', 'bem-vindo a', 'willkommen bei',
  '(?:renewal|subscription|membership|account|order|purchase|plan|renewed|charged|billed) (?:with|from|at|by|of|for)',
  'conta', 'cuenta', 'compte', 'konto', 'assinatura', 'suscripcion', 'abonnement', 'pedido', 'commande', 'bestellung', 'compra', 'achat',
  '(?:\\u00a9|\\(c\\)|copyright)(?: \\d{4})?(?: -)?', 'sincerely,?', 'regards,?', 'atenciosamente,?', 'cordialement,?', 'saludos,?',
]);
const SPEAKER_AFTER = /^[\s,]*(?:(?:inc|llc|ltd|ltda|gmbh|s\.?a\.?|corporation|limited)\b|(?:customer |client |tech(?:nical)? )?(?:support|team|billing|care|service|services|security|help ?desk|renewal|renewals|refunds?|accounts?|notifications?|protection|subscription|membership|account|order|purchase|invoice|receipt|plan)\b|(?:kundendienst|kundenservice|sicherheit|konto|rechnung|abo|suporte|seguranca|atendimento|soporte|seguridad|assistance|securite|compte)\b)/iu;

/** What may stand between a speaker phrase and the name: "account with the", "conta do", "Team". */
const CONNECTOR = /^[\s,:-]*(?:(?:de|da|do|du|des|der|bei|chez|en|no|na|with|from|at|by|of|for|the|la|el|le|von|mit|a)\s+){0,2}$/iu;

/** A name that itself names a desk ("Microsoft Support", "Norton LifeLock Billing") speaks as the vendor. */
const DESK_IN_NAME = /\b(?:support|billing|security|team|care|help ?desk|service)\b/i;

function speaksAsVendor(text: string, m: VendorMention): boolean {
  if (DESK_IN_NAME.test(text.slice(m.start, m.end))) return true;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const possessive = POSSESSIVE_BEFORE.exec(before);
  if (possessive && !possessive[1]!.split(/\s+/).some((w) => FUNCTION_WORD.test(w))) return true;
  const near = before.slice(-45);
  if ([...near.matchAll(SPEAKER_BEFORE)].some((s) => CONNECTOR.test(near.slice(s.index + s[0].length)))) return true;
  if (SPEAKER_AFTER.test(text.slice(m.end, m.end + 30))) return true;
  return isBrandPrefix(text, m);
}

/** "NUBANK: Compra aprovada…": the name opening a line, then a colon, as text messages are signed. "WhatsApp: +55…" mid-sentence is a channel, not a sender. */
function isBrandPrefix(text: string, m: VendorMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  return text.slice(lineStart, m.start).trim() === '' && /^\s*:/.test(text.slice(m.end, m.end + 3));
}

/** The name standing alone on one of the first lines, as a letterhead does. */
function isLetterhead(text: string, m: VendorMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
  const linesBefore = text.slice(0, lineStart).split('\n').filter((l) => l.trim()).length;
  return linesBefore < 4 && line.split(/\s+/).length <= 4;
}

/**
 * A name inside an email address or a web address ("someone@yahoo.com",
 * "docs.yahoo.com/terms") is where mail came from or points to, not the
 * message speaking as that vendor.
 */
function inAddress(text: string, m: VendorMention): boolean {
  const before = /[^\s<>"'()]*$/.exec(text.slice(Math.max(0, m.start - 80), m.start))![0];
  const after = /^[^\s<>"'()]*/.exec(text.slice(m.end, m.end + 80))![0];
  const token = before + text.slice(m.start, m.end) + after;
  if (token.includes('@') || token.includes('://') || /^www\./i.test(token)) return true;
  return /^[./]/.test(after) && /\.[a-z]{2,}(?:[/:?#]|$)/i.test(after);
}

/**
 * A sender name holding a brand that is also an ordinary word or a first name
 * ("Chase Miller", "Michael Dell") is a person; "Chase", "Chase Alerts" or
 * "Chase Bank Support" is the brand's desk.
 */
function namesADesk(fromName: string, m: VendorMention): boolean {
  const rest = (fromName.slice(0, m.start) + ' ' + fromName.slice(m.end)).replace(/[^\p{L}\s]/gu, ' ').trim();
  return rest === '' || hasDeskWord(rest) || SENDER_DESK.test(rest);
}
const SENDER_DESK = /\b(?:team|bank|alerts?|notifications?|online|services?|support|billing|security|accounts?|customer|care|help|inc|llc|ltd|no-?reply)\b/i;

export interface ClaimInput {
  subject: string;
  fromName: string;
  body: string;
  matcher: VendorMatcher;
}

/** Every vendor the message names, with the strongest way it claims to be that vendor. */
export function findClaims(input: ClaimInput): Claim[] {
  const claims = new Map<number, Claim>();
  const note = (m: VendorMention, kind: ClaimKind) => {
    const claim = claims.get(m.vendor) ?? { vendor: m.vendor, kind, mentions: 0, disguised: false, at: [] };
    claim.mentions++;
    claim.disguised ||= m.disguised;
    if (RANK[kind] > RANK[claim.kind]) claim.kind = kind;
    claims.set(m.vendor, claim);
  };
  for (const m of input.matcher.find(input.fromName)) note(m, m.exact && !namesADesk(input.fromName, m) ? 'mention' : 'sender');
  const subjectIsAccountMail = hasDeskWord(input.subject) || /\b(?:your|ihre?|votre|su|seu|sua)\b/i.test(input.subject);
  for (const m of input.matcher.find(input.subject)) note(m, subjectIsAccountMail ? 'subject' : 'mention');
  for (const m of input.matcher.find(input.body)) {
    if (inAddress(input.body, m)) continue;
    note(m, speaksAsVendor(input.body, m) || isLetterhead(input.body, m) ? 'body' : 'mention');
    claims.get(m.vendor)!.at.push(m.start);
  }
  return [...claims.values()];
}

/** The claim a message leans on most: the strongest kind, then the most mentions. */
export function mainClaim(claims: readonly Claim[]): Claim | undefined {
  return [...claims].sort((a, b) => RANK[b.kind] - RANK[a.kind] || b.mentions - a.mentions)[0];
}

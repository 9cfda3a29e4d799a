import { findLast, words, wordsGlued } from './words';

/**
 * A call-to-action tied to a number: the text asks the reader to phone it.
 * 'verb' is an explicit request ("call us at", "ligue para", "rufen Sie … an");
 * 'label' only names the line ("Helpline:", "Telefon:", "📞"), which honest
 * signatures do too, so it counts for less.
 */
export type CtaStrength = 'verb' | 'label' | 'none';

export interface Cta {
  strength: CtaStrength;
  /** The words that ask for the call, for the reasons. */
  phrase?: string;
}

const VERBS = words([
  // English
  'call(?:ing)?(?: us| our| the)?', 'give us a (?:call|ring)', 'ring us', 'dial', 'phone us', 'telephone us',
  'contact(?:ing)? (?:us|our|the|your|them|customer|support|billing|[a-z]+ (?:team|support|department|desk))', 'please contact', 'contact (?:immediately|directly)',
  'reach (?:us|out|our|the)', 'reach(?:ed)? (?:at|on)', 'speak (?:to|with)', 'talk (?:to|with)', 'get in touch', 'connect with (?:us|our)',
  'helpline', 'hotline', 'toll[- ]?free', 'call back',
  // German (the separable "an" after the number is checked separately)
  'rufen sie(?: uns)?', 'ruf(?:e|t)? (?:uns|mich)', 'anrufen', 'kontaktieren sie', 'wenden sie sich', 'erreichen sie uns', 'melden sie sich',
  'unter der (?:telefon|ruf)?nummer', 'telefonisch',
  // French
  'appelez(?:-nous)?', 'appeler', 'contactez(?:-nous)?', 'contacter', 'joindre', 'composez', 'telephonez', 'au numero', 'rappeler',
  // Spanish
  'llame(?:nos)?', 'llamenos', 'llamar(?:nos)?', 'comuniquese', 'contacte(?:nos)?', 'contactenos', 'marque', 'al numero', 'linea de (?:ayuda|atencion)',
  // Portuguese
  'ligue(?: para)?', 'ligar(?: para)?', 'entre em contato', 'entrar em contato', 'contate(?:-nos)?', 'fale conosco', 'disque', 'pelo (?:numero|telefone)', 'nossa central', 'central de atendimento',
]);

const LABELS = wordsGlued([
  'phone', 'tel', 'telephone', 'mobile', 'cell', 'contact(?: us)?', 'call', 'toll[- ]?free', 'helpline', 'hotline', 'help ?desk', 'help line', 'help center',
  '(?:customer|client|tech(?:nical)?|billing|phone) (?:care|service|support|assistance|help)', 'support', 'assistance', 'service desk',
  'telefon', 'rufnummer', 'kundendienst', 'kundenservice', 'telefone', 'celular', 'whatsapp', 'telefono', 'movil', 'numero', 'central',
  'service client', 'atendimento', 'atencion al cliente', 'soporte', 'suporte',
]);

/** Symbols used as the only marker of a phone number. */
const SYMBOLS = /[\u{1F4DE}\u{260E}\u{1F4F1}\u{2706}\u{1F4F2}]/u;
const FAX = words(['fax', 'telefax', 'telecopie']);
const GERMAN_AN = /^[\s,.]*(?:an|anrufen)(?![\p{L}])/iu;
/** A blank line ends the reach of a request: what is above belongs to another paragraph. */
const PARAGRAPH = /\n[ \t\r]*\n/g;

const BEFORE = 140;
const LABEL_REACH = 45;

/**
 * The text before a number, back to the start of its paragraph (at most BEFORE
 * characters). A paragraph ending in a colon introduces what follows
 * ("Customer Support Line:", blank line, the number), so it is kept.
 */
function textBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - BEFORE), start);
  const breaks = [...window.matchAll(PARAGRAPH)];
  for (let i = breaks.length - 1; i >= 0; i--) {
    const br = breaks[i]!;
    if (!/:\s*$/.test(window.slice(0, br.index))) return window.slice(br.index + br[0].length);
  }
  return window;
}

/** How strongly `text` asks the reader to call the number at folded offsets [start, end). */
export function callToAction(text: string, start: number, end: number): Cta {
  const before = textBefore(text, start);
  const near = before.slice(-LABEL_REACH);
  const lastLabel = findLast(LABELS, near);
  const fax = findLast(FAX, near);
  // "Tel … Fax: 555…": the number belongs to the fax label, nobody is asked to call it.
  if (fax && (!lastLabel || fax.start > lastLabel.start)) return { strength: 'none' };
  const verb = findLast(VERBS, before);
  if (verb) return { strength: 'verb', phrase: verb.text };
  const after = text.slice(end, end + 30);
  const an = GERMAN_AN.exec(after);
  if (an && /rufen|anruf/i.test(before)) return { strength: 'verb', phrase: 'rufen Sie … an' };
  if (lastLabel) return { strength: 'label', phrase: lastLabel.text };
  if (SYMBOLS.test(near.slice(-6))) return { strength: 'label', phrase: near.slice(-6).trim() };
  return { strength: 'none' };
}

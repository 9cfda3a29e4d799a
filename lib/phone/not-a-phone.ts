import { isLetter, width } from './chars';
import { digitInfo } from './digits';
import { codePointBefore, visibleBefore, visibleFrom } from './confusable';

/**
 * Digit strings that parse as valid numbers somewhere but are something else:
 * order and transaction ids, tracking and card numbers, dates, amounts, IP
 * addresses, digits inside URLs and codes. A number written with a leading `+`
 * is never taken for an id: no id is written that way.
 */

/** The word right before an id ("Order #", "Transaction ID:", "Rechnungsnr."). Lower case. */
const ID_WORDS = new Set(
  (
    // English
    'order orders invoice inv transaction txn trx tracking track shipment parcel package awb ref reference id account acct ' +
    'confirmation conf case ticket receipt serial sku item product model part booking reservation pnr policy claim iban bic ' +
    'swift routing aba card vat tax ein ssn zip postcode postal code pin otp isbn issn version build patent date dated due amount ' +
    'total balance price subscription membership license licence key voucher coupon promo po bill statement loan contract ' +
    'agreement application request incident ' +
    // German
    'bestellung bestellnummer bestellnr rechnung rechnungsnummer rechnungsnr auftrag auftragsnummer kundennummer kundennr ' +
    'sendung sendungsnummer vorgang vorgangsnummer konto kontonummer buchung buchungsnummer vertrag vertragsnummer ' +
    'transaktion referenz aktenzeichen az datum betrag plz ust steuernummer mitgliedsnummer ' +
    // French
    'commande facture référence réf dossier compte suivi colis contrat réservation montant siret siren tva ' +
    // Spanish
    'pedido factura referencia transacción transaccion cuenta seguimiento envío envio expediente reserva fecha importe monto ' +
    'nif cif rfc folio ' +
    // Portuguese
    'fatura fiscal referência transação transacao conta rastreamento rastreio protocolo cpf cnpj boleto código codigo ' +
    'encomenda valor ' +
    // Currency codes written before an amount
    'usd eur gbp brl inr aud cad chf jpy cny mxn ars'
  ).split(' '),
);

/** "No.", "Nr.", "number", "#": the id word is the one before these. */
const NUMBER_WORDS = new Set(['no', 'nr', 'n', 'num', 'nbr', 'number', 'nummer', 'numero', 'numéro', 'número']);

/** Words a number may be glued to on its left without being part of a code: "Call1-800…", "Tel0800…". */
const CALL_WORDS = new Set(['tel', 'tél', 'ph', 'fon', 'mob', 'cel', 'cell', 'call', 'fone', 'phone', 'mobile', 'hotline', 'helpline', 'telefon', 'telefone', 'téléphone', 'whatsapp', 'ligue', 'appel']);

/**
 * Currency codes and names that follow an amount, as a whole word (a letter of
 * another script after one is looked at separately). ASCII only and without the
 * `u` flag: a scan compiles it on first use, and with Unicode case folding and
 * property classes that alone took 0.4 ms.
 */
const CURRENCY_WORD_AFTER = /^[ \t\u00a0]?(?:usd|usdt|usdc|eur|gbp|brl|inr|aud|cad|chf|jpy|btc|eth|dollars?|euros?|reais|rupees?|pounds?)(?![A-Za-z])/i;

/** How many characters may sit between an id word and its digits (" #: "). */
const MAX_WORD_GAP = 4;

/** True when the word just before `start` introduces an id, an amount or a date. */
export function introducedAsId(text: string, start: number): boolean {
  let word = wordBefore(text, start);
  if (word && NUMBER_WORDS.has(word.text)) word = wordBefore(text, word.start);
  return word !== undefined && ID_WORDS.has(word.text);
}

/** The word (lower case) ending at most MAX_WORD_GAP characters before `end`, on the same line. */
function wordBefore(text: string, end: number): { text: string; start: number } | undefined {
  let i = end;
  for (let gap = 0; i > 0; gap++) {
    const cp = codePointBefore(text, i);
    if (isLetter(cp)) break;
    if (gap === MAX_WORD_GAP || cp === 0x0a || cp === 0x0d || digitInfo(cp) !== undefined) return undefined;
    i -= width(cp);
  }
  let from = i;
  while (from > 0 && i - from < 40 && isLetter(codePointBefore(text, from))) from -= width(codePointBefore(text, from));
  return from < i ? { text: text.slice(from, i).toLowerCase(), start: from } : undefined;
}

/** True when a currency sign or name is right before or after the digits. */
export function isAmount(text: string, start: number, end: number): boolean {
  let b = visibleBefore(text, start);
  if (b >= 0 && isSpace(text.charCodeAt(b))) b = visibleBefore(text, b);
  if (b >= 0 && isCurrencySign(text.codePointAt(b)!)) return true;
  let a = end;
  if (isSpace(text.charCodeAt(a))) a++;
  const next = text.charCodeAt(a);
  // Only letters and signs can start a currency; most numbers end before a space, digit or punctuation.
  if (!(next >= 0x41 || next === 0x24)) return false;
  if (isCurrencySign(text.codePointAt(a)!)) return true;
  const word = CURRENCY_WORD_AFTER.exec(text.slice(end, end + 12));
  if (!word) return false;
  const after = text.codePointAt(end + word[0].length);
  return after === undefined || after < 0x80 || !isLetter(after);
}

const isSpace = (c: number) => c === 0x20 || c === 0xa0 || c === 0x09;
const CURRENCY_SIGN = /\p{Sc}/u;
const isCurrencySign = (cp: number) => (cp < 0x80 ? cp === 0x24 : CURRENCY_SIGN.test(String.fromCodePoint(cp)));

/**
 * True when the digits are part of a code or a URL rather than standing on their
 * own: glued to a short Latin letter code ("ID8837261549", "1Z999AA1…"), to `#`,
 * `/`, `=`, `@`, `&`, `?`, or inside a link. A number glued to a real word
 * ("4987Automated", "Call1-800") is not a code, nor one in a script written
 * without spaces ("お電話は＋１…まで").
 */
export function partOfCode(text: string, start: number, end: number): boolean {
  const b = visibleBefore(text, start);
  if (b >= 0 && digitInfo(text.codePointAt(start)!) !== undefined) {
    const c = text.charCodeAt(b);
    if ('#/=@&?\\%©'.includes(text[b]!)) return true;
    if (isLatin(c) && gluedToCode(text, b)) return true;
    // "MS-7894-319077", "quoted_5347997614": a code joined by a hyphen, dot or underscore.
    if ('-_.'.includes(text[b]!)) {
      const before = visibleBefore(text, b);
      if (before >= 0 && (isDigitAt(text, before) || (isLatin(text.charCodeAt(before)) && !isCallWord(text, before)))) return true;
    }
  }
  const a = visibleFrom(text, end);
  if (a < text.length && isLatin(text.charCodeAt(a))) {
    const to = wordEnd(text, a);
    const word = text.slice(a, to).toLowerCase();
    const next = visibleFrom(text, to);
    if ((word === 'x' || word === 'ext') && isDigitAt(text, next)) return false;
    if (word.length < 3 || isDigitAt(text, next)) return true;
  }
  return insideUrl(text, start);
}

/** ASCII letters: codes and ids are written in them. */
const isLatin = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** True when the word ending at `last` is a short code glued to the digits, not a word like "Call". */
function gluedToCode(text: string, last: number): boolean {
  const from = wordStart(text, last);
  const word = text.slice(from, last + 1).toLowerCase();
  if (CALL_WORDS.has(word)) return false;
  return word.length < 4 || isDigitAt(text, visibleBefore(text, from));
}

function isCallWord(text: string, last: number): boolean {
  return CALL_WORDS.has(text.slice(wordStart(text, last), last + 1).toLowerCase());
}

function insideUrl(text: string, start: number): boolean {
  let j = start;
  while (j > 0 && start - j < 200 && text.charCodeAt(j - 1) > 0x20 && text.charCodeAt(j - 1) !== 0xa0) j--;
  if (j === start) return false;
  const token = text.slice(j, start).toLowerCase();
  return (token.includes('://') || token.startsWith('www.')) && !/tel:|wa\.me\/|whatsapp/.test(token);
}

function wordStart(text: string, last: number): number {
  let i = last;
  while (i > 0 && isLetter(text.codePointAt(i - 1)!)) i--;
  return i;
}

function wordEnd(text: string, first: number): number {
  let i = first;
  while (i < text.length && isLetter(text.codePointAt(i)!)) i += width(text.codePointAt(i)!);
  return i;
}

function isDigitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && digitInfo(text.codePointAt(i)!) !== undefined;
}

const ISO_DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;
const DMY_DATE = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/;
const COMPACT_YMD = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const COMPACT_DMY = /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

const YEAR_RANGE = /^(?:19|20)\d\d ?[-/] ?(?:19|20)\d\d$/;
/** A decimal amount: few whole digits, many decimals ("272.9446000"). */
const DECIMAL = /^\d{1,3}\.\d{4,}$/;

/** True for a normalised match that is a date or a year range: 2026-11-25, 25.11.2026, 11/25/2026, 20261125, 1995-2021. */
export function looksLikeDate(s: string): boolean {
  if (YEAR_RANGE.test(s)) return true;
  const iso = ISO_DATE.exec(s);
  if (iso) return month(iso[2]!) && day(iso[3]!);
  const dmy = DMY_DATE.exec(s);
  if (dmy) return (day(dmy[1]!) && month(dmy[2]!)) || (month(dmy[1]!) && day(dmy[2]!));
  return COMPACT_YMD.test(s) || COMPACT_DMY.test(s);
}

const month = (v: string) => Number(v) >= 1 && Number(v) <= 12;
const day = (v: string) => Number(v) >= 1 && Number(v) <= 31;

const ZIP_PLUS_4 = /^\d{5}-\d{4}$/;

/**
 * True for a normalised window or match shaped like something other than a phone
 * number: a date or year range, an IP address, a decimal, a US ZIP+4 code.
 */
export function otherShape(s: string): boolean {
  return looksLikeDate(s) || looksLikeIp(s) || looksLikeDecimal(s) || ZIP_PLUS_4.test(s);
}

/** True for a decimal number such as a crypto amount. */
export function looksLikeDecimal(s: string): boolean {
  return DECIMAL.test(s);
}

/** True for a dotted IPv4 address. */
export function looksLikeIp(s: string): boolean {
  const m = IPV4.exec(s);
  return m !== null && m.slice(1).every((part) => Number(part) <= 255);
}

/**
 * True for a normalised run that is a long id: more than 15 digits with no gap, 13 or
 * more without a leading `+`, or 16+ digits in blocks of four (cards, tracking).
 */
export function looksLikeLongId(s: string): boolean {
  let digits = 0;
  let block = 0;
  let allFours = true;
  let plus = false;
  for (let k = 0; k <= s.length; k++) {
    const c = k < s.length ? s.charCodeAt(k) : 0;
    if (c >= 0x30 && c <= 0x39) {
      digits++;
      block++;
      continue;
    }
    if (block > 15 || (block >= 13 && !plus)) return true;
    if (block > 0 && block !== 4) allFours = false;
    block = 0;
    plus = c === 0x2b;
  }
  return digits >= 16 && allFours && !s.includes('+');
}

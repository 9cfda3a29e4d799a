import { findAll, words } from './words';

/** A sum of money the message says was or will be charged. */
export interface Charge {
  /** As written, for the reasons ("$399.99", "R$1.449,99"). */
  text: string;
  value: number;
}

const CURRENCY_BEFORE = String.raw`(?:US\s?\$|USD|CA?\$|CAD|AU?\$|AUD|R\$|BRL|MXN|EUR|GBP|€|£|\$)`;
const CURRENCY_AFTER = String.raw`(?:USD|CAD|AUD|BRL|EUR|GBP|MXN|€|£|\$|dollars?|euros?|reais)`;
const NUMBER = String.raw`\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const AMOUNT = new RegExp(`${CURRENCY_BEFORE}\\s?(?:${NUMBER})(?!\\d)|(?<![\\d.,])(?:${NUMBER})\\s?${CURRENCY_AFTER}(?![\\p{L}])`, 'giu');

/** Words that make an amount a charge rather than a price in an advert, when they stand near it. */
const CHARGE_WORDS = words([
  'charged?', 'charges', 'billed', 'debit(?:ed)?', 'deducted', 'paid', 'payment', 'amount', 'total', 'invoice', 'renewal', 'renew(?:ed|s)?', 'purchase', 'transaction', 'order',
  'betrag', 'abgebucht', 'belastet', 'zahlung', 'rechnung', 'gesamt(?:betrag)?', 'montant', 'debite', 'preleve', 'paiement', 'facture',
  'importe', 'cargo', 'cobro', 'cobrado', 'pago', 'monto', 'factura', 'valor', 'cobranca', 'cobrado', 'compra', 'pagamento', 'debitado', 'fatura',
]);

/**
 * Words that report a charge that happened or is about to ("has been
 * charged", "renewed", "invoice", "compra aprovada"). An advert quotes prices
 * too, but never says the reader has already been billed.
 */
const TRANSACTION = words([
  // English
  '(?:has|have) been (?:charged|billed|debited|deducted|processed|renewed|paid|placed|completed|approved|confirmed)', 'was (?:charged|billed|debited|deducted|processed|renewed|paid|placed|approved)',
  'will be (?:charged|billed|debited|deducted|processed|renewed)', 'successfully (?:charged|processed|renewed|paid|placed|completed)', 'auto-?renew(?:al|ed|s)?', 'renewed', 'renewal',
  'receipt', 'invoice', 'order (?:confirmation|confirmed|summary|number|no|id|placed|processed)', 'payment (?:of|received|processed|confirmation|amount|method)', 'purchase of',
  'transaction (?:id|number|no|details|summary|receipt)', 'charged', 'total paid', 'amount charged', 'charged amount',
  // German
  'wurde (?:\\p{L}+ ){0,3}(?:abgebucht|belastet|verlangert|verlaengert|bezahlt|berechnet)', 'abgebucht', 'verlangert', 'verlaengert', 'rechnung', 'zahlung (?:von|uber|ueber)', 'bestellbestatigung', 'abbuchung',
  // French
  'a ete (?:debite|preleve|renouvele|facture|paye|traite)e?s?', 'facture', 'paiement de', 'prelevement', 'confirmation de commande',
  // Spanish
  'ha sido (?:cargad[oa]|cobrad[oa]|procesad[oa]|renovad[oa]|aprobad[oa])', 'factura', 'cargo de', 'compra de', 'cobro de', 'recibo',
  // Portuguese
  'foi (?:debitad[oa]|cobrad[oa]|aprovad[oa]|processad[oa]|renovad[oa])', 'compra (?:aprovada|de|no valor|em analise)', 'fatura', 'cobranca', 'nota fiscal', 'no valor de',
]);

/** Words that make an amount an offer ("only $499", "save $200", "ab 9,99 €"), not a charge. */
const PRICE_BEFORE = /(?:^|[^\p{L}])(?:only|just|save|from|starting at|as low as|off|discount|deal|sale|ab|nur|sparen|des|seulement|economisez|desde|solo|ahorre|por apenas|a partir de|economize)\s*:?\s*$/iu;

function parseAmount(written: string): number {
  const digits = written.replace(/[^\d.,]/g, '');
  // The last separator followed by one or two digits is the decimal point, whichever symbol it is.
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  return Number(whole) + (decimal ? Number(`0.${decimal[1]}`) : 0);
}

/** How far from an amount its charge word may stand ("Total Paid: $438.22", "A payment of USD449.11 will be processed"). */
const NEAR = 60;

/** The largest amount in `text` that stands near a charge word, in a message that reports a transaction. */
export function findCharge(text: string): Charge | undefined {
  const chargeWords = findAll(CHARGE_WORDS, text);
  if (chargeWords.length === 0 || findAll(TRANSACTION, text).length === 0) return undefined;
  let best: Charge | undefined;
  for (const m of findAll(AMOUNT, text)) {
    if (!chargeWords.some((w) => w.end >= m.start - NEAR && w.start <= m.end + NEAR)) continue;
    if (PRICE_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start))) continue;
    const value = parseAmount(m.text);
    if (value >= 1 && (!best || value > best.value)) best = { text: m.text.replace(/\s+/g, ' ').trim().replace(/^(\D+) (?=\d)/, '$1'), value };
  }
  return best;
}

import { findAll, words } from './words';

/** Which desk of a vendor a message pretends to come from; it names the claim in reasons. */
export type Desk = 'support' | 'billing' | 'renewal' | 'refund' | 'security';

const DESK_WORDS: Record<Desk, RegExp> = {
  support: words([
    'support', 'customer (?:service|care|support)', 'help ?desk', 'help ?line', 'tech(?:nical)? support', 'service desk', 'help center',
    'kundendienst', 'kundenservice', 'kundensupport', 'technischer support', 'service client', 'support technique', 'assistance technique',
    'soporte', 'servicio al cliente', 'atencion al cliente', 'asistencia', 'suporte', 'atendimento', 'central de atendimento',
  ]),
  billing: words([
    'billing', 'bill', 'invoice', 'payment', 'charged?', 'receipt', 'statement', 'transaction', 'purchase', 'order', 'debit(?:ed)?',
    'rechnung', 'abrechnung', 'zahlung', 'abbuchung', 'bestellung', 'kauf',
    'facture', 'facturation', 'paiement', 'prelevement', 'commande', 'achat',
    'factura', 'facturacion', 'pago', 'cargo', 'cobro', 'pedido', 'compra',
    'fatura', 'cobranca', 'pagamento', 'nota fiscal',
  ]),
  renewal: words([
    'renewal', 'renew(?:ed|s)?', 'auto-?renew(?:al|ed)?', 'subscription', 'membership', 'licen[cs]e',
    'verlangerung', 'verlaengerung', 'abonnement', 'abo', 'mitgliedschaft', 'lizenz',
    'renouvellement', 'adhesion', 'renovacion', 'suscripcion', 'membresia', 'licencia', 'renovacao', 'assinatura', 'licenca',
  ]),
  refund: words(['refund(?:ed|s)?', 'reimburse(?:ment)?', 'money back', 'ruckerstattung', 'rueckerstattung', 'erstattung', 'remboursement', 'reembolso', 'devolucion', 'estorno', 'devolucao']),
  security: words([
    'security', 'fraud', 'suspicious', 'unauthori[sz]ed', 'login attempt', 'sign-?in attempt', 'compromised', 'locked', 'suspended',
    'sicherheit', 'betrug', 'verdachtig', 'gesperrt', 'securite', 'fraude', 'suspect', 'bloque', 'seguridad', 'sospechos[oa]', 'bloqueado', 'seguranca', 'suspeit[oa]', 'analise',
  ]),
};

const ORDER: Desk[] = ['refund', 'renewal', 'security', 'billing', 'support'];

/** How often each desk's words occur in `text`. */
export function deskCounts(text: string): Record<Desk, number> {
  const counts = { support: 0, billing: 0, renewal: 0, refund: 0, security: 0 };
  for (const desk of ORDER) counts[desk] = findAll(DESK_WORDS[desk], text).length;
  return counts;
}

/**
 * The desk a message speaks for: the most frequent desk vocabulary, with the
 * more specific desks winning ties (a renewal notice also says "payment").
 */
export function mainDesk(text: string): Desk | undefined {
  const counts = deskCounts(text);
  let best: Desk | undefined;
  for (const desk of ORDER) if (counts[desk] > 0 && (!best || counts[desk] > counts[best])) best = desk;
  return best;
}

/** True when `text` (a short window) holds any desk word. */
export function hasDeskWord(text: string): boolean {
  return ORDER.some((desk) => findAll(DESK_WORDS[desk], text).length > 0);
}

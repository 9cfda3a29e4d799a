import { findFirst, words, type Found } from './words';

/**
 * "If you did not make this purchase, call us" / "to cancel, call": the hook
 * of a fake invoice. The reader who never bought anything is the one who calls.
 */
const DISOWN = words([
  // English
  'if (?:you )?(?:did ?n[o\']?t|didn\'t|do ?n[o\']?t|don\'t|have not|haven\'t|never)(?: \\p{L}+){0,2} (?:make|made|authori[sz]e|authori[sz]ed|recogni[sz]e|initiate|initiated|place|placed|order|ordered|request|requested|approve)',
  'if (?:this|it) (?:was ?n[o\']?t|is ?n[o\']?t|wasn\'t|isn\'t) (?:you|made by you|authori[sz]ed)', 'not (?:made|authori[sz]ed|initiated) by you', 'unauthori[sz]ed (?:transaction|charge|purchase|payment|order)',
  'if you (?:are )?(?:unsure|not sure) about', 'if you (?:do not|don\'t) (?:believe|think) you', '(?:to|wish to|want to|like to|in order to) (?:cancel|dispute|stop|discontinue)', 'cancel(?:l)?ation',
  '(?:request|claim|get|receive|process) (?:a |an |your )?(?:immediate )?refund', 'for (?:a |an )?(?:immediate |full )?refund', 'raise a dispute',
  // German
  '(?:falls|wenn) sie (?:\\p{L}+ ){0,5}nicht (?:getatigt|veranlasst|autorisiert|erkennen|bestellt|durchgefuhrt|gemacht|selbst)', 'nicht (?:autorisiert|veranlasst|getatigt)', 'stornieren', 'stornierung', 'widerrufen', 'kundigen',
  // French
  'si vous n\'(?:etes|avez) pas', 'si vous ne reconnaissez pas', 'annuler', 'annulation', 'non autorise(?:e)?',
  // Spanish
  'si (?:usted )?no (?:reconoce|realizo|autorizo|hizo|solicito)', 'cancelar', 'cancelacion', 'no autorizad[oa]',
  // Portuguese
  'caso (?:voce )?nao (?:reconheca|tenha|reconhece)', 'se (?:voce )?nao (?:reconhece|reconhecer|realizou|fez|autorizou)', 'cancelamento', 'nao autorizad[oa]', 'estornar', 'estorno',
]);

/** The first "if it was not you / to cancel" hook, if any. */
export function findDisown(text: string): Found | undefined {
  return findFirst(DISOWN, text);
}

import { findFirst, words, type Found } from './words';

/**
 * Pressure to act at once, the lever of every callback scam. Sales wording
 * ("act now", "last chance") is left out: it presses to buy, not to call
 * about a problem.
 */
const URGENCY = words([
  // English
  'within (?:the next )?(?:\\d{1,2}|twenty-four|forty-eight) ?(?:hours|hrs|h)', 'in the next (?:\\d{1,2}) ?(?:hours|hrs)', 'immediately', 'immediate(?:ly)? action', 'urgent(?:ly)?',
  'right away', 'as soon as possible', 'asap', 'by (?:the )?end of (?:the )?day', 'before the renewal date', 'time[- ]sensitive', 'final (?:notice|warning|reminder)',
  '(?:charged|processed|debited|deducted|renewed) today', 'will be (?:charged|processed|debited|deducted) today',
  // German
  'sofort', 'umgehend', 'innerhalb von \\d{1,2} stunden', 'innerhalb (?:der naechsten|der nachsten) \\d{1,2} stunden', 'dringend', 'noch heute', 'letzte mahnung',
  // French
  'immediatement', 'dans les \\d{1,2} (?:heures|h)', 'sous \\d{1,2} ?h(?:eures)?', 'sans delai', 'de toute urgence', 'des aujourd\'hui',
  // Spanish
  'inmediatamente', 'de inmediato', 'dentro de (?:las )?(?:proximas )?\\d{1,2} horas', 'en las proximas \\d{1,2} horas', 'urgente', 'hoy mismo',
  // Portuguese
  'imediatamente', 'em ate \\d{1,2} ?(?:horas|h)', 'nas proximas \\d{1,2} horas', 'prioritario', 'ainda hoje', 'o quanto antes',
]);

/** The first words that push the reader to hurry, if any. */
export function findUrgency(text: string): Found | undefined {
  return findFirst(URGENCY, text);
}

import { describe, expect, test } from 'vitest';
import { fold } from '@/lib/detect/fold';
import { callToAction, type CtaStrength } from '@/lib/detect/signals/cta';

/** The call-to-action for the first run of digits in `sentence`. */
function ctaIn(sentence: string): CtaStrength {
  const text = fold(sentence).text;
  const m = /[+(]?\d[\d\s().-]{6,}\d/.exec(text)!;
  return callToAction(text, m.index, m.index + m[0].length).strength;
}

describe('call-to-action tied to a number', () => {
  test.each([
    // English
    ['en', 'If you did not order this, call us at 1-888-555-0142.', 'verb'],
    ['en', 'Please contact our billing department on +1 (888) 555-0142 today.', 'verb'],
    ['en', 'Reach us anytime: 1 888 555 0142', 'verb'],
    ['en', 'Our helpline 1-888-555-0142 is open 24/7.', 'verb'],
    ['en', 'Customer Support Desk: 1 888 555-0142', 'label'],
    ['en', '📞 +1-(888)-555-0142', 'label'],
    ['en', 'The meeting is in room 12 and my employee id is 1-888-555-0142.', 'none'],
    ['en', 'Tel: +1 202 555 0143\nFax: +1 202 555 0144', 'label'],
    // German
    ['de', 'Bei Fragen rufen Sie uns unter 0800 555 0142 an.', 'verb'],
    ['de', 'Kontaktieren Sie umgehend unseren Kundendienst: +49 30 901820', 'verb'],
    ['de', 'Telefon: +49 30 901820', 'label'],
    // French
    ['fr', 'Appelez immédiatement le +33 1 99 00 12 34.', 'verb'],
    ['fr', 'Contactez notre service client au 01 99 00 12 34.', 'verb'],
    ['fr', 'Téléphone : 01 99 00 12 34', 'label'],
    // Spanish
    ['es', 'Si no reconoce este cargo, llame al +34 910 555 014.', 'verb'],
    ['es', 'Comuníquese con soporte: 910 555 014', 'verb'],
    ['es', 'Teléfono: 910 555 014', 'label'],
    // Portuguese
    ['pt', 'Caso não reconheça, ligue para 0800 555 0142.', 'verb'],
    ['pt', 'Entre em contato com a nossa central: 0800 555 0142', 'verb'],
    ['pt', 'Telefone: 0800 555 0142', 'label'],
  ] as const)('%s: %s → %s', (_lang, sentence, expected) => {
    expect(ctaIn(sentence)).toBe(expected);
  });

  test('a fax number is not a number anyone is asked to call', () => {
    const text = 'Call our office.\nFax: +1 202 555 0144';
    const at = text.indexOf('+1');
    expect(callToAction(text, at, text.length).strength).toBe('none');
  });

  test('a request in an earlier paragraph does not reach a number in a signature', () => {
    const text = 'Call me when you are back.\n\n--\nJo Example\n+1 202 555 0143';
    const at = text.indexOf('+1');
    expect(callToAction(text, at, text.length).strength).toBe('none');
  });

  test('a label ending in a colon reaches the number in the next paragraph', () => {
    const text = 'Customer Support Line:\n\n+1 (888) 555-0142';
    const at = text.indexOf('+1');
    expect(callToAction(text, at, text.length).strength).toBe('label');
  });
});

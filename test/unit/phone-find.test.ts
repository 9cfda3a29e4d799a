import fc from 'fast-check';
import type { CountryCode } from 'libphonenumber-js/min';
import { describe, expect, it, test } from 'vitest';
import { contextInside, findPhoneNumbers, mayContainPhoneNumber, searchStart } from '@/lib/phone/find';
import { breaksRun } from '@/lib/phone/runs';
import type { Trick } from '@/lib/phone/normalise';

/** The numbers found, as [raw, e164]. */
const found = (text: string, region: CountryCode = 'US') => findPhoneNumbers(text, region).map((m) => [m.raw, m.e164]);

describe('findPhoneNumbers: disguised numbers', () => {
  test.each<[string, string, string, string, Trick[]]>([
    // name, text, raw, e164, tricks
    ['plain', 'Call 1-800-555-0199 now', '1-800-555-0199', '+18005550199', []],
    ['glued to the next word', 'Desk: 1 202 555 0143Automated', '1 202 555 0143', '+12025550143', ['glued']],
    ['glued to the word before', 'Call1-800-555-0199', '1-800-555-0199', '+18005550199', ['glued']],
    ['wrapped onto the next line', 'reach us at 1 202  \r\n555-0143 today', '1 202  \r\n555-0143', '+12025550143', ['line-break']],
    ['an emoji as the only marker', '📞 +1-(202)-555-0143', '+1-(202)-555-0143', '+12025550143', []],
    ['≈ between groups', 'Support (+ 1 ≈ 888 ≈ 555 ≈ 0142*)', '(+ 1 ≈ 888 ≈ 555 ≈ 0142', '+18885550142', ['odd-separators']],
    ['~ * _ • · separators', 'dial 202~555*0143', '202~555*0143', '+12025550143', ['odd-separators']],
    ['bullets', 'dial 202•555·0143', '202•555·0143', '+12025550143', ['odd-separators']],
    ['spaced pipes', 'dial 202 | 555 | 0143', '202 | 555 | 0143', '+12025550143', ['odd-separators']],
    ['glued pipes as separators', 'dial 202|555|0143', '202|555|0143', '+12025550143', ['odd-separators']],
    ['O for 0', 'Call 1-8OO-555-O1OO', '1-8OO-555-O1OO', '+18005550100', ['letter-digits']],
    ['l and I for 1', 'Call 202-555-0l4I', '202-555-0l4I', '+12025550141', ['letter-digits']],
    ['a glued | for 1', 'Call 202-555-0|43', '202-555-0|43', '+12025550143', ['letter-digits']],
    ['zero-width characters', 'Call +1 202\u200b555\u200c0143', '+1 202\u200b555\u200c0143', '+12025550143', ['invisible']],
    ['ZWJ, WJ and BOM', 'Call 202\u200d555\u2060014\ufeff3', '202\u200d555\u2060014\ufeff3', '+12025550143', ['invisible']],
    ['bidi marks', 'Call 202\u200e555\u200f0143', '202\u200e555\u200f0143', '+12025550143', ['invisible']],
    ['bidi embeddings and isolates', 'Call 202\u202a555\u202c\u2066014\u20693', '202\u202a555\u202c\u2066014\u20693', '+12025550143', ['invisible']],
    ['soft hyphens', 'Call 202\u00ad555\u00ad0143', '202\u00ad555\u00ad0143', '+12025550143', ['invisible']],
    ['tag characters', 'Call 202\u{E0041}555\u{E0042}0143', '202\u{E0041}555\u{E0042}0143', '+12025550143', ['invisible']],
    ['tabs', 'Tel:\t202\t555\t0143', '202\t555\t0143', '+12025550143', []],
    ['NBSP and thin spaces', 'Tel: 202\u00a0555\u2009\u20090143', '202\u00a0555\u2009\u20090143', '+12025550143', []],
    ['en and em dashes', 'Tel: 202–555—0143', '202–555—0143', '+12025550143', []],
    ['fullwidth', 'お電話は＋１ ２０２ ５５５ ０１４３まで', '＋１ ２０２ ５５５ ０１４３', '+12025550143', ['native-digits', 'glued']],
    ['Arabic-Indic', 'اتصل +١ ٢٠٢ ٥٥٥ ٠١٤٣', '+١ ٢٠٢ ٥٥٥ ٠١٤٣', '+12025550143', ['native-digits']],
    ['Extended Arabic-Indic', 'تماس +۱ ۲۰۲ ۵۵۵ ۰۱۴۳', '+۱ ۲۰۲ ۵۵۵ ۰۱۴۳', '+12025550143', ['native-digits']],
    ['Devanagari', 'कॉल करें +१ २०२ ५५५ ०१४३', '+१ २०२ ५५५ ०१४३', '+12025550143', ['native-digits']],
    ['mathematical', 'Call 𝟐𝟎𝟐-𝟓𝟓𝟓-𝟎𝟏𝟒𝟑', '𝟐𝟎𝟐-𝟓𝟓𝟓-𝟎𝟏𝟒𝟑', '+12025550143', ['styled-digits']],
    ['circled', 'Call ②⓪②-⑤⑤⑤-⓪①④③', '②⓪②-⑤⑤⑤-⓪①④③', '+12025550143', ['styled-digits']],
    ['parenthesised', 'Call ⑵⓪⑵ ⑸⑸⑸ ⓪⑴⑷⑶', '⑵⓪⑵ ⑸⑸⑸ ⓪⑴⑷⑶', '+12025550143', ['styled-digits']],
    ['scripts mixed in one number', 'Call 202-555-٠١٤٣', '202-555-٠١٤٣', '+12025550143', ['native-digits', 'mixed-digits']],
    ['a tel: value', 'href tel:+12025550143', '+12025550143', '+12025550143', []],
    ['a URL-encoded tel: value', 'tel:%2B12025550143', '%2B12025550143', '+12025550143', []],
    ['a toll-free vanity number', 'Call 1-800-FIX-MYPC today', '1-800-FIX-MYPC', '+18003496972', ['vanity']],
    ['a vanity number with dots and digits', 'Call 1.888.EXP.1980', '1.888.EXP.1980', '+18883971980', ['vanity']],
    ['a vanity number with one long word', 'Call 1-800-CONTACTS', '1-800-CONTACTS', '+18002668228', ['vanity']],
  ])('%s', (_name, text, raw, e164, tricks) => {
    const [match, ...rest] = findPhoneNumbers(text, 'US');
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ raw, e164 });
    expect(new Set(match!.tricks)).toEqual(new Set(tricks));
    expect(match!.obfuscated).toBe(tricks.some((t) => ['invisible', 'styled-digits', 'mixed-digits', 'letter-digits', 'odd-separators'].includes(t)));
    expect(text.slice(match!.start, match!.end)).toBe(raw);
  });

  it('finds two numbers in one message, and one written twice', () => {
    expect(found('Billing: (202) 555-0143. Refunds: +1 888 555 0142, or 888.555.0142')).toEqual([
      ['(202) 555-0143', '+12025550143'],
      ['+1 888 555 0142', '+18885550142'],
      ['888.555.0142', '+18885550142'],
    ]);
  });

  it('finds numbers side by side in one run of digits', () => {
    expect(found('(202) 555-0143 (202) 555-0144')).toEqual([
      ['(202) 555-0143', '+12025550143'],
      ['(202) 555-0144', '+12025550144'],
    ]);
    expect(found('+1.202.555.0143 +1.202.555.0144')).toEqual([
      ['+1.202.555.0143', '+12025550143'],
      ['+1.202.555.0144', '+12025550144'],
    ]);
    expect(found('Tel 202-555-0143 / 202-555-0144')).toEqual([
      ['202-555-0143', '+12025550143'],
      ['202-555-0144', '+12025550144'],
    ]);
    expect(found('Austin, TX 78701 202-555-0143')).toEqual([['202-555-0143', '+12025550143']]);
  });

  it('keeps words as words: "Hello 1-800" is not read as He110', () => {
    expect(found('Hello 1-800-555-0199')).toEqual([['1-800-555-0199', '+18005550199']]);
    expect(found('Hello lOl 1 call')).toEqual([]);
  });

  it('leaves template tokens alone and finds the number next to them', () => {
    expect(found('Call %PHONE% or 1-888-555-0142')).toEqual([['1-888-555-0142', '+18885550142']]);
  });
});

describe('findPhoneNumbers: numbers from every region', () => {
  test.each<[string, CountryCode, string, string]>([
    // text, reader's region, raw, e164
    ['Call toll-free 1-800-555-0199', 'US', '1-800-555-0199', '+18005550199'],
    ['Call (888) 555-0142', 'US', '(888) 555-0142', '+18885550142'],
    ['Call 833.555.0142', 'US', '833.555.0142', '+18335550142'],
    ['Appelez le (416) 555-0123', 'CA', '(416) 555-0123', '+14165550123'],
    ['Ring 020 7946 0958', 'GB', '020 7946 0958', '+442079460958'],
    ['Ring +44 (0)20 7946 0958', 'US', '+44 (0)20 7946 0958', '+442079460958'],
    ['Freephone 0800 555 0142', 'GB', '0800 555 0142', '+448005550142'],
    ['Rufen Sie an: 030 23125678', 'DE', '030 23125678', '+493023125678'],
    ['Rufen Sie an: +49 30 23125678', 'US', '+49 30 23125678', '+493023125678'],
    ['Appelez le 01 99 00 12 34', 'FR', '01 99 00 12 34', '+33199001234'],
    ['Llame al 912 345 678', 'ES', '912 345 678', '+34912345678'],
    ['Ligue para 0800-555-0142', 'BR', '0800-555-0142', '+558005550142'],
    ['Ligue para (11) 5555-0123', 'BR', '(11) 5555-0123', '+551155550123'],
    ['Call 098765 43210', 'IN', '098765 43210', '+919876543210'],
    ['Call +91 98765 43210', 'US', '+91 98765 43210', '+919876543210'],
    ['Call 02 5550 1234', 'AU', '02 5550 1234', '+61255501234'],
    ['Call 0491 570 156', 'AU', '0491 570 156', '+61491570156'],
    ['Call 1300 555 012', 'AU', '1300 555 012', '+611300555012'],
    ['Dial 00 44 20 7946 0958', 'DE', '00 44 20 7946 0958', '+442079460958'],
    ['Dial 011 44 20 7946 0958', 'US', '011 44 20 7946 0958', '+442079460958'],
  ])('%s (%s)', (text, region, raw, e164) => {
    expect(found(text, region)).toEqual([[raw, e164]]);
  });

  it('reads a Brazilian lure in Brazil’s numbering, whatever the reader’s region', () => {
    expect(found('Para cancelar, ligue para 0800-555-0142 agora', 'US')).toEqual([['0800-555-0142', '+558005550142']]);
    expect(found('Para cancelar, ligue para 0800-555-0142 agora', 'DE')).toEqual([['0800-555-0142', '+558005550142']]);
  });

  it('reads North American numbers for readers elsewhere', () => {
    expect(found('Desk: 1 202 555 0143', 'DE')).toEqual([['1 202 555 0143', '+12025550143']]);
    expect(found('Call us: (202) 555-0143', 'FR')).toEqual([['(202) 555-0143', '+12025550143']]);
  });
});

describe('findPhoneNumbers: digits that are not phone numbers', () => {
  test.each<[string, string, CountryCode]>([
    ['an order id', 'Order #112-4567890-1234567', 'US'],
    ['an order id after "No."', 'Order No. 202-5550143', 'US'],
    ['an invoice number that is a date', 'Invoice 20231104', 'DE'],
    ['a transaction id', 'Transaction ID: 8837261549', 'US'],
    ['an id glued to its label', 'ID2025550143', 'US'],
    ['a reference in German', 'Rechnungsnr. 030 23125678', 'DE'],
    ['a Portuguese protocol number', 'Protocolo: 0800 555 0142', 'BR'],
    ['an account number after "#"', 'Account #2025550143', 'US'],
    ['an amount', '$1,299.99', 'US'],
    ['an amount with a currency sign', 'Total: $ 2025550143', 'US'],
    ['an amount with a currency code after it', '2025550143 USD', 'US'],
    ['a crypto amount', 'a refund of 202.5550143 USDT', 'US'],
    ['an amount with a currency name after it', 'a refund of 2025550143 Dollars', 'US'],
    ['an amount with a currency sign after it', 'Betrag 2025550143 €', 'US'],
    ['an amount with a currency sign glued after it', 'refund 2025550143€', 'US'],
    ['an ISO date', '2026-11-25', 'DE'],
    ['a date with dots', '25.11.2026', 'DE'],
    ['a US date', '11/25/2026', 'US'],
    ['a compact date', 'on 20261125', 'DE'],
    ['a year range', '© 1995-2026', 'IN'],
    ['an IP address', 'from 192.168.100.200', 'US'],
    ['a ZIP+4 code', 'Austin TX 78701-2025', 'US'],
    ['a card number', '4111 1111 1111 1111', 'US'],
    ['a tracking number', '9400 1000 0000 0000 0000 00', 'US'],
    ['a long digit string', '92228946861394618', 'US'],
    ['a UPS-style tracking code', '1Z999AA10123456784', 'US'],
    ['digits in a URL', 'https://example.com/track/2025550143', 'US'],
    ['digits in a URL query', 'https://example.com/?id=2025550143', 'US'],
    ['a code joined by a hyphen', 'INV NO# MS-2025-550143', 'US'],
    ['an identifier with an underscore', 'quoted_2025550143', 'US'],
    ['a too-short number', 'Call 555-0143', 'US'],
    ['an invalid number', 'Call 123-456-7890', 'US'],
    ['a version string', 'v10.15.7.1234', 'US'],
    ['prose', 'Hello there, nothing to see here.', 'US'],
  ])('%s', (_name, text, region) => {
    expect(found(text, region)).toEqual([]);
  });

  test.each([
    ['a word starting like a currency', 'Call 202-555-0143 eurostar desk', [['202-555-0143', '+12025550143']]],
    ['a currency code glued to another script', 'Call 202-555-0143 usdé', [['202-555-0143', '+12025550143']]],
    ['a word after the number', 'Call 202-555-0143 today', [['202-555-0143', '+12025550143']]],
  ])('a currency word must stand alone to make an amount: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('still finds an international number after an id word: no id starts with +', () => {
    expect(found('Account: +1 202 555 0143')).toEqual([['+1 202 555 0143', '+12025550143']]);
  });

  it('finds a number with an extension, without the extension', () => {
    expect(found('Call 202-555-0143 x123')).toEqual([['202-555-0143', '+12025550143']]);
    expect(found('Call 202-555-0143x123')).toEqual([['202-555-0143', '+12025550143']]);
  });
});

describe('findPhoneNumbers: offsets into the original text', () => {
  it('points at the source characters, whatever normalisation did', () => {
    const text = 'x\u200b\u200b Call ＋１ (𝟐0٢) 5\u200b55-O1O0\u200b.';
    const [match] = findPhoneNumbers(text, 'US');
    expect(match).toBeDefined();
    expect(text.slice(match!.start, match!.end)).toBe('＋１ (𝟐0٢) 5\u200b55-O1O0');
    expect(match!.raw).toBe(text.slice(match!.start, match!.end));
    expect(match!.e164).toBe('+12025550100');
  });
});

describe('mayContainPhoneNumber', () => {
  test.each<[string, boolean]>([
    ['no digits at all', false],
    ['Page 3 of 12, 2026', false],
    ['Total $12.99', false],
    ['Call 202-555-0143', true],
    ['Call 2O2-555-Ol43', true],
    ['+١ ٢٠٢ ٥٥٥ ٠١٤٣', true],
    ['𝟐𝟎𝟐 𝟓𝟓𝟓 𝟎𝟏𝟒𝟑', true],
    ['০১২৩৪৫৬৭৮৯', true],
    ['1-800-FIX-MYPC', true],
  ])('%j → %s', (text, expected) => {
    expect(mayContainPhoneNumber(text)).toBe(expected);
  });

  it('is a superset: whenever a number is found, the pre-scan said there might be one', () => {
    for (const text of ['Call 1-8OO-555-O1OO', 'tel:%2B12025550143', 'Call 1.888.EXP.1980', '202\u{E0041}555\u{E0042}0143']) {
      expect(findPhoneNumbers(text, 'US').length).toBeGreaterThan(0);
      expect(mayContainPhoneNumber(text)).toBe(true);
    }
  });
});

describe('breaksRun', () => {
  test.each<[string, boolean]>([
    ['Nov ', true],
    ['$', true],
    [' at ', true],
    ['', false],
    [' ', false],
    ['-', false],
    [') ', false],
    ['\u00a0\u200b', false],
    ['O', false],
    ['l|', false],
    ['+(', false],
  ])('%j → %s', (gap, expected) => {
    expect(breaksRun(gap, 0, gap.length)).toBe(expected);
  });

  test('reads only the given range', () => {
    expect(breaksRun('Nov 202-555', 4, 11)).toBe(false);
    expect(breaksRun('Nov 202-555', 0, 4)).toBe(true);
  });

  test('a gap it lets through never stops the pre-scan from seeing a number across it', () => {
    for (const gap of [' ', '-', ') ', '\u00a0\u200b', 'O', '. ']) expect(mayContainPhoneNumber(`202${gap}5550143`)).toBe(true);
  });
});

describe('searchStart', () => {
  const prose = 'lorem ipsum dolor sit amet '.repeat(4);
  test.each<[string, string, number]>([
    ['no digit', prose, 0],
    ['digits near the start', 'call 202-555-0143', 0],
    ['digits far in, after words', `${prose}call 202-555-0143`, prose.length + 5 - 100],
    ['a long token with no space before the digits', `${'x'.repeat(120)}202-555-0143`, 0],
    ['a space only within the lead before the digits', `${'x'.repeat(120)} +202-555-0143`, 0],
  ])('%s', (_name, text, expected) => {
    expect(searchStart(text)).toBe(expected);
  });

  /** What a search finds, as offsets into `text` whatever part of it was searched. */
  const search = (text: string, from: number) => findPhoneNumbers(text.slice(from), 'US').map((m) => ({ ...m, start: m.start + from, end: m.end + from }));

  test('searching from there finds what searching all of the text finds', () => {
    // Words that change what is found, at any distance before a number, after text that pushes it far in.
    const words = fc.constantFrom(prose, 'lorem ', 'ipsum', ' ', '\n', 'x'.repeat(40), 'https://x.example/', `https://x.example/${'a'.repeat(120)}/`, `id=${'y'.repeat(120)}`);
    const cue = fc.constantFrom('', 'call ', 'phone ', 'ligue ', 'Order #', 'order ', 'ref ', 'Invoice no. ', 'USD ', '$', '€', 'O', 'l', '-', '(', '+');
    const gap = fc.constantFrom('', ' ', ': ', ' for help with your account today, at ', ' agora mesmo para o suporte técnico: ', '\u00a0', '\u200b', 'x'.repeat(20));
    const number = fc.constantFrom(
      '202-555-0143', '(202) 555-0143', '+44 20 7946 0958', '020 7946 0958', '0800 891 2020', '(11) 4003-1234', '11 98765-4321', '2025550143', '1-800-FLOWERS',
      '1-8OO-555-0199', 'O800 555 0199', '123456789', '12.50', '3/14/2026', '10:30', '\uff12\uff10\uff12-555-0143',
    );
    const part = fc.tuple(words, cue, gap, number).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.join(' ');
        expect(search(text, searchStart(text))).toEqual(search(text, 0));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('contextInside', () => {
  const prose = 'lorem ipsum dolor sit amet '.repeat(4);
  test.each<[string, string, boolean]>([
    ['digits far in, after words', `${prose}call 202-555-0143`, true],
    ['digits near the start', 'call 202-555-0143', false],
    ['a long token with no space before the digits', `${'x'.repeat(120)}202-555-0143`, false],
  ])('%s → %s', (_name, text, expected) => {
    expect(contextInside(text, text.search(/\d/))).toBe(expected);
  });

  test('when it holds, text put before changes nothing that is found', () => {
    const text = `${'lorem ipsum dolor sit amet '.repeat(4)}call 202-555-0143 or ref 4155550199`;
    expect(contextInside(text, text.search(/\d/))).toBe(true);
    const alone = findPhoneNumbers(text, 'US').map((m) => m.e164);
    for (const before of ['Order #', 'Ligue para ', 'https://x.example/', 'ref ']) {
      expect(findPhoneNumbers(before + text, 'US').map((m) => m.e164)).toEqual(alone);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fold, foldedOffset, sourceSlice } from '@/lib/detect/fold';
import { isObfuscatedNumber } from '@/lib/detect/signals/obfuscation';
import { parseSender, senderKind } from '@/lib/detect/signals/sender';
import { telLinkDigits } from '@/lib/detect/signals/tel-links';

describe('sender', () => {
  test.each([
    ['Norton Billing <billing@norton.com>', { name: 'Norton Billing', address: 'billing@norton.com', domain: 'norton.com' }],
    ['"PayPal" <service@paypal.com>', { name: 'PayPal', address: 'service@paypal.com', domain: 'paypal.com' }],
    ['someone@example.org', { name: '', address: 'someone@example.org', domain: 'example.org' }],
    ['No address at all', { name: 'No address at all', address: '', domain: '' }],
  ])('parses %s', (from, expected) => {
    expect(parseSender(from)).toEqual(expected);
  });

  test.each([
    ['billing@norton.com', ['norton.com'], 'vendor'],
    ['alerts@mail.norton.com', ['norton.com'], 'vendor'],
    ['norton.billing@gmail.com', ['norton.com'], 'freemail'],
    ['scammer@outlook.com', ['microsoft.com', 'outlook.com'], 'freemail'],
    ['desk@norton-renewals.example', ['norton.com'], 'other'],
    ['desk@evilnorton.com', ['norton.com'], 'other'],
    ['', ['norton.com'], 'unknown'],
  ] as const)('%s against %j → %s', (address, domains, kind) => {
    expect(senderKind(parseSender(address), domains)).toBe(kind);
  });
});

describe('obfuscated numbers', () => {
  test.each([
    ['1-8OO-555-0142', true],
    ['1-888-555-O142', true],
    ['+1 888 555 0l42', true],
    ['1\u200b888\u200b555\u200b0142', true],
    ['+ 1 ≈ 888 ≈ 555 ≈ 0142', true],
    ['1*888*555*0142', true],
    ['١-٨٨٨-٥٥٥-٠١٤٢', true],
    ['1-888-555-0142', false],
    ['+1 (888) 555-0142', false],
    ['1.888.555.0142', false],
  ])('%s → %s', (raw, expected) => {
    expect(isObfuscatedNumber(raw)).toBe(expected);
  });

  test('the extractor can say so itself', () => {
    expect(isObfuscatedNumber('1-888-555-0142', true)).toBe(true);
  });
});

describe('tel: links', () => {
  test('digits of every tel: link', () => {
    expect(telLinkDigits('<a href="tel:+1-888-555-0142">call</a> <a href=\'tel:0800%20555%200142\'>x</a>')).toEqual(['18885550142', '08005550142']);
  });
});

describe('folding', () => {
  test.each([
    ['accents', 'Não reconheça', 'Nao reconheca'],
    ['fullwidth', 'ＰａｙＰａｌ', 'PayPal'],
    ['small capitals', 'ɴᴏᴛɪғɪᴄᴀᴄᴀᴏ', 'notificacao'],
    ['invisible characters', 'Se\u{E0139}r\u{E0139}vice\u200b', 'Service'],
    ['combining grapheme joiner', 'W\u034fe a\u034fr\u034fe', 'We are'],
    ['non-breaking space', 'call\u00a0us', 'call us'],
  ])('%s', (_case, source, folded) => {
    expect(fold(source).text).toBe(folded);
  });

  test('counts invisible characters hidden inside words', () => {
    expect(fold('Se\u{E0139}r\u{E0139}vice').hiddenInWords).toBe(2);
    expect(fold('preheader \u200c \u200c text').hiddenInWords).toBe(0);
  });

  test('offsets map back to the source', () => {
    const source = 'Ca\u200bll 1-888';
    const folded = fold(source);
    expect(folded.text).toBe('Call 1-888');
    expect(foldedOffset(folded, source.indexOf('1'))).toBe(5);
    expect(sourceSlice(folded, source, 0, 4)).toBe('Call');
    expect(sourceSlice(fold('Não'), 'Não', 0, 3)).toBe('Não');
  });

  const INVISIBLE = /^[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufe00-\ufe0f\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]$/u;
  /** Folding read as its rules say, one code point at a time: what `fold`, which copies ASCII runs whole, must equal. */
  function foldEachCharacter(source: string) {
    let text = '';
    const toSource: number[] = [];
    let hiddenInWords = 0;
    let pendingHidden = false;
    const letter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
    for (let i = 0; i < source.length; ) {
      const ch = String.fromCodePoint(source.codePointAt(i)!);
      // A character alone: ASCII stays, any other folds to its plain form (a combining mark to nothing).
      const out = fold(ch).text;
      if (INVISIBLE.test(ch)) pendingHidden = true;
      else if (out) {
        if (pendingHidden && letter(text[text.length - 1]) && letter(out[0])) hiddenInWords++;
        pendingHidden = false;
        text += out;
        for (let k = 0; k < out.length; k++) toSource.push(i);
      }
      i += ch.length;
    }
    return { text, toSource, hiddenInWords };
  }

  test('copying ASCII runs whole folds exactly as one character at a time', () => {
    const pieces = ['Pay', 'Pal', ' ', 'call', '1-888', '\n', 'é', 'ß', 'ßßßßßßßßß', 'ﬃ', 'Ａ', 'а', 'ᴏ', '\u200b', '\u{E0139}', '\u00a0', '𝐀', '😀', 'ﬁ', '\u0301', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        const folded = fold(source);
        const expected = foldEachCharacter(source);
        expect(folded.text).toBe(expected.text);
        expect([...folded.toSource]).toEqual(expected.toSource);
        expect(folded.hiddenInWords).toBe(expected.hiddenInWords);
        expect(folded.sourceLength).toBe(source.length);
      }),
      { numRuns: 2000 },
    );
  });
});

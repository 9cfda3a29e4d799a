// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { findInBlock, findUnder, type DomHit } from '@/lib/page/find-in-dom';
import { collectTextBlocks, PAUSE } from '@/lib/page/text-blocks';

afterEach(() => {
  document.body.innerHTML = '';
});

const prose = 'lorem ipsum dolor sit amet '.repeat(4);
/** Where a hit is marked, as text: the node's text and the offset in it. */
const described = (hit: DomHit) => `${hit.e164} ${hit.raw} after ${'node' in hit.after ? `${JSON.stringify(hit.after.node.data)}@${hit.after.offset}` : 'a link'}`;
const found = () => [...new Set([...findUnder([document.body], 'US')].filter((step) => step !== PAUSE).flatMap((hits) => hits.map(described)))].sort();
/** What reading every block of the page whole finds. */
const everyBlock = () => [...new Set(collectTextBlocks(document.body).flatMap((block) => findInBlock(block, 'US').map(described)))].sort();

describe('findUnder finds what reading every block whole finds', () => {
  test.each([
    ['a number at the end of a long text', `<div><b>Subject</b> - <span>${prose}call 202-555-0143</span></div>`],
    ['an order number at the end of a long text', `<div><b>Subject</b> - <span>${prose}order #123456789</span></div><p>Nov 24</p>`],
    ['a number going on in digits in the next element', `<p><span>${prose}call 202-555-01</span><b>43</b></p>`],
    ['a number going on in letters posing as digits', `<p><span>${prose}call 202-555-01</span><b>OO</b></p>`],
    ['a toll-free code followed by capitals', `<p><span>${prose}call 1-800-</span><b>FLOWERS</b></p>`],
    ['a number rejected by what follows it in its block', `<p><span>${prose}ref 202-555-0143</span>abc 5</p>`],
    ['a number before an amount word in the next element', `<p><span>${prose}refund 2025550143 </span><b>USD</b></p>`],
    // On its own "0143O" reads the O as a zero; with a word after it, as the word's first letter.
    ['a letter after the number that the next text makes a word of', `<span>${prose}202-555-0143O</span>Call `],
    ['a vanity number split inside its letters', `<p><span>${prose}call 1-800-FLOW</span><b>ERS</b></p>`],
  ])('%s', (_name, markup) => {
    document.body.innerHTML = markup;
    expect(found()).toEqual(everyBlock());
  });

  test('on any page built of these pieces', () => {
    const inline = fc.constantFrom('span', 'b', 'i', 'a', 'wbr');
    const block = fc.constantFrom('div', 'p', 'td', 'li');
    const text = fc.constantFrom(
      'Call ', '1-8', '88', '-555-', '0142', '202', ' ', 'Nov 24', '\u200b', 'O', 'OO', 'l', '(', ')', 'order 12', '555 0143', '1-800-', 'FLOWERS',
      '$12.50', 'at 10:30', 'USD', 'abc 5', 'x',
      `${prose}202-555-0143`, `${prose}call 1-800-`, `${prose}order #123456789`, `${prose}202-555-`, `${prose}call 202-555-01`, `${prose}on 3/14/2026 at 10:30`,
      `${prose}total $123.45`, `${prose}ligue para 11 98765-4321`, `${prose}ref 202-555-0143`, `${prose}refund 2025550143 `, `${prose}202-555-0143O`,
      `${prose}call 1-800-FLOW`, 'ERS', 'Call', `${prose}202-555-0143 -`, '€', 'é', '|', 'I', '  ', '.', ',', '#', 'USDT', '-OO', ' x12',
    );
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.tuple(fc.oneof(inline, block), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => (tag === 'wbr' ? '<wbr>' : `<${tag}>${kids.join('')}</${tag}>`)),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (parts) => {
        document.body.innerHTML = parts.join('');
        expect(found()).toEqual(everyBlock());
      }),
      { numRuns: 1000 },
    );
  });
});

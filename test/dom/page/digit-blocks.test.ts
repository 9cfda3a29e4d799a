// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { skippedAround, walkDigitBlocks } from '@/lib/page/digit-blocks';
import { findPhoneNumbers, mayContainPhoneNumber } from '@/lib/phone/find';
import { collectTextBlocks, PAUSE } from '@/lib/page/text-blocks';

/** The blocks' texts, less those in a skipped element, as findUnder drops them. */
function texts(root: Node = document.body, ask = true): string[] {
  const found: string[] = [];
  for (const block of walkDigitBlocks(root)) {
    if (block === PAUSE || (ask && skippedAround(block))) continue;
    found.push(block.text);
  }
  return found;
}
/** What the full walk finds that could hold a number: the digit walk must find at least these. */
const expected = (root: Node = document.body) => collectTextBlocks(root).map((b) => b.text).filter(mayContainPhoneNumber);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('walkDigitBlocks', () => {
  test.each([
    ['a plain number', '<p>Call 202-555-0143 now</p>', ['Call 202-555-0143 now']],
    ['a number over inline elements', '<p>Call <span>1-8</span><span>88</span>-555-<b>0142</b></p>', ['Call 1-888-555-0142']],
    ['one digit per element', '<p><i>2</i><i>0</i><i>2</i>-<i>5</i><i>5</i><i>5</i>-<i>0</i><i>1</i><i>4</i><i>3</i></p>', ['202-555-0143']],
    // A block's own text is read when its digits are first met, before the blocks inside it.
    ['a block inside a block', '<div>Call 202 <p>inner 888-555-0142</p> 555 0143</div>', [' 555 0143', 'inner 888-555-0142']],
    ['dates and counts only', '<table><tr><td>Nov 24</td><td>3 new</td><td>Page 1 of 5</td></tr></table>', []],
    ['an amount only', '<p>Total: $120.00</p>', []],
    ['text in skipped elements', '<script>"2025550143"</script><div contenteditable="true"><p>202-555-0143</p></div><hangup-marker><p>202-555-0143</p></hangup-marker>', []],
    ['a number in a form field', '<textarea>202-555-0143</textarea><select><option>202-555-0143</option></select>', []],
    ['a number in a style sheet or noscript text', '<style>/* 202-555-0143 */</style><noscript>202-555-0143</noscript>', []],
    ['a number deep in an editor', '<div contenteditable=""><div><p>Call <b>202-555-0143</b></p></div></div><div contenteditable="plaintext-only"><p>202-555-0143</p></div>', []],
    ['a number in drawings and media fallbacks', '<svg><text>202-555-0143</text></svg><video><p>202-555-0143</p></video><object><p>202-555-0143</p></object><canvas><p>202-555-0143</p></canvas>', []],
    ['a number after a skipped element is still read', '<textarea>202-555-0143</textarea><p>Call 888-555-0142</p>', ['Call 888-555-0142']],
    ['fullwidth digits', '<p>Call <b>２０２</b>-５５５-０１４３</p>', ['Call ２０２-５５５-０１４３']],
    ['a vanity number whose letters are in the next element', '<p>Call 1-800-<b>FLOWERS</b></p>', ['Call 1-800-FLOWERS']],
    ['a number split before letters posing as digits', '<p>Call 202-555-<b>O</b>l43</p>', ['Call 202-555-Ol43']],
  ])('%s', (_name, markup, blocks) => {
    document.body.innerHTML = markup;
    expect(texts().filter((text) => text.trim() && /\d|[０-９]/.test(text) && mayContainPhoneNumber(text))).toEqual(blocks);
  });

  test('looks up the tree only when asked', () => {
    document.body.innerHTML = '<div contenteditable="true" id="e"><p>202-555-0143</p><p>888-555-0142</p></div><p>Call 213-555-0187</p>';
    // Not asked: every block with digits comes out, each with the element to ask about.
    const blocks = [...walkDigitBlocks(document.body)].filter((block) => block !== PAUSE);
    expect(blocks.map((block) => block.text)).toEqual(['202-555-0143', '888-555-0142', 'Call 213-555-0187']);
    expect(blocks.map((block) => (block ? (skippedAround(block)?.id ?? null) : null))).toEqual(['e', 'e', null]);
    expect(texts(document.body, true)).toEqual(['Call 213-555-0187']);
  });

  test('an inline root reads as one block', () => {
    document.body.innerHTML = '<p>x <span id="r">1-888<b>555</b>0142</span> y</p>';
    expect(texts(document.getElementById('r')!)).toEqual(['1-8885550142']);
  });

  test('finds every number the full walk finds', () => {
    const inline = fc.constantFrom('span', 'b', 'i', 'a', 'wbr');
    const block = fc.constantFrom('div', 'p', 'td', 'li', 'section');
    const prose = 'lorem ipsum dolor sit amet '.repeat(4);
    const text = fc.constantFrom(
      'Call ', '1-8', '88', '-555-', '0142', '202', ' ', 'Nov 24', '\u200b', 'O', 'l', '(', ')', 'order 12', '555 0143', '1-800-', 'FLOWERS', '$12.50', 'at 10:30',
      'lorem ipsum dolor sit amet '.repeat(3),
      // Long enough for a node to be read on its own when it ends its block.
      `${prose}202-555-0143`, `${prose}call 1-800-`, `${prose}order #123456789`, `${prose}202-555-`, `${prose}ligue para 11 98765-4321`,
    );
    type Tree = string;
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text.map((t) => t.replace(/</g, '')),
        fc.tuple(fc.oneof(inline, block), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => (tag === 'wbr' ? '<wbr>' : `<${tag}>${kids.join('')}</${tag}>`)),
      ),
    })).node;
    const numbers = (texts: string[]) => new Set(texts.flatMap((t) => findPhoneNumbers(t, 'US').map((m) => m.e164)));
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (parts) => {
        document.body.innerHTML = parts.join('');
        const found = numbers(texts());
        for (const wanted of numbers(expected())) expect(found).toContain(wanted);
      }),
      { numRuns: 1000 },
    );
  });

  test('a node that ends its block, with its digits far enough in, is read on its own', () => {
    const prose = 'lorem ipsum dolor sit amet '.repeat(4);
    document.body.innerHTML = `<div><b>Subject</b> - <span>${prose}call 202-555-0143</span></div>`;
    expect(texts()).toEqual([`${prose}call 202-555-0143`]);
    // Something after it in the block: the block is read whole.
    document.body.innerHTML = `<div><b>Subject</b> - <span>${prose}call 202-555-</span><i>0143</i></div>`;
    expect(texts()).toEqual([`Subject - ${prose}call 202-555-0143`]);
  });

  test('pauses on big pages, and carries on past content the page removed meanwhile', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<div class="row"><span>row ${i} text</span></div>`).join('');
    document.body.innerHTML = `<main id="m">${rows}</main><p>Call 202-555-0143</p>`;
    const found: string[] = [];
    let pauses = 0;
    for (const block of walkDigitBlocks(document.body)) {
      if (block !== PAUSE) found.push(block.text);
      else if (pauses++ === 0) document.getElementById('m')!.remove();
    }
    expect(pauses).toBeGreaterThan(0);
    expect(found).toContain('Call 202-555-0143');
  });
});

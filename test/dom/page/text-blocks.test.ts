// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { blockAround, collectTextBlocks, isInsideSkipped, PAUSE, pointAt, walkTextBlocks, type TextBlock } from '@/lib/page/text-blocks';

function blocksOf(markup: string): TextBlock[] {
  document.body.innerHTML = markup;
  return collectTextBlocks(document.body);
}
const texts = (markup: string) => blocksOf(markup).map((block) => block.text);

describe('collectTextBlocks', () => {
  test.each([
    ['a number split across inline elements', '<p>Call <span>1-888</span>-<b>555</b>-<i>0142</i> now</p>', ['Call 1-888-555-0142 now']],
    ['inline elements nested in a link', '<p><a href="#"><strong>+1 202</strong> <em>555 0143</em></a></p>', ['+1 202 555 0143']],
    ['a <br> as a line break', '<p>Ref 12345<br>678 9012</p>', ['Ref 12345\n678 9012']],
    ['a <br> inside an inline element', '<p><span>one<br></span>two</p>', ['one\ntwo']],
    ['sibling blocks', '<div>first 1</div><div>second 2</div>', ['first 1', 'second 2']],
    ['table cells', '<table><tr><td>202</td><td>555 0143</td></tr></table>', ['202', '555 0143']],
    ['a block nested in a block', '<div>before <p>inner</p> after</div>', ['before ', 'inner', ' after']],
    ['list items', '<ul><li>1-888</li><li>555-0142</li></ul>', ['1-888', '555-0142']],
    ['whitespace-only blocks', '<div>  </div><div>x</div>', ['x']],
  ])('joins or splits %s', (_name, markup, expected) => {
    expect(texts(markup)).toEqual(expected);
  });

  test.each([
    ['script', '<script>var n = "2025550143";</script>'],
    ['style', '<style>.a{content:"2025550143"}</style>'],
    ['noscript', '<noscript>2025550143</noscript>'],
    ['textarea', '<textarea>2025550143</textarea>'],
    ['select', '<select><option>2025550143</option></select>'],
    ['template', '<template><p>2025550143</p></template>'],
    ['svg', '<svg><text>2025550143</text></svg>'],
    ['contenteditable', '<div contenteditable="true"><p>2025550143</p></div>'],
    ['a Hangup marker', '<p>x<hangup-marker>2025550143</hangup-marker></p>'],
  ])('skips text inside %s', (_name, markup) => {
    expect(texts(`<p>keep</p>${markup}`).join('|')).not.toContain('2025550143');
  });

  test('a skipped root gives no blocks; a text-node root gives its own text', () => {
    document.body.innerHTML = '<textarea>2025550143</textarea><p>plain 2025550143</p>';
    expect(collectTextBlocks(document.querySelector('textarea')!)).toEqual([]);
    const text = document.querySelector('p')!.firstChild!;
    expect(collectTextBlocks(text)).toEqual([{ text: 'plain 2025550143', segments: [{ node: text, start: 0 }] }]);
    expect(collectTextBlocks(document.querySelector('textarea')!.firstChild!)).toEqual([]);
  });

  test('an inline root is one block', () => {
    document.body.innerHTML = '<p>x <span id="r">1-888<b>555</b></span> y</p>';
    expect(collectTextBlocks(document.getElementById('r')!).map((b) => b.text)).toEqual(['1-888555']);
  });

  test('segments record where each text node starts', () => {
    const [block] = blocksOf('<p>ab<span>cd</span><br>ef</p>');
    expect(block?.text).toBe('abcd\nef');
    expect(block?.segments.map((s) => [s.node.data, s.start])).toEqual([
      ['ab', 0],
      ['cd', 2],
      ['ef', 5],
    ]);
  });
});

describe('pointAt', () => {
  const [block] = blocksOf('<p>ab<span>cd</span><br>ef</p>');
  const nodes = block!.segments.map((s) => s.node);

  test.each<[number, boolean, number | undefined, number | undefined]>([
    [0, false, 0, 0],
    [1, false, 0, 1],
    [2, false, 1, 0],
    [2, true, 0, 2],
    [3, true, 1, 1],
    [4, true, 1, 2],
    [4, false, 1, 2],
    [6, false, 2, 1],
    [7, true, 2, 2],
    [0, true, undefined, undefined],
    [8, false, undefined, undefined],
  ])('offset %d (end: %s) is node %s at %s', (offset, end, node, at) => {
    const point = pointAt(block!, offset, end);
    if (node === undefined) expect(point).toBeUndefined();
    else expect(point).toEqual({ node: nodes[node], offset: at });
  });
});

describe('isInsideSkipped', () => {
  test.each([
    ['<textarea id="t">x</textarea>', true],
    ['<div contenteditable="true"><span id="t">x</span></div>', true],
    ['<hangup-marker><span id="t">x</span></hangup-marker>', true],
    ['<p><span id="t">x</span></p>', false],
  ])('%s → %s', (markup, expected) => {
    document.body.innerHTML = markup;
    expect(isInsideSkipped(document.getElementById('t')!.firstChild!)).toBe(expected);
  });
});

describe('collectTextBlocks on disguised numbers', () => {
  test.each([
    ['zero-width characters inside spans', '<p>Call <span>2\u200b0</span><span>2\u200b-5</span>55-\u200b0143</p>', ['Call 2\u200b02\u200b-555-\u200b0143']],
    ['an inline <wbr>', '<p>1-844-555-<wbr>0161</p>', ['1-844-555-0161']],
    ['a skipped element inside a line', '<p>202<script>x</script>-555-0143</p>', ['202-555-0143']],
  ])('joins %s', (_name, markup, expected) => {
    expect(texts(markup)).toEqual(expected);
  });
});

describe('walkTextBlocks', () => {
  const walk = (root: Node, ownOnly = false) => [...walkTextBlocks(root, undefined, ownOnly)].filter((b): b is TextBlock => b !== PAUSE).map((b) => b.text);

  test('with ownOnly, reads only the root’s own lines, split where a block sits', () => {
    document.body.innerHTML = '<div id="d">before <span>202</span><p>inner</p> after<p></p>end</div>';
    expect(walk(document.getElementById('d')!, true)).toEqual(['before 202', ' afterend']);
    expect(walk(document.getElementById('d')!)).toEqual(['before 202', 'inner', ' afterend']);
  });

  test('pauses every few hundred nodes, and goes back over a part of the page changed meanwhile', () => {
    document.body.innerHTML = `<div id="d">${Array.from({ length: 400 }, (_, i) => `<p id="p${i}">line ${i}</p>`).join('')}</div>`;
    const seen: string[] = [];
    let pauses = 0;
    for (const block of walkTextBlocks(document.body)) {
      if (block !== PAUSE) seen.push(block.text);
      else if (pauses++ === 0) document.getElementById(`p${seen.length - 1}`)!.remove();
    }
    expect(pauses).toBeGreaterThan(0);
    expect(seen).toContain('line 399');
  });
});

describe('blockAround', () => {
  test.each([
    ['a text node in a small paragraph', '<p id="p">a <b id="t">x</b></p>', 't', 'p'],
    ['a block element itself', '<div id="t"><p>x</p></div>', 't', 't'],
    ['an inline element directly in the body', '<span id="t">x</span>', 't', 't'],
  ])('%s', (_name, markup, from, to) => {
    document.body.innerHTML = markup;
    const start = document.getElementById(from)!;
    const node = start.localName === 'b' ? start.firstChild! : start;
    expect(blockAround(node, document.body)).toBe(document.getElementById(to));
  });
});

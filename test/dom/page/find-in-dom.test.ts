// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findInBlock, findInBlockSteps, findTelLinks, findUnder } from '@/lib/page/find-in-dom';
import { collectTextBlocks, PAUSE } from '@/lib/page/text-blocks';

function setBody(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

describe('findInBlock', () => {
  test('a number split across elements ends in the node holding its last digit', () => {
    setBody('<p>Call <span>(202)</span> <b>555</b>-<i>0143</i> today</p>');
    const [block] = collectTextBlocks(document.body);
    const [hit, ...rest] = findInBlock(block!, 'US');
    expect(rest).toEqual([]);
    expect(hit?.e164).toBe('+12025550143');
    expect(hit?.raw).toBe('(202) 555-0143');
    expect(hit?.after).toEqual({ node: document.querySelector('i')!.firstChild, offset: 4 });
  });

  test('finds two numbers in one text node with their own end points', () => {
    setBody('<p>Call 202-555-0143 or 888-555-0142.</p>');
    const [block] = collectTextBlocks(document.body);
    const text = document.querySelector('p')!.firstChild as Text;
    expect(findInBlock(block!, 'US')).toEqual([
      { e164: '+12025550143', raw: '202-555-0143', after: { node: text, offset: 17 } },
      { e164: '+18885550142', raw: '888-555-0142', after: { node: text, offset: 33 } },
    ]);
  });

  test('a <br> keeps two lines from reading as one number', () => {
    setBody('<p>Order 202<br>555 0143</p>');
    const [block] = collectTextBlocks(document.body);
    expect(findInBlock(block!, 'US').map((hit) => hit.e164)).not.toContain('+12025550143');
  });

  test('text without numbers gives no hits', () => {
    setBody('<p>Nothing to see here, order #12.</p>');
    const [block] = collectTextBlocks(document.body);
    expect(findInBlock(block!, 'US')).toEqual([]);
  });
});

describe('findTelLinks', () => {
  test.each([
    ['an icon link', '<a href="tel:+12025550143"><img alt=""></a>', '+12025550143'],
    ['"Call us" text', '<a href="tel:+1-888-555-0142">Call us</a>', '+18885550142'],
    ['a national number', '<a href="tel:2025550143">Support</a>', '+12025550143'],
    ['an encoded target', '<a href="tel:%2B1%20202%20555%200143">Call</a>', '+12025550143'],
    ['an upper-case scheme', '<a href="TEL:+12025550143">Call</a>', '+12025550143'],
    ['text showing another number', '<a href="tel:+12025550143">888-555-0142</a>', '+12025550143'],
    ['a target carrying markup', '<a href="tel:+12025550143&lt;img src=x&gt;">Call</a>', '+12025550143'],
  ])('finds %s, carried as its E.164', (_name, markup, e164) => {
    setBody(`<p>${markup}</p>`);
    expect(findTelLinks(document.body, 'US')).toEqual([{ e164, raw: e164, after: document.querySelector('a') }]);
  });

  test.each([
    ['a link whose text shows the number', '<a href="tel:+12025550143">(202) 555-0143</a>'],
    ['a link to something else', '<a href="https://x.example/tel:+12025550143">site</a>'],
    ['a bad encoding', '<a href="tel:%E0%A4%A">Call</a>'],
    ['a target that is no number', '<a href="tel:help">Call</a>'],
    ['an invalid number', '<a href="tel:+1202">Call</a>'],
  ])('skips %s', (_name, markup) => {
    setBody(`<p>${markup}</p>`);
    expect(findTelLinks(document.body, 'US')).toEqual([]);
  });

  test('finds a tel: link that is itself the root', () => {
    setBody('<a href="tel:+12025550143">Call us</a>');
    const link = document.querySelector('a')!;
    expect(findTelLinks(link, 'US')).toEqual([{ e164: '+12025550143', raw: '+12025550143', after: link }]);
  });

  test('a text node root has no links', () => {
    setBody('<p>x</p>');
    expect(findTelLinks(document.querySelector('p')!.firstChild as unknown as ParentNode, 'US')).toEqual([]);
  });
});

describe('findInBlockSteps', () => {
  test('a long block is searched in windows, and a number on a window edge is found once', () => {
    const filler = 'word '.repeat(400);
    const text = `${filler}Call 202-555-0143 ${filler.slice(0, 17)}then 888-555-0142 ${filler}${'x '.repeat(1000)}415-555-0199`;
    setBody(`<pre>${text}</pre>`);
    const [block] = collectTextBlocks(document.body);
    const steps = [...findInBlockSteps(block!, 'US')];
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.flat().map((hit) => hit.e164)).toEqual(['+12025550143', '+18885550142', '+14155550199']);
    expect(findInBlock(block!, 'US').map((hit) => hit.e164)).toEqual(['+12025550143', '+18885550142', '+14155550199']);
  });

  test.each([2040, 2044, 2048, 2052, 4090])('a number starting at offset %d is found once', (at) => {
    setBody(`<pre>${'a'.repeat(at)}202-555-0143 ${'b'.repeat(5000)}</pre>`);
    const [block] = collectTextBlocks(document.body);
    expect(findInBlock(block!, 'US').map((hit) => hit.e164)).toEqual(['+12025550143']);
  });
});

describe('findUnder', () => {
  test('yields block hits and tel: links, with pauses, for several roots', () => {
    setBody('<p id="a">Call 202-555-0143</p><p id="b"><a href="tel:+18885550142">Call us</a></p><div contenteditable="true"><a href="tel:+14155550199">x</a></div>');
    const steps = [...findUnder([document.getElementById('a')!, PAUSE, document.body], 'US')];
    expect(steps).toContain(PAUSE);
    const numbers = steps.filter((step) => step !== PAUSE).flatMap((hits) => hits.map((hit) => hit.e164));
    expect(numbers).toEqual(['+12025550143', '+12025550143', '+18885550142']);
  });

  test.each([
    ['an editor', '<div contenteditable="true"><p>Call 202-555-0143</p><p>or <b>888-555-0142</b></p></div>'],
    ['deep in an editor, read as one block', '<div contenteditable=""><div><p>lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet, call 202-555-0143</p></div></div>'],
    ['form fields', '<textarea>202-555-0143</textarea><select><option>888-555-0142</option></select>'],
    ['a drawing and a media fallback', '<svg><text>202-555-0143</text></svg><video><p>Call 888-555-0142</p></video>'],
  ])('finds nothing in %s, and what follows it still', (_name, markup) => {
    setBody(`${markup}<p>Call 213-555-0187</p>`);
    const numbers = [...findUnder([document.body], 'US')].filter((step) => step !== PAUSE).flatMap((hits) => hits.map((hit) => hit.e164));
    expect(numbers).toEqual(['+12135550187']);
  });
});

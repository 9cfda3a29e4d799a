// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { PageScanner } from '@/lib/page/scanner';
import { makeScanner, markers, shape } from './fake-page';

const scanners: PageScanner[] = [];
afterEach(() => {
  for (const instance of scanners.splice(0)) instance.clear();
  document.body.innerHTML = '';
});

async function scan(markup: string): Promise<string> {
  document.body.innerHTML = markup;
  const { scanner } = makeScanner();
  scanners.push(scanner);
  await scanner.start(document.body);
  return shape();
}

const ZW = '\u200b';

describe('numbers disguised across elements are marked right after their last character', () => {
  test.each([
    ['digits split over sibling spans', '<p>Support: <span>1-8</span><span>88</span>-555-<b>0142</b> now</p>', '<p>Support: <span>1-8</span><span>88</span>-555-<b>0142[M]</b> now</p>', '+18885550142'],
    ['zero-width characters inside the spans', `<p>Call <span>2${ZW}0</span><span>2${ZW}-5</span>55-${ZW}01<span>4${ZW}3</span>.</p>`, `<p>Call <span>2${ZW}0</span><span>2${ZW}-5</span>55-${ZW}01<span>4${ZW}3[M]</span>.</p>`, '+12025550143'],
    ['an inline <wbr> inside the number', '<p>Billing: 1-844-555-<wbr>0161 today</p>', '<p>Billing: 1-844-555-<wbr>0161[M] today</p>', '+18445550161'],
    ['a letter O for a zero, over several elements', '<p>Refunds: <span>1-8</span><i>33</i>-55<b>5</b>-O177</p>', '<p>Refunds: <span>1-8</span><i>33</i>-55<b>5</b>-O177[M]</p>', '+18335550177'],
    [
      'one digit per element',
      '<p>Bank: <span>4</span><span>1</span><span>5</span>-<span>5</span><span>5</span><span>5</span>-<span>0</span><span>1</span><span>9</span><span>9</span></p>',
      '<p>Bank: <span>4</span><span>1</span><span>5</span>-<span>5</span><span>5</span><span>5</span>-<span>0</span><span>1</span><span>9</span><span>9[M]</span></p>',
      '+14155550199',
    ],
    ['parts in nested inline elements of a link', '<p><a href="#"><b>1-888</b>-<i>555</i></a>-<s>0142</s></p>', '<p><a href="#"><b>1-888</b>-<i>555</i></a>-<s>0142[M]</s></p>', '+18885550142'],
  ])('%s', async (_name, markup, expected, e164) => {
    expect(await scan(markup)).toBe(expected);
    expect(markers()).toEqual([e164]);
  });

  test('a number is not joined across block elements', async () => {
    expect(await scan('<div>1-888</div><div>555-0142</div>')).toBe('<div>1-888</div><div>555-0142</div>');
  });

  test('among many blocks with a few digits each, only the real number is looked up', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>Nov ${(i % 28) + 1}</td><td>3 new</td><td>Re: order ${i}</td></tr>`).join('');
    document.body.innerHTML = `<table>${rows}</table><p>Call <span>(202)</span> 555-0143</p>`;
    const { scanner, calls } = makeScanner();
    scanners.push(scanner);
    await scanner.start(document.body);
    expect(calls).toEqual([['+12025550143']]);
    expect(markers()).toEqual(['+12025550143']);
  });
});

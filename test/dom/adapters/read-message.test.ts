// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { readMessage, readText, worthChecking, type ReadOptions } from '@/lib/page/adapters/read-message';
import type { MessageView } from '@/lib/page/adapters/types';

let pauses = 0;
const options: ReadOptions = { sliceMs: 8, now: () => performance.now(), pause: async () => void pauses++ };

function body(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

function view(element: Element, subject = 'S', from = 'F'): MessageView {
  return { body: element, subject, from, bannerBefore: element, key: 'k' };
}

afterEach(() => {
  document.body.innerHTML = '';
  pauses = 0;
});

describe('readText', () => {
  test('joins inline elements, puts blocks on lines of their own, skips scripts and markers', async () => {
    const text = await readText(
      body('<p>Call <span>1-888</span>-<b>555</b>-<span>0142</span><hangup-marker>x</hangup-marker> now</p><script>var n = 2025550143</script><div>Second<br>line</div>'),
      options,
    );
    expect(text).toBe('Call 1-888-555-0142 now\nSecond\nline');
  });

  test('stops at the limit', async () => {
    const text = await readText(body('<p>aaaa</p><p>bbbb</p><p>cccc</p>'), { ...options, limit: 7 });
    expect(text).toBe('aaaa\nbb');
  });

  test('reads a long body in pieces, yielding to the page, and only up to the limit', async () => {
    const paragraphs = Array.from({ length: 4000 }, (_, i) => `<p>Paragraph ${i} of a long page with some words in it.</p>`).join('');
    let clock = 0;
    // The clock is read every few hundred nodes: each look finds it 4 ms on.
    const text = await readText(body(`<section>${paragraphs}</section>`), { ...options, limit: 40_000, now: () => (clock += 4) });
    expect(text.length).toBe(40_000);
    expect(text.startsWith('Paragraph 0 of a long page')).toBe(true);
    expect(text).not.toContain('Paragraph 3999');
    expect(pauses).toBeGreaterThan(0);
  });

  test('a large element with text of its own is read whole, keeping its lines intact', async () => {
    const words = 'word '.repeat(2000);
    const text = await readText(body(`<div>${words}<span>1-888</span><span>-555-0142</span></div>`), options);
    expect(text).toContain('word 1-888-555-0142');
  });
});

describe('readMessage', () => {
  test('collects tel: targets, decoded, without duplicates, and clips the header fields', async () => {
    const element = body('<a href="tel:%2B18775550123">Call us</a><a href="TEL:+18775550123">again</a><a href="tel:%E0%A4%A">bad</a><a href="tel:+12025550143">x</a>');
    const request = await readMessage(view(element, 's'.repeat(2000), 'f'.repeat(900)), options);
    expect(request.telLinks).toEqual(['+18775550123', '+12025550143']);
    expect(request.subject).toHaveLength(1000);
    expect(request.from).toHaveLength(500);
  });

  test('takes the tel: links of the part it reads: none after the limit, none in an editor', async () => {
    const element = body(
      '<p>Call <a href="tel:+18775550123"><img alt=""></a></p><div contenteditable="true"><a href="tel:+12025550143">draft</a></div><p>' + 'x'.repeat(100) + '</p><p>more</p><p>text</p><a href="tel:+13125550199">late</a>',
    );
    expect((await readMessage(view(element), { ...options, limit: 50 })).telLinks).toEqual(['+18775550123']);
    expect((await readMessage(view(element), options)).telLinks).toEqual(['+18775550123', '+13125550199']);
  });

  test('keeps at most 50 distinct tel: targets, however often one repeats', async () => {
    const repeated = '<a href="tel:+18775550123">Call</a>'.repeat(200);
    const distinct = Array.from({ length: 80 }, (_, i) => `<a href="tel:+1877555${String(1000 + i)}">${i}</a>`).join('');
    const request = await readMessage(view(body(repeated + distinct)), options);
    expect(request.telLinks).toHaveLength(50);
    expect(request.telLinks.slice(0, 2)).toEqual(['+18775550123', '+18775551000']);
  });

  test.each([
    [{ subject: 'Hi', from: 'a', text: 'See you at noon', telLinks: [] }, false],
    [{ subject: 'Hi', from: 'a', text: 'Call 1-888-555-0142', telLinks: [] }, true],
    [{ subject: 'Call 1-888-555-0142', from: 'a', text: 'Thanks', telLinks: [] }, true],
    [{ subject: 'Hi', from: 'a', text: 'Call us', telLinks: ['+18885550142'] }, true],
  ])('worthChecking(%o) is %s', (request, expected) => {
    expect(worthChecking(request)).toBe(expected);
  });
});

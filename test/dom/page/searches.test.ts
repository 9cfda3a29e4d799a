// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { windowsUnder, type BlockWindow, type TextMatch } from '@/lib/page/find-in-dom';
import type { DigitBlock } from '@/lib/page/digit-blocks';
import { Searches, type FindNumbers } from '@/lib/page/searches';
import { PAUSE } from '@/lib/page/text-blocks';
import { MessageError } from '@/lib/messaging';
import { findNumbersInTexts } from '@/lib/phone/find';

const found = (texts: string[]) => findNumbersInTexts(texts, 'US');

/** The windows of the page's blocks, as the scanner reads them. */
function windows(): BlockWindow<DigitBlock>[] {
  return [...windowsUnder([document.body], 'US')].filter((step): step is BlockWindow<DigitBlock> => step !== PAUSE && !Array.isArray(step));
}

/** A search that records its requests and answers each when told to. */
function recording(answer: FindNumbers = async (texts) => found(texts)) {
  const requests: Array<{ texts: string[]; answer: () => Promise<void> }> = [];
  const find: FindNumbers = (texts) =>
    new Promise((resolve, reject) => {
      requests.push({ texts, answer: () => answer(texts).then(resolve, reject) });
    });
  return { requests, find };
}

/** Lets answered requests reach the searches (a few promise steps). */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const e164s = (searches: Searches) => [...searches.take()].map((hits) => hits.map((hit) => hit.e164));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Searches', () => {
  test('hands back each block whole, in page order, once all its windows are answered', async () => {
    const long = `${'word '.repeat(700)}call 202-555-0143 ${'word '.repeat(700)}call 213-555-0187`;
    document.body.innerHTML = `<p>Call 1-888-555-0142</p><pre>${long}</pre><p>Fax 312-555-0199</p>`;
    const parts = windows();
    expect(parts.length).toBeGreaterThan(3);
    const { requests, find } = recording();
    // A request holds at most two texts: the long block's windows go out in several.
    const searches = new Searches(find, { texts: 2, chars: 100_000 });
    for (const part of parts) searches.push(part);
    searches.send();
    expect(requests.every((request) => request.texts.length <= 2)).toBe(true);
    expect(requests.flatMap((request) => request.texts)).toEqual(parts.map((part) => part.text));
    // Answered out of order: the last request first hands back nothing, since the blocks before it wait.
    await requests[requests.length - 1]!.answer();
    await flush();
    expect(e164s(searches)).toEqual([]);
    await requests[0]!.answer();
    await flush();
    // The first block is whole; the long block still waits for its other windows.
    expect(e164s(searches)).toEqual([['+18885550142']]);
    for (const request of requests.slice(1, -1)) await request.answer();
    await flush();
    expect(e164s(searches)).toEqual([['+12025550143', '+12135550187'], ['+13125550199']]);
    expect(searches.pending()).toBe(false);
  });

  test('sends before a request would pass its limit of texts or characters', () => {
    document.body.innerHTML = ['202-555-0143', '213-555-0187', '312-555-0199', '1-888-555-0142'].map((n) => `<p>Call ${n}</p>`).join('');
    const { requests, find } = recording();
    const searches = new Searches(find, { texts: 10, chars: 40 });
    for (const part of windows()) searches.push(part);
    searches.send();
    expect(requests.map((request) => request.texts)).toEqual([
      ['Call 202-555-0143', 'Call 213-555-0187'],
      ['Call 312-555-0199', 'Call 1-888-555-0142'],
    ]);
  });

  test('a failed search marks nothing and the others still come back', async () => {
    document.body.innerHTML = '<p>Call 202-555-0143</p><p>Call 213-555-0187</p>';
    let calls = 0;
    const searches = new Searches(async (texts) => {
      if (calls++ === 0) throw new Error('worker gone');
      return found(texts);
    }, { texts: 1, chars: 1000 });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const part of windows()) searches.push(part);
      searches.send();
      // Two requests: `settled` follows the oldest one still out.
      await searches.settled();
      await searches.settled();
      expect(error).toHaveBeenCalledTimes(1);
    } finally {
      error.mockRestore();
    }
    // The first block's search failed: it is passed over, and the second block comes back.
    expect(e164s(searches)).toEqual([['+12135550187']]);
    expect(searches.pending()).toBe(false);
  });

  test('a request too large once escaped as JSON is asked again in halves, answers kept in order', async () => {
    document.body.innerHTML = ['202-555-0143', '213-555-0187', '312-555-0199'].map((n) => `<p>Call ${n}</p>`).join('');
    const sizes: number[] = [];
    const searches = new Searches(async (texts) => {
      sizes.push(texts.length);
      if (texts.length > 1) throw new MessageError('too-large', 'Message is over 64000 characters');
      return found(texts);
    }, { texts: 10, chars: 1000 });
    for (const part of windows()) searches.push(part);
    searches.send();
    await searches.settled();
    expect(sizes).toEqual([3, 1, 2, 1, 1]);
    expect(e164s(searches)).toEqual([['+12025550143'], ['+12135550187'], ['+13125550199']]);
  });

  test("a block inside an editor is searched but its numbers are dropped, and the walk's other blocks kept", async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Call 202-555-0143</p></div><p>Call 213-555-0187</p>';
    const searches = new Searches(async (texts) => found(texts), { texts: 10, chars: 1000 });
    const parts = windows();
    expect(parts.map((part) => part.text)).toEqual(['Call 202-555-0143', 'Call 213-555-0187']);
    for (const part of parts) searches.push(part);
    searches.send();
    await searches.settled();
    expect(e164s(searches)).toEqual([['+12135550187']]);
  });
});

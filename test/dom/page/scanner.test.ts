// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { numberVerdict, type NumberVerdict } from '@/lib/detect/verdict';
import { PageScanner, type ScannerDeps } from '@/lib/page/scanner';
import { MARKER_TAG } from '@/lib/page/text-blocks';
import { MAX_FIND_CHARS, MAX_FIND_TEXTS } from '@/lib/messaging';
import { findNumbersInTexts } from '@/lib/phone/find';
import type { Vendor } from '@/lib/lists/types';

const acme: Vendor = { id: 'acme', name: 'Acme', aliases: [], phones: ['+18005550100'], domains: [], statements: [] };
const LISTED = new Set(['+12025550143', '+18885550142', '+14155550199']);

/** A background stand-in: listed numbers are scams, Acme's number is official, the rest unknown. */
function fakeLookup() {
  const calls: string[][] = [];
  const lookup = async (numbers: string[]): Promise<NumberVerdict[]> => {
    calls.push(numbers);
    return numbers.map((n) => numberVerdict(n, LISTED.has(n) ? [{ feedId: 'f', feedName: 'F', category: 'tech-support', vendor: acme }] : [], [acme]));
  };
  return { calls, lookup };
}

function createMarker(verdict: NumberVerdict): HTMLElement {
  const marker = document.createElement(MARKER_TAG.toLowerCase());
  marker.setAttribute('data-verdict', verdict.verdict);
  return marker;
}

const scanners: PageScanner[] = [];
function scanner(overrides: Partial<ScannerDeps> = {}) {
  const { calls, lookup } = fakeLookup();
  const controller = new AbortController();
  const instance = new PageScanner({ region: 'US', lookup, createMarker, signal: controller.signal, settleMs: 1, ...overrides });
  scanners.push(instance);
  return { scanner: instance, calls, controller };
}
afterEach(() => {
  for (const instance of scanners.splice(0)) instance.clear();
  document.body.innerHTML = '';
});

/** Waits out the mutation settle delay and any scan it started. */
async function settle(instance: PageScanner): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await instance.idle();
  }
}

const markers = () => [...document.querySelectorAll(MARKER_TAG.toLowerCase())].map((m) => m.getAttribute('data-e164'));
/** The body's HTML with markers reduced to a token, to check where they went. */
const shape = () => document.body.innerHTML.replace(/<hangup-marker[^>]*><\/hangup-marker>/g, '[M]');

describe('PageScanner', () => {
  test('searches through findNumbers when given one, in texts within the limits, and marks what it finds', async () => {
    document.body.innerHTML = '<p>Call (202) 555-0143 now.</p><p>Order #123456789</p><p>Nov 24</p><p>Or 1-888-<b>555</b>-0142.</p>';
    const sent: string[][] = [];
    const { scanner: s } = scanner({
      findNumbers: async (texts) => {
        sent.push(texts);
        return findNumbersInTexts(texts, 'US');
      },
    });
    await s.start(document.body);
    // Blocks that cannot hold a number ("Nov 24") are not sent; the split number is sent joined.
    expect(sent.flat()).toEqual(['Call (202) 555-0143 now.', 'Order #123456789', 'Or 1-888-555-0142.']);
    expect(sent.every((texts) => texts.length <= MAX_FIND_TEXTS && texts.join('').length <= MAX_FIND_CHARS)).toBe(true);
    expect(markers()).toEqual(['+12025550143', '+18885550142']);
  });

  test('marks the numbers a search answers with verdicts without asking about them again', async () => {
    document.body.innerHTML = '<p>Call (202) 555-0143 now. Or 202-555-0100. Real: 1-800-555-0100.</p>';
    const { lookup } = fakeLookup();
    const { scanner: s, calls } = scanner({
      // As the background answers: each number looked up, null when there is nothing to show.
      findNumbers: async (texts) => {
        const found = findNumbersInTexts(texts, 'US');
        const verdicts = new Map((await lookup(found.flat().map((match) => match.e164))).map((verdict) => [verdict.e164, verdict]));
        return found.map((matches) => matches.map((match) => ({ ...match, verdict: verdicts.get(match.e164)?.verdict === 'none' ? null : verdicts.get(match.e164)! })));
      },
    });
    await s.start(document.body);
    expect(shape()).toBe('<p>Call (202) 555-0143[M] now. Or 202-555-0100. Real: 1-800-555-0100[M].</p>');
    expect(calls).toEqual([]);
  });

  test('marks a listed number right after it, and only listed or official numbers', async () => {
    document.body.innerHTML = '<p>Call (202) 555-0143 now. Or 202-555-0100. Real: 1-800-555-0100.</p>';
    const { scanner: s, calls } = scanner();
    await s.start(document.body);
    expect(shape()).toBe('<p>Call (202) 555-0143[M] now. Or 202-555-0100. Real: 1-800-555-0100[M].</p>');
    expect(markers()).toEqual(['+12025550143', '+18005550100']);
    expect(calls).toEqual([['+12025550143', '+12025550100', '+18005550100']]);
    expect(s.markerCount()).toBe(2);
  });

  test('handles two listed numbers in one text node', async () => {
    document.body.innerHTML = '<p>Call 202-555-0143 or 888-555-0142 today</p>';
    const { scanner: s } = scanner();
    await s.start(document.body);
    expect(shape()).toBe('<p>Call 202-555-0143[M] or 888-555-0142[M] today</p>');
    expect(markers()).toEqual(['+12025550143', '+18885550142']);
  });

  test('marks a number split across elements after its last part', async () => {
    document.body.innerHTML = '<p>Call <span>202</span>-<b>555</b>-<i>0143</i>!</p>';
    const { scanner: s } = scanner();
    await s.start(document.body);
    expect(shape()).toBe('<p>Call <span>202</span>-<b>555</b>-<i>0143[M]</i>!</p>');
  });

  test('puts the marker after a link, never inside it', async () => {
    document.body.innerHTML = '<p>Call <a href="https://x.example/">202-555-0143 (24/7)</a> now</p>';
    const { scanner: s } = scanner();
    await s.start(document.body);
    expect(shape()).toBe('<p>Call <a href="https://x.example/">202-555-0143 (24/7)</a>[M] now</p>');
  });

  test('marks a tel: link that does not show its number after the link', async () => {
    document.body.innerHTML = '<p><a href="tel:+14155550199">Call support</a> today</p>';
    const { scanner: s } = scanner();
    await s.start(document.body);
    expect(shape()).toBe('<p><a href="tel:+14155550199">Call support</a>[M] today</p>');
  });

  test('does not mark again on a rescan', async () => {
    document.body.innerHTML = '<p>Call 202-555-0143 or <a href="#">888-555-0142 and 415-555-0199</a>.</p>';
    const first = scanner();
    await first.scanner.start(document.body);
    const once = shape();
    expect(markers()).toHaveLength(3);
    first.scanner.stop();
    const second = scanner();
    await second.scanner.start(document.body);
    expect(shape()).toBe(once);
    expect(second.scanner.markerCount()).toBe(0);
  });

  test('leaves unlisted numbers and skipped elements alone', async () => {
    document.body.innerHTML = '<p>202-555-0100</p><textarea>202-555-0143</textarea><script>"202-555-0143"</script>';
    const { scanner: s, calls } = scanner();
    await s.start(document.body);
    expect(markers()).toEqual([]);
    expect(calls).toEqual([['+12025550100']]);
  });

  test('a page with no numbers sends no lookup', async () => {
    document.body.innerHTML = '<p>Hello, order 42.</p>';
    const { scanner: s, calls } = scanner();
    await s.start(document.body);
    expect(calls).toEqual([]);
  });

  test('after a change, scans only the added nodes', async () => {
    document.body.innerHTML = '<p>Call 202-555-0143 now</p><p>or 202-555-0100</p>';
    const { scanner: s, calls } = scanner();
    await s.start(document.body);
    await settle(s);
    expect(calls).toEqual([['+12025550143', '+12025550100']]);

    const added = document.createElement('div');
    added.innerHTML = '<p>New: 888-555-0142</p>';
    document.body.append(added);
    await settle(s);
    expect(calls.slice(1)).toEqual([['+18885550142']]);
    expect(markers()).toEqual(['+12025550143', '+18885550142']);
  });

  test('rescans a text node whose text changed', async () => {
    document.body.innerHTML = '<p id="p">Call <b>later</b></p>';
    const { scanner: s, calls } = scanner();
    await s.start(document.body);
    document.querySelector('b')!.firstChild!.textContent = '415-555-0199';
    await settle(s);
    expect(calls).toEqual([['+14155550199']]);
    expect(shape()).toBe('<p id="p">Call <b>415-555-0199[M]</b></p>');
  });

  test('finds a tel: link added on its own', async () => {
    document.body.innerHTML = '<p id="p">Help: </p>';
    const { scanner: s } = scanner();
    await s.start(document.body);
    const link = document.createElement('a');
    link.href = 'tel:+14155550199';
    link.textContent = 'Call';
    document.getElementById('p')!.append(link);
    await settle(s);
    expect(markers()).toEqual(['+14155550199']);
  });

  test('yields to the page when a slice runs out and still finishes', async () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<p>line ${i}</p>`).join('') + '<p>202-555-0143</p>';
    let clock = 0;
    const { scanner: s } = scanner({ sliceMs: 1, now: () => (clock += 5) });
    await s.start(document.body);
    expect(markers()).toEqual(['+12025550143']);
  });

  test('splits more than a batch of numbers into several lookups', async () => {
    document.body.innerHTML = Array.from({ length: 250 }, (_, i) => `<p>+1 202 555 ${String(1000 + i)}</p>`).join('');
    const { scanner: s, calls } = scanner();
    await s.start(document.body);
    expect(calls.map((batch) => batch.length)).toEqual([200, 50]);
  });

  test('stops when aborted during a lookup, and ignores later changes', async () => {
    document.body.innerHTML = '<p>202-555-0143</p>';
    const { calls, lookup } = fakeLookup();
    const controller = new AbortController();
    const s = new PageScanner({
      region: 'US',
      createMarker,
      signal: controller.signal,
      settleMs: 1,
      lookup: async (numbers) => {
        controller.abort();
        return lookup(numbers);
      },
    });
    scanners.push(s);
    await s.start(document.body);
    expect(markers()).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<p>888-555-0142</p>');
    await settle(s);
    expect(calls).toHaveLength(1);
    expect(markers()).toEqual([]);
  });

  test('does nothing when started after abort', async () => {
    document.body.innerHTML = '<p>202-555-0143</p>';
    const { scanner: s, calls, controller } = scanner();
    controller.abort();
    await s.start(document.body);
    expect(calls).toEqual([]);
  });

  test.each<[string, (failing: () => boolean) => Partial<ScannerDeps>]>([
    [
      'lookup',
      (failing) => {
        const { lookup } = fakeLookup();
        return { lookup: (numbers) => (failing() ? Promise.reject(new Error('no background')) : lookup(numbers)) };
      },
    ],
    [
      'number search',
      (failing) => ({
        findNumbers: async (texts) => {
          if (failing()) throw new Error('background restarting');
          return findNumbersInTexts(texts, 'US');
        },
      }),
    ],
  ])('a failing %s is logged, marks nothing, and the scanner keeps working', async (_name, deps) => {
    document.body.innerHTML = '<p>202-555-0143</p>';
    let fail = true;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { scanner: s } = scanner(deps(() => fail));
      await s.start(document.body);
      expect(markers()).toEqual([]);
      expect(error).toHaveBeenCalledTimes(1);
      fail = false;
      document.body.insertAdjacentHTML('beforeend', '<p>888-555-0142</p>');
      await settle(s);
      expect(markers()).toEqual(['+18885550142']);
    } finally {
      error.mockRestore();
    }
  });

  test('clear() during a lookup leaves no markers behind', async () => {
    document.body.innerHTML = '<p>Call 202-555-0143 now</p>';
    const { lookup } = fakeLookup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { scanner: s } = scanner({ lookup: async (numbers) => (await gate, lookup(numbers)) });
    const done = s.start(document.body);
    await new Promise((resolve) => setTimeout(resolve, 0));
    s.clear();
    release();
    await done;
    expect(markers()).toEqual([]);
    expect(s.markerCount()).toBe(0);
  });

  test('clear() removes every marker and stops watching', async () => {
    document.body.innerHTML = '<p>Call 202-555-0143 or 888-555-0142</p>';
    const { scanner: s, calls } = scanner();
    await s.start(document.body);
    expect(markers()).toHaveLength(2);
    s.clear();
    expect(markers()).toEqual([]);
    expect(s.markerCount()).toBe(0);
    expect(document.body.textContent).toBe('Call 202-555-0143 or 888-555-0142');
    document.body.insertAdjacentHTML('beforeend', '<p>415-555-0199</p>');
    await settle(s);
    expect(calls).toHaveLength(1);
  });
});

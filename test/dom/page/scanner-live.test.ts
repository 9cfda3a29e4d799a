// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PageScanner, ScannerDeps } from '@/lib/page/scanner';
import { fakeLookup, makeScanner, markers, settle, shape } from './fake-page';

const scanners: PageScanner[] = [];
function scanner(overrides: Partial<ScannerDeps> = {}) {
  const made = makeScanner(overrides);
  scanners.push(made.scanner);
  return made;
}
afterEach(() => {
  for (const instance of scanners.splice(0)) instance.clear();
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('page changes', () => {
  test('a number rewritten in place loses its marker, and the new number gets its own', async () => {
    document.body.innerHTML = '<p>Call <span id="n">202-555-0143</span> now</p>';
    const { scanner: s } = scanner();
    await s.start(document.body);
    const verdicts = () => [...document.querySelectorAll('hangup-marker')].map((marker) => `${marker.getAttribute('data-e164')} ${marker.getAttribute('data-verdict')}`);
    expect(verdicts()).toEqual(['+12025550143 scam']);
    // A framework reusing the element for another contact.
    document.getElementById('n')!.firstChild!.nodeValue = '800-555-0100';
    await settle(s);
    expect(verdicts()).toEqual(['+18005550100 official']);
    expect(shape()).toBe('<p>Call <span id="n">800-555-0100[M]</span> now</p>');
    document.getElementById('n')!.firstChild!.nodeValue = 'none here';
    await settle(s);
    expect(markers()).toEqual([]);
    expect(s.markerCount()).toBe(0);
  });

  test('a number rewritten while its lookup is on the way gets no marker in the middle of other text', async () => {
    document.body.innerHTML = '<p>Call <span id="n">202-555-0143</span> now</p>';
    const { lookup } = fakeLookup();
    let release: (() => void) | undefined;
    const slow = async (numbers: string[]) => {
      await new Promise<void>((resolve) => (release = resolve));
      return lookup(numbers);
    };
    const { scanner: s } = scanner({ lookup: slow });
    const first = s.start(document.body);
    for (let i = 0; i < 50 && !release; i++) await new Promise((resolve) => setTimeout(resolve, 2));
    document.getElementById('n')!.firstChild!.nodeValue = 'Meeting moved to 10:30 in room 5';
    release!();
    await first;
    await settle(s);
    expect(shape()).toBe('<p>Call <span id="n">Meeting moved to 10:30 in room 5</span> now</p>');
  });

  test('markers away from a change are left alone by its rescan', async () => {
    document.body.innerHTML = '<p>Call 202-555-0143</p><p id="other">Updated <span id="t">1</span></p>';
    const { scanner: s } = scanner();
    await s.start(document.body);
    const marker = document.querySelector('hangup-marker');
    document.getElementById('t')!.firstChild!.nodeValue = '2';
    await settle(s);
    expect(document.querySelector('hangup-marker')).toBe(marker);
  });

  test('a text edit that completes a number split across elements rescans its block', async () => {
    document.body.innerHTML = '<p>Call <span>202</span>-555-<b>xxxx</b> now</p>';
    const { scanner: s, calls } = scanner();
    await s.start(document.body);
    document.querySelector('b')!.firstChild!.textContent = '0143';
    await settle(s);
    expect(calls).toEqual([['+12025550143']]);
    expect(shape()).toBe('<p>Call <span>202</span>-555-<b>0143[M]</b> now</p>');
  });

  test('an inline element added to a paragraph is read with the rest of the line', async () => {
    document.body.innerHTML = '<p id="p">Call 1-888-555-</p>';
    const { scanner: s } = scanner();
    await s.start(document.body);
    const tail = document.createElement('b');
    tail.textContent = '0142';
    document.getElementById('p')!.append(tail);
    await settle(s);
    expect(shape()).toBe('<p id="p">Call 1-888-555-<b>0142[M]</b></p>');
  });

  test('a burst of changes in one place is scanned once', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    const { scanner: s, calls } = scanner({ settleMs: 20 });
    await s.start(document.body);
    const list = document.getElementById('list')!;
    const item = document.createElement('div');
    list.append(item);
    for (let i = 0; i < 20; i++) item.insertAdjacentHTML('beforeend', `<p>Line ${i}: 202-555-01${String(i + 10)}</p>`);
    await settle(s, 5);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(20);
  });

  test("Hangup's own elements and what is inside them are not scanned", async () => {
    document.body.innerHTML = '<p>x</p>';
    const { scanner: s, calls } = scanner();
    await s.start(document.body);
    document.body.insertAdjacentHTML('beforeend', '<hangup-banner><p>Call 202-555-0143</p></hangup-banner>');
    await settle(s);
    expect(calls).toEqual([]);
  });

  test('a link whose target becomes tel: is looked at', async () => {
    document.body.innerHTML = '<p><a id="a" href="#">Call us</a></p>';
    const { scanner: s } = scanner();
    await s.start(document.body);
    document.getElementById('a')!.setAttribute('href', 'tel:+14155550199');
    await settle(s);
    expect(markers()).toEqual(['+14155550199']);
  });
});

describe('single-page navigation', () => {
  test('content swapped in after a navigation is scanned, and nothing else is read again', async () => {
    document.body.innerHTML = '<main id="view"><p>Inbox: 202-555-0100</p></main>';
    const { scanner: s, calls } = scanner();
    await s.start(document.body);
    expect(calls).toEqual([['+12025550100']]);
    history.pushState(null, '', '/message/1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.getElementById('view')!.innerHTML = '<p>Your account is locked, call 1-888-555-0142</p>';
    await settle(s);
    expect(calls.slice(1)).toEqual([['+18885550142']]);
    expect(markers()).toEqual(['+18885550142']);
  });
});

describe('back-off', () => {
  const storm = async (s: PageScanner, rounds: number) => {
    for (let i = 0; i < rounds; i++) {
      const item = document.createElement('div');
      item.textContent = `tick ${i}`;
      document.body.append(item);
      await settle(s, 1);
    }
  };

  test('a page that keeps changing without numbers is scanned less often, then not at all (said once)', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    document.body.innerHTML = '<p>live</p>';
    const { scanner: s, calls } = scanner({ backoff: { changes: 3, windowMs: 60_000 } });
    await s.start(document.body);
    await storm(s, 12);
    expect(info).toHaveBeenCalledTimes(1);
    expect(String(info.mock.calls[0]?.[0])).toMatch(/no longer scanned/);
    document.body.insertAdjacentHTML('beforeend', '<p>202-555-0143</p>');
    await settle(s);
    expect(calls).toEqual([]);
  });

  test('a navigation brings scanning back, reading the page again once', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    document.body.innerHTML = '<p>live</p>';
    const { scanner: s } = scanner({ backoff: { changes: 3, windowMs: 60_000 } });
    await s.start(document.body);
    await storm(s, 12);
    document.body.insertAdjacentHTML('beforeend', '<p>missed while not watching: 202-555-0143</p>');
    history.pushState(null, '', '/next');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(s);
    expect(markers()).toEqual(['+12025550143']);
    document.body.insertAdjacentHTML('beforeend', '<p>then 888-555-0142</p>');
    await settle(s);
    expect(markers()).toEqual(['+12025550143', '+18885550142']);
  });

  test('numbers found keep a busy page at full speed', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    document.body.innerHTML = '<p>live</p>';
    const { scanner: s } = scanner({ backoff: { changes: 3, windowMs: 60_000 } });
    await s.start(document.body);
    for (let i = 0; i < 12; i++) {
      document.body.insertAdjacentHTML('beforeend', `<p>202-555-01${String(10 + i)}</p>`);
      await settle(s, 1);
    }
    expect(info).not.toHaveBeenCalled();
  });
});

describe('teardown', () => {
  test('an aborted signal stops watching changes and navigations', async () => {
    document.body.innerHTML = '<p>x</p>';
    const { scanner: s, calls, controller } = scanner();
    await s.start(document.body);
    controller.abort();
    document.body.insertAdjacentHTML('beforeend', '<p>202-555-0143</p>');
    history.pushState(null, '', '/after');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(s);
    expect(calls).toEqual([]);
  });

  test('markers removed with the content they marked are forgotten', async () => {
    document.body.innerHTML = '<div id="v"><p>Call 202-555-0143</p></div>';
    const { scanner: s } = scanner();
    await s.start(document.body);
    expect(s.markerCount()).toBe(1);
    document.getElementById('v')!.innerHTML = '<p>Call 888-555-0142</p>';
    await settle(s);
    expect(s.markerCount()).toBe(1);
  });
});

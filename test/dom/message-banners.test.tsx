// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { mountBanner } from '@/components/mount-banner';
import type { MessageVerdict } from '@/lib/detect/message';
import type { MessageRequest } from '@/lib/page/adapters/read-message';
import { generic } from '@/lib/page/adapters/generic';
import type { SiteAdapter } from '@/lib/page/adapters/types';
import { BANNER_TAG, createBannerHost } from '@/lib/page/banner-host';
import { MessageBanners, messageBanners, type MessageBannersDeps } from '@/lib/page/message-banners';

/** A toy webmail: `<article data-id>` messages with a heading, a sender and a body. */
const toyMail: SiteAdapter = {
  name: 'toy',
  matches: () => true,
  findMessages: (root) =>
    [...root.querySelectorAll('article[data-id]')].map((message) => {
      const body = message.querySelector('.body')!;
      return { body, subject: message.querySelector('h4')?.textContent ?? '', from: message.querySelector('.from')?.textContent ?? '', bannerBefore: body, key: message.getAttribute('data-id')! };
    }),
};

const vendor = { name: 'Norbury Antivirus', phones: ['+18005550100'], domains: ['norbury.example'], statements: ['Norbury never calls you unexpectedly.'] };
const verdicts: Record<MessageVerdict['verdict'], MessageVerdict> = {
  scam: { verdict: 'scam', score: 1, vendor, numbers: [], reasons: ['1-888-555-0142 is listed as a scam number by Demo list.'] },
  suspicious: { verdict: 'suspicious', score: 0.8, vendor, numbers: [], reasons: ['Claims to be Norbury Antivirus billing.'] },
  official: { verdict: 'official', score: 0, vendor, numbers: [], reasons: ['1-800-555-0100 is official.'] },
  none: { verdict: 'none', score: 0, numbers: [], reasons: ['No number in it is on a list.'] },
};

/** A background stand-in that judges by the text it is sent. */
function fakeCheck() {
  const calls: MessageRequest[] = [];
  const check = async (request: MessageRequest): Promise<MessageVerdict> => {
    calls.push(request);
    if (request.text.includes('1-888-555-0142')) return verdicts.scam;
    if (request.text.includes('808')) return verdicts.suspicious;
    if (request.text.includes('1-800-555-0100')) return verdicts.official;
    return verdicts.none;
  };
  return { calls, check };
}

const fakeBanner = (verdict: MessageVerdict, dismiss: () => void) => {
  const banner = document.createElement(BANNER_TAG.toLowerCase());
  banner.textContent = verdict.verdict;
  banner.addEventListener('click', dismiss);
  return banner;
};

const watchers: MessageBanners[] = [];
function watch(overrides: Partial<MessageBannersDeps> = {}) {
  const { calls, check } = fakeCheck();
  const errors: unknown[] = [];
  const controller = new AbortController();
  const deps: MessageBannersDeps = { doc: document, check, createBanner: fakeBanner, signal: controller.signal, settleMs: 1, recheckMs: 0, onError: (e) => errors.push(e), ...overrides };
  const watcher = new MessageBanners(toyMail, deps);
  watchers.push(watcher);
  return { watcher, calls, errors, controller };
}

afterEach(() => {
  for (const watcher of watchers.splice(0)) watcher.stop();
  document.body.innerHTML = '';
});

/** Waits out the settle delay and the pass it starts. */
async function settle(watcher: MessageBanners): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await watcher.idle();
  }
}

const message = (id: string, text: string, subject = 'Your Norbury receipt') =>
  `<article data-id="${id}"><header><h4>${subject}</h4><span class="from">Norbury &lt;billing@x.example&gt;</span></header><div class="body"><p>${text}</p></div></article>`;
const banners = () => [...document.querySelectorAll(BANNER_TAG.toLowerCase())];
/** Each banner's verdict and the message it sits in. */
const placement = () => banners().map((banner) => `${banner.getAttribute('data-verdict')}@${banner.closest('article')?.getAttribute('data-id')}>${banner.nextElementSibling?.className}`);

describe('MessageBanners', () => {
  test('puts one banner right above each flagged message and none above the others', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today') + message('b', 'Support: 1-800-555-0100') + message('c', 'Call +1 (808) 555-0191') + message('d', 'Lunch?');
    const { watcher, calls } = watch();
    await watcher.start();
    expect(placement()).toEqual(['scam@a>body', 'suspicious@c>body']);
    // A message with no number is not sent at all.
    expect(calls.map((call) => call.text)).toEqual(['Call 1-888-555-0142 today', 'Support: 1-800-555-0100', 'Call +1 (808) 555-0191']);
    expect(calls[0]).toEqual({ subject: 'Your Norbury receipt', from: 'Norbury <billing@x.example>', text: 'Call 1-888-555-0142 today', telLinks: [] });
  });

  test('sends the targets of tel: links', async () => {
    document.body.innerHTML = message('a', '<a href="tel:%2B18885550142">Call us</a>');
    const { watcher, calls } = watch();
    await watcher.start();
    expect(calls[0]?.telLinks).toEqual(['+18885550142']);
  });

  test('checks a message once: page changes around it, markers and banners cost no new check', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today');
    const { watcher, calls } = watch();
    await watcher.start();
    document.querySelector('header')!.append(document.createElement('span'));
    document.querySelector('.body p')!.append(document.createElement('hangup-marker'));
    document.body.append(document.createElement('div'));
    await settle(watcher);
    expect(calls).toHaveLength(1);
    expect(placement()).toEqual(['scam@a>body']);
  });

  test('checks again when the body text changes, and follows the new verdict', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today');
    const { watcher, calls } = watch();
    await watcher.start();
    document.querySelector('.body p')!.textContent = 'Call +1 (808) 555-0191 instead';
    await settle(watcher);
    expect(placement()).toEqual(['suspicious@a>body']);
    document.querySelector('.body p')!.firstChild!.nodeValue = 'Thanks, all sorted: 1-800-555-0100';
    await settle(watcher);
    expect(calls).toHaveLength(3);
    expect(banners()).toHaveLength(0);
  });

  test('a live message keeps its banner while it is checked again: the same element when the verdict stays the same', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today <span class="ticker">1</span>');
    const { check } = fakeCheck();
    let release: (() => void) | undefined;
    let held = 0;
    const slowCheck = async (request: MessageRequest) => {
      held++;
      if (held > 1) await new Promise<void>((resolve) => (release = resolve));
      return check(request);
    };
    const { watcher } = watch({ check: slowCheck });
    await watcher.start();
    const first = banners()[0];
    expect(placement()).toEqual(['scam@a>body']);
    document.querySelector('.ticker')!.textContent = '2';
    // The second check waits: the banner stays up meanwhile.
    for (let i = 0; i < 20 && !release; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(release).toBeDefined();
    expect(banners()).toEqual([first]);
    release!();
    await settle(watcher);
    expect(held).toBe(2);
    expect(banners()).toEqual([first]);
  });

  test('on a page read as one message, a banner at the top of it stays put through later passes (a move would take the focus)', async () => {
    document.body.innerHTML = '<main><h1>Support</h1><p>Call 1-888-555-0142 now</p><p id="tick">0</p></main>';
    const page = new MessageBanners(generic, { doc: document, check: fakeCheck().check, createBanner: fakeBanner, signal: new AbortController().signal, settleMs: 1, recheckMs: 0 });
    watchers.push(page);
    await page.start();
    const banner = banners()[0]!;
    expect(banner.nextElementSibling?.localName).toBe('h1');
    // The page's first element is still the page's own, not the banner now in front of it.
    expect(generic.findMessages(document)[0]?.bannerBefore.localName).toBe('h1');
    const main = document.querySelector('main')!;
    const insert = main.insertBefore.bind(main);
    let moves = 0;
    main.insertBefore = <T extends Node>(node: T, child: Node | null): T => {
      if ((node as Node) === banner) moves++;
      return insert(node, child);
    };
    for (let i = 1; i <= 3; i++) {
      document.getElementById('tick')!.firstChild!.nodeValue = String(i);
      await settle(page);
    }
    expect(moves).toBe(0);
    expect(banners()).toEqual([banner]);
  });

  test('a message that keeps changing is checked less and less often, and its last text is checked once it settles', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today <span class="ticker">0</span>');
    const { watcher, calls } = watch({ recheckMs: 10 });
    await watcher.start();
    for (let i = 1; i <= 60; i++) {
      document.querySelector('.ticker')!.textContent = String(i);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Waits of 10, 20, 40, 80, 160 ms over 300 ms of changes: a handful of checks, not sixty.
    expect(calls.length).toBeLessThan(12);
    expect(placement()).toEqual(['scam@a>body']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await watcher.idle();
    expect(calls.at(-1)?.text).toContain('today 60');
  });

  test('a page busy with other changes does not make every pass read every message again', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today') + '<p id="clock">0</p>';
    const body = document.querySelector('.body')!;
    let reads = 0;
    const firstChild = Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild')!.get!;
    Object.defineProperty(body, 'firstChild', { get: () => (reads++, firstChild.call(body)) });
    const { watcher, calls } = watch({ recheckMs: 100 });
    await watcher.start();
    const first = reads;
    for (let i = 1; i <= 60; i++) {
      document.getElementById('clock')!.textContent = String(i);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await watcher.idle();
    // About one read of the message a 100 ms, where a pass ran after nearly every change.
    expect(reads - first).toBeLessThanOrEqual(5 * first);
    expect(calls).toHaveLength(1);
    expect(placement()).toEqual(['scam@a>body']);
  });

  test('a dismissal stays with its message when the page moves it, and a new message in its place gets its banner', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today') + message('b', 'Lunch?');
    // Messages keyed by position, as some lists are.
    const byPosition: SiteAdapter = { ...toyMail, findMessages: (root) => toyMail.findMessages(root).map((view, index) => ({ ...view, key: `#${index}` })) };
    const page = new MessageBanners(byPosition, { doc: document, check: fakeCheck().check, createBanner: fakeBanner, signal: new AbortController().signal, settleMs: 1, recheckMs: 0 });
    watchers.push(page);
    await page.start();
    expect(placement()).toEqual(['scam@a>body']);
    (banners()[0] as HTMLElement).click();
    expect(banners()).toHaveLength(0);
    document.body.insertAdjacentHTML('afterbegin', message('c', 'Call +1 (808) 555-0191 now'));
    await settle(page);
    expect(placement()).toEqual(['suspicious@c>body']);
  });

  test('a failed check again keeps the last banner, and the next change is checked', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today <span class="ticker">1</span>');
    const { check, calls } = fakeCheck();
    let fail = false;
    const { watcher, errors } = watch({ check: (request) => (fail ? Promise.reject(new Error('offline')) : check(request)) });
    await watcher.start();
    fail = true;
    document.querySelector('.ticker')!.textContent = '2';
    await settle(watcher);
    expect(String(errors[0])).toContain('offline');
    expect(placement()).toEqual(['scam@a>body']);
    fail = false;
    document.querySelector('.body p')!.textContent = 'Call +1 (808) 555-0191 instead';
    await settle(watcher);
    expect(calls).toHaveLength(2);
    expect(placement()).toEqual(['suspicious@a>body']);
  });

  test('a change past what a check reads is not a change: a huge page is not read again to the end', async () => {
    const filler = Array.from({ length: 800 }, (_, i) => `<p>Paragraph ${i} of a very long page, with enough words to fill a line or two.</p>`).join('');
    document.body.innerHTML = message('a', `Call 1-888-555-0142 today</p>${filler}<p id="tail">end`);
    const { watcher, calls } = watch();
    await watcher.start();
    expect(calls[0]!.text.length).toBe(40_000);
    document.getElementById('tail')!.textContent = 'the end, changed';
    await settle(watcher);
    expect(calls).toHaveLength(1);
    document.querySelector('.body p')!.textContent = 'Call +1 (808) 555-0191 instead';
    await settle(watcher);
    expect(calls).toHaveLength(2);
    expect(placement()).toEqual(['suspicious@a>body']);
  });

  test('a message opened after load gets its banner; one seen before gets its banner back without a new check', async () => {
    document.body.innerHTML = '<main>' + message('a', 'Call 1-888-555-0142 today') + '</main>';
    const { watcher, calls } = watch();
    await watcher.start();
    const main = document.querySelector('main')!;
    main.innerHTML = message('b', 'Call +1 (808) 555-0191');
    await settle(watcher);
    expect(placement()).toEqual(['suspicious@b>body']);
    main.innerHTML = message('a', 'Call 1-888-555-0142 today');
    await settle(watcher);
    expect(placement()).toEqual(['scam@a>body']);
    expect(calls.map((call) => call.text)).toEqual(['Call 1-888-555-0142 today', 'Call +1 (808) 555-0191']);
  });

  test('a dismissed banner stays away', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today');
    const { watcher } = watch();
    await watcher.start();
    (banners()[0] as HTMLElement).click();
    expect(banners()).toHaveLength(0);
    document.body.append(document.createElement('div'));
    await settle(watcher);
    expect(banners()).toHaveLength(0);
  });

  test('stop() removes every banner and stops watching', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today') + message('c', 'Call +1 (808) 555-0191');
    const { watcher, calls } = watch();
    await watcher.start();
    expect(banners()).toHaveLength(2);
    watcher.stop();
    expect(banners()).toHaveLength(0);
    document.body.insertAdjacentHTML('beforeend', message('e', 'Call 1-888-555-0142 again'));
    await settle(watcher);
    expect(calls).toHaveLength(2);
    expect(banners()).toHaveLength(0);
  });

  test('a verdict that arrives after stop() is dropped', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today');
    let release: (verdict: MessageVerdict) => void = () => undefined;
    const { watcher } = watch({ check: () => new Promise((resolve) => (release = resolve)) });
    const started = watcher.start();
    await new Promise((resolve) => setTimeout(resolve, 5));
    watcher.stop();
    release(verdicts.scam);
    await started;
    expect(banners()).toHaveLength(0);
  });

  test('aborting the signal stops it too', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today');
    const { watcher, controller } = watch();
    await watcher.start();
    controller.abort();
    expect(banners()).toHaveLength(0);
  });

  test('a failed check is reported and leaves the page alone', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today');
    const { watcher, errors } = watch({ check: () => Promise.reject(new Error('offline')) });
    await watcher.start();
    expect(banners()).toHaveLength(0);
    expect(String(errors[0])).toContain('offline');
  });

  test('page text is never parsed as HTML, in the request or in the banner', async () => {
    const hostile = '<img src=x onerror="window.__hangupPwned = 1">';
    document.body.innerHTML = message('a', '');
    document.querySelector('h4')!.textContent = `Invoice ${hostile}`;
    document.querySelector('.body p')!.textContent = `Call 1-888-555-0142 ${hostile}`;
    const roots: ShadowRoot[] = [];
    const requests: MessageRequest[] = [];
    const { watcher } = watch({
      check: async (request) => {
        requests.push(request);
        return { ...verdicts.scam, reasons: [`Says "${request.text}"`] };
      },
      createBanner: (verdict, dismiss) =>
        createBannerHost(document, (root) => {
          roots.push(root);
          mountBanner(root, { verdict, onDismiss: dismiss });
        }),
    });
    await watcher.start();
    expect(requests[0]?.subject).toBe(`Invoice ${hostile}`);
    const root = roots[0]!;
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(within(root as unknown as HTMLElement).getByRole('alert').textContent).toContain(`Says "Call 1-888-555-0142 ${hostile}"`);
    expect((window as { __hangupPwned?: number }).__hangupPwned).toBeUndefined();
    fireEvent.click(within(root as unknown as HTMLElement).getByRole('button', { name: 'Dismiss this warning' }));
    expect(banners()).toHaveLength(0);
  });
});

describe('messageBanners feature', () => {
  test('starts once, picks the adapter for the page, and stop() cleans up', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today');
    const { check, calls } = fakeCheck();
    const feature = messageBanners({ doc: document, check, createBanner: fakeBanner, signal: new AbortController().signal, adapters: [toyMail], settleMs: 1 });
    expect(feature.name).toBe('message-banners');
    feature.start();
    feature.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(1);
    expect(banners()).toHaveLength(1);
    feature.stop();
    expect(banners()).toHaveLength(0);
  });

  test('does nothing on a page no adapter claims', async () => {
    document.body.innerHTML = message('a', 'Call 1-888-555-0142 today');
    const { check, calls } = fakeCheck();
    const feature = messageBanners({ doc: document, check, createBanner: fakeBanner, signal: new AbortController().signal, adapters: [{ ...toyMail, matches: () => false }] });
    feature.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(0);
    feature.stop();
  });
});

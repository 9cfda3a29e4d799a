// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { generic } from '@/lib/page/adapters/generic';
import { adapterFor } from '@/lib/page/adapters';
import { readMessage, worthChecking, type ReadOptions } from '@/lib/page/adapters/read-message';

const reading: ReadOptions = { sliceMs: 8, now: () => performance.now(), pause: async () => undefined };

function page(url: string, title: string, body: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.title = title;
  document.body.innerHTML = body;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('generic adapter', () => {
  test('the page main content is one message: title as subject, host as sender', () => {
    page('https://support-desk.example/help/norbury', 'Norbury Support', '<nav>Home</nav><main><h1>Norbury help</h1><p>Call 1-888-555-0142 now</p></main>');
    const [view, ...rest] = generic.findMessages(document);
    expect(rest).toEqual([]);
    expect(view).toMatchObject({ subject: 'Norbury Support', from: 'support-desk.example', key: 'generic:https://support-desk.example/help/norbury' });
    expect(view?.body.tagName).toBe('MAIN');
    expect(view?.bannerBefore.tagName).toBe('H1');
  });

  test('falls back to a single article, then to the body', () => {
    page('https://a.example/', 'A', '<article><p>Call (202) 555-0143</p></article>');
    expect(generic.findMessages(document)[0]?.body.tagName).toBe('ARTICLE');
    page('https://a.example/', 'A', '<div><p>Call (202) 555-0143</p></div>');
    expect(generic.findMessages(document)[0]?.body.tagName).toBe('BODY');
  });

  test('a few articles are read one by one: subject from each heading, banner above each', () => {
    page(
      'https://forum.example/t/42',
      'Thread',
      '<main><article id="p1"><h2>Renewal notice</h2><p>Call 1-888-555-0142</p><article><p>quoted</p></article></article><article><h3>Re: renewal</h3><p>That is a scam.</p></article><article><p>No heading</p></article></main>',
    );
    const views = generic.findMessages(document);
    expect(views.map((view) => view.key)).toEqual(['generic:https://forum.example/t/42#p1', 'generic:https://forum.example/t/42#1', 'generic:https://forum.example/t/42#2']);
    expect(views.map((view) => view.subject)).toEqual(['Renewal notice', 'Re: renewal', 'Thread']);
    expect(views.map((view) => view.from)).toEqual(['forum.example', 'forum.example', 'forum.example']);
    expect(views[0]!.body.id).toBe('p1');
    expect(views[0]!.bannerBefore.tagName).toBe('H2');
    // A nested article (a quote) is part of its outer one, not a message of its own.
    expect(views.every((view) => view.body.tagName === 'ARTICLE' && view.body.parentElement!.tagName === 'MAIN')).toBe(true);
  });

  test('only articles inside the main content count, and a long list of them is read as one page', () => {
    page('https://a.example/', 'A', '<aside><article>ad</article><article>ad</article></aside><main><p>Call (202) 555-0143</p></main>');
    expect(generic.findMessages(document).map((view) => view.body.tagName)).toEqual(['MAIN']);
    page('https://news.example/', 'News', `<main>${'<article><h2>Story</h2></article>'.repeat(21)}</main>`);
    expect(generic.findMessages(document).map((view) => view.body.tagName)).toEqual(['MAIN']);
  });

  test("finds the page's content whatever its text: whether it is checked is decided on what a check reads", async () => {
    page('https://news.example/', 'News', '<main><p>Nothing to call here, 2026 was a good year.</p></main>');
    const [quiet] = generic.findMessages(document);
    expect(worthChecking(await readMessage(quiet!, reading))).toBe(false);
    page('https://a.example/', 'A', '<main><a href="tel:+18885550142">Call us</a></main>');
    const [withLink] = generic.findMessages(document);
    expect(worthChecking(await readMessage(withLink!, reading))).toBe(true);
  });

  test('the index picks the site adapter first and the generic one for any other page', () => {
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/'))?.name).toBe('gmail');
    expect(adapterFor(new URL('https://outlook.office365.com/mail/'))?.name).toBe('outlook');
    expect(adapterFor(new URL('https://mail.yahoo.com/d/folders/1'))?.name).toBe('yahoo');
    expect(adapterFor(new URL('https://example.com/'))?.name).toBe('generic');
  });
});

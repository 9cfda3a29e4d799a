// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { yahoo } from '@/lib/page/adapters/yahoo';
import { loadFixture, openFromTemplate, squash } from './load-fixture';

const URL_ = 'https://mail.yahoo.com/d/folders/1/messages/AOrBSg0Ob5dRZWKx3gTd2K4vLmN';

describe('yahoo adapter', () => {
  test('matches mail.yahoo.com only', () => {
    expect(yahoo.matches(new URL(URL_))).toBe(true);
    expect(yahoo.matches(new URL('https://www.yahoo.com/'))).toBe(false);
  });

  test('finds each message view with the thread subject, its sender and its body', () => {
    loadFixture('yahoo/index.html', URL_);
    const views = yahoo.findMessages(document);
    expect(views.map((view) => view.key)).toEqual(['yahoo:AOrBSg0Ob5dRZWKx3gTd2K4vLmN:0', 'yahoo:AOrBSg0Ob5dRZWKx3gTd2K4vLmN:1']);
    expect(views.map((view) => view.subject)).toEqual(['Your Norbury 360 receipt', 'Your Norbury 360 receipt']);
    expect(views.map((view) => view.from)).toEqual(['Norbury <receipts@norbury.example>', 'Norbury Billing Dept <billing-desk@norbury-renewals.example>']);
    expect(squash(views[1]!.body.textContent ?? '')).toContain('immediately at 1-888-555-0142 to cancel');
    for (const view of views) {
      expect(view.body.getAttribute('data-test-id')).toBe('message-view-body-content');
      expect(view.bannerBefore.getAttribute('data-test-id')).toBe('message-view-body');
      // The recipient pill is not the sender.
      expect(view.from).not.toContain('Jo Reader');
    }
  });

  test('ignores the message list and the folders', () => {
    loadFixture('yahoo/index.html', URL_);
    const bodies = yahoo.findMessages(document).map((view) => view.body);
    expect(bodies.some((body) => body.closest('[data-test-id="message-list"], nav'))).toBe(false);
  });

  test('a message opened after load gets a key from its URL', () => {
    loadFixture('yahoo/index.html', URL_);
    openFromTemplate('AB8jq4kFn2cLQWpv7sTe9Hx1RmD', document.getElementById('reader-view')!, '/d/folders/1/messages/AB8jq4kFn2cLQWpv7sTe9Hx1RmD');
    const views = yahoo.findMessages(document);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({
      key: 'yahoo:AB8jq4kFn2cLQWpv7sTe9Hx1RmD:0',
      subject: 'Action required: Norbury subscription renewal',
      from: 'Norbury Security <no-reply@norbury-secure.example>',
    });
    expect(views[0]!.body.textContent).toContain('+1 (８０８) ５５５-０１９１');
  });

  test('falls back to the pill title for the address', () => {
    loadFixture('yahoo/index.html', URL_);
    const pill = document.querySelector('[data-test-id="message-from"] [data-test-id="email-pill"]')!;
    pill.textContent = 'Norbury';
    pill.setAttribute('title', 'receipts@norbury.example');
    expect(yahoo.findMessages(document)[0]?.from).toBe('Norbury <receipts@norbury.example>');
  });
});

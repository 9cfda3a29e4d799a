// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { gmail } from '@/lib/page/adapters/gmail';
import { loadFixture, openFromTemplate, squash } from './load-fixture';

const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKWdDtxbhLqMsvRzPmGjQBcFn';

beforeEach(() => {
  loadFixture('gmail/index.html', URL_);
});

describe('gmail adapter', () => {
  test('matches mail.google.com only', () => {
    expect(gmail.matches(new URL(URL_))).toBe(true);
    expect(gmail.matches(new URL('https://google.com/mail'))).toBe(false);
    expect(gmail.matches(new URL('https://mail.google.com.evil.example/'))).toBe(false);
  });

  test('finds each open message of the conversation with subject, sender and body', () => {
    const views = gmail.findMessages(document);
    expect(views.map((view) => view.key)).toEqual(['gmail:1931ae8f2c40d001', 'gmail:1931b6d1a5e2f738']);
    expect(views.map((view) => view.subject)).toEqual(['Your Norbury 360 receipt', 'Your Norbury 360 receipt']);
    expect(views.map((view) => view.from)).toEqual(['Norbury <receipts@norbury.example>', 'Norbury Billing Dept <billing-desk@norbury-renewals.example>']);
    const [receipt, scam] = views;
    expect(squash(receipt!.body.textContent ?? '')).toContain('Call Norbury customer care at 1-800-555-0100');
    expect(squash(scam!.body.textContent ?? '')).toContain('immediately at 1-888-555-0142 to cancel');
    // The body only: no header, no recipients.
    expect(scam!.body.textContent).not.toContain('jo.reader@gmail.com');
  });

  test('the banner goes right above the body, inside the message', () => {
    for (const view of gmail.findMessages(document)) {
      expect(view.bannerBefore).toBe(view.body);
      expect(view.body.closest('[data-legacy-message-id]')).not.toBeNull();
    }
  });

  test('ignores the thread list, the navigation and the search box', () => {
    const bodies = gmail.findMessages(document).map((view) => view.body);
    for (const row of document.querySelectorAll('tr[role="row"], [role="navigation"], header')) {
      expect(bodies.some((body) => row.contains(body) || body.contains(row))).toBe(false);
    }
  });

  test('skips a collapsed message, whose body is not loaded yet', () => {
    const scam = document.querySelector('[data-legacy-message-id="1931b6d1a5e2f738"]')!;
    scam.querySelector('.ii.gt')!.remove();
    expect(gmail.findMessages(document).map((view) => view.key)).toEqual(['gmail:1931ae8f2c40d001']);
  });

  test('finds a conversation opened after load (hash navigation, DOM swap)', () => {
    openFromTemplate('1931cf5b84c17a3c', document.getElementById(':4p')!, '#inbox/FMfcgzQXKWfLmPpqTjRvBnCxHsWdKzGt');
    const views = gmail.findMessages(document);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ key: 'gmail:1931cf5b84c17a3c', subject: 'Action required: Norbury subscription renewal', from: 'Norbury Security <no-reply@norbury-secure.example>' });
    expect(squash(views[0]!.body.textContent ?? '')).toContain('call our billing desk within 24 hours');
  });

  test('conversations waiting in templates are not messages yet', () => {
    const keys = gmail.findMessages(document).map((view) => view.key);
    expect(keys).not.toContain('gmail:1931cf5b84c17a3c');
    expect(keys).not.toContain('gmail:193194a7b2de0c3e');
  });
});

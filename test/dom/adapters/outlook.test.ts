// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { outlook } from '@/lib/page/adapters/outlook';
import { loadFixture, openFromTemplate, squash } from './load-fixture';

const PANE = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hZjVmLTk1ZmQtMDACLTAwCgBGAAADjq7AAAAB';
const POPOUT = 'https://outlook.office.com/mail/deeplink/read/AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AjqGcj1kx?popoutv2=1';

describe('outlook adapter', () => {
  test.each(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'])('matches %s', (host) => {
    expect(outlook.matches(new URL(`https://${host}/mail/`))).toBe(true);
  });

  test.each(['outlook.com.evil.example', 'mail.google.com', 'office.com'])('does not match %s', (host) => {
    expect(outlook.matches(new URL(`https://${host}/mail/`))).toBe(false);
  });

  test('reading pane: each message of the conversation, keyed by its item id', () => {
    loadFixture('outlook/index.html', PANE);
    const views = outlook.findMessages(document);
    expect(views.map((view) => view.key)).toEqual(['outlook:AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AjqGcj1kq', 'outlook:AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AjqGcj1kr']);
    expect(views.map((view) => view.subject)).toEqual(['Your Norbury 360 receipt', 'Your Norbury 360 receipt']);
    expect(views.map((view) => view.from)).toEqual(['Norbury <receipts@norbury.example>', 'Norbury Billing Dept <billing-desk@norbury-renewals.example>']);
    expect(squash(views[1]!.body.textContent ?? '')).toContain('immediately at 1-888-555-0142 to cancel');
    for (const view of views) {
      expect(view.body.getAttribute('aria-label')).toBe('Message body');
      expect(view.bannerBefore).toBe(view.body);
    }
  });

  test('never reads the reply the user is typing, nor the message list', () => {
    loadFixture('outlook/index.html', PANE);
    const bodies = outlook.findMessages(document).map((view) => view.body);
    expect(bodies.some((body) => body.closest('[contenteditable="true"]') || body.querySelector('[contenteditable="true"]'))).toBe(false);
    expect(bodies.some((body) => body.closest('[role="listbox"]'))).toBe(false);
    expect(bodies.map((body) => body.textContent).join('')).not.toContain('I will call');
  });

  test('a conversation opened after load is found', () => {
    loadFixture('outlook/index.html', PANE);
    openFromTemplate('AQQkADAwATM0MDAAMS1hZjVmLTk1ZmQtMDACLTAwCgAQAHd2nC9', document.getElementById('ConversationReadingPaneContainer')!, '/mail/0/inbox/id/other');
    const views = outlook.findMessages(document);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({
      key: 'outlook:AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AjqGcj1ks',
      subject: 'Action required: Norbury subscription renewal',
      from: 'Norbury Security <no-reply@norbury-secure.example>',
    });
    expect(views[0]!.body.textContent).toContain('+1 (8O8) 555-O191');
  });

  test('pop-out window: no main landmark, subject from the message header', () => {
    loadFixture('outlook/popout.html', POPOUT);
    const views = outlook.findMessages(document);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({
      key: 'outlook:AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AjqGcj1kx',
      subject: 'Your Bluegate protection plan has expired',
      from: 'Bluegate Support <care@bluegate-helpdesk.example>',
    });
    expect(views[0]!.body.querySelector('a[href^="tel:"]')).not.toBeNull();
  });

  test('a body with no sender heading still gets a key of its own', () => {
    loadFixture('outlook/popout.html', POPOUT);
    document.querySelector('[id$="_FROM"]')!.removeAttribute('id');
    const [view] = outlook.findMessages(document);
    expect(view?.key).toBe('outlook:/mail/deeplink/read/AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AjqGcj1kx#UniqueMessageBody');
  });
});

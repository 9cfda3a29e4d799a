import { describe, expect, test } from 'vitest';
import { buildDirectory } from '@/lib/detect/directory';
import { fold } from '@/lib/detect/fold';
import { findClaims, mainClaim, type ClaimKind } from '@/lib/detect/signals/claim';
import { mainDesk, type Desk } from '@/lib/detect/signals/desk';

const directory = buildDirectory();

function claimOf(body: string, subject = '', fromName = ''): { vendor?: string; kind?: ClaimKind } {
  const claim = mainClaim(findClaims({ subject: fold(subject).text, fromName: fold(fromName).text, body: fold(body).text, matcher: directory.matcher }));
  return claim ? { vendor: directory.vendors[claim.vendor]!.name, kind: claim.kind } : {};
}

describe('a claim to be a vendor', () => {
  test.each([
    ['en', 'Your Norton subscription has been renewed.', 'Norton'],
    ['en', 'Thank you for choosing McAfee.', 'McAfee'],
    ['en', 'We are confirming your automatic renewal with Norton 360.', 'Norton'],
    ['en', 'Regards,\nTeam Geek Squad', 'Geek Squad'],
    ['en', 'Questions? Microsoft Support is here to help.', 'Microsoft'],
    ['en', '© 2026 PayPal, Inc. All rights reserved.', 'PayPal'],
    ['de', 'Ihr Amazon-Konto wurde vorübergehend gesperrt.', 'Amazon'],
    ['fr', 'Votre abonnement McAfee a été renouvelé.', 'McAfee'],
    ['es', 'Su cuenta de PayPal ha sido limitada.', 'PayPal'],
    ['pt', 'Sua conta Nubank foi bloqueada.', 'Nubank'],
  ] as const)('%s: %s', (_lang, body, vendor) => {
    expect(claimOf(body)).toEqual({ vendor, kind: 'body' });
  });

  test('the name alone at the top of the message is a letterhead', () => {
    expect(claimOf('PayPal\n\nReceipt for your order\nAmount: $20.00')).toEqual({ vendor: 'PayPal', kind: 'body' });
  });

  test('the sender name carries the strongest claim', () => {
    expect(claimOf('Hello, see below.', '', 'Coinbase Support')).toEqual({ vendor: 'Coinbase', kind: 'sender' });
  });

  test('a person whose name is also a brand is not the brand', () => {
    expect(claimOf('Hello, see below.', '', 'Chase Miller')).toEqual({ vendor: 'Chase', kind: 'mention' });
    expect(claimOf('Hello, see below.', '', 'Chase Alerts')).toEqual({ vendor: 'Chase', kind: 'sender' });
  });

  test('a subject naming the vendor beside account words', () => {
    expect(claimOf('Hello.', 'Your Amazon order has shipped')).toEqual({ vendor: 'Amazon', kind: 'subject' });
    expect(claimOf('Hello.', 'Amazon to open new warehouses')).toEqual({ vendor: 'Amazon', kind: 'mention' });
  });

  test.each([
    ['news', 'Shares of Microsoft rose after the announcement, analysts said.'],
    ['an email address', 'Write to me at someone@yahoo.com instead.'],
    ['a web address', 'The terms are at http://docs.yahoo.com/info/terms/ for all.'],
    ['"your use of"', 'Your use of Yahoo Groups is subject to the terms.'],
  ])('only a mention in %s', (_case, body) => {
    expect(claimOf(body).kind ?? 'mention').toBe('mention');
  });
});

describe('which desk a message speaks for', () => {
  test.each([
    ['Your subscription renewal was processed; the renewal covers 3 devices.', 'renewal'],
    ['We issued a refund; the refund will reach you soon.', 'refund'],
    ['Suspicious login attempt: your account security matters.', 'security'],
    ['Kundendienst und technischer Support helfen Ihnen.', 'support'],
    ['Votre facture et votre paiement sont disponibles.', 'billing'],
  ] as const)('%s → %s', (text, desk: Desk) => {
    expect(mainDesk(fold(text).text)).toBe(desk);
  });
});

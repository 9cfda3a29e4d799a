import { describe, expect, test } from 'vitest';
import { buildDirectory } from '@/lib/detect/directory';
import { messageVerdict, type MessageInput } from '@/lib/detect/message';
import { numberVerdict } from '@/lib/detect/verdict';
import type { ListMatch } from '@/lib/lists/types';
import { findPhoneNumbers } from '@/lib/phone/find';
import { bundled, vendor } from './fixtures';

const feed = bundled();
const directory = buildDirectory(feed.vendors);
const listed = new Map(feed.entries.map((e) => [e.n, [{ feedId: feed.feedId, feedName: feed.name, category: e.category, vendor: feed.vendors.find((v) => v.id === e.vendor) } satisfies ListMatch]]));

/** A message verdict with numbers found the way the scanner finds them. */
function verdictOf(message: { subject?: string; from?: string; text: string; html?: string }) {
  const text = message.text;
  const input: MessageInput = {
    subject: message.subject ?? '',
    from: message.from ?? '',
    text,
    ...(message.html ? { html: message.html } : {}),
    numbers: findPhoneNumbers(text, 'US'),
    listMatches: listed,
    directory,
  };
  return messageVerdict(input);
}

describe('message verdicts', () => {
  test('a number on a subscribed list makes the message a scam', () => {
    const v = verdictOf({ text: 'Questions about your order? Call 1-888-555-0142.' });
    expect(v.verdict).toBe('scam');
    expect(v.score).toBe(1);
    expect(v.vendor?.name).toBe('Norbury Antivirus');
    expect(v.numbers).toEqual([{ raw: '1-888-555-0142', e164: '+18885550142', status: 'scam' }]);
    expect(v.reasons[0]).toBe('1-888-555-0142 is listed as a scam number by Hangup demo list.');
  });

  test('a vendor claim and a call to a number that is not the vendor\'s is suspicious, with readable reasons', () => {
    const v = verdictOf({
      subject: 'Your Norton renewal receipt',
      from: 'Norton Billing <billing@renewals-desk.example>',
      text: 'Your Norton 360 plan renewed today for $399.99.\nIf you did not authorize this charge, call us within 24 hours at 1-888-555-0199.',
    });
    expect(v.verdict).toBe('suspicious');
    expect(v.vendor?.name).toBe('Norton');
    expect(v.numbers).toEqual([{ raw: '1-888-555-0199', e164: '+18885550199', status: 'suspicious' }]);
    expect(v.reasons).toEqual([
      "Claims to be Norton billing; the number 1-888-555-0199 is not one Hangup knows as Norton's; asks you to call about a $399.99 charge.",
      "Sent from renewals-desk.example, which is not one of Norton's domains.",
      'Uses the "if this wasn\'t you, call us" hook ("If you did not authorize").',
      'Pushes you to act fast ("renewed today").',
    ]);
  });

  test.each([
    ['de', 'Ihre Rechnung', 'Sehr geehrter Kunde,\nIhr Norton-Abonnement wurde für 399,99 € verlängert. Falls Sie diese Zahlung nicht autorisiert haben, rufen Sie uns sofort unter +1 888 555 0199 an.'],
    ['fr', 'Votre facture', "Bonjour,\nVotre abonnement McAfee a été renouvelé pour 299,99 €. Si vous n'êtes pas à l'origine de ce paiement, appelez immédiatement le +1 888 555 0199."],
    ['es', 'Su pedido', 'Estimado cliente:\nSu compra de Amazon por 849,00 € ha sido procesada. Si no reconoce este cargo, llame de inmediato al +1 888 555 0199.'],
    ['pt', 'Compra aprovada', 'NUBANK: Compra de R$ 1.499,99 aprovada. Caso não reconheça, ligue para nossa central: 0800 555 0142.'],
    ['en', 'Security alert', 'Windows Defender warning: your computer is infected with a trojan. Call Microsoft Support at 1 (877) 555-0168 for remote access help.'],
  ])('%s lure is suspicious', (_lang, subject, text) => {
    const v = verdictOf({ subject, from: 'Desk <desk@mailer.example>', text });
    expect(v.verdict).toBe('suspicious');
    expect(v.reasons[0]).toMatch(/^Claims to be /);
  });

  test('the vendor\'s published number makes the message official', () => {
    const v = verdictOf({ subject: 'Your Norbury account', text: 'Norbury support is on 1-800-555-0100 if you need us.' });
    expect(v.verdict).toBe('official');
    expect(v.numbers[0]!.status).toBe('official');
    expect(v.reasons).toEqual(["1-800-555-0100 is one of Norbury Antivirus' official numbers, as published by Norbury Antivirus."]);
  });

  test('mail from the vendor\'s own domain is not called suspicious on wording alone', () => {
    const v = verdictOf({ from: 'PayPal <service@paypal.com>', subject: 'Your PayPal receipt', text: 'You paid $20.00. Questions about this payment? Call us at 1-888-555-0199.' });
    expect(v.verdict).toBe('none');
    expect(v.reasons[0]).toBe("Sent from paypal.com, one of PayPal's own domains.");
  });

  test.each([
    ['a signature number in a mailing-list post', 'list@example.org', 'Re: laptops', 'I bought a Dell laptop from Best Buy and it works fine.\n\n--\nJo\nPhone: +1 202 555 0186'],
    ['a shop with its own number', 'orders@acme-garden.example', 'Order shipped', 'Your order from Acme Garden Tools has shipped. Questions? Call us at 1-888-555-0177. Total: $45.00'],
    ['an advisory naming many vendors', 'advisories@cert.example', 'Advisory', 'Microsoft Security, Apple Support and HP Support have released fixes for your systems. Call the hotline at +1 202 555 0186 immediately.'],
    ['no number at all', 'Norton <x@gmail.com>', 'Your Norton renewal', 'Your Norton plan renewed for $399.99 within 24 hours.'],
    ['a vendor promotion sent through a mailing service', 'Dell Deals <deals@mail.esp.example>', 'Your Dell offer', 'Your Dell laptop upgrade is waiting: only $499.00 this week. Call 1-888-555-0199 to order.'],
  ])('nothing suspicious in %s', (_case, from, subject, text) => {
    expect(verdictOf({ from, subject, text }).verdict).toBe('none');
  });

  test('a vendor named far away from the number does not tie the number to the vendor', () => {
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(60);
    const text = `Your Amazon account settings were updated.\n\n${filler}\n\nIf you did not make this change, call 1-888-555-0199.`;
    expect(verdictOf({ from: 'news@digest.example', text }).verdict).toBe('none');
  });

  test('a disguised number, a placeholder and hidden characters all add to the reasons', () => {
    const v = verdictOf({
      subject: 'Your P\u200bayP\u200bal invoice',
      from: 'Billing <billing@gmail.com>',
      text: 'Dear %NAME%,\nYour PayPal account was charged $899.00. To cancel call 1-8OO-555-0199 immediately.',
    });
    expect(v.verdict).toBe('suspicious');
    expect(v.reasons).toContain('Sent from a personal webmail address (gmail.com), not from PayPal.');
    expect(v.reasons).toContain('Contains an unfilled placeholder (%NAME%), a mark of bulk scam mail.');
    expect(v.reasons.some((r) => /is disguised with look-alike or hidden characters/.test(r))).toBe(true);
  });

  test('a tel: link to the number counts as a request to call it', () => {
    const message = { subject: 'Your Coinbase account', from: 'Coinbase <alerts@cb-secure.example>', text: 'Unusual sign-in attempt on your Coinbase account.\n\n1-888-555-0199' };
    const plain = verdictOf(message);
    const linked = verdictOf({ ...message, html: '<a href="tel:18885550199">1-888-555-0199</a>' });
    expect(linked.score).toBeGreaterThan(plain.score);
  });

  test('a message with no number says so', () => {
    expect(verdictOf({ text: 'Lunch on Friday?' })).toEqual({ verdict: 'none', score: 0, numbers: [], reasons: ['No phone number found.'] });
  });

  test('without a directory the bundled vendors are used', () => {
    const text = 'Your McAfee subscription renewed for $299.00. To cancel, call 1-888-555-0199 now.';
    const v = messageVerdict({ subject: '', from: 'x@gmail.com', text, numbers: findPhoneNumbers(text, 'US'), listMatches: new Map() });
    expect(v.verdict).toBe('suspicious');
    expect(v.vendor?.name).toBe('McAfee');
  });
});

describe('number verdicts used by the extension', () => {
  test('still give scam, official and none', () => {
    const norbury = feed.vendors.find((v) => v.id === 'norbury')!;
    expect(numberVerdict('+18885550142', listed.get('+18885550142')!, feed.vendors).verdict).toBe('scam');
    expect(numberVerdict('+18005550100', [], feed.vendors)).toMatchObject({ verdict: 'official', vendor: { name: norbury.name } });
    expect(numberVerdict('+18885550199', [], [vendor('x')]).verdict).toBe('none');
  });
});

import { describe, expect, test } from 'vitest';
import { fold } from '@/lib/detect/fold';
import { findDisown } from '@/lib/detect/signals/disown';
import { findCharge } from '@/lib/detect/signals/money';
import { findRemoteAccess } from '@/lib/detect/signals/remote';
import { findTemplateToken } from '@/lib/detect/signals/template';
import { findUrgency } from '@/lib/detect/signals/urgency';

const f = (s: string) => fold(s).text;

describe('charge amounts', () => {
  test.each([
    ['en', 'Your plan renewed and you were charged $399.99 today.', '$399.99', 399.99],
    ['en', 'Total Paid: USD408.11', 'USD408.11', 408.11],
    ['en', 'Invoice INV-2291\nAmount: 1,529.20 USD', '1,529.20 USD', 1529.2],
    ['de', 'Es wurde ein Betrag von 399,99 € abgebucht.', '399,99 €', 399.99],
    ['fr', 'Un montant de 1 249,00 € a été débité.', '1 249,00 €', 1249],
    ['es', 'Se ha realizado un cargo de 849,00 € en su cuenta.', '849,00 €', 849],
    ['pt', 'Compra no valor de R$1.499,99 aprovada.', 'R$1.499,99', 1499.99],
  ] as const)('%s: %s', (_lang, sentence, text, value) => {
    expect(findCharge(f(sentence))).toEqual({ text, value });
  });

  test.each([
    ['a price with no charge wording', 'Tomatoes are $3.99 a kilo at the market.'],
    ['no amount', 'Your order has been charged to your card.'],
    ['an advert quoting a price', 'New laptops: order today, total price $899.00 with free delivery.'],
    ['an offer', 'Your invoice is ready. Upgrade now and save $200.00 on your plan!'],
  ])('nothing for %s', (_name, sentence) => {
    expect(findCharge(f(sentence))).toBeUndefined();
  });
});

describe('urgency', () => {
  test.each([
    ['en', 'Call within 24 hours to stop the charge.', 'within 24 hours'],
    ['en', 'The payment will be processed today.', 'will be processed today'],
    ['de', 'Bitte melden Sie sich sofort.', 'sofort'],
    ['fr', 'Appelez-nous immédiatement.', 'immediatement'],
    ['es', 'Llame de inmediato para cancelar.', 'de inmediato'],
    ['pt', 'Ligue imediatamente para a central.', 'imediatamente'],
  ] as const)('%s: %s', (_lang, sentence, phrase) => {
    expect(findUrgency(f(sentence))?.text.toLowerCase()).toBe(phrase);
  });

  test('ordinary mail has none', () => {
    expect(findUrgency(f('Here are today\'s headlines and the weather for the weekend.'))).toBeUndefined();
  });
});

describe('remote access and "your computer is infected"', () => {
  test.each([
    ['en', 'Warning: your computer is infected with a trojan.'],
    ['en', 'Our technician will connect through AnyDesk.'],
    ['de', 'Ihr Computer wurde gehackt. Wir brauchen Fernzugriff.'],
    ['fr', 'Votre ordinateur est infecté par un virus.'],
    ['es', 'Su computadora está infectada, necesitamos acceso remoto.'],
    ['pt', 'Seu computador está infectado, precisamos de acesso remoto.'],
  ] as const)('%s: %s', (_lang, sentence) => {
    expect(findRemoteAccess(f(sentence))).toBeDefined();
  });

  test('talking about antivirus software is not a claim of infection', () => {
    expect(findRemoteAccess(f('Which antivirus do you use on Linux?'))).toBeUndefined();
  });
});

describe('"if this was not you" and cancel-by-phone hooks', () => {
  test.each([
    ['en', "If you didn't authorize this transaction, call us."],
    ['en', 'To cancel your subscription, contact our team.'],
    ['en', 'If this wasn\'t you, phone our security desk.'],
    ['de', 'Falls Sie diese Zahlung nicht autorisiert haben, rufen Sie uns an.'],
    ['fr', "Si vous n'êtes pas à l'origine de cet achat, appelez-nous."],
    ['es', 'Si no reconoce esta compra, llame a soporte.'],
    ['pt', 'Caso não reconheça esta compra, ligue para a central.'],
  ] as const)('%s: %s', (_lang, sentence) => {
    expect(findDisown(f(sentence))).toBeDefined();
  });

  test('a login alert that says "if this was you" is not the hook', () => {
    expect(findDisown(f('If this was you, you can ignore this message.'))).toBeUndefined();
  });
});

describe('unfilled template tokens', () => {
  test.each([
    ['%PHONE%', 'Call us at %PHONE% today.'],
    ['{{first_name}}', 'Dear {{first_name}}, your order shipped.'],
    ['[FIRSTNAME]', 'Hello [FIRSTNAME], your invoice is ready.'],
    ['#EMAIL#', 'Account: #EMAIL#'],
  ])('%s', (token, sentence) => {
    expect(findTemplateToken(sentence)?.text).toBe(token);
  });

  test.each([
    ['a shell variable', 'Add it to %PATH% and run ${HOME}/bin/setup.'],
    ['a footnote', 'As shown in [1] and [2].'],
  ])('not %s', (_name, sentence) => {
    expect(findTemplateToken(sentence)).toBeUndefined();
  });
});

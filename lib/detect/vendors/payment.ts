import { known, type KnownVendor } from './types';

/** Payment services, cards and money apps. */
export const PAYMENT: KnownVendor[] = [
  known('paypal', 'PayPal', 'payment', {
    aliases: ['PayPal', 'Pay Pal', 'PayPal Credit'],
    typos: ['Paypall', 'Paypa1', 'Paypl', 'Payapl', 'Pay-Pal'],
    domains: ['paypal.com', 'paypal.me', 'paypal-communication.com'],
  }),
  known('venmo', 'Venmo', 'payment', { aliases: ['Venmo'], domains: ['venmo.com'] }),
  known('zelle', 'Zelle', 'payment', { aliases: ['Zelle', 'Zelle Pay'], domains: ['zellepay.com'] }),
  known('cashapp', 'Cash App', 'payment', { aliases: ['Cash App', 'CashApp', 'Square Cash'], domains: ['cash.app', 'square.com', 'squareup.com', 'block.xyz'] }),
  known('stripe', 'Stripe', 'payment', { exact: ['Stripe'], aliases: ['Stripe Payments'], domains: ['stripe.com'] }),
  known('amex', 'American Express', 'payment', { aliases: ['American Express', 'AmEx'], domains: ['americanexpress.com', 'aexp.com'] }),
  known('visa', 'Visa', 'payment', { exact: ['VISA'], aliases: ['Visa Card', 'Visa Inc'], domains: ['visa.com'] }),
  known('mastercard', 'Mastercard', 'payment', { aliases: ['Mastercard', 'Master Card'], domains: ['mastercard.com'] }),
  known('revolut', 'Revolut', 'payment', { aliases: ['Revolut'], domains: ['revolut.com'] }),
  known('wise', 'Wise', 'payment', { aliases: ['TransferWise', 'Wise Payments'], domains: ['wise.com', 'transferwise.com'] }),
  known('picpay', 'PicPay', 'payment', { aliases: ['PicPay'], domains: ['picpay.com'] }),
];

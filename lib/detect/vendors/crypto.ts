import { known, type KnownVendor } from './types';

/** Crypto exchanges and wallets: fake login alerts and "withdrawal" calls. */
export const CRYPTO: KnownVendor[] = [
  known('coinbase', 'Coinbase', 'crypto', { aliases: ['Coinbase', 'Coin Base', 'Coinbase Wallet'], typos: ['Coinbasse', 'Conbase', 'Coinbace'], domains: ['coinbase.com'] }),
  known('binance', 'Binance', 'crypto', { aliases: ['Binance', 'Binance.US'], typos: ['Binanse', 'Bynance'], domains: ['binance.com', 'binance.us'] }),
  known('metamask', 'MetaMask', 'crypto', { aliases: ['MetaMask', 'Meta Mask'], domains: ['metamask.io'] }),
  known('kraken', 'Kraken', 'crypto', { exact: ['Kraken', 'KRAKEN'], aliases: ['Kraken Exchange'], domains: ['kraken.com'] }),
  known('gemini', 'Gemini', 'crypto', { exact: ['Gemini', 'GEMINI'], aliases: ['Gemini Exchange', 'Gemini Trust'], domains: ['gemini.com'] }),
  known('cryptocom', 'Crypto.com', 'crypto', { aliases: ['Crypto.com'], domains: ['crypto.com'] }),
  known('trustwallet', 'Trust Wallet', 'crypto', { aliases: ['Trust Wallet', 'TrustWallet'], domains: ['trustwallet.com'] }),
  known('ledger', 'Ledger', 'crypto', { exact: ['Ledger', 'LEDGER'], aliases: ['Ledger Live', 'Ledger Nano'], domains: ['ledger.com'] }),
  known('blockchaincom', 'Blockchain.com', 'crypto', { aliases: ['Blockchain.com'], domains: ['blockchain.com'] }),
  known('robinhood', 'Robinhood', 'crypto', { aliases: ['Robinhood'], domains: ['robinhood.com'] }),
];

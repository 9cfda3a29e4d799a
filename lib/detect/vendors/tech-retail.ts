import { known, type KnownVendor } from './types';

/** Technology companies, retailers and their support brands. */
export const TECH_RETAIL: KnownVendor[] = [
  known('geeksquad', 'Geek Squad', 'retail', {
    aliases: ['Geek Squad', 'GeekSquad', 'Geek Squad Protection', 'Best Buy', 'BestBuy'],
    typos: ['Geek Squard', 'Geek Sqaud', 'Geeks Squad', 'Geek Squade', 'Greek Squad', 'Geek Suqad'],
    domains: ['geeksquad.com', 'bestbuy.com', 'bestbuy.ca'],
  }),
  known('amazon', 'Amazon', 'retail', {
    aliases: ['Amazon', 'Amazon Prime', 'Amazon.com', 'Prime Video', 'Amazon Pay'],
    typos: ['Amazom', 'Arnazon', 'Amazonn', 'Amozon', 'Amazn'],
    domains: ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.es', 'amazon.it', 'amazon.ca', 'amazon.com.br', 'amazon.com.mx', 'amazon.in', 'amazon.co.jp', 'amazon.com.au'],
  }),
  known('apple', 'Apple', 'tech', {
    exact: ['Apple', 'APPLE'],
    aliases: ['Apple Support', 'Apple ID', 'iCloud', 'iTunes', 'App Store', 'AppleCare', 'Apple Pay'],
    domains: ['apple.com', 'icloud.com'],
  }),
  known('microsoft', 'Microsoft', 'tech', {
    aliases: ['Microsoft', 'Microsoft 365', 'Office 365', 'MS Office', 'Microsoft Office', 'Microsoft Support', 'Xbox', 'OneDrive'],
    typos: ['Microsft', 'Mircosoft', 'Micosoft', 'Microsoftt', 'Micro soft', 'Microsof', 'Micrsoft'],
    domains: ['microsoft.com', 'office.com', 'microsoft365.com', 'live.com', 'outlook.com', 'xbox.com', 'windows.com', 'onedrive.com'],
  }),
  known('google', 'Google', 'tech', {
    aliases: ['Google', 'Google Pay', 'Google Play', 'Google Workspace', 'Google Account'],
    typos: ['Googel', 'Gooogle', 'Gogle'],
    domains: ['google.com', 'youtube.com', 'gmail.com'],
  }),
  known('dell', 'Dell', 'tech', { exact: ['Dell', 'DELL'], aliases: ['Dell Technologies', 'Dell Support'], domains: ['dell.com'] }),
  known('hp', 'HP', 'tech', { exact: ['HP'], aliases: ['Hewlett-Packard', 'Hewlett Packard', 'HP Support'], domains: ['hp.com'] }),
  known('lenovo', 'Lenovo', 'tech', { aliases: ['Lenovo'], domains: ['lenovo.com'] }),
  known('walmart', 'Walmart', 'retail', { aliases: ['Walmart', 'Wal-Mart', "Sam's Club"], typos: ['Wallmart', 'Walmrt'], domains: ['walmart.com', 'samsclub.com'] }),
  known('ebay', 'eBay', 'retail', { aliases: ['eBay'], domains: ['ebay.com', 'ebay.co.uk', 'ebay.de', 'ebay.fr', 'ebay.es', 'ebay.it', 'ebay.ca', 'ebay.com.au'] }),
  known('costco', 'Costco', 'retail', { aliases: ['Costco'], domains: ['costco.com'] }),
  known('target', 'Target', 'retail', { exact: ['Target'], domains: ['target.com'] }),
  known('netflix', 'Netflix', 'tech', { aliases: ['Netflix'], typos: ['Netflx', 'Netfiix'], domains: ['netflix.com'] }),
  known('meta', 'Meta', 'social', {
    // Not plain "Meta": it is an ordinary word in Portuguese, Spanish and German.
    aliases: ['Facebook', 'Instagram', 'WhatsApp', 'Meta Support', 'Meta Business', 'Meta Platforms'],
    domains: ['meta.com', 'facebook.com', 'facebookmail.com', 'instagram.com', 'whatsapp.com'],
  }),
  known('yahoo', 'Yahoo', 'tech', { aliases: ['Yahoo', 'Yahoo Mail'], domains: ['yahoo.com', 'yahoo-inc.com'] }),
  known('mercadolivre', 'Mercado Livre', 'retail', { aliases: ['Mercado Livre', 'Mercado Libre', 'Mercado Pago', 'MercadoPago'], domains: ['mercadolivre.com.br', 'mercadolibre.com', 'mercadopago.com', 'mercadopago.com.br'] }),
];

import { known, type KnownVendor } from './types';

/** Carriers and telecoms, often impersonated for "delivery problem" and "bill" callbacks. */
export const OTHER: KnownVendor[] = [
  known('fedex', 'FedEx', 'delivery', { aliases: ['FedEx', 'Federal Express'], domains: ['fedex.com'] }),
  known('ups', 'UPS', 'delivery', { exact: ['UPS'], aliases: ['United Parcel Service'], domains: ['ups.com'] }),
  known('dhl', 'DHL', 'delivery', { aliases: ['DHL', 'DHL Express'], domains: ['dhl.com', 'dhl.de'] }),
  known('usps', 'USPS', 'delivery', { aliases: ['USPS', 'US Postal Service', 'United States Postal Service'], domains: ['usps.com'] }),
  known('correios', 'Correios', 'delivery', { aliases: ['Correios'], domains: ['correios.com.br'] }),
  known('attcom', 'AT&T', 'telecom', { exact: ['AT&T'], domains: ['att.com', 'att.net'] }),
  known('verizon', 'Verizon', 'telecom', { aliases: ['Verizon', 'Verizon Wireless'], domains: ['verizon.com', 'verizonwireless.com'] }),
  known('xfinity', 'Xfinity', 'telecom', { aliases: ['Xfinity', 'Comcast'], domains: ['xfinity.com', 'comcast.com', 'comcast.net'] }),
  known('tmobile', 'T-Mobile', 'telecom', { aliases: ['T-Mobile', 'TMobile'], domains: ['t-mobile.com'] }),
];

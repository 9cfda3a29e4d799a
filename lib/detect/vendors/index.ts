import { BANKING } from './banking';
import { CRYPTO } from './crypto';
import { OTHER } from './other';
import { PAYMENT } from './payment';
import { SECURITY } from './security';
import { TECH_RETAIL } from './tech-retail';
import type { KnownVendor } from './types';

export type { KnownVendor, Sector } from './types';

/** The vendors Hangup recognises without any feed. */
export const BUNDLED_VENDORS: readonly KnownVendor[] = [...SECURITY, ...TECH_RETAIL, ...PAYMENT, ...BANKING, ...CRYPTO, ...OTHER];

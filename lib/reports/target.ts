import type { Vendor } from '../lists/types';
import { checkFeedUrl } from '../lists/sync/url-policy';
import type { ReportTarget } from './types';

/**
 * Where a report about a number impersonating `vendor` goes: the vendor's
 * report endpoint (https, or http on this machine), else its report address
 * (a prefilled e-mail), else the fallback endpoint (the default feed's), else
 * nowhere.
 */
export function reportTarget(vendor: Vendor | undefined, fallbackUrl?: string): ReportTarget {
  if (vendor?.reportUrl && checkFeedUrl(vendor.reportUrl).ok) return { kind: 'endpoint', url: vendor.reportUrl };
  if (vendor?.reportEmail) return { kind: 'email', address: vendor.reportEmail };
  if (fallbackUrl && checkFeedUrl(fallbackUrl).ok) return { kind: 'endpoint', url: fallbackUrl };
  return { kind: 'none' };
}

/** A mailto: link with the report written out for a person to send. */
export function mailtoLink(address: string, body: { subject: string; lines: string[] }): string {
  return `mailto:${encodeURIComponent(address)}?subject=${encodeURIComponent(body.subject)}&body=${encodeURIComponent(body.lines.join('\n'))}`;
}

import type { Report } from '../../lib/reports/payload';
import { CATEGORIES, type Category } from '../../lib/lists/types';

/**
 * Which feed category a report points to. A report has no category field:
 * its verdict says how sure Hangup was and its channel how the contact came,
 * neither what the scam was about, so the category is read from its words.
 * Rules, first match wins, over reasons, note, subject and excerpt:
 * 1. the extension's own wording for a listed number ("Used for fake
 *    technical support pretending to be …", lib/detect/verdict.ts) gives
 *    that number's category back;
 * 2. refund → refund; bill, invoice, renewal, subscription, charge,
 *    payment → billing; account, password, log-in, hacked, locked,
 *    suspended, unauthorised, verify → account-security; tech, support,
 *    virus, malware, infected, computer, pop-up, remote access →
 *    tech-support;
 * 3. otherwise other.
 */
const RULES: readonly [RegExp, Category][] = [
  [/used for fake technical support/, 'tech-support'],
  [/used for fake billing or renewal calls/, 'billing'],
  [/used for fake refunds/, 'refund'],
  [/used for fake account-security alerts/, 'account-security'],
  [/\brefund/, 'refund'],
  [/\b(?:bill|billing|billed|invoice|renew\w*|auto-renew\w*|subscription|charged?|payment)\b/, 'billing'],
  [/\b(?:account|password|log-?in|sign-?in|hack\w*|compromised|locked|suspend\w*|unauthori[sz]ed|verify)\b/, 'account-security'],
  [/\b(?:tech|technical|support|virus\w*|malware|infected|computer|pc|laptop|pop-?ups?|remote access)\b/, 'tech-support'],
];

export function categoryOfReport(report: Report): Category {
  const text = [...report.reasons, report.note ?? '', report.context?.subject ?? '', report.context?.excerpt ?? ''].join('\n').toLowerCase();
  return RULES.find(([pattern]) => pattern.test(text))?.[1] ?? 'other';
}

/** The most common category among a number's reports, `other` only when no report says more; ties go to the earlier category in CATEGORIES. */
export function categoryOf(reports: readonly Report[]): Category {
  const votes = new Map<Category, number>();
  for (const report of reports) {
    const category = categoryOfReport(report);
    if (category !== 'other') votes.set(category, (votes.get(category) ?? 0) + 1);
  }
  let best: Category = 'other';
  for (const category of CATEGORIES) if ((votes.get(category) ?? 0) > (votes.get(best) ?? 0)) best = category;
  return best;
}

/** The vendor id most reports name; ties go to the first named. Undefined when no report carries an id. */
export function vendorOf(reports: readonly Report[]): string | undefined {
  const votes = new Map<string, number>();
  for (const { vendor } of reports) if (vendor.id) votes.set(vendor.id, (votes.get(vendor.id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, count] of votes) if (best === undefined || count > votes.get(best)!) best = id;
  return best;
}

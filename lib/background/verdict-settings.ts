import type { MessageVerdict } from '../detect/message';
import type { Sensitivity } from './settings';
import { t } from '../i18n';

/** Score at which "high" sensitivity calls a message with a vendor claim suspicious. */
export const HIGH_SENSITIVITY_SCORE = 0.3;

/**
 * A message verdict as the person's settings want it: numbers they marked as
 * not a scam do not count, "lists only" shows no wording-based warnings, and
 * "high" warns earlier when a message names a vendor.
 */
export function adjustForSettings(verdict: MessageVerdict, settings: { allowlist: readonly string[]; sensitivity: Sensitivity }): MessageVerdict {
  const allowed = new Set(settings.allowlist);
  const flagged = verdict.numbers.filter((n) => n.status === 'scam' || n.status === 'suspicious');
  if ((verdict.verdict === 'scam' || verdict.verdict === 'suspicious') && flagged.length > 0 && flagged.every((n) => allowed.has(n.e164))) {
    return { ...verdict, verdict: 'none', reasons: [t('reason_allowlisted_message'), ...verdict.reasons] };
  }
  if (verdict.verdict === 'suspicious' && settings.sensitivity === 'lists-only') {
    return { ...verdict, verdict: 'none', reasons: [t('reason_wording_off'), ...verdict.reasons] };
  }
  if (verdict.verdict === 'none' && settings.sensitivity === 'high' && verdict.vendor && verdict.score >= HIGH_SENSITIVITY_SCORE) {
    return { ...verdict, verdict: 'suspicious', reasons: [...verdict.reasons, t('reason_high_sensitivity')] };
  }
  return verdict;
}

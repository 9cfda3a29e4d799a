import { MAX_EXCERPT } from './limits';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** Runs of digits with the separators numbers are written with. */
const DIGITS = /[+(]?\d[\d\s().\-/]*\d|\d/g;
/** A salutation, and a title after it: "Dear", "Hallo Herr", "Estimada Sra." (any case). */
const SALUTATION = /(?<![\p{L}])(dear|hello|hi|hey|attn|attention|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|cher|chère|hola|estimad[oa]|olá|prezad[oa]|caro|cara)(?![\p{L}])(?:[ ,]+(?:mr|mrs|ms|dr|herr|frau|m\.|mme|sr|sra)\.?)?/giu;
/** Up to three capitalised words (case matters here: "Dear customer" names nobody). */
const NAME = /^([ ,]+)(\p{Lu}[\p{L}'-]+(?: +\p{Lu}[\p{L}'-]+){0,2})/u;

/**
 * An excerpt safe to send with a report: e-mail addresses, names after a
 * salutation or named by the caller, and every digit run except the
 * reported number's are masked; whitespace is collapsed and the result cut
 * to the report's limit.
 */
export function redactExcerpt(text: string, options: { keepDigits: string; names?: readonly string[] }): string {
  const keep = options.keepDigits.replace(/\D/g, '');
  let out = text.replace(EMAIL, '[email]');
  out = maskNamesAfterSalutations(out);
  for (const name of options.names ?? []) {
    if (name.trim().length < 2) continue;
    out = out.replace(new RegExp(escapeRegExp(name.trim()), 'giu'), '[name]');
  }
  out = out.replace(DIGITS, (run) => {
    const digits = run.replace(/\D/g, '');
    // The reported number stays readable (the vendor needs it); everything else that is digits does not.
    return keep.length >= 7 && (digits.endsWith(keep.slice(-10)) || keep.endsWith(digits)) && digits.length >= 7 ? run : '#'.repeat(Math.min(digits.length, 12));
  });
  out = out.replace(/\s+/g, ' ').trim();
  return out.length > MAX_EXCERPT ? `${out.slice(0, MAX_EXCERPT - 1)}…` : out;
}

function maskNamesAfterSalutations(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(SALUTATION)) {
    const end = match.index + match[0].length;
    const name = NAME.exec(text.slice(end));
    if (!name) continue;
    out += `${text.slice(at, end)}${name[1]}[name]`;
    at = end + name[0].length;
  }
  return out + text.slice(at);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

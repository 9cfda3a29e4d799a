/**
 * Digits of every `tel:` link in an HTML body. A number the message also
 * makes click-to-call is a number it wants called; the link target may even
 * differ from the number shown.
 */
export function telLinkDigits(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/href\s*=\s*["']?\s*tel:([^"'\s>]+)/giu)) {
    const digits = decodeURIComponent(m[1]!.replace(/%(?![0-9a-f]{2})/gi, '%25')).replace(/\D/g, '');
    if (digits) out.push(digits);
  }
  return out;
}

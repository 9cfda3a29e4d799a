/**
 * The wording of browser-locker pages: a blocked or infected computer, an
 * error code, an order not to close the page, and a number to call. Pure
 * string matching on the page's text; the vendor and the number are judged
 * by the message verdict (lib/detect), this only says "this reads like a
 * locker page".
 */
export type LureKind = 'blocked' | 'keep-open' | 'error-code' | 'infection';

export interface Lure {
  kinds: LureKind[];
  /** The page asks the reader to call someone. */
  call: boolean;
  /** Reads like a locker page: a lure and a call, or two kinds of lure. */
  strong: boolean;
}

const DEVICE = String.raw`(?:computer|pc|laptop|device|system|browser|windows|mac|ip address|access to this (?:pc|computer|device))`;

const LURES: [LureKind, RegExp][] = [
  ['blocked', new RegExp(String.raw`\b${DEVICE}\b[^.!?\n]{0,40}?\b(?:has been|have been|is|was|are|got)\s+(?:temporarily\s+)?(?:blocked|locked|suspended|disabled|infected|compromised|hacked)\b`, 'i')],
  ['keep-open', /\b(?:do not|don't|never)\s+(?:close|leave|refresh|reload|restart|shut\s?down|turn off|ignore)\b[^.!?\n]{0,30}?\b(?:this (?:page|window|tab|browser)|your (?:computer|pc|device))/i],
  ['error-code', /\berror(?:\s+code)?\s*[:#]?\s*#?\s*(?:0x[0-9a-f]{2,}|[0-9a-f]*\d[0-9a-f]{2,})\b/i],
  ['infection', /\b(?:virus(?:es)?|trojan|spyware|malware|ransomware|adware)\b[^.!?\n]{0,40}?\b(?:detected|found|infected|alert|warning|attack)/i],
];

const CALL = /\b(?:call|dial|phone|contact|ring)\b[^.!?\n]{0,60}?(?:support|technician|help\s?desk|helpline|toll[\s-]?free|agent|\+?\d[\d\s().-]{6,}\d)/i;

export function findLure(text: string): Lure {
  const kinds = LURES.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
  const call = CALL.test(text);
  return { kinds, call, strong: (kinds.length >= 1 && call) || kinds.length >= 2 };
}

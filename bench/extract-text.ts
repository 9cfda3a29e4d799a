/**
 * Mail-like filler for the extraction benchmark when the corpus is not present:
 * prose, order ids, amounts, dates, times and phone numbers in several styles.
 * Deterministic, so runs compare.
 */
export function generatedTexts(count = 2000): string[] {
  // mulberry32: a small 32-bit generator that stays exact in JavaScript numbers.
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const digits = (n: number) => Array.from({ length: n }, () => rand(10)).join('');
  const pieces = [
    () => 'Thank you for your order. Your package will arrive soon and we hope you enjoy it.',
    () => `Order #${digits(3)}-${digits(7)}-${digits(7)} was shipped on 2026-${1 + rand(12)}-${1 + rand(28)}.`,
    () => `Total: $${rand(2000)}.${digits(2)} charged to card ending ${digits(4)}.`,
    () => `Questions? Call 1-800-555-01${digits(2)} or +44 20 7946 0${digits(3)}.`,
    () => `Transaction ID: ${digits(10)} · Invoice ${digits(8)}`,
    () => 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.',
    () => `Meeting at ${rand(12)}:${digits(2)} in room ${digits(3)}, building ${rand(9)}.`,
    () => `Support desk: (202) 555-01${digits(2)}, Mon–Fri 9–17.`,
  ];
  return Array.from({ length: count }, () => Array.from({ length: 8 }, () => pieces[rand(pieces.length)]!()).join('\n'));
}

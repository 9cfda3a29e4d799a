import { expect, test } from 'vitest';

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

// Foreground / background pairs used in components/marker-styles.ts (light and dark).
test.each([
  ['scam badge', '#ffffff', '#b3261e'],
  ['official badge', '#0d652d', '#e6f4ea'],
  ['card text', '#1b1b1f', '#ffffff'],
  ['fine print', '#44444c', '#ffffff'],
  ['contact panel', '#1b1b1f', '#f3f3f7'],
  ['report button', '#ffffff', '#1a56db'],
  ['error text', '#b3261e', '#ffffff'],
  ['dark card text', '#ececf1', '#26262b'],
  ['dark fine print', '#cfcfd6', '#26262b'],
  ['dark contact panel', '#ececf1', '#33333a'],
])('%s meets WCAG AA (4.5:1)', (_name, fg, bg) => {
  expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
});

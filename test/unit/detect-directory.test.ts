import { describe, expect, test } from 'vitest';
import { buildDirectory } from '@/lib/detect/directory';
import { fold } from '@/lib/detect/fold';
import { BUNDLED_VENDORS } from '@/lib/detect/vendors';
import { bundled, vendor } from './fixtures';

const directory = buildDirectory();
const names = (text: string) => directory.matcher.find(fold(text).text).map((m) => directory.vendors[m.vendor]!.name);

describe('bundled vendor directory', () => {
  test.each([
    'Norton', 'McAfee', 'Avast', 'AVG', 'Kaspersky', 'Bitdefender', 'Malwarebytes', 'Webroot', 'ESET', 'Trend Micro',
    'Geek Squad', 'Amazon', 'Apple', 'Microsoft', 'Windows Defender', 'Google', 'Dell', 'HP', 'Walmart',
    'PayPal', 'Venmo', 'Zelle', 'Cash App', 'Stripe', 'Chase', 'Bank of America', 'Wells Fargo', 'Citi', 'Capital One', 'HSBC',
    'Coinbase', 'Binance', 'MetaMask', 'Kraken',
  ])('knows %s, with at least one official domain', (name) => {
    const v = BUNDLED_VENDORS.find((known) => known.name === name);
    expect(v).toBeDefined();
    expect(v!.domains.length).toBeGreaterThan(0);
  });

  test('ids are unique and domains are lower-case host names', () => {
    expect(new Set(BUNDLED_VENDORS.map((v) => v.id)).size).toBe(BUNDLED_VENDORS.length);
    for (const v of BUNDLED_VENDORS) for (const d of v.domains) expect(d).toMatch(/^([a-z0-9-]+\.)+[a-z]{2,}$/);
  });

  test('bundled vendors carry no official phone numbers: only a vendor feed can vouch for a number', () => {
    expect(directory.vendors.filter((v) => !v.fromFeed).every((v) => v.phones.length === 0)).toBe(true);
  });
});

describe('finding vendor names', () => {
  test.each([
    ['plain name', 'Thank you for choosing Norton.', 'Norton'],
    ['alias', 'Your NortonLifeLock plan', 'Norton'],
    ['different case', 'your NORTON subscription', 'Norton'],
    ['misspelling', 'Your Mcafee plan renewed', 'McAfee'],
    ['digit for letter', 'PayPa1 billing team', 'PayPal'],
    ['zero for o', 'Micr0soft support', 'Microsoft'],
    ['spaced letters', 'P a y P a l account', 'PayPal'],
    ['cyrillic look-alike', 'Your \u0410mazon order', 'Amazon'],
    ['mathematical letters', 'Your \u{1D5E3}\u{1D5EE}\u{1D5EC}\u{1D5E3}\u{1D5EE}\u{1D5F9} receipt', 'PayPal'],
    ['hidden tag characters', 'Co\u{E0139}inbase Support', 'Coinbase'],
    ['accent dropped', 'Cliente Itau', 'Itaú'],
    ['glued to the next word', 'Norton LifeLockHey, we are confirming', 'Norton'],
    ['longest name wins', 'Microsoft Defender alert', 'Windows Defender'],
  ])('%s: %s', (_case, text, expected) => {
    expect(names(text)[0]).toBe(expected);
  });

  test.each([
    ['a common word written in lower case', 'I need to chase the invoice and eat an apple.'],
    ['a name inside another word', 'Nortonville and Amazonas are places.'],
    ['a short name inside a word', 'The HPLC machine and the thermostat.'],
  ])('nothing in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  test('names that are also ordinary words are matched when capitalised', () => {
    expect(names('Chase Bank and Apple')).toEqual(['Chase', 'Apple']);
  });

  test('a disguised spelling is marked as such', () => {
    const [plain] = directory.matcher.find(fold('PayPal').text);
    const [disguised] = directory.matcher.find(fold('PayPa1').text);
    expect(plain!.disguised).toBe(false);
    expect(disguised!.disguised).toBe(true);
  });
});

describe('merging vendors from feeds', () => {
  test('a feed vendor with a bundled name adds its official numbers and statements to that vendor', () => {
    const feedNorton = vendor('norton-feed', { name: 'Norton', aliases: ['Norton Support'], phones: ['+18005550100'], domains: ['norton.com'], statements: ['We never call you.'] });
    const merged = buildDirectory([feedNorton]);
    const norton = merged.vendors.find((v) => v.name === 'Norton')!;
    expect(norton.phones).toEqual(['+18005550100']);
    expect(norton.statements).toEqual(['We never call you.']);
    expect(norton.fromFeed).toBe(true);
    expect(merged.byPhone.get('+18005550100')).toBe(norton);
    expect(merged.vendors.filter((v) => v.name === 'Norton')).toHaveLength(1);
  });

  test('a vendor only a feed knows is added and found by its names', () => {
    const merged = buildDirectory(bundled().vendors);
    const found = merged.matcher.find('Your Norbury 360 plan and Kestrel Pay').map((m) => merged.vendors[m.vendor]!.id);
    expect(found).toEqual(['norbury', 'kestrelpay']);
  });

  test('a single-word feed alias is matched only as written, since it may be an ordinary word', () => {
    const merged = buildDirectory([vendor('helix', { name: 'Helix Bank', aliases: ['Helix'] })]);
    expect(merged.matcher.find('the helix of DNA')).toEqual([]);
    expect(merged.matcher.find('Helix fraud team')).toHaveLength(1);
  });
});

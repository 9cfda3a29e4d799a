import { describe, expect, test } from 'vitest';
import { numberVerdict } from '@/lib/detect/verdict';
import type { Category, ListMatch } from '@/lib/lists/types';
import { vendor } from '../fixtures';

const norbury = vendor('norbury', {
  name: 'Norbury',
  phones: ['+18005550100'],
  domains: ['norbury.example'],
  statements: ['Norbury never calls you unexpectedly.'],
  reportUrl: 'https://norbury.example/report',
});
const quiet = vendor('quiet', { name: 'Quiet Co' });

function match(feedName: string, category: Category = 'tech-support', by = norbury): ListMatch {
  return { feedId: feedName.toLowerCase(), feedName, category, vendor: by };
}

describe('numberVerdict', () => {
  test('a listed number is a scam with readable reasons and the real contact', () => {
    expect(numberVerdict('+12025550143', [match('Demo list')], [norbury])).toEqual({
      e164: '+12025550143',
      shown: '+1 202 555 0143',
      verdict: 'scam',
      reasons: ['Listed as a scam number by Demo list.', 'Used for fake technical support pretending to be Norbury.', "It is not one of Norbury's official numbers."],
      lists: ['Demo list'],
      vendor: { name: 'Norbury', phones: ['+1 800 555 0100'], domains: ['norbury.example'], statements: ['Norbury never calls you unexpectedly.'] },
    });
  });

  test.each<[Category, string]>([
    ['tech-support', 'fake technical support'],
    ['billing', 'fake billing or renewal calls'],
    ['refund', 'fake refunds'],
    ['account-security', 'fake account-security alerts'],
    ['other', 'scams'],
  ])('category %s reads "%s"', (category, words) => {
    expect(numberVerdict('+12025550143', [match('L', category)], []).reasons[1]).toBe(`Used for ${words} pretending to be Norbury.`);
  });

  test('names each list once, in order', () => {
    const verdict = numberVerdict('+12025550143', [match('A'), match('B'), match('A')], []);
    expect(verdict.lists).toEqual(['A', 'B']);
    expect(verdict.reasons[0]).toBe('Listed as a scam number by A, B.');
  });

  test('a listed number is a scam even when a vendor calls it official', () => {
    expect(numberVerdict('+18005550100', [match('L')], [norbury]).verdict).toBe('scam');
  });

  test('a vendor with no official phones gets no "not official" reason', () => {
    const verdict = numberVerdict('+12025550143', [match('L', 'billing', quiet)], []);
    expect(verdict.reasons).toEqual(['Listed as a scam number by L.', 'Used for fake billing or renewal calls pretending to be Quiet Co.']);
  });

  test('a match without a vendor still says scam, without a vendor', () => {
    const verdict = numberVerdict('+12025550143', [{ feedId: 'l', feedName: 'L', category: 'other', vendor: undefined }], [norbury]);
    expect(verdict).toEqual({ e164: '+12025550143', shown: '+1 202 555 0143', verdict: 'scam', reasons: ['Listed as a scam number by L.'], lists: ['L'] });
    expect('vendor' in verdict).toBe(false);
  });

  test("a vendor's published number is official", () => {
    expect(numberVerdict('+18005550100', [], [quiet, norbury])).toEqual({
      e164: '+18005550100',
      shown: '+1 800 555 0100',
      verdict: 'official',
      reasons: ["One of Norbury's official numbers, as published by Norbury."],
      lists: [],
      vendor: expect.objectContaining({ name: 'Norbury' }),
    });
  });

  test('an unknown number is not called safe', () => {
    const verdict = numberVerdict('+12025550100', [], [norbury]);
    expect(verdict).toEqual({ e164: '+12025550100', shown: '+12025550100', verdict: 'none', reasons: [expect.stringContaining('does not make it safe')], lists: [] });
    expect(verdict.reasons.join(' ')).not.toMatch(/\bis safe\b/i);
  });

  // The content script shows these as they are: it has no metadata to format with.
  test.each([
    ['+442079460000', '+44 20 7946 0000'],
    ['+4930901820', '+49 30 901820'],
    ['+33142685300', '+33 1 42 68 53 00'],
    ['+80012345678', '+800 1234 5678'],
  ])('shows %s as %s', (e164, shown) => {
    expect(numberVerdict(e164, [match('L')], []).shown).toBe(shown);
    const owner = vendor('o', { name: 'O', phones: [e164] });
    expect(numberVerdict(e164, [], [owner]).shown).toBe(shown);
  });

  test('an unflagged number, which no page shows, is not formatted', () => {
    expect(numberVerdict('+442079460000', [], []).shown).toBe('+442079460000');
  });

  test("the vendor's phones come formatted for display", () => {
    const gb = vendor('gb', { name: 'GB Co', phones: ['+442079460000', '+18005550100'] });
    expect(numberVerdict('+12025550143', [match('L', 'other', gb)], []).vendor?.phones).toEqual(['+44 20 7946 0000', '+1 800 555 0100']);
  });

  test('the vendor contact carries no report address', () => {
    const contact = numberVerdict('+18005550100', [], [norbury]).vendor;
    expect(Object.keys(contact ?? {}).sort()).toEqual(['domains', 'name', 'phones', 'statements']);
  });
});

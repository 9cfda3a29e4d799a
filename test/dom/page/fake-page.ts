import { numberVerdict, type NumberVerdict } from '@/lib/detect/verdict';
import type { Vendor } from '@/lib/lists/types';
import { PageScanner, type ScannerDeps } from '@/lib/page/scanner';
import { MARKER_TAG } from '@/lib/page/text-blocks';

/** Shared by the scanner's DOM tests: a background stand-in and ways to look at the page. */
const acme: Vendor = { id: 'acme', name: 'Acme', aliases: [], phones: ['+18005550100'], domains: [], statements: [] };
export const LISTED = new Set(['+12025550143', '+18885550142', '+14155550199', '+18335550177', '+18445550161']);

/** Listed numbers are scams, Acme's number is official, the rest unknown; records every call. */
export function fakeLookup() {
  const calls: string[][] = [];
  const lookup = async (numbers: string[]): Promise<NumberVerdict[]> => {
    calls.push(numbers);
    return numbers.map((n) => numberVerdict(n, LISTED.has(n) ? [{ feedId: 'f', feedName: 'F', category: 'tech-support', vendor: acme }] : [], [acme]));
  };
  return { calls, lookup };
}

export function createMarker(verdict: NumberVerdict): HTMLElement {
  const marker = document.createElement(MARKER_TAG.toLowerCase());
  marker.setAttribute('data-verdict', verdict.verdict);
  return marker;
}

export function makeScanner(overrides: Partial<ScannerDeps> = {}) {
  const { calls, lookup } = fakeLookup();
  const controller = new AbortController();
  const scanner = new PageScanner({ region: 'US', lookup, createMarker, signal: controller.signal, settleMs: 1, ...overrides });
  return { scanner, calls, controller };
}

/** Waits out the mutation settle delay and any scan it started. */
export async function settle(scanner: PageScanner, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await scanner.idle();
  }
}

export const markers = () => [...document.querySelectorAll(MARKER_TAG.toLowerCase())].map((m) => m.getAttribute('data-e164'));
/** The body's HTML with markers reduced to a token, to check where they went. */
export const shape = () => document.body.innerHTML.replace(/<hangup-marker[^>]*><\/hangup-marker>/g, '[M]');

// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { numberVerdict } from '@/lib/detect/verdict';
import type { Vendor } from '@/lib/lists/types';
import { placeMarker } from '@/lib/page/place-marker';
import { createMarker, shape } from './fake-page';

const acme: Vendor = { id: 'acme', name: 'Acme', aliases: [], phones: ['+12025550143'], domains: [], statements: [] };
const scam = numberVerdict('+12025550143', [{ feedId: 'f', feedName: 'F', category: 'tech-support', vendor: acme }], []);
const official = numberVerdict('+12025550143', [], [acme]);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('placeMarker', () => {
  const hitIn = (node: Text) => ({ e164: '+12025550143', raw: '202-555-0143', after: { node, offset: 'Call 202-555-0143'.length } });
  const place = (node: Text, verdict = scam) => placeMarker(hitIn(node), verdict, createMarker, () => undefined);

  test('places a marker after the number, finds it in place the next time, and replaces it when the verdict changes', () => {
    document.body.innerHTML = '<p>Call 202-555-0143 now</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const first = place(text);
    expect(first?.fresh).toBe(true);
    expect(shape()).toBe('<p>Call 202-555-0143[M] now</p>');
    expect(place(text)).toEqual({ marker: first!.marker, fresh: false });
    const changed = place(text, official);
    expect(changed?.fresh).toBe(true);
    expect(first!.marker.isConnected).toBe(false);
    expect([...document.querySelectorAll('hangup-marker')].map((marker) => marker.getAttribute('data-verdict'))).toEqual(['official']);
  });

  test.each([
    ['rewritten', 'Meeting moved to 10:30 in room 5'],
    ['shortened', 'Call'],
  ])('places nothing when the text before the point was %s since it was read', (_how, now) => {
    document.body.innerHTML = '<p>Call 202-555-0143 now</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const hit = hitIn(text);
    text.data = now;
    expect(placeMarker(hit, scam, createMarker, () => undefined)).toBeUndefined();
    expect(document.querySelector('hangup-marker')).toBeNull();
  });

  test('the last piece of a number split across elements is enough to place it', () => {
    document.body.innerHTML = '<p>Call <span>202-555</span>-<b>0143</b></p>';
    const last = document.querySelector('b')!.firstChild as Text;
    expect(placeMarker({ e164: '+12025550143', raw: '202-555-0143', after: { node: last, offset: 4 } }, scam, createMarker, () => undefined)?.fresh).toBe(true);
    expect(shape()).toBe('<p>Call <span>202-555</span>-<b>0143[M]</b></p>');
  });
});

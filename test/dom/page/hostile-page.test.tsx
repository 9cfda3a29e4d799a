// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { mountMarker } from '@/components/mount-marker';
import { numberVerdict, type NumberVerdict } from '@/lib/detect/verdict';
import type { Vendor } from '@/lib/lists/types';
import { createMarkerHost } from '@/lib/page/marker-host';
import { PageScanner } from '@/lib/page/scanner';

const hostile = '<img src=x onerror="window.__hangupPwned = 1">';
const vendor: Vendor = { id: 'evil', name: `Evil ${hostile}`, aliases: [], phones: ['+18005550100'], domains: ['x.example'], statements: [`We ${hostile}`] };

async function scanWithRealMarkers(): Promise<ShadowRoot[]> {
  const roots: ShadowRoot[] = [];
  const lookup = async (numbers: string[]): Promise<NumberVerdict[]> =>
    numbers.map((n) => numberVerdict(n, [{ feedId: 'f', feedName: `List ${hostile}`, category: 'tech-support', vendor }], []));
  const scanner = new PageScanner({
    region: 'US',
    lookup,
    signal: new AbortController().signal,
    createMarker: (verdict, raw) =>
      createMarkerHost(document, (root) => {
        roots.push(root);
        mountMarker(root, { verdict, raw, initiallyOpen: true });
      }),
  });
  await scanner.start(document.body);
  scanner.stop();
  return roots;
}

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as { __hangupPwned?: number }).__hangupPwned;
});

describe('hostile page text', () => {
  test('markup written as text next to a number stays text', async () => {
    const p = document.createElement('p');
    p.textContent = `Call ${hostile} 202-555-0143 ${hostile}`;
    document.body.append(p);
    const roots = await scanWithRealMarkers();
    expect(roots).toHaveLength(1);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(p.textContent).toBe(`Call ${hostile} 202-555-0143 ${hostile}`);
    const root = roots[0]!;
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.textContent).toContain(`Do not call 202-555-0143`);
    expect(root.textContent).toContain(`Listed as a scam number by List ${hostile}.`);
    expect(root.textContent).toContain(`“We ${hostile}”`);
    expect((window as { __hangupPwned?: number }).__hangupPwned).toBeUndefined();
  });

  test('a tel: target carrying markup shows only the number', async () => {
    const link = document.createElement('a');
    const target = '+12025550143<img src=x onerror=pwn()>';
    link.href = `tel:${encodeURIComponent(target)}`;
    link.textContent = 'Call';
    document.body.append(link);
    const roots = await scanWithRealMarkers();
    expect(roots).toHaveLength(1);
    expect(roots[0]!.querySelectorAll('img')).toHaveLength(0);
    expect(roots[0]!.querySelector('h2')?.textContent).toBe('Do not call +1 202 555 0143');
  });

  test("the page cannot reach the marker's content", async () => {
    document.body.innerHTML = '<p>Call 202-555-0143 now</p>';
    await scanWithRealMarkers();
    const host = document.querySelector('hangup-marker') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(host.childNodes).toHaveLength(0);
    expect(host.textContent).toBe('');
  });
});

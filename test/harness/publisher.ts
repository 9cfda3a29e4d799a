import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createFeedServer } from '../../publisher/server';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
/** The TypeScript loader by absolute address, so commands can run in any folder. */
const TSX = pathToFileURL(resolve(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** Runs the vendor kit's command line as a vendor would. */
export async function publisher(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', TSX, join(ROOT, 'publisher/cli.ts'), ...args], { cwd, timeout: 120_000, maxBuffer: 16 << 20 });
  return stdout;
}

/** Writes a numbers.csv for `publisher build`. */
export async function writeNumbers(path: string, numbers: string[], vendor: string, category = 'tech-support'): Promise<void> {
  const lines = numbers.map((n) => `${n},${category},${vendor},2026-11-01`);
  await writeFile(path, ['number,category,vendor,first_seen', ...lines].join('\n') + '\n');
}

/** `count` distinct valid US numbers (not 555-01xx: a list this size needs real-looking ranges). */
export function manyNumbers(count: number): string[] {
  const areas = [202, 212, 213, 310, 312, 415, 617, 718, 303, 404];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const area = areas[i % areas.length]!;
    const rest = Math.floor(i / areas.length);
    out.push(`+1${area}${200 + Math.floor(rest / 10_000)}${String(rest % 10_000).padStart(4, '0')}`);
  }
  return out;
}

/** A vendor's signed feed served on 127.0.0.1, and how to add it. */
export interface VendorFeed {
  url: string;
  /** The signing key's fingerprint, pinned when the feed is added. */
  fingerprint: string;
  close: () => Promise<void>;
}

/**
 * Builds with the vendor kit and serves a feed of Northwind Security listing
 * `numbers`, whose reports go to `reportUrl` (a TestInbox).
 */
export async function serveVendorFeed(numbers: string[], reportUrl: string): Promise<VendorFeed> {
  const work = await mkdtemp(join(tmpdir(), 'hangup-vendor-feed-'));
  await writeFile(
    join(work, 'vendor.json'),
    JSON.stringify({ id: 'northwind', name: 'Northwind Security', aliases: [], phones: ['+18005550177'], domains: ['northwind.example'], reportUrl, statements: [] }),
  );
  const keygen = await publisher(['keygen', '--out', 'k'], work);
  const fingerprint = /fingerprint: ([0-9a-f]{64})/.exec(keygen)![1]!;
  await writeNumbers(join(work, 'numbers.csv'), numbers, 'northwind');
  await publisher(['build', '--list', 'numbers.csv', '--vendor', 'vendor.json', '--key', 'k.key', '--out', 'feed'], work);
  const server = createFeedServer(join(work, 'feed'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    fingerprint,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await rm(work, { recursive: true, force: true });
    },
  };
}

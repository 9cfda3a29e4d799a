import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fromBase64, toBase64 } from '@/lib/lists/feed/bytes';
import { ROTATION_TYPE, keyIdOf, signEnvelope } from '@/lib/lists/feed/envelope';
import { encodeKeyFile, encodeRotation, parseKeyFile } from '@/lib/lists/feed/rotation';
import { SEED_C, publicKeyOf } from './feed-helpers';

const BIN = fileURLToPath(new URL('../../publisher/bin.mjs', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../publisher/examples/', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let cwd: string;

/** Runs the CLI as a vendor would, through its bin, in the test's temporary folder. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every file under `dir` with the SHA-256 of its bytes, to prove a failed command changed nothing. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}

const build = (list: string, out = 'feed', ...extra: string[]) => cli('build', '--list', list, '--vendor', 'vendor.json', '--key', 'norbury.key', '--out', out, ...extra);
const headOf = async (dir = 'feed') => {
  const envelope = JSON.parse(await readFile(join(cwd, dir, 'head.json'), 'utf8')) as { payload: string };
  return JSON.parse(new TextDecoder().decode(fromBase64(envelope.payload))) as { version: number; list: { version: number; count: number; snapshot: { path: string }; deltas: { from: number; path: string }[] } };
};

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'hangup-publisher-'));
  await copyFile(join(EXAMPLES, 'vendor.json'), join(cwd, 'vendor.json'));
  await copyFile(join(EXAMPLES, 'numbers.csv'), join(cwd, 'numbers.csv'));
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('hangup-publisher', { timeout: 60_000 }, () => {
  test('keygen writes a 0600 secret key and a public key and prints the fingerprint', async () => {
    const run = await cli('keygen', '--out', 'norbury');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect((await stat(join(cwd, 'norbury.key'))).mode & 0o777).toBe(0o600);
    const publicKey = fromBase64((await readFile(join(cwd, 'norbury.pub'), 'utf8')).trim())!;
    expect(run.stdout).toContain(`fingerprint: ${await keyIdOf(publicKey)}`);
  });

  test('keygen refuses to overwrite an existing key', async () => {
    const before = await readFile(join(cwd, 'norbury.key'), 'utf8');
    const run = await cli('keygen', '--out', 'norbury');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/norbury.key already exists/);
    expect(await readFile(join(cwd, 'norbury.key'), 'utf8')).toBe(before);
  });

  test('build then verify: version 1 of the example feed', async () => {
    const built = await build('numbers.csv');
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/feed norbury: head version 1, list version 1, 10 numbers/);
    const files = Object.keys(await fingerprint(join(cwd, 'feed'))).sort();
    expect(files).toEqual(['head.json', 'key.json', expect.stringMatching(/^snapshots\/[0-9a-f]{64}\.tsv$/)]);
    const verified = await cli('verify', 'feed', '--pub', 'norbury.pub');
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout).toMatch(/^ok: feed norbury, head version 1, list version 1 \(10 numbers\)/);
  });

  test('a second build with a changed list writes a delta, and verify applies it', async () => {
    const csv = await readFile(join(cwd, 'numbers.csv'), 'utf8');
    await writeFile(join(cwd, 'v2.csv'), csv.replace(/^1 \(206\) 555-0187.*\n/m, '') + '+1 (929) 555-0175,tech-support,norbury,2025-06-01\n');
    const built = await build('v2.csv');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/delta from list version 1: 1 removed, 1 added/);
    const head = await headOf();
    expect(head).toMatchObject({ version: 2, list: { version: 2, count: 10, deltas: [{ from: 1 }] } });
    const verified = await cli('verify', 'feed', '--pub', 'norbury.pub');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/delta 1→2: .*1 removed, 1 added; applied from the list version 1 snapshot, checksum matches/);
  });

  test('a build with an unchanged list signs a new head over the same list version', async () => {
    const built = await build('v2.csv');
    expect(built.code).toBe(0);
    expect(await headOf()).toMatchObject({ version: 3, list: { version: 2, deltas: [{ from: 1 }] } });
    expect((await cli('verify', 'feed', '--pub', 'norbury.pub')).code).toBe(0);
  });

  test('a CSV with a bad line fails, names the line, and leaves DIR untouched', async () => {
    await writeFile(join(cwd, 'bad.csv'), 'number,category,vendor,first_seen\n(202) 555-0143,billing,norbury,2025-01-01\n555-01,billing,norbury,2025-01-01\n');
    const before = await fingerprint(join(cwd, 'feed'));
    const run = await build('bad.csv');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('hangup-publisher build: bad.csv line 3: "555-01" is not a valid phone number (default region US)');
    expect(await fingerprint(join(cwd, 'feed'))).toEqual(before);
  });

  test.each([
    ['an invalid vendor.json', 'bad-vendor.json', [], /bad-vendor.json: reportUrl: report URLs must be https/],
    ['another feed id', 'vendor.json', ['--feed-id', 'other'], /differs from the feed already in DIR/],
    ['a poll hint below 300 s', 'vendor.json', ['--poll-seconds', '60'], /--poll-seconds must be a whole number from 300 to 86400/],
    ['an unknown region', 'vendor.json', ['--region', 'XX'], /--region XX/],
  ])('a build with %s fails and leaves DIR untouched', async (_name, vendor, extra, error) => {
    await writeFile(join(cwd, 'bad-vendor.json'), JSON.stringify({ id: 'norbury', name: 'N', aliases: [], phones: [], domains: [], reportUrl: 'http://x.example/', statements: [] }));
    const before = await fingerprint(join(cwd, 'feed'));
    const run = await cli('build', '--list', 'v2.csv', '--vendor', vendor, '--key', 'norbury.key', '--out', 'feed', ...extra);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(error);
    expect(await fingerprint(join(cwd, 'feed'))).toEqual(before);
  });

  test('a build into a new folder that fails creates nothing', async () => {
    const run = await build('bad.csv', 'fresh');
    expect(run.code).toBe(1);
    await expect(stat(join(cwd, 'fresh'))).rejects.toThrow(/ENOENT/);
  });

  test('verify fails with a one-line reason for a tampered snapshot', async () => {
    await cli('build', '--list', 'numbers.csv', '--vendor', 'vendor.json', '--key', 'norbury.key', '--out', 'tampered');
    const snapshot = join(cwd, 'tampered', (await headOf('tampered')).list.snapshot.path);
    await writeFile(snapshot, (await readFile(snapshot, 'utf8')).replace('tech-support', 'tech-suppors'));
    const run = await cli('verify', 'tampered', '--pub', 'norbury.pub');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/snapshots\/[0-9a-f]{64}\.tsv: file sha256 is [0-9a-f]{64}, head says/);
  });

  test('verify fails with the wrong public key', async () => {
    expect((await cli('keygen', '--out', 'stranger')).code).toBe(0);
    const run = await cli('verify', 'feed', '--pub', 'stranger.pub');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^hangup-publisher verify: key\.json: no rotation is signed by the pinned key/);
  });

  test('verify fails for a head.json with a flipped byte', async () => {
    await cli('build', '--list', 'numbers.csv', '--vendor', 'vendor.json', '--key', 'norbury.key', '--out', 'flipped');
    const path = join(cwd, 'flipped', 'head.json');
    const text = await readFile(path, 'utf8');
    const at = text.indexOf('"sig":"') + 10;
    await writeFile(path, text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
    const run = await cli('verify', 'flipped', '--pub', 'norbury.pub');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/head\.json: /);
  });

  test('rotate-key, then build with the new key: verify with the OLD public key follows the rotation', async () => {
    const rotated = await cli('rotate-key', '--key', 'norbury.key', '--out', 'norbury-2', '--dir', 'feed');
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toMatch(/head\.json re-signed by the new key/);
    expect((await cli('verify', 'feed', '--pub', 'norbury.pub')).code).toBe(0);

    const oldKeyBuild = await build('numbers.csv');
    expect(oldKeyBuild.code).toBe(1);
    expect(oldKeyBuild.stderr).toMatch(/not the feed's current key/);

    const built = await cli('build', '--list', 'numbers.csv', '--vendor', 'vendor.json', '--key', 'norbury-2.key', '--out', 'feed');
    expect(built.code).toBe(0);
    const withOld = await cli('verify', 'feed', '--pub', 'norbury.pub');
    expect(withOld.code).toBe(0);
    expect(withOld.stdout).toMatch(/reached from the pinned key .* by signed rotation/);
    expect((await cli('verify', 'feed', '--pub', 'norbury-2.pub')).code).toBe(0);
  });

  test('a forged rotation (not signed by the old key) fails verify with the old key', async () => {
    const path = join(cwd, 'feed', 'key.json');
    const original = await readFile(path);
    const parsed = parseKeyFile(new Uint8Array(original));
    if (!parsed.ok) throw new Error(parsed.error);
    // An attacker appends a rotation to their own key C, signed by C itself, and names C as current.
    const attacker = await publicKeyOf(SEED_C);
    const lastKey = fromBase64(parsed.file.publicKey)!;
    const statement = encodeRotation({ feedId: 'norbury', previousKeyId: await keyIdOf(lastKey), newKey: toBase64(attacker), issuedAt: new Date().toISOString() });
    const forged = await signEnvelope(ROTATION_TYPE, statement, SEED_C);
    forged.signatures[0]!.keyid = await keyIdOf(lastKey);
    await writeFile(path, encodeKeyFile({ ...parsed.file, publicKey: toBase64(attacker), rotations: [...parsed.file.rotations, forged] }));
    try {
      const run = await cli('verify', 'feed', '--pub', 'norbury.pub');
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/key\.json: rotation 1: signature by key [0-9a-f]{64} does not verify/);
    } finally {
      await writeFile(path, original);
    }
  });

  test('serve answers with an ETag, then 304, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', 'feed', '--port', '0', '--host', '127.0.0.1'], { cwd });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /http:\/\/\S+\/head\.json/.exec(out);
          if (match) resolve(match[0]);
        });
        child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
      });
      const first = await fetch(url);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toBe(`"${createHash('sha256').update(await readFile(join(cwd, 'feed', 'head.json'))).digest('hex')}"`);
      expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
      expect((await fetch(url.replace('head.json', 'norbury.key'))).status).toBe(404);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  test('bad usage exits 2 with the usage line', async () => {
    const run = await cli('build', '--lst', 'x');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: build --list/);
    expect((await cli('frobnicate')).code).toBe(2);
  });
});

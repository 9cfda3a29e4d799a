import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundled, entry, feed, vendor } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const fixtures = (path: string) => join(root, 'test', 'fixtures', path);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the scan command line as `npm run scan` would, feeding `input` on stdin. */
function scan(args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['lib/scan/cli.ts', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const lines = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hangup-scan-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scan --jsonl', () => {
  test('writes exactly one line per input line, with an error record for each bad line', async () => {
    const input = [
      JSON.stringify({ id: 'ok', subject: 'Your Norbury renewal', from: 'Billing <b@gmail.com>', text: 'Your Norbury 360 plan renewed for $399.99. To cancel, call 1-888-555-0199 within 24 hours.', html: '' }),
      '{"id":"broken", "text": "unterminated',
      '',
      JSON.stringify({ id: 'listed', text: 'Call 1-888-555-0142', subject: '', from: '', html: '' }),
      JSON.stringify({ id: 'wrong', text: ['not', 'a', 'string'] }),
      JSON.stringify({ id: 'plain', text: 'See you at lunch.' }),
    ].join('\n');
    const run = await scan(['--jsonl'], input + '\n');
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out).toHaveLength(6);
    expect(out.map((r) => r.id)).toEqual(['ok', 'broken', null, 'listed', 'wrong', 'plain']);
    expect(out[0]).toMatchObject({ verdict: 'suspicious', vendor: 'Norbury Antivirus', numbers: [{ raw: '1-888-555-0199', e164: '+18885550199', status: 'suspicious' }] });
    expect(Object.keys(out[0]!)).toEqual(['id', 'verdict', 'score', 'vendor', 'numbers', 'reasons']);
    expect(out[1]!.error).toMatch(/^invalid JSON/);
    expect(out[2]!.error).toBe('empty line');
    expect(out[3]).toMatchObject({ verdict: 'scam', score: 1 });
    expect(out[4]!.error).toBe('"text" must be a string');
    expect(out[5]).toMatchObject({ verdict: 'none', vendor: null, numbers: [] });
  });

  test('a last line without a newline is still answered', async () => {
    const run = await scan(['--jsonl'], '{"id":"only","text":"hi"}');
    expect(lines(run.stdout)).toEqual([{ id: 'only', verdict: 'none', score: 0, vendor: null, numbers: [], reasons: ['No phone number found.'] }]);
  });

  test('--feed adds a feed file from disk, and --feed DIR every feed in it', async () => {
    const list = feed({ feedId: 'local-feed', name: 'Local list', vendors: [vendor('acme', { name: 'Acme Security' })], entries: [entry('+18885550199', 'acme', 'billing')] });
    const file = join(dir, 'local.json');
    await writeFile(file, JSON.stringify(list));
    const input = JSON.stringify({ id: 'x', text: 'Call 1-888-555-0199 now.' }) + '\n';
    const withoutFeed = lines((await scan(['--jsonl'], input)).stdout)[0];
    const withFile = lines((await scan(['--jsonl', '--feed', file], input)).stdout)[0];
    const withDir = lines((await scan(['--jsonl', '--feed', dir], input)).stdout)[0];
    expect(withoutFeed).toMatchObject({ verdict: 'none' });
    expect(withFile).toMatchObject({ verdict: 'scam', vendor: 'Acme Security' });
    expect((withFile!.reasons as string[])[0]).toBe('1-888-555-0199 is listed as a scam number by Local list.');
    expect(withDir).toMatchObject({ verdict: 'scam', vendor: 'Acme Security' });
  });

  test('an invalid feed is a clear error before any input is read', async () => {
    const bad = join(dir, 'bad-feed.json');
    const broken = bundled();
    broken.entries[0]!.n = '12345';
    await writeFile(bad, JSON.stringify(broken));
    const run = await scan(['--jsonl', '--feed', bad], '{"id":"x","text":"hi"}\n');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/feed error: .*bad-feed\.json: entries\.0\.n: not an E\.164 number/);
  });
});

describe('scan FILE...', () => {
  test('prints a verdict and its reasons for each file', async () => {
    const run = await scan([fixtures('eml/multipart-alternative.eml'), fixtures('eml/plain-legit.eml'), fixtures('scan/lure.html'), fixtures('scan/listed.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('multipart-alternative.eml: SUSPICIOUS');
    expect(run.stdout).toContain("  - Claims to be Norbury Antivirus billing; the number 1-888-555-0199 is not one of Norbury Antivirus'; asks you to call about a $389.99 charge.");
    expect(run.stdout).toContain('plain-legit.eml: nothing found');
    expect(run.stdout).toContain('lure.html: SUSPICIOUS');
    expect(run.stdout).toContain('listed.txt: SCAM');
  });

  test('a file that cannot be read is reported and the others are still scanned', async () => {
    const run = await scan([join(dir, 'missing.eml'), fixtures('scan/note.txt'), join(dir, 'x.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/missing\.eml: ENOENT/);
    expect(run.stderr).toMatch(/x\.pdf: unsupported file type/);
    expect(run.stdout).toContain('note.txt: nothing found');
  });

  test('a usage mistake prints the usage', async () => {
    const run = await scan(['--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown option: --bogus');
    expect(run.stderr).toContain('Usage:');
  });
});

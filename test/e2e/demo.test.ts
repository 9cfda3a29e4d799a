import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let out: string;

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('npm run demo without a display', () => {
  it('prints what was flagged on each page and writes screenshots', async () => {
    out = await mkdtemp(join(tmpdir(), 'hangup-demo-'));
    const root = resolve(import.meta.dirname, '../..');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/demo/run.ts', '--headless'], {
      cwd: root,
      env: { ...process.env, HANGUP_DEMO_OUT: out },
      timeout: 90_000,
    });
    // Each page's section: its title line, then indented lines until the next blank line.
    const section = (file: string) => new RegExp(`${file.replace('.', '\\.')}[^\\n]*\\n((?:[ ]+[^\\n]*\\n)*)`).exec(stdout)?.[1] ?? '';
    expect(section('inbox.html')).toMatch(/message banner: SCAM/);
    expect(section('inbox.html')).toMatch(/\+18885550142\s+SCAM/);
    expect(section('inbox.html')).toMatch(/\+18555550120\s+official/);
    expect(section('support.html')).toMatch(/\+18775550123\s+SCAM/);
    expect(section('contact.html')).toMatch(/\+18005550100\s+official/);
    expect(section('contact.html')).not.toMatch(/SCAM|banner/);
    expect(section('locker.html')).toMatch(/FULL-PAGE WARNING/);
    expect(stdout).toContain('2 scam numbers flagged');
    for (const name of ['inbox.png', 'inbox-details.png', 'support.png', 'support-details.png', 'contact.png', 'locker.png', 'popup.png']) {
      const file = join(out, name);
      expect(existsSync(file), name).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(5_000);
    }
  });
});

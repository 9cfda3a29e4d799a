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
    expect(stdout).toMatch(/inbox\.html[^\n]*\n\s+\+18885550142\s+SCAM/);
    expect(stdout).toMatch(/\+18555550120\s+official/);
    expect(stdout).toMatch(/support\.html[^\n]*\n\s+\+18775550123\s+SCAM/);
    expect(stdout).toMatch(/contact\.html[^\n]*\n\s+\+18005550100\s+official/);
    expect(stdout).toContain('2 scam numbers flagged');
    for (const name of ['inbox.png', 'inbox-details.png', 'support.png', 'support-details.png', 'contact.png', 'popup.png']) {
      const file = join(out, name);
      expect(existsSync(file), name).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(5_000);
    }
  });
});

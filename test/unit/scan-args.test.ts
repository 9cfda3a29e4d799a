import { describe, expect, test } from 'vitest';
import { parseArgs, UsageError } from '@/lib/scan/args';

describe('scan arguments', () => {
  test.each([
    [['a.eml', 'b.html'], { files: ['a.eml', 'b.html'], jsonl: false, feeds: [], region: 'US', noBundled: false }],
    [['--jsonl'], { files: [], jsonl: true }],
    [['--jsonl', '--feed', 'x.json', '--feed', 'dir'], { feeds: ['x.json', 'dir'] }],
    [['--region', 'br', '--no-bundled', '--', 'a.txt'], { region: 'BR', noBundled: true, files: ['a.txt'] }],
    [['--help'], { help: true }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  test.each([
    [[], 'give at least one FILE, or --jsonl'],
    [['--feed'], '--feed needs a value'],
    [['--region', 'XX', 'a.eml'], 'unknown region: XX'],
    [['--jsonl', 'a.eml'], '--jsonl reads stdin; do not also give files'],
    [['-x'], 'unknown option: -x'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});

import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { scanLine, toMessage } from '@/lib/scan/jsonl';
import { jsonlStream } from '@/lib/scan/jsonl-stream';
import { indexFeeds, readBundledFeed } from '@/lib/scan/lists';
import { scanContext } from '@/lib/scan/scanner';

const context = scanContext(indexFeeds([await readBundledFeed()]), 'US');

describe('jsonl records', () => {
  test('a record gets its verdict line', () => {
    const out = scanLine(JSON.stringify({ id: 'm1', subject: 'Hi', from: '', text: 'Call 1-888-555-0142.', html: '' }), context);
    expect(out).toMatchObject({ id: 'm1', verdict: 'scam', score: 1, vendor: 'Norbury Antivirus', numbers: [{ raw: '1-888-555-0142', e164: '+18885550142', status: 'scam' }] });
  });

  test.each([
    ['invalid JSON', '{"id":"x1", "text": ', { id: 'x1' }],
    ['a JSON array', '[1,2]', { id: null }],
    ['a field of the wrong type', '{"id":"x2","text":42}', { id: 'x2', error: '"text" must be a string' }],
    ['a numeric id', '{"id":7,"subject":[]}', { id: '7', error: '"subject" must be a string' }],
  ])('%s gets an error record', (_case, line, expected) => {
    const out = scanLine(line, context);
    expect(out).toMatchObject(expected);
    expect(out).toHaveProperty('error');
  });

  test('missing fields are empty', () => {
    expect(toMessage({ id: 'a' })).toEqual({ id: 'a', subject: '', from: '', text: '', html: '' });
  });

  test('the stream writes exactly one line per input line, in order', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString()));
    async function* lines() {
      yield '{"id":"a","text":"hello"}';
      yield '';
      yield 'garbage';
      yield '\uFEFF{"id":"d","text":"Call 1-888-555-0142"}';
    }
    await jsonlStream(lines(), out, context);
    const written = chunks.join('').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: string; verdict?: string });
    expect(written.map((r) => [r.id, r.verdict ?? 'error'])).toEqual([['a', 'none'], [null, 'error'], [null, 'error'], ['d', 'scam']]);
  });
});

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { defaultContext, evaluateCorpus, loadCorpus } from '@/lib/scan/corpus';

/** The real-message corpus lives beside the repository, not in it; a plain clone has none. */
const corpus = process.env.HANGUP_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus/messages.jsonl', import.meta.url));

if (existsSync(corpus)) {
  describe('detection on the real-message corpus', () => {
    test('recall on callback scams is at least 95% with at most 1% false positives on legitimate mail', async () => {
      const report = evaluateCorpus(await loadCorpus(corpus), { corpus, context: await defaultContext() });
      const { recall, falsePositiveRate } = report.figures;
      // Ids only in failure messages: the corpus text stays out of test output.
      expect(recall, `missed: ${report.misses.map((r) => r.id).join(', ')}`).toBeGreaterThanOrEqual(0.95);
      expect(falsePositiveRate, `false alarms: ${report.falseAlarms.map((r) => r.id).join(', ')}`).toBeLessThanOrEqual(0.01);
    }, 60_000);
  });
} else {
  test('corpus', () => {
    console.log('corpus not found: skipped');
  });
}

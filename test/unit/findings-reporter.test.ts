import { expect, test, vi } from 'vitest';
import { FindingsReporter } from '@/lib/page/findings';

test('sends one snapshot after a burst, scam wins over a weaker verdict, reset empties it', async () => {
  vi.useFakeTimers();
  const sent: unknown[] = [];
  const reporter = new FindingsReporter(async (findings) => void sent.push(findings), 300);
  reporter.number('+18885550142', 'scam');
  reporter.number('+18885550142', 'suspicious');
  reporter.number('+18005550100', 'official');
  reporter.message('m1');
  reporter.message('m1');
  await vi.advanceTimersByTimeAsync(299);
  expect(sent).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  expect(sent).toEqual([{ numbers: [{ e164: '+18885550142', verdict: 'scam' }, { e164: '+18005550100', verdict: 'official' }], messages: 1, locker: false }]);
  reporter.reset();
  await vi.advanceTimersByTimeAsync(300);
  expect(sent.at(-1)).toEqual({ numbers: [], messages: 0, locker: false });
  vi.useRealTimers();
});

import type { TabFindings } from '../messaging';

type Verdict = TabFindings['numbers'][number]['verdict'];

/**
 * Collects what this frame's features flagged and tells the background (for
 * the toolbar badge and the popup's list), a short while after the last change.
 */
export class FindingsReporter {
  private readonly numbers = new Map<string, Verdict>();
  private messages = new Set<string>();
  private locker = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly send: (findings: TabFindings) => Promise<unknown>,
    private readonly delayMs = 300,
  ) {}

  number(e164: string, verdict: Verdict): void {
    if (this.numbers.get(e164) === 'scam') return;
    this.numbers.set(e164, verdict);
    this.schedule();
  }

  message(key: string): void {
    this.messages.add(key);
    this.schedule();
  }

  lockerShown(shown: boolean): void {
    this.locker = shown;
    this.schedule();
  }

  /** Everything was removed (Hangup paused on the site). */
  reset(): void {
    this.numbers.clear();
    this.messages.clear();
    this.locker = false;
    this.schedule();
  }

  snapshot(): TabFindings {
    return {
      numbers: [...this.numbers].slice(0, 500).map(([e164, verdict]) => ({ e164, verdict })),
      messages: this.messages.size,
      locker: this.locker,
    };
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.send(this.snapshot()).catch(() => undefined);
    }, this.delayMs);
  }
}

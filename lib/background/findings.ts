import type { TabFindings } from '../messaging';

const EMPTY: TabFindings = { numbers: [], messages: 0, locker: false };

/**
 * What each tab's frames have flagged, kept in memory for the badge and the
 * popup. A page can hide Hangup's in-page UI, but not the toolbar badge.
 */
export class FindingsByTab {
  private readonly tabs = new Map<number, Map<number, TabFindings>>();

  set(tabId: number, frameId: number, findings: TabFindings): void {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, findings);
  }

  /** Forgets a tab (closed) or, with a frame id of 0, everything it had (the top page navigated). */
  clear(tabId: number): void {
    this.tabs.delete(tabId);
  }

  get(tabId: number): TabFindings {
    const frames = [...(this.tabs.get(tabId)?.values() ?? [])];
    if (frames.length === 0) return EMPTY;
    const numbers = new Map<string, TabFindings['numbers'][number]>();
    for (const frame of frames) for (const n of frame.numbers) if (!numbers.has(n.e164) || n.verdict === 'scam') numbers.set(n.e164, n);
    return {
      numbers: [...numbers.values()],
      messages: frames.reduce((sum, frame) => sum + frame.messages, 0),
      locker: frames.some((frame) => frame.locker),
    };
  }

  /** Warnings on the tab: scam and suspicious numbers, flagged messages, a locker page. */
  count(tabId: number): number {
    const findings = this.get(tabId);
    return findings.numbers.filter((n) => n.verdict !== 'official').length + findings.messages + (findings.locker ? 1 : 0);
  }
}

/** The badge for a count: empty when nothing was found, "99+" past 99. */
export function badgeText(count: number): string {
  return count === 0 ? '' : count > 99 ? '99+' : String(count);
}

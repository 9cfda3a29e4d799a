import type { TabFindings } from '../messaging';
import type { KeyValueArea } from '../storage-area';

const EMPTY: TabFindings = { numbers: [], messages: 0, locker: false };
/** Where the findings are kept while the browser runs (session storage), for a background started again. */
export const FINDINGS_KEY = 'tabFindings';

type Stored = Array<[tabId: number, frames: Array<[frameId: number, findings: TabFindings]>]>;

/**
 * What each tab's frames have flagged, for the badge and the popup. A page can
 * hide Hangup's in-page UI, but not the toolbar badge. Kept in memory and, when
 * given an area (the browser's session storage), written there too: the browser
 * stops an idle background, and the popup of a tab whose badge still counts its
 * warnings must not say that nothing was flagged.
 */
export class FindingsByTab {
  private readonly tabs = new Map<number, Map<number, TabFindings>>();
  private readonly restored: Promise<void>;
  /** Tabs cleared before the kept findings were read back: what was kept for them is out of date. */
  private readonly cleared = new Set<number>();

  constructor(private readonly area?: KeyValueArea) {
    this.restored = area ? this.restore(area).catch(() => undefined) : Promise.resolve();
  }

  /** Resolves once what an earlier run of the background kept has been read back. */
  ready(): Promise<void> {
    return this.restored;
  }

  set(tabId: number, frameId: number, findings: TabFindings): void {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, findings);
    this.save();
  }

  /** Forgets a tab (closed) or, with a frame id of 0, everything it had (the top page navigated). */
  clear(tabId: number): void {
    if (this.area) this.cleared.add(tabId);
    if (this.tabs.delete(tabId)) this.save();
  }

  private async restore(area: KeyValueArea): Promise<void> {
    try {
      const stored = (await area.get(FINDINGS_KEY))[FINDINGS_KEY];
      if (!Array.isArray(stored)) return;
      for (const tab of stored as unknown[]) {
        if (!Array.isArray(tab) || !Number.isInteger(tab[0]) || !Array.isArray(tab[1])) continue;
        const tabId = tab[0] as number;
        // Reported or cleared since this run began: what was kept is out of date.
        if (this.tabs.has(tabId) || this.cleared.has(tabId)) continue;
        const frames = new Map<number, TabFindings>();
        for (const frame of tab[1] as unknown[]) if (Array.isArray(frame) && Number.isInteger(frame[0]) && isFindings(frame[1])) frames.set(frame[0] as number, frame[1]);
        if (frames.size) this.tabs.set(tabId, frames);
      }
    } finally {
      this.cleared.clear();
    }
  }

  private save(): void {
    if (!this.area) return;
    const stored: Stored = [...this.tabs].map(([tabId, frames]) => [tabId, [...frames]]);
    void this.area.set({ [FINDINGS_KEY]: stored }).catch(() => undefined);
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

function isFindings(value: unknown): value is TabFindings {
  if (typeof value !== 'object' || value === null) return false;
  const { numbers, messages, locker } = value as Partial<TabFindings>;
  return (
    Array.isArray(numbers) &&
    numbers.every((n) => typeof n?.e164 === 'string' && (n.verdict === 'scam' || n.verdict === 'suspicious' || n.verdict === 'official')) &&
    Number.isInteger(messages) &&
    typeof locker === 'boolean'
  );
}

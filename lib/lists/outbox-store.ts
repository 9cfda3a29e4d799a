import type { OutboxItem } from '../reports/types';
import type { ListsDb } from './db';

/**
 * The report outbox in IndexedDB. A report is written here before any
 * network call, so a background stopped at any point still has it.
 */
export class OutboxStore {
  constructor(private readonly db: () => Promise<ListsDb>) {}

  async put(item: OutboxItem): Promise<void> {
    await (await this.db()).put('outbox', item);
  }

  async get(reportId: string): Promise<OutboxItem | undefined> {
    return (await this.db()).get('outbox', reportId);
  }

  async all(): Promise<OutboxItem[]> {
    const items = await (await this.db()).getAll('outbox');
    return items.sort((a, b) => b.createdAt - a.createdAt);
  }

  async byNumber(e164: string): Promise<OutboxItem[]> {
    return (await this.db()).getAllFromIndex('outbox', 'byNumber', e164);
  }

  async delete(reportId: string): Promise<void> {
    await (await this.db()).delete('outbox', reportId);
  }

  /**
   * Stores `item` unless a report of the same number was filed since
   * `since`; that earlier report is returned instead. One transaction, so two
   * clicks at once still make one report.
   */
  async putUnlessRecent(item: OutboxItem, since: number): Promise<OutboxItem> {
    const tx = (await this.db()).transaction('outbox', 'readwrite');
    const recent = (await tx.store.index('byNumber').getAll(item.report.number.e164)).find((other) => other.createdAt >= since);
    if (!recent) await tx.store.put(item);
    await tx.done;
    return recent ?? item;
  }
}

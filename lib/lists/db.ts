import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PackedList } from './packed';
import type { OutboxItem } from '../reports/types';
import type { FeedRecord, Subscription } from './types';

export const DB_NAME = 'hangup-lists';
export const DB_VERSION = 3;

/** A slice of one generation of a feed's list. */
export interface ChunkRecord extends PackedList {
  feedId: string;
  generation: number;
  index: number;
}

export interface ListsSchema extends DBSchema {
  feeds: { key: string; value: FeedRecord };
  chunks: { key: [string, number, number]; value: ChunkRecord };
  subscriptions: { key: string; value: Subscription };
  /** Reports waiting to be delivered or kept for the record; keyed by report id. */
  outbox: { key: string; value: OutboxItem; indexes: { byNumber: string } };
}

export type ListsDb = IDBPDatabase<ListsSchema>;

/**
 * Opens (and creates or upgrades) the extension's database: lists, feed
 * subscriptions, and the report outbox (kept here so one module owns IndexedDB). Each schema version adds
 * its own step so a browser several versions behind upgrades in order.
 */
export function openListsDb(name = DB_NAME): Promise<ListsDb> {
  return openDB<ListsSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('feeds', { keyPath: 'feedId' });
        db.createObjectStore('chunks', { keyPath: ['feedId', 'generation', 'index'] });
      }
      if (oldVersion < 2) {
        db.createObjectStore('subscriptions', { keyPath: 'feedId' });
      }
      if (oldVersion < 3) {
        const outbox = db.createObjectStore('outbox', { keyPath: 'report.reportId' });
        outbox.createIndex('byNumber', 'report.number.e164');
      }
    },
  });
}

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PackedList } from './packed';
import type { FeedRecord, Subscription } from './types';

export const DB_NAME = 'hangup-lists';
export const DB_VERSION = 2;

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
}

export type ListsDb = IDBPDatabase<ListsSchema>;

/**
 * Opens (and creates or upgrades) the lists database. Each schema version adds
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
    },
  });
}

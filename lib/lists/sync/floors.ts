import type { KeyValueArea } from '../../storage-area';
import type { Floor } from './fetch-update';

export const FLOORS_KEY = 'feedFloors';

/**
 * The highest head and list versions ever accepted per feed, kept in
 * `storage.local` as well as IndexedDB: a browser that wipes extension
 * IndexedDB (Firefox permanent private mode) must still refuse an old,
 * validly signed head replayed at it. Floors only rise: removing a feed and
 * adding it again does not reopen the door to an old list.
 */
export class Floors {
  constructor(private readonly area: KeyValueArea) {}

  private async all(): Promise<Record<string, Floor>> {
    const value = (await this.area.get(FLOORS_KEY))[FLOORS_KEY];
    return value && typeof value === 'object' ? (value as Record<string, Floor>) : {};
  }

  async get(feedId: string): Promise<Floor | undefined> {
    const floors = await this.all();
    return Object.hasOwn(floors, feedId) ? floors[feedId] : undefined;
  }

  async raise(feedId: string, floor: Floor): Promise<void> {
    const floors = await this.all();
    const old = Object.hasOwn(floors, feedId) ? floors[feedId] : undefined;
    const next = { version: Math.max(old?.version ?? 0, floor.version), listVersion: Math.max(old?.listVersion ?? 0, floor.listVersion) };
    await this.area.set({ [FLOORS_KEY]: { ...floors, [feedId]: next } });
  }
}

/** The higher of two floors, field by field. */
export function maxFloor(a: Floor | undefined, b: Floor | undefined): Floor | undefined {
  if (!a) return b;
  if (!b) return a;
  return { version: Math.max(a.version, b.version), listVersion: Math.max(a.listVersion, b.listVersion) };
}

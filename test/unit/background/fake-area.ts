import type { KeyValueArea } from '@/lib/background/paused-sites';

/** An in-memory `storage.local` that copies values in and out like the real one. */
export class FakeArea implements KeyValueArea {
  readonly items = new Map<string, unknown>();

  async get(key: string): Promise<Record<string, unknown>> {
    return this.items.has(key) ? { [key]: structuredClone(this.items.get(key)) } : {};
  }

  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }
}

/** The subset of `browser.storage.local` that lib code uses, so tests can pass a fake. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

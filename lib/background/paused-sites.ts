import type { KeyValueArea } from '../storage-area';

export type { KeyValueArea };

export const PAUSED_SITES_KEY = 'pausedSites';

async function read(area: KeyValueArea): Promise<string[]> {
  const value = (await area.get(PAUSED_SITES_KEY))[PAUSED_SITES_KEY];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export async function isPaused(area: KeyValueArea, origin: string): Promise<boolean> {
  return (await read(area)).includes(origin);
}

/** Pauses or resumes Hangup on one origin (scheme, host and port). */
export async function setPaused(area: KeyValueArea, origin: string, paused: boolean): Promise<void> {
  const sites = new Set(await read(area));
  if (paused) sites.add(origin);
  else sites.delete(origin);
  await area.set({ [PAUSED_SITES_KEY]: [...sites].sort() });
}

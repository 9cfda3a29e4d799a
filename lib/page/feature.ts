/**
 * A piece of in-page behaviour (number markers, message banners, the
 * browser-locker guard). The content script starts every feature when Hangup
 * is active on the site and stops them all when the user pauses it there.
 */
export interface PageFeature {
  name: string;
  start(): void;
  /** Stops all work and removes everything the feature added to the page. */
  stop(): void;
}

/**
 * Starts `features` one task apart: each one's first piece of work (the first
 * slice of a scan, the first message read) then runs in a task of its own
 * instead of adding up with the others' into one long task. Stops early when
 * `current()` turns false (the user paused the site meanwhile).
 */
export async function startOneByOne(features: readonly PageFeature[], current: () => boolean, onError: (error: unknown) => void, nextTask: () => Promise<void>): Promise<void> {
  for (const feature of features) {
    await nextTask();
    if (!current()) return;
    try {
      feature.start();
    } catch (error) {
      onError(error);
    }
  }
}

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

import type { MessageVerdict } from '../detect/message';
import { adapterFor, type MessageView, type SiteAdapter } from './adapters';
import { readMessage, worthChecking, type MessageRequest, type ReadOptions } from './adapters/read-message';
import { BANNER_TAG } from './banner-host';
import type { PageFeature } from './feature';
import { yieldToPage } from './slicer';
import { MARKER_TAG } from './text-blocks';

export interface MessageBannersDeps {
  doc: Document;
  /** The message-level verdict (the background's checkMessage). */
  check: (message: MessageRequest) => Promise<MessageVerdict>;
  /** Builds the banner shown above a flagged message; `dismiss` removes it for good. */
  /** Builds the banner; `view` is the message it sits above (its subject and body, for a report). */
  createBanner: (verdict: MessageVerdict, dismiss: () => void, view: MessageView) => HTMLElement;
  signal: AbortSignal;
  /** Site adapters, first match wins; the built-in list when omitted. */
  adapters?: readonly SiteAdapter[];
  /** Delay that gathers a burst of page changes into one pass, in ms. */
  settleMs?: number;
  /** Longest stretch of work before yielding to the page, in ms. */
  sliceMs?: number;
  /**
   * Least time between two reads of a message, in ms; for one that keeps
   * changing it doubles with each change (up to MAX_RECHECK_MS) while they go on.
   */
  recheckMs?: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}

interface Seen {
  /** What the check was asked (see `fingerprint`): a change means the message changed. */
  raw: string;
  verdict?: MessageVerdict;
  banner?: HTMLElement;
  dismissed: boolean;
  /** The body the message was read from: a dismissal holds for it, not for whatever comes to sit at the same key. */
  body: WeakRef<Element>;
  /** When the message was last read, and the wait before it is read (and, if changed, checked) again. */
  readAt: number;
  wait: number;
}

/** Longest wait between two reads of a message that keeps changing (a ticker, a live chat). */
const MAX_RECHECK_MS = 30_000;

/** Verdicts kept for messages no longer on the page, so reopening one costs no new check. */
const REMEMBERED = 200;

const flagged = (verdict: MessageVerdict | undefined) => verdict?.verdict === 'scam' || verdict?.verdict === 'suspicious';
const isOwn = (node: Node) => node.nodeName === BANNER_TAG || node.nodeName === MARKER_TAG;
/** Hangup's own banners and markers coming and going are not page changes. */
const isPageChange = (record: MutationRecord) => record.type !== 'childList' || [...record.addedNodes, ...record.removedNodes].some((node) => !isOwn(node));

/** True when two verdicts would show the same banner. */
const sameVerdict = (a: MessageVerdict, b: MessageVerdict | undefined) => b !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** The fields a check reads, as one string. */
const fingerprint = (request: MessageRequest) => [request.subject, request.from, request.telLinks.join(' '), request.text].join('\u0000');

/** A banner above each webmail message (or page) whose verdict is scam or suspicious. */
export function messageBanners(deps: MessageBannersDeps): PageFeature {
  let watcher: MessageBanners | undefined;
  return {
    name: 'message-banners',
    start() {
      if (watcher || deps.signal.aborted) return;
      const adapter = adapterFor(new URL(deps.doc.location.href), deps.adapters);
      if (!adapter) return;
      watcher = new MessageBanners(adapter, deps);
      void watcher.start();
    },
    stop() {
      watcher?.stop();
      watcher = undefined;
    },
  };
}

/**
 * Finds the messages a site adapter knows, checks each once (again when its
 * text changes), and keeps a banner right above each flagged one. Passes run
 * one at a time, after a burst of page changes settles, and yield to the page
 * between messages.
 */
export class MessageBanners {
  private readonly seen = new Map<string, Seen>();
  /** Bodies whose banner the user dismissed: it stays away from that message wherever the page moves it. */
  private readonly dismissedBodies = new WeakSet<Element>();
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A pass for messages whose changes wait (see `recheckMs`), and when it runs (on the `now` clock). */
  private recheck: ReturnType<typeof setTimeout> | undefined;
  private recheckAt = 0;
  private running: Promise<void> = Promise.resolve();
  private queued = false;
  /** Bumped by `stop()` so a pass waiting on a verdict does not touch a page it no longer owns. */
  private epoch = 0;
  private readonly now: () => number;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly deps: MessageBannersDeps,
  ) {
    this.now = deps.now ?? (() => performance.now());
    deps.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Checks the messages on the page now, then follows changes (a message opened later, an edited body). */
  start(): Promise<void> {
    if (this.deps.signal.aborted) return Promise.resolve();
    const Observer = this.deps.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => {
      if (this.timer || !records.some(isPageChange)) return;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.schedule();
      }, this.deps.settleMs ?? 200);
    });
    this.observer.observe(this.deps.doc, { childList: true, subtree: true, characterData: true });
    return this.schedule();
  }

  /** Resolves when every queued pass has finished. */
  idle(): Promise<void> {
    return this.running;
  }

  /** Stops all work and removes every banner. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.recheck) clearTimeout(this.recheck);
    this.recheck = undefined;
    this.epoch++;
    for (const seen of this.seen.values()) seen.banner?.remove();
    this.seen.clear();
  }

  /** A pass in `ms`, unless one is due sooner. */
  private passIn(ms: number): void {
    const at = this.now() + ms;
    if (this.recheck && this.recheckAt <= at) return;
    if (this.recheck) clearTimeout(this.recheck);
    this.recheckAt = at;
    this.recheck = setTimeout(() => {
      this.recheck = undefined;
      void this.schedule();
    }, ms);
  }

  private schedule(): Promise<void> {
    // A pass already waiting to run will see the latest page.
    if (this.queued) return this.running;
    this.queued = true;
    this.running = this.running
      .then(() => {
        this.queued = false;
        return this.pass();
      })
      .catch((error) => this.report(error));
    return this.running;
  }

  private async pass(): Promise<void> {
    const epoch = this.epoch;
    const halted = () => !this.observer || this.deps.signal.aborted || epoch !== this.epoch;
    if (halted()) return;
    const now = this.now;
    const sliceMs = this.deps.sliceMs ?? 8;
    const present = new Set<string>();
    let sliceStart = now();
    for (const view of this.adapter.findMessages(this.deps.doc)) {
      present.add(view.key);
      await this.visit(view, halted, { sliceMs, now, pause: yieldToPage });
      if (halted()) return;
      if (now() - sliceStart > sliceMs) {
        await yieldToPage();
        if (halted()) return;
        sliceStart = now();
      }
    }
    this.forgetAbsent(present);
  }

  private async visit(view: MessageView, halted: () => boolean, reading: ReadOptions): Promise<void> {
    const now = this.now();
    const known = this.seen.get(view.key);
    if (known && known.body.deref() === view.body && now < known.readAt + known.wait) {
      // Read a moment ago: read again once its wait is over (a page busy with other changes does not make
      // every pass read every message), the banner kept in place meanwhile.
      this.passIn(known.readAt + known.wait - now);
      this.place(view, view.key, known);
      return;
    }
    // What would be checked: a bounded read (a huge page is read only as far as a check looks), and a
    // message counts as changed exactly when what a check sees has changed.
    const request = await readMessage(view, reading);
    if (halted()) return;
    const raw = fingerprint(request);
    const base = this.deps.recheckMs ?? 1000;
    let seen = known;
    if (seen && seen.raw === raw) {
      // Unchanged: the next read may come as soon as the first.
      seen.readAt = now;
      seen.wait = base;
    } else {
      const before = seen;
      const sameBody = before?.body.deref() === view.body;
      // A message that changed again soon after its last read waits twice as long before the next; one left
      // alone a while starts over. A ticker or a live chat ends up read and checked every 30 s at most.
      const wait = before && sameBody && now < before.readAt + 2 * before.wait ? Math.min(2 * before.wait, MAX_RECHECK_MS) : base;
      // Its banner stays up while the new verdict is on the way: a live page changes every few hundred
      // milliseconds, and taking the banner down and up again each time would make it flicker.
      seen = {
        raw,
        // A dismissal holds for the message it was made on; another message at the same key (lists keyed by
        // position) gets its own banner.
        dismissed: sameBody && (before?.dismissed ?? false),
        body: new WeakRef(view.body),
        readAt: now,
        wait,
        ...(before?.verdict ? { verdict: before.verdict } : {}),
        ...(before?.banner ? { banner: before.banner } : {}),
      };
      // Re-inserted so the map's order is least recently checked first.
      this.seen.delete(view.key);
      this.seen.set(view.key, seen);
      if (!worthChecking(request)) {
        seen.verdict = undefined;
      } else {
        try {
          const verdict = await this.deps.check(request);
          if (halted()) return;
          // A different verdict gets a new banner; the same one keeps the banner it has.
          if (seen.banner && !sameVerdict(verdict, seen.verdict)) {
            seen.banner.remove();
            seen.banner = undefined;
          }
          seen.verdict = verdict;
        } catch (error) {
          // The last verdict stands; the next read of a changed page asks again.
          seen.raw = before?.raw ?? '';
          this.report(error);
        }
        if (halted()) return;
      }
    }
    this.place(view, view.key, seen);
  }

  /** Puts the message's banner right before its anchor, or removes it when the message is not flagged. */
  private place(view: MessageView, key: string, seen: Seen): void {
    if (!flagged(seen.verdict) || seen.dismissed || this.dismissedBodies.has(view.body)) {
      seen.banner?.remove();
      seen.banner = undefined;
      return;
    }
    const anchor = view.bannerBefore;
    // Swapped out while its verdict was on the way; the pass that follows the swap places it.
    if (!anchor.isConnected || !anchor.parentNode || anchor === seen.banner) return;
    if (!seen.banner) {
      seen.banner = this.deps.createBanner(seen.verdict!, () => this.dismiss(key), view);
      seen.banner.setAttribute('data-verdict', seen.verdict!.verdict);
    }
    // Moved only when it is out of place: a move takes the focus from a button in it.
    if (seen.banner.nextSibling !== anchor) anchor.parentNode.insertBefore(seen.banner, anchor);
  }

  private dismiss(key: string): void {
    const seen = this.seen.get(key);
    if (!seen) return;
    seen.dismissed = true;
    const body = seen.body.deref();
    if (body) this.dismissedBodies.add(body);
    seen.banner?.remove();
    seen.banner = undefined;
  }

  /** A message that left the page takes its banner along; its verdict is kept a while for when it comes back. */
  private forgetAbsent(present: Set<string>): void {
    let extra = this.seen.size - REMEMBERED;
    for (const [key, seen] of this.seen) {
      if (present.has(key)) continue;
      seen.banner?.remove();
      seen.banner = undefined;
      if (extra-- > 0) this.seen.delete(key);
    }
  }

  private report(error: unknown): void {
    (this.deps.onError ?? ((e: unknown) => console.warn('Hangup: message check failed', e)))(error);
  }
}

interface NavigationTarget {
  addEventListener(type: 'navigate', listener: () => void, options: { signal: AbortSignal }): void;
}

/**
 * Follows same-document navigations of a single-page app. A content script's
 * isolated world cannot see the page's own `history.pushState` calls, so this
 * listens where it can (the Navigation API's `navigate`, `popstate`,
 * `hashchange`) and `check()` compares the address whenever the page changes.
 */
export class NavigationWatch {
  private href: string;

  constructor(
    private readonly view: Window,
    private readonly onNavigate: () => void,
    signal: AbortSignal,
  ) {
    this.href = view.location.href;
    const check = () => this.check();
    view.addEventListener('popstate', check, { signal });
    view.addEventListener('hashchange', check, { signal });
    // `navigate` fires before the address changes; the page swaps its content after it.
    (view as { navigation?: NavigationTarget }).navigation?.addEventListener('navigate', () => this.changed(), { signal });
  }

  /** Reports a navigation if the address changed since the last look. */
  check(): void {
    if (this.view.location.href !== this.href) this.changed();
  }

  private changed(): void {
    this.href = this.view.location.href;
    this.onNavigate();
  }
}

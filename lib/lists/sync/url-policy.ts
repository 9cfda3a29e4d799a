import { t } from '../../i18n';

/** True for hosts on this machine, the only place plain http is allowed (tests, the demo). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Feed and report URLs must be https; plain http only on loopback. Credentials
 * in the URL are refused so they never end up in storage or logs.
 */
export function checkFeedUrl(input: string): { ok: true; url: URL } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: t('feed_url_invalid') };
  }
  if (url.username || url.password) return { ok: false, error: t('feed_url_credentials') };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return { ok: true, url };
  return { ok: false, error: t('feed_url_https') };
}

/** A feed is named by its folder; `head.json` and `key.json` live in it. */
export function feedBase(url: URL): URL {
  const base = new URL(url.href);
  base.search = '';
  base.hash = '';
  if (base.pathname.endsWith('/head.json')) base.pathname = base.pathname.slice(0, -'head.json'.length);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}

/** Resolves a path from a head (already validated as `snapshots/…` or `deltas/…`) inside the feed's folder. */
export function fileUrl(base: string, path: string): string {
  const url = new URL(path, base);
  if (!url.href.startsWith(base)) throw new Error(`Path ${path} leaves the feed's folder`);
  return url.href;
}

import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { yahoo } from './yahoo';
import type { SiteAdapter } from './types';

export type { MessageView, SiteAdapter } from './types';

/** Site adapters, most specific first; the first that matches a page wins. Adding a webmail: one file, one line. */
export const ADAPTERS: readonly SiteAdapter[] = [gmail, outlook, yahoo, generic];

export function adapterFor(url: URL, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | undefined {
  return adapters.find((adapter) => adapter.matches(url));
}

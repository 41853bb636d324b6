import type { ViewName } from './views.js';

export interface DeepLink {
  view: ViewName;
  id?: string;
}

/**
 * Read a widget deep link from a URL hash: `#support`, `#support/faq`, `#support/faq/<id>`,
 * `#support/contact`, `#support/fallback`. Anything else is not ours (null); an unknown
 * view falls back to the FAQ so a stale link still opens the widget.
 */
export function parseDeepLink(hash: string): DeepLink | null {
  const m = /^#support(?:\/([\w-]+)(?:\/([\w-]+))?)?\/?$/.exec(hash.slice(0, 200));
  if (!m) return null;
  const [, view, id] = m;
  if (!view) return { view: 'faq' };
  if (view === 'faq') return id ? { view, id } : { view };
  if (view === 'contact' || view === 'fallback') return { view };
  return { view: 'faq' };
}

/** The hash for a widget state (used with `sync-hash`). */
export function formatDeepLink(link: DeepLink): string {
  return link.view === 'faq' && link.id ? `#support/faq/${link.id}` : `#support/${link.view}`;
}

/**
 * The last good copy of each site pack (`content-src`), so a later failure (offline, a broken
 * deploy) shows that same content instead of nothing. Kept in localStorage under
 * `support-widget:last-good:<url> <locale>`, replaced by every good load, ignored (and
 * removed) after 30 days, and only when its JSON is at most 512 KB: a bigger copy is saved
 * without its search index, or not at all. Storage that is full or disabled only means there
 * is no copy.
 */
import type { CompiledPack } from './compiled.js';
import type { PackInput } from './types.js';

const PREFIX = 'support-widget:last-good:';
/** Longest saved copy, in UTF-16 code units of its JSON (localStorage counts those). */
export const LAST_GOOD_MAX_CHARS = 512 * 1024;
/** How long a copy is used after it was saved. */
export const LAST_GOOD_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

interface Saved {
  savedAt: number;
  compiled: CompiledPack<PackInput>;
}

const keyOf = (url: string, locale: string) => `${PREFIX}${url} ${locale}`;

export function saveLastGood(url: string, locale: string, compiled: CompiledPack<PackInput>, now = Date.now()): void {
  const full = JSON.stringify({ savedAt: now, compiled } satisfies Saved);
  const text = full.length <= LAST_GOOD_MAX_CHARS ? full : JSON.stringify({ savedAt: now, compiled: { pack: compiled.pack } } satisfies Saved);
  try {
    if (text.length <= LAST_GOOD_MAX_CHARS) localStorage.setItem(keyOf(url, locale), text);
    else localStorage.removeItem(keyOf(url, locale));
  } catch {
    // Full, disabled or blocked storage: there is simply no copy.
  }
}

/** The saved copy for `url` and `locale`, unvalidated, if one is there and recent enough. */
export function readLastGood(url: string, locale: string, now = Date.now()): { compiled: unknown; savedAt: number } | undefined {
  try {
    const text = localStorage.getItem(keyOf(url, locale));
    if (!text) return undefined;
    const saved = JSON.parse(text) as Partial<Saved>;
    if (typeof saved.savedAt !== 'number' || now - saved.savedAt > LAST_GOOD_MAX_AGE_MS || typeof saved.compiled !== 'object') {
      localStorage.removeItem(keyOf(url, locale));
      return undefined;
    }
    return { compiled: saved.compiled, savedAt: saved.savedAt };
  } catch {
    return undefined;
  }
}

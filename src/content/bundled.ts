// The bundled product's packs, compiled (validated + search index) by scripts/build.mjs into build/:
// one lazily loaded chunk per locale, so the launcher never waits for content and a visitor
// downloads only their own language.
import { product, defaultLocale, availableLocales, packLoaders } from '../../build/bundled-packs.js';
import type { CompiledPack } from './compiled.js';
import { yieldToPage } from '../internal/idle.js';
import type { PackInput } from './types.js';

export { product, defaultLocale, availableLocales };

const loaded = new Map<string, Promise<CompiledPack<PackInput>>>();

/** The bundled pack of `locale` (one of `availableLocales`), loaded once; a failed load is tried again next time. */
export function loadBundledPack(locale: string): Promise<CompiledPack<PackInput>> {
  let pack = loaded.get(locale);
  if (!pack) {
    const load = packLoaders[locale];
    if (!load) return Promise.reject(new Error(`no bundled pack for locale "${locale}"`));
    // The chunk is evaluated in the task its response arrives in; what the caller does with the
    // pack (catalog, search, a render) starts in a task of its own, so the two never add up to
    // one long task at the page's load.
    pack = load().then(async (m) => {
      await yieldToPage();
      return m.default;
    });
    pack.catch(() => loaded.delete(locale));
    loaded.set(locale, pack);
  }
  return pack;
}

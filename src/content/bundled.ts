// The bundled product's packs, compiled (validated + search index) by scripts/build.mjs into build/:
// one lazily loaded chunk per locale, so the launcher never waits for content and a visitor
// downloads only their own language.
import { product, defaultLocale, availableLocales, launcherStrings, packLoaders, indexLoaders } from '../../build/bundled-packs.js';
import type { CompiledPack } from './compiled.js';

export { product, defaultLocale, availableLocales, launcherStrings };

const loaded = new Map<string, Promise<CompiledPack>>();

/** The bundled pack of `locale` (one of `availableLocales`), loaded once; a failed load is tried again next time. */
export function loadBundledPack(locale: string): Promise<CompiledPack> {
  let pack = loaded.get(locale);
  if (!pack) {
    const load = packLoaders[locale];
    if (!load) return Promise.reject(new Error(`no bundled pack for locale "${locale}"`));
    const loadIndex = indexLoaders[locale];
    pack = load().then((m) => (loadIndex ? { ...m.default, loadIndex: () => loadIndex().then((i) => i.default) } : m.default));
    pack.catch(() => loaded.delete(locale));
    loaded.set(locale, pack);
  }
  return pack;
}

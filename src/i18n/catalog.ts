/**
 * Built-in interface catalogs: every interface string, the generic "can't reach support"
 * fallback and the default checklist fields, per locale. A pack carries only its content and
 * may override any of these (`ui`, `fallback`, `checklist`); `completePack` fills the rest.
 *
 * Contract used by the element's content loading:
 *   const catalog = await loadCatalog(locale);     // lazily loaded chunk, one per locale
 *   const pack = completePack(input, catalog);      // a full ContentPack for the views
 */
import type { ContentPack } from '../content/types.js';

/** What a locale's built-in catalog provides. */
export interface Catalog {
  locale: string;
  ui: ContentPack['ui'];
  fallback: ContentPack['fallback'];
}

/** A pack as a site writes it: `ui` and `fallback` may be partial or missing. */
export type PackInput = Omit<ContentPack, 'ui' | 'fallback'> & {
  ui?: Partial<ContentPack['ui']>;
  fallback?: Partial<ContentPack['fallback']>;
};

/** The built-in catalog closest to `locale` (English when none matches). Stub: filled in by the catalogs work. */
export async function loadCatalog(locale: string): Promise<Catalog | undefined> {
  void locale;
  return undefined;
}

/** `input` with every missing interface string and fallback part taken from `catalog`. */
export function completePack(input: PackInput, catalog: Catalog | undefined): ContentPack {
  if (!catalog) return input as ContentPack;
  return {
    ...input,
    ui: { ...catalog.ui, ...input.ui },
    fallback: { ...catalog.fallback, ...input.fallback },
  } as ContentPack;
}

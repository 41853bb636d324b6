/**
 * Built-in interface catalogs, per locale: every interface string (`catalogs/`) and the generic
 * "can't reach support" content (`fallbacks/`), each a lazily loaded chunk so a visitor
 * downloads only their own language, and the fallback only when the pack does not bring its
 * own. A pack carries only its content and may override any of these (`ui`, `fallback`,
 * `checklist`); `completePack` fills in the rest.
 */
import type { ChecklistField, ContentPack, Fallback, FallbackItem, PackInput, UiStrings } from '../content/types.js';
import type { CompiledPack } from '../content/compiled.js';
import { matchLocale } from '../content/locale.js';
import { directionOf } from './direction.js';
import { fontStackFor } from './fonts.js';

export type { PackInput };

/** A locale's interface strings. */
export interface UiCatalog {
  locale: string;
  ui: UiStrings;
}

/** A locale's generic fallback: reasons, actions, stay-safe advice and escalation. */
export type FallbackCatalog = Required<Omit<Fallback, 'mode'>>;

/** What `completePack` takes from the built-in catalogs. */
export interface Catalog extends UiCatalog {
  fallback: FallbackCatalog;
}

type Loaders<T> = Record<string, () => Promise<{ default: T }>>;

const UI: Loaders<UiCatalog> = {
  en: () => import('./catalogs/en.js'),
  'zh-CN': () => import('./catalogs/zh-CN.js'),
  'zh-TW': () => import('./catalogs/zh-TW.js'),
  ja: () => import('./catalogs/ja.js'),
  ko: () => import('./catalogs/ko.js'),
  vi: () => import('./catalogs/vi.js'),
  th: () => import('./catalogs/th.js'),
  id: () => import('./catalogs/id.js'),
  ru: () => import('./catalogs/ru.js'),
  uk: () => import('./catalogs/uk.js'),
  es: () => import('./catalogs/es.js'),
  'pt-BR': () => import('./catalogs/pt-BR.js'),
  fr: () => import('./catalogs/fr.js'),
  de: () => import('./catalogs/de.js'),
  it: () => import('./catalogs/it.js'),
  tr: () => import('./catalogs/tr.js'),
  ar: () => import('./catalogs/ar.js'),
  hi: () => import('./catalogs/hi.js'),
};
const FALLBACK: Loaders<FallbackCatalog> = {
  en: () => import('./fallbacks/en.js'),
  'zh-CN': () => import('./fallbacks/zh-CN.js'),
  'zh-TW': () => import('./fallbacks/zh-TW.js'),
  ja: () => import('./fallbacks/ja.js'),
  ko: () => import('./fallbacks/ko.js'),
  vi: () => import('./fallbacks/vi.js'),
  th: () => import('./fallbacks/th.js'),
  id: () => import('./fallbacks/id.js'),
  ru: () => import('./fallbacks/ru.js'),
  uk: () => import('./fallbacks/uk.js'),
  es: () => import('./fallbacks/es.js'),
  'pt-BR': () => import('./fallbacks/pt-BR.js'),
  fr: () => import('./fallbacks/fr.js'),
  de: () => import('./fallbacks/de.js'),
  it: () => import('./fallbacks/it.js'),
  tr: () => import('./fallbacks/tr.js'),
  ar: () => import('./fallbacks/ar.js'),
  hi: () => import('./fallbacks/hi.js'),
};

/** The locales the interface is built in. */
export const CATALOG_LOCALES: readonly string[] = Object.keys(UI);

/** The built-in catalog locale for a visitor who reads `locale` (English when none matches). */
export function catalogLocale(locale: string): string {
  return matchLocale(locale, CATALOG_LOCALES) ?? 'en';
}

const cache = new Map<string, Promise<unknown>>();

/** Each chunk loaded once; a failed load is tried again next time. */
function once<T>(kind: string, locale: string, loaders: Loaders<T>): Promise<T> {
  const key = `${kind}:${locale}`;
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = loaders[locale]().then((m) => m.default);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

const NO_FALLBACK: FallbackCatalog = { reasons: [], actions: [], safety: [], escalation: [] };

/** True when `fallback` leaves something to the built-in fallback. */
function needsBuiltInFallback(fallback: Partial<Fallback> | undefined): boolean {
  return fallback?.mode === 'extend' || !fallback?.reasons || !fallback.actions || !fallback.safety || !fallback.escalation;
}

/**
 * The built-in catalog closest to `locale`; with `fallback: false`, without loading the
 * generic fallback (its parts are then empty).
 */
export async function loadCatalog(locale: string, { fallback = true } = {}): Promise<Catalog> {
  const key = catalogLocale(locale);
  const [ui, fb] = await Promise.all([once('ui', key, UI), fallback ? once('fallback', key, FALLBACK) : NO_FALLBACK]);
  return { ...ui, fallback: fb };
}

/** The checklist a pack gets when it declares none: labels from the (possibly overridden) interface strings. */
function defaultChecklist(ui: UiStrings): ChecklistField[] {
  return [
    { id: 'account', label: ui.fieldAccount },
    { id: 'when', label: ui.fieldWhen },
    { id: 'problem', label: ui.fieldProblem, multiline: true },
  ];
}

/** Built-in items, each replaced by the pack's item of the same id, then the pack's new items. */
function mergeItems(builtIn: FallbackItem[], own: FallbackItem[] = []): FallbackItem[] {
  const kept = builtIn.map((item) => own.find((o) => o.id === item.id) ?? item);
  return [...kept, ...own.filter((o) => !builtIn.some((b) => b.id === o.id))];
}

function completeFallback(own: Partial<Fallback> | undefined, builtIn: FallbackCatalog): Fallback {
  if (own?.mode === 'extend')
    return {
      reasons: mergeItems(builtIn.reasons, own.reasons),
      actions: mergeItems(builtIn.actions, own.actions),
      safety: [...builtIn.safety, ...(own.safety ?? [])],
      escalation: [...builtIn.escalation, ...(own.escalation ?? [])],
    };
  return {
    reasons: own?.reasons ?? builtIn.reasons,
    actions: own?.actions ?? builtIn.actions,
    safety: own?.safety ?? builtIn.safety,
    escalation: own?.escalation ?? builtIn.escalation,
  };
}

/**
 * `input` with every missing interface string, fallback part and the checklist taken from
 * `catalog`. A full pack comes back with the same content.
 */
export function completePack(input: PackInput, catalog: Catalog): ContentPack {
  const ui = { ...catalog.ui, ...input.ui };
  return {
    ...input,
    ui,
    uiLocale: catalog.locale,
    uiDir: directionOf(catalog.locale),
    uiFont: fontStackFor(catalog.locale),
    fallback: completeFallback(input.fallback, catalog.fallback),
    checklist: input.checklist ?? defaultChecklist(ui),
  };
}

const completed = new WeakMap<CompiledPack<PackInput>, Map<string, CompiledPack>>();

/**
 * A compiled pack completed with the catalog of the interface locale `locale` (by default the
 * pack's own): a zh-TW visitor on zh-CN content gets the zh-TW interface strings. The pack's
 * own `ui` strings still win (the site wrote them on purpose, in whichever language), as do its
 * fallback and checklist. The same input and locale give the same object.
 */
export async function withCatalog(compiled: CompiledPack<PackInput>, locale: string = compiled.pack.meta.locale): Promise<CompiledPack> {
  const key = catalogLocale(locale);
  const catalog = await loadCatalog(key, { fallback: needsBuiltInFallback(compiled.pack.fallback) });
  let byLocale = completed.get(compiled);
  if (!byLocale) completed.set(compiled, (byLocale = new Map()));
  let full = byLocale.get(key);
  if (!full) byLocale.set(key, (full = { ...compiled, pack: completePack(compiled.pack, catalog) }));
  return full;
}

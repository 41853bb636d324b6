/**
 * Sources → validated packs with their search index: the one path shared by `check`,
 * `build`, `preview` and the repo's own build (scripts/build.mjs).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompiledPack } from '../../content/compiled.js';
import type { ContentPack } from '../../content/types.js';
import { validatePack, validatePackSet } from '../../content/validate.js';
import { buildSearchIndex, withoutRedundantKeywords } from '../../search/index.js';
import { foldTable } from '../../search/fold-table.js';
import { errorsIn, type SourceIssue } from './issues.js';
import { localeDirs, noLocales, readLocale, toSourceIssue, type AnswerCache, type LocaleSources, type ProductSources } from './sources.js';
import { fieldPath, parseYamlSource } from './yaml-source.js';

export interface CompiledLocale {
  locale: string;
  compiled: CompiledPack;
  /** The `_pack.yaml` (or JSON pack) it came from, for messages. */
  file: string;
}

export interface ProductBuild {
  sources?: ProductSources;
  /** Errors and warnings, located in the files the author edits. */
  issues: SourceIssue[];
  /** Every locale, when there is no error; empty otherwise. */
  locales: CompiledLocale[];
}

function validateLocale(l: LocaleSources): SourceIssue[] {
  // The pack as the author wrote it, so each problem points at a line they wrote; the widget
  // fills in the interface strings and fallback parts it leaves out from the built-in catalog.
  return validatePack(l.pack, l.packFile).map((i) => toSourceIssue(l, i));
}

/** Key order of a compiled pack and of its answers (the hand-written JSON packs' order); other keys follow. */
const PACK_ORDER = ['meta', 'categories', 'faq', 'synonyms', 'contact', 'checklist', 'fallback', 'ui'];
const ENTRY_ORDER = ['id', 'category', 'question', 'popular', 'answer', 'keywords', 'asked', 'related'];

function ordered<T extends object>(value: T, keys: readonly string[]): T {
  const rank = (k: string) => (keys.includes(k) ? keys.indexOf(k) : keys.length);
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => rank(a) - rank(b))) as T;
}

/**
 * A valid pack as shipped: without `$schema` and keywords that add no search term, with its
 * search index (which holds the answers' `asked` phrasings and `keywords`). Keys come in one order, so Markdown sources and the JSON pack they were
 * converted from compile to the same bytes.
 */
export function compilePack(pack: Record<string, unknown>): CompiledPack {
  const { $schema: _schema, ...rest } = pack;
  const source = ordered(rest, PACK_ORDER) as unknown as ContentPack;
  const slim = withoutRedundantKeywords(Array.isArray(source.faq) ? { ...source, faq: source.faq.map((e) => ordered(e, ENTRY_ORDER)) } : source);
  const index = { ...buildSearchIndex(slim), fold: foldTable(slim) };
  // Phrasings and keywords are read by search only: they ship in the index, which loads apart
  // from the answers (after the panel opens), so a first open loads less.
  const byId = (key: 'asked' | 'keywords') => Object.fromEntries(slim.faq.filter((e) => e[key]?.length).map((e) => [e.id, e[key]!]));
  const moved = Object.entries({ asked: byId('asked'), keywords: byId('keywords') }).filter(([, m]) => Object.keys(m).length);
  if (!moved.length) return { pack: slim, index };
  const faq = slim.faq.map(({ asked: _asked, keywords: _keywords, ...e }) => e);
  return { pack: { ...slim, faq }, index: { ...index, ...Object.fromEntries(moved) } };
}

/**
 * What a long-running build (preview) keeps between rebuilds: parsed answers, and each
 * locale read, validated and compiled. `invalidate` drops what a changed file affects.
 */
export interface BuildCache {
  answers: AnswerCache;
  locales: Map<string, { sources: LocaleSources; validation: SourceIssue[]; compiled?: CompiledPack }>;
}

export const newBuildCache = (): BuildCache => ({ answers: new Map(), locales: new Map() });

/** Forget what depends on `path` (relative to the sources folder `dir`); everything when unknown. */
export function invalidate(cache: BuildCache, dir: string, path?: string): void {
  if (!path) {
    cache.answers.clear();
    cache.locales.clear();
    return;
  }
  cache.answers.delete(resolve(dir, path));
  cache.locales.delete(path.split(/[\\/]/)[0]);
}

/** Read, validate and compile every locale of the Markdown sources in `dir`. */
export function compileProduct(dir: string, options: { cache?: BuildCache } = {}): ProductBuild {
  const cache = options.cache ?? newBuildCache();
  const entries = [];
  for (const locale of localeDirs(dir)) {
    let entry = cache.locales.get(locale);
    if (!entry) {
      const sources = readLocale(dir, locale, cache.answers);
      entry = { sources, validation: validateLocale(sources) };
      cache.locales.set(locale, entry);
    }
    entries.push(entry);
  }
  const sources: ProductSources = { dir, locales: entries.map((e) => e.sources), issues: noLocales(dir) };
  const issues = [...sources.issues, ...entries.flatMap((e) => [...e.sources.issues, ...e.validation])];
  const set = validatePackSet(sources.locales.map((l) => ({ file: l.packFile, pack: l.pack })));
  for (const i of set) issues.push(toSourceIssue(sources.locales.find((l) => l.packFile === i.file)!, i));
  if (errorsIn(issues).length) return { sources, issues, locales: [] };
  return { sources, issues, locales: entries.map((e) => ({ locale: e.sources.locale, file: e.sources.packFile, compiled: (e.compiled ??= compilePack(e.sources.pack)) })) };
}

/** Validate a JSON pack (raw, or compiled `{ pack, index }`), with line:column for each issue. */
export function compileJsonPack(file: string, display = file): ProductBuild {
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = Number(/position (\d+)/.exec(message)?.[1]);
    const before = Number.isFinite(pos) ? text.slice(0, pos).split('\n') : undefined;
    return { issues: [{ file: display, line: before?.length, column: before && before.at(-1)!.length + 1, message: `not valid JSON: ${message}; fix the syntax (a trailing comma or a missing quote is the usual cause)`, severity: 'error' }], locales: [] };
  }
  const wrapped = !!json && typeof json === 'object' && 'pack' in json && !('meta' in json);
  const pack = wrapped ? (json as { pack: unknown }).pack : json;
  const source = parseYamlSource(text);
  const issues: SourceIssue[] = validatePack(pack, display).map((i) => {
    const path = [...(wrapped ? ['pack'] : []), ...fieldPath(i.field)];
    return { file: display, ...source.locate(path), field: i.field, message: i.message, severity: i.severity };
  });
  if (errorsIn(issues).length) return { issues, locales: [] };
  const compiled = compilePack(pack as Record<string, unknown>);
  return { issues, locales: [{ locale: compiled.pack.meta.locale, file: display, compiled }] };
}

/** Channels marked `placeholder: true`, as "locale: id" with their position. */
export function placeholderChannels(build: ProductBuild): SourceIssue[] {
  const out: SourceIssue[] = [];
  build.locales.forEach(({ compiled, locale }) => {
    const sources = build.sources?.locales.find((l) => l.locale === locale);
    compiled.pack.contact.channels.forEach((ch, i) => {
      if (!ch.placeholder) return;
      const at = sources ? toSourceIssue(sources, { file: '', field: `contact.channels[${i}]`, message: '', severity: 'error' }) : { file: build.locales[0].file };
      out.push({ ...at, field: `contact.channels[${i}]`, message: `channel "${ch.id}" (${ch.value}) is a placeholder; set your real channel and remove "placeholder: true", or build with --demo for a demo`, severity: 'error' });
    });
  });
  return out;
}

export { isSourceDir } from './sources.js';
export { formatSourceIssue } from './issues.js';

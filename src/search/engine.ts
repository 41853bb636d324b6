import type { ContentPack, FaqEntry } from '../content/types.js';
import { blocksText } from '../content/text.js';
import { tokenize, isLatinTerm } from './tokenize.js';
import { normalize } from './normalize.js';
import { yieldToPage } from '../internal/idle.js';
import { synonymGroups, groupsIn } from './synonyms.js';

export interface SearchResult {
  id: string;
  /** 0 best … 1 worst, like Fuse. */
  score: number;
  entry: FaqEntry;
}

/**
 * Built at build time and shipped with the pack: the Fuse index of the pack's
 * question/keyword vocabulary, used for typo correction ("pasword" → "password").
 */
export interface SerializedSearchIndex {
  version: 1;
  vocabulary: string[];
  /** `Fuse.createIndex(…).toJSON()` over `vocabulary` (see typos.ts). */
  fuse: { keys: readonly unknown[]; records: unknown[] };
}

/** Closest vocabulary words to a Latin term the pack does not contain, scored 0 (exact) … 1. */
export type TypoMatcher = (term: string) => { term: string; score: number }[];

/** Builds a TypoMatcher from the vocabulary and its serialized Fuse index. */
export type TypoMatcherFactory = (vocabulary: string[], fuseIndex?: SerializedSearchIndex['fuse']) => TypoMatcher;

export interface PackSearch {
  search(query: string, options?: { limit?: number }): SearchResult[];
  /**
   * Build the term postings now (otherwise done by the first search) in slices of a few
   * milliseconds that yield to the page between them, and, when typo correction is loaded
   * lazily, load it. Resolves when both are ready.
   */
  prepare?(): Promise<void>;
}

export interface CreateSearchOptions {
  index?: SerializedSearchIndex;
  /** Typo correction for Latin words (see typos.ts). */
  typos?: TypoMatcherFactory;
  /**
   * Or a loader that resolves to one, called by prepare(): the widget loads fuse.js in its
   * own chunk. Until it resolves, searches run without typo correction.
   */
  loadTypos?: () => Promise<TypoMatcherFactory>;
}

/** How much a term found in each field counts. */
const WEIGHTS = { question: 3, keywords: 2.5, answer: 1 } as const;
const SYNONYM_WEIGHT = 0.8;
const MAX_QUERY = 200;
/** Longest stretch of indexing work prepare() does before yielding to the page. */
const SLICE_MS = 8;

/** Latin words of the pack's questions, keywords and synonyms: what typo correction maps to. */
export function vocabulary(pack: ContentPack): string[] {
  const terms = new Set<string>();
  for (const e of pack.faq) for (const t of tokenize([e.question, ...(e.keywords ?? [])].join(' '))) if (isLatinTerm(t) && t.length > 2) terms.add(t);
  for (const g of pack.synonyms ?? []) for (const t of tokenize(g.join(' '))) if (isLatinTerm(t) && t.length > 2) terms.add(t);
  return [...terms].sort();
}

type Postings = Map<string, Map<number, number>>;

function addTerms(postings: Postings, doc: number, text: string, weight: number): void {
  const seen = new Set<string>();
  for (const term of tokenize(text, { unigrams: true })) {
    if (seen.has(term)) continue;
    seen.add(term);
    const w = term.length === 1 && !isLatinTerm(term) ? weight * 0.3 : weight;
    let docs = postings.get(term);
    if (!docs) postings.set(term, (docs = new Map()));
    docs.set(doc, Math.max(docs.get(doc) ?? 0, w));
  }
}

/**
 * The pack without keywords that add no search term: every term of such a keyword is already
 * a term of its question, which outweighs keywords. Search results are unchanged; the build
 * drops them so no visitor downloads them.
 */
export function withoutRedundantKeywords(pack: ContentPack): ContentPack {
  if (WEIGHTS.question < WEIGHTS.keywords) return pack;
  const faq = pack.faq.map((e) => {
    if (!e.keywords?.length) return e;
    const own = new Set(tokenize(e.question, { unigrams: true }));
    const keywords = e.keywords.filter((k) => tokenize(k, { unigrams: true }).some((t) => !own.has(t)));
    if (keywords.length === e.keywords.length) return e;
    const { keywords: _all, ...rest } = e;
    return keywords.length ? { ...rest, keywords } : rest;
  });
  return { ...pack, faq };
}

/**
 * Search over one pack. Terms (Chinese bigrams, English stems) are scored by
 * field weight × rarity; the query is widened with the pack's synonym groups and, for
 * Latin words the pack does not contain, with Fuse's closest vocabulary words.
 */
export function createSearch(pack: ContentPack, options: CreateSearchOptions = {}): PackSearch {
  const serialized = options.index?.version === 1 ? options.index : undefined;
  let typos: TypoMatcher | undefined;
  let typosLoading: Promise<void> | undefined;
  const useFactory = (factory: TypoMatcherFactory): void => {
    typos = factory(serialized?.vocabulary ?? vocabulary(pack), serialized?.fuse);
  };
  if (options.typos) useFactory(options.typos);
  const loadTypos = (): Promise<void> => {
    const load = options.loadTypos;
    if (typos || !load) return Promise.resolve();
    return (typosLoading ??= load().then(useFactory, (e: unknown) => {
      typosLoading = undefined;
      console.warn(`support-widget search: typo correction did not load (${(e as Error).message}); searching without it.`);
    }));
  };
  const postings: Postings = new Map();
  /** Entries indexed so far: the postings are built on first search or, in slices, by prepare(). */
  let indexed = 0;
  const indexUntil = (stop: () => boolean): void => {
    for (; indexed < pack.faq.length && !stop(); indexed++) {
      const e = pack.faq[indexed];
      addTerms(postings, indexed, e.question, WEIGHTS.question);
      addTerms(postings, indexed, (e.keywords ?? []).join(' '), WEIGHTS.keywords);
      addTerms(postings, indexed, blocksText(e.answer), WEIGHTS.answer);
    }
  };
  const terms = (): Postings => {
    indexUntil(() => false);
    return postings;
  };
  /** Index in slices of about SLICE_MS, yielding to the page between them: no long task. */
  let slicing: Promise<void> | undefined;
  const indexInSlices = (): Promise<void> =>
    (slicing ??= (async () => {
      while (indexed < pack.faq.length) {
        const end = performance.now() + SLICE_MS;
        indexUntil(() => performance.now() > end);
        if (indexed < pack.faq.length) await yieldToPage();
      }
    })());

  const idf = (term: string): number => {
    const df = terms().get(term)?.size ?? 0;
    return df ? Math.log(1 + pack.faq.length / df) : 0;
  };

  return {
    prepare() {
      synonymGroups(pack);
      return Promise.all([indexInSlices(), loadTypos()]).then(() => undefined);
    },
    search(query, { limit = 10 } = {}) {
      const q = String(query ?? '').slice(0, MAX_QUERY);
      const norm = normalize(q);
      if (!norm) return [];
      const index = terms();
      const weighted = new Map<string, number>();
      const add = (t: string, w: number) => weighted.set(t, Math.max(weighted.get(t) ?? 0, w));
      for (const t of tokenize(q)) add(t, 1);
      for (const g of groupsIn(pack, norm)) for (const t of tokenize(g.text)) add(t, SYNONYM_WEIGHT);
      for (const [t, w] of [...weighted]) {
        if (!isLatinTerm(t) || t.length < 4 || index.has(t)) continue;
        for (const hit of typos?.(t) ?? []) add(hit.term, w * (1 - hit.score));
      }
      const scores = new Map<number, number>();
      let possible = 0;
      for (const [t, w] of weighted) {
        const rarity = idf(t);
        if (w === 1) possible += rarity * WEIGHTS.question;
        for (const [doc, fieldWeight] of index.get(t) ?? []) scores.set(doc, (scores.get(doc) ?? 0) + w * rarity * fieldWeight);
      }
      if (!scores.size) return [];
      const best = Math.max(...scores.values());
      // Entries far below the best match are noise from common words.
      const floor = best * 0.15;
      return [...scores]
        .filter(([, s]) => s >= floor && s > 0.5)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, Math.max(1, limit))
        .map(([doc, s]) => ({ id: pack.faq[doc].id, entry: pack.faq[doc], score: Math.max(0, 1 - s / Math.max(possible, s)) }));
    },
  };
}

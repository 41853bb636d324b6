import type { ContentPack, FaqEntry } from '../content/types.js';
import { blocksText } from '../content/text.js';
import { tokenize, isLatinTerm } from './tokenize.js';
import { normalize, addFolds } from './normalize.js';
import { intentOf, conceptsIn, FILLER, type Intent } from './intent.js';
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
  /**
   * Character folds for the pack's characters, as pairs (variant, then its standard form):
   * Traditional → Simplified and common variants, from OpenCC's data (see fold-table.ts).
   */
  fold?: string;
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
  /**
   * Debug: print why each result ranked where it did (and why nothing was good enough), to
   * the console or to the given function.
   */
  explain?: boolean | ((text: string) => void);
}

/** How much a term found in each field counts. */
const WEIGHTS = { question: 3, keywords: 2.5, answer: 1 } as const;
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

function post(postings: Postings, term: string, doc: number, weight: number): void {
  let docs = postings.get(term);
  if (!docs) postings.set(term, (docs = new Map()));
  docs.set(doc, Math.max(docs.get(doc) ?? 0, weight));
}

/** Adjacent terms of a phrase, as one key: "转账 账失" (the trigram 转账失), "transfer fail". */
const adjacent = (terms: string[]): string[] => terms.slice(1).map((t, i) => `${terms[i]} ${t}`);

function addTerms(postings: Postings, doc: number, text: string, weight: number, pairs?: Postings): void {
  if (pairs) for (const pair of adjacent(tokenize(text))) post(pairs, pair, doc, weight);
  const seen = new Set<string>();
  for (const term of tokenize(text, { unigrams: true })) {
    if (seen.has(term)) continue;
    seen.add(term);
    post(postings, term, doc, term.length === 1 && !isLatinTerm(term) ? weight * 0.3 : weight);
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
    // A keyword also counts for its adjacent terms (phrase matching): kept if it adds a pair.
    const own = new Set([...tokenize(e.question, { unigrams: true }), ...adjacent(tokenize(e.question))]);
    const keywords = e.keywords.filter((k) => [...tokenize(k, { unigrams: true }), ...adjacent(tokenize(k))].some((t) => !own.has(t)));
    if (keywords.length === e.keywords.length) return e;
    const { keywords: _all, ...rest } = e;
    return keywords.length ? { ...rest, keywords } : rest;
  });
  return { ...pack, faq };
}


/** A query term's weight relative to a typed term: synonyms, concept words, product names and filler count less. */
const SYNONYM_WEIGHT = 0.8;
const CONCEPT_WEIGHT = 0.7;
const PRODUCT_WEIGHT = 0.15;
const FILLER_WEIGHT = 0.3;
/**
 * A Chinese bigram with a function character (在, 是, 我 …) often straddles two words
 * ("一直在排队" gives 直在): it counts half, since bigrams alone cannot tell.
 */
const FUNCTION_CHAR = /[在是我你他她它有就都也还很和把给让这那个里]/;
const FUNCTION_WEIGHT = 0.5;
/** Per pair of adjacent query terms found adjacent in a question or keyword, relative to a term. */
const PHRASE_WEIGHT = 0.6;
/** Score factors when the query's intent (how-to vs problem) meets the entry question's. */
const INTENT_MATCH = 1.3;
const INTENT_MISMATCH = 0.7;
/**
 * Nothing fits when the best entry covers less than this share of what the query's own
 * (typed, meaningful) terms weigh: a weak first result is worse than saying so.
 */
const MIN_COVERAGE = 0.15;

interface Alt {
  terms: string[];
  weight: number;
  /** How many typed terms this alternative stands for (a longer synonym must not count more). */
  k: number;
}
interface Slot {
  name: string;
  /** The typed terms this slot answers for (what coverage counts). */
  covers: string[];
  alts: Alt[];
  /** Sum the alternatives (a situation's words) instead of taking the best one. */
  sum?: boolean;
}

interface Explained {
  doc: number;
  terms: string[];
  phrases: string[];
  base: number;
  coverage: number;
  intent: number;
  score: number;
}

/**
 * Search over one pack. Terms (Chinese and Japanese bigrams, English stems) are scored by
 * field weight × rarity; adjacent query terms found adjacent in a question or keyword add a
 * phrase bonus; the query is widened with the pack's synonym groups, with the words of the
 * situations it describes (intent.ts) and, for Latin words the pack does not contain, with
 * Fuse's closest vocabulary words. The sum is scaled by how much of the query the entry
 * covers and by whether its question asks the same kind of thing (how-to vs problem).
 */
export function createSearch(pack: ContentPack, options: CreateSearchOptions = {}): PackSearch {
  const serialized = options.index?.version === 1 ? options.index : undefined;
  if (serialized?.fold) addFolds(serialized.fold);
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
  const log = options.explain === true ? (text: string) => console.log(text) : options.explain || undefined;
  const postings: Postings = new Map();
  const pairs: Postings = new Map();
  const intents: (Intent | undefined)[] = [];
  /** The product's own name says nothing about which answer fits ("tp钱包转账失败"). */
  const product = new Set(tokenize(`${pack.meta?.product ?? ''} ${pack.meta?.id ?? ''}`));
  /** Entries indexed so far: the postings are built on first search or, in slices, by prepare(). */
  let indexed = 0;
  const indexUntil = (stop: () => boolean): void => {
    for (; indexed < pack.faq.length && !stop(); indexed++) {
      const e = pack.faq[indexed];
      intents.push(intentOf(normalize(e.question)));
      addTerms(postings, indexed, e.question, WEIGHTS.question, pairs);
      for (const k of e.keywords ?? []) addTerms(postings, indexed, k, WEIGHTS.keywords, pairs);
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
      const typed = tokenize(q);
      const typedSet = new Set(typed);
      const weightOf = (t: string) => (product.has(t) ? PRODUCT_WEIGHT : FILLER.has(t) ? FILLER_WEIGHT : FUNCTION_CHAR.test(t) ? FUNCTION_WEIGHT : 1);
      // A slot is one thing the query asks for and the ways an entry may say it: a typed term
      // (or its typo corrections), a synonym group (whichever member the entry uses counts
      // once, as much as the typed member would), or a situation's words (summed).
      const slots: Slot[] = [];
      const grouped = new Set<string>();
      for (const g of groupsIn(pack, norm)) {
        const typedMembers = g.norm.filter((m) => norm.includes(m));
        const covers = [...new Set(typedMembers.flatMap((m) => tokenize(m)).filter((t) => typedSet.has(t)))];
        covers.forEach((t) => grouped.add(t));
        const k = Math.max(1, covers.length);
        const weight = covers.length ? Math.max(...covers.map(weightOf)) : 1;
        slots.push({
          name: g.norm[0],
          covers,
          alts: g.norm.map((m) => ({ terms: tokenize(m), weight: weight * (typedMembers.includes(m) ? 1 : SYNONYM_WEIGHT), k })),
        });
      }
      for (const t of typedSet) {
        if (grouped.has(t)) continue;
        const alts: Alt[] = [{ terms: [t], weight: weightOf(t), k: 1 }];
        if (isLatinTerm(t) && t.length >= 4 && !index.has(t)) for (const hit of typos?.(t) ?? []) alts.push({ terms: [hit.term], weight: weightOf(t) * (1 - hit.score), k: 1 });
        slots.push({ name: t, covers: [t], alts });
      }
      const concepts = conceptsIn(norm);
      for (const c of concepts) slots.push({ name: c.name, covers: [], alts: [...new Set(tokenize(c.terms))].map((t) => ({ terms: [t], weight: CONCEPT_WEIGHT, k: 1 })), sum: true });

      const scores = new Map<number, number>();
      /** Per entry, what the query's own terms found there weigh (for coverage). */
      const covered = new Map<number, number>();
      const why = log ? new Map<number, { terms: string[]; phrases: string[] }>() : undefined;
      const note = (doc: number, kind: 'terms' | 'phrases', text: string) => {
        if (!why) return;
        let w = why.get(doc);
        if (!w) why.set(doc, (w = { terms: [], phrases: [] }));
        w[kind].push(text);
      };
      let possible = 0;
      let own = 0;
      const unknownIdf = Math.log(1 + pack.faq.length);
      for (const t of typedSet) if (weightOf(t) === 1) possible += idf(t) * WEIGHTS.question;
      for (const slot of slots) {
        // A typed word the pack never uses still counts: "weather in paris" is not covered by
        // an entry that happens to say "paris". A CJK bigram counts half, since many straddle words.
        const slotWeight = slot.covers.reduce((n, t) => n + weightOf(t) * (idf(t) || (slot.alts.length > 1 ? 0 : unknownIdf * (isLatinTerm(t) ? 1 : 0.5))), 0);
        own += slotWeight;
        const best = new Map<number, number>();
        /** Per entry, the strongest field the slot was found in: found only in an answer, it half covers. */
        const field = new Map<number, number>();
        for (const alt of slot.alts) {
          const sums = new Map<number, number>();
          for (const t of alt.terms) {
            const rarity = idf(t);
            for (const [doc, fieldWeight] of index.get(t) ?? []) {
              sums.set(doc, (sums.get(doc) ?? 0) + rarity * fieldWeight);
              field.set(doc, Math.max(field.get(doc) ?? 0, fieldWeight));
            }
          }
          const scale = (alt.weight * alt.k) / alt.terms.length;
          for (const [doc, sum] of sums) best.set(doc, slot.sum ? (best.get(doc) ?? 0) + sum * scale : Math.max(best.get(doc) ?? 0, sum * scale));
        }
        for (const [doc, value] of best) {
          scores.set(doc, (scores.get(doc) ?? 0) + value);
          if (slotWeight) covered.set(doc, (covered.get(doc) ?? 0) + slotWeight * (field.get(doc)! > WEIGHTS.answer ? 1 : 0.5));
          note(doc, 'terms', `${slot.name} +${value.toFixed(2)}`);
        }
      }
      const weighted = new Map(typed.map((t) => [t, weightOf(t)]));
      for (const pair of new Set(adjacent(typed))) {
        const [a, b] = pair.split(' ');
        const w = Math.min(weighted.get(a)!, weighted.get(b)!) * PHRASE_WEIGHT * Math.min(idf(a), idf(b));
        for (const [doc, fieldWeight] of pairs.get(pair) ?? []) {
          if (!scores.has(doc)) continue;
          scores.set(doc, scores.get(doc)! + w * fieldWeight);
          note(doc, 'phrases', `${pair} +${(w * fieldWeight).toFixed(2)}`);
        }
      }
      if (!scores.size) {
        log?.(`"${q}": no entry shares a term with the query`);
        return [];
      }
      const intent = intentOf(norm);
      const ranked: Explained[] = [...scores].map(([doc, base]) => {
        // Coverage counts the query's own words only: a synonym or concept word may widen
        // the search, but an entry must still answer what was typed.
        const coverage = own > 0 ? Math.min(1, (covered.get(doc) ?? 0) / own) : 1;
        const other = intents[doc];
        const fit = intent && other ? (intent === other ? INTENT_MATCH : INTENT_MISMATCH) : 1;
        return { doc, base, coverage, intent: fit, score: base * (0.4 + 0.6 * coverage) * fit, terms: why?.get(doc)?.terms ?? [], phrases: why?.get(doc)?.phrases ?? [] };
      });
      ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
      const best = ranked[0];
      const confident = own === 0 || best.coverage >= MIN_COVERAGE || concepts.length > 0;
      if (log) {
        const head = `"${q}" intent ${intent ?? '-'}${concepts.length ? `, situations ${concepts.map((c) => c.name).join(', ')}` : ''}; asks for ${slots.map((sl) => `${sl.name}${sl.covers.length ? '' : '*'}`).join(' ')}`;
        log(confident ? head : `${head}\n  nothing fits: the best entry covers ${(best.coverage * 100).toFixed(0)} % of the query's terms (< ${MIN_COVERAGE * 100} %)`);
        for (const r of ranked.slice(0, Math.max(1, Math.min(limit, 5))))
          log(
            `  ${pack.faq[r.doc].id} ${r.score.toFixed(2)} = base ${r.base.toFixed(2)} × coverage ${(0.4 + 0.6 * r.coverage).toFixed(2)} × intent ${r.intent} (${intents[r.doc] ?? '-'})\n    terms ${r.terms.join(', ')}${r.phrases.length ? `\n    phrases ${r.phrases.join(', ')}` : ''}`,
          );
      }
      if (!confident) return [];
      // Entries far below the best match are noise from common words.
      const floor = best.score * 0.15;
      return ranked
        .filter((r) => r.score >= floor && r.score > 0.5)
        .slice(0, Math.max(1, limit))
        .map((r) => ({ id: pack.faq[r.doc].id, entry: pack.faq[r.doc], score: Math.max(0, 1 - r.score / Math.max(possible, r.score)) }));
    },
  };
}

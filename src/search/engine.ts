import type { ContentPack, FaqEntry } from '../content/types.js';
import { blocksText } from '../content/text.js';
import { tokenize, termsOf, isLatinTerm } from './tokenize.js';
import { normalize, addFolds, isCjk } from './normalize.js';
import type { QueryRules, Intent } from './intent.js';
import { idle, inBackground } from '../internal/idle.js';
import { synonymGroups, groupsIn } from './synonyms.js';
import { highlighter, type Runs } from './highlight.js';
import { WEIGHTS, post, startOf, scratch, addTerm, sumTerm, foldSlot, addStraight, mark, type Postings, type PostingList, type Span, type Standing } from './postings.js';
export { vocabulary } from './vocabulary.js';

export interface SearchResult {
  id: string;
  /** 0 best … 1 worst, like Fuse. */
  score: number;
  entry: FaqEntry;
}

/**
 * Built at build time and shipped with the pack: the pack's question/keyword vocabulary, used
 * for typo correction ("pasword" → "password"), the character folds and the phrasings.
 */
export interface SerializedSearchIndex {
  version: 1;
  vocabulary: string[];
  /**
   * `Fuse.createIndex(…).toJSON()` over `vocabulary` (see typos.ts), if an index carries one.
   * The build no longer ships it: it was 40 % of an index's bytes, and building it from the
   * vocabulary when search is prepared takes as long as parsing it (`npm run bench`).
   */
  fuse?: { keys: readonly unknown[]; records: unknown[] };
  /**
   * Character folds for the pack's characters, as pairs (variant, then its standard form):
   * Traditional → Simplified and common variants, from OpenCC's data (see fold-table.ts).
   */
  fold?: string;
  /**
   * The entries' `asked` phrasings by entry id. The build moves them here from the pack: only
   * search reads them, and the index loads when search is prepared, apart from the answers.
   */
  asked?: Record<string, string[]>;
  /** The entries' `keywords` by entry id, moved here from the pack by the build for the same reason. */
  keywords?: Record<string, string[]>;
}

/** Closest vocabulary words to a Latin term the pack does not contain, scored 0 (exact) … 1. */
export type TypoMatcher = (term: string) => { term: string; score: number }[];

/**
 * Builds a TypoMatcher from the index's vocabulary (and its serialized Fuse index, if it
 * carries one), or, without an index, from the pack (see vocabulary.ts).
 */
export type TypoMatcherFactory = (vocabulary: string[] | undefined, fuseIndex?: SerializedSearchIndex['fuse'], pack?: ContentPack) => TypoMatcher;

export interface QueryOptions {
  /** How many results at most (10). */
  limit?: number;
  /**
   * Answer from the answers alone (their questions, keywords and text) instead of finishing the
   * index first: no phrasing is matched. For a keystroke while search is being prepared; search
   * again once prepare() resolves. Once prepare() has resolved, the same as a full search.
   */
  partial?: boolean;
}

export interface PackSearch {
  search(query: string, options?: QueryOptions): SearchResult[];
  /**
   * Build the term postings now (otherwise done by the first search) in slices of a few
   * milliseconds that yield to the page between them (the answers first, then their
   * phrasings), and, when typo correction is loaded lazily, load it. Resolves when both are ready.
   */
  prepare?(): Promise<void>;
  /** True once prepare() has resolved: a search then needs no second run, partial or not. */
  readonly prepared?: boolean;
  /** Marks where `query`'s words and their synonyms occur in a text, for highlighting results. */
  highlighter?(query: string): (text: string) => Runs;
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
  /** What a question asks beyond its words (intent.ts): intent cues, situations, filler words. */
  rules?: QueryRules;
  /** Or a loader for them, called by prepare() (their own chunk); until then, terms alone rank. */
  loadRules?: () => Promise<QueryRules>;
  /** Or a loader for `index` when it ships apart, called by prepare() (typo correction waits for it). */
  loadIndex?: () => Promise<SerializedSearchIndex>;
  /**
   * Debug: receives, for every search, why each result ranked where it did (and why nothing
   * was good enough). `createSearch` of `support-widget/search` takes `explain` and prints it.
   */
  trace?: (trace: SearchTrace) => void;
}

const MAX_QUERY = 200;
/**
 * Subjects that have a browser compile a pattern to machine code on its first run (a regular
 * expression is otherwise interpreted at first and compiled on a later run): one of Latin-1
 * characters, one of wider ones (Chinese), since each kind of string gets code of its own.
 */
const COMPILING_SUBJECTS = { latin: ' '.repeat(1200), wide: '\u3000'.repeat(1200) };
/** Rules whose patterns are compiled already, per kind of string (several searches share one set of rules). */
const compiledRules = { latin: new WeakSet<object>(), wide: new WeakSet<object>() };

/** Longest stretch of indexing work prepare() does before yielding to the page. */
const SLICE_MS = 8;

/**
 * `step(i)` for each `i` below `count()` (read again as it goes: a list may grow meanwhile), in
 * slices of about SLICE_MS with `pause` between them; without `pause`, all at once, before this returns.
 */
async function eachInSlices(count: () => number, step: (i: number) => void, pause?: () => Promise<void>): Promise<void> {
  for (let i = 0; i < count(); ) {
    const end = performance.now() + SLICE_MS;
    for (; i < count() && (!pause || performance.now() <= end); i++) step(i);
    if (pause && i < count()) await pause();
  }
}

/** A lazily loaded part of search failed: search goes on without it. */
const warn = (what: string) => (e: unknown) => console.warn(`support-widget search: ${what} did not load (${(e as Error).message}).`);

/** `folded` without the filler words `joins` matches; a Chinese filler between Chinese words goes without a trace (提现一直失败 → 提现失败). */
function joined(folded: string, joins?: RegExp): string {
  if (!joins) return folded;
  const out = folded.replace(joins, (m: string, at: number, s: string) => (isCjk(s[at - 1] ?? '') && isCjk(s[at + m.length] ?? '') ? '' : ' ')).trim();
  return out || folded;
}

/** Adjacent terms of a phrase, as one key: "转账 账失" (the trigram 转账失), "transfer fail". */
const adjacent = (terms: string[]): string[] => terms.slice(1).map((t, i) => `${terms[i]} ${t}`);

/** Posts a text's terms (and adjacent pairs, given `pairs`); returns its terms in order and with single CJK characters. */
function addTerms(postings: Postings, doc: number, text: string, weight: number, pairs?: Postings): [ordered: string[], terms: string[]] {
  const [ordered, terms] = termsOf(text);
  if (pairs) for (const pair of adjacent(ordered)) post(pairs, pair, doc, weight);
  // A term said twice posts once: post() keeps the document's strongest weight.
  for (const term of terms) post(postings, term, doc, term.length === 1 && !isLatinTerm(term) ? weight * 0.3 : weight);
  return [ordered, terms];
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
/** A term that likely straddles two words (QueryRules.straddles). */
const STRADDLE_WEIGHT = 0.5;
/** Per pair of adjacent query terms found adjacent in a question or keyword, relative to a term. */
const PHRASE_WEIGHT = 0.6;
/** An entry that only mentions a term in its answer counts half towards its document frequency (as it half covers it). */
const MENTION_DF = 0.5;
/** Score factors when the query's intent (how-to vs problem) meets the entry question's. */
const INTENT_MATCH = 1.3;
const INTENT_MISMATCH = 0.7;
/** A phrasing's score × (floor + (1 − floor) × the share of its own terms, by rarity, the query has). */
const PHRASING_FLOOR = 0.6;
/**
 * A query that states no problem (no failed, lost, stuck…) asks about a thing more likely than
 * it reports trouble with it: "2fa", "password requirements" lean to the answer about using it.
 */
const UNSTATED_PROBLEM = 0.85;
/**
 * The results shown are ordered by score × the query's likelihood under each entry's own ways
 * of asking (its question, counted twice, and its phrasings: per term, the share of them that
 * use it, smoothed by WORDING_SMOOTHING) to the power WORDING_WEIGHT. Between entries the terms
 * score alike (two neighbours: fake support, verifying an account), the one visitors ask about
 * in these words comes first. The weight and smoothing were chosen on the tuning and read query
 * sets, never on the held-out ones.
 */
const WORDING_WEIGHT = 0.05;
const WORDING_SMOOTHING = 0.1;
/** How many of the first entries the wording may reorder, whatever the limit (the order must not depend on it). */
const WORDING_POOL = 10;
/**
 * Nothing fits when the best entry covers less than this share of what the query's own
 * (typed, meaningful) terms weigh: a weak first result is worse than saying so.
 */
export const MIN_COVERAGE = 0.15;
/** ...or when the query says at least this share of the best phrasing's terms (by rarity). */
const SAYS_PHRASING = 0.5;
/** ...and not when the best is a phrasing the query says less than this share of. */
const GRAZES_PHRASING = 0.3;
/**
 * The farthest a typed word may be from a vocabulary word to be read as a typo of it (Fuse's
 * score: one edit in five letters is 0.2). Two edits make another word: "weather" is not
 * "rather", nor "paris" "part".
 */
const MAX_TYPO_SCORE = 0.2;

interface Alt {
  terms: string[];
  weight: number;
  /** How many typed terms this alternative stands for (a longer synonym must not count more). */
  k: number;
  /**
   * Highest rarity a term of this alternative counts with: a synonym counts as much as the
   * typed member would, not more because the pack rarely uses it (a misspelling kept as a
   * keyword must not outweigh the word itself).
   */
  cap: number;
}
interface Slot {
  name: string;
  /** The typed terms this slot answers for (what coverage counts). */
  covers: string[];
  alts: Alt[];
  /** Sum the alternatives (a situation's words) instead of taking the best one. */
  sum: boolean;
  /**
   * A situation's slot: the typed terms its cue matched ("on my own"). An entry with the
   * situation's words covers them as if it used them: it answers what was typed.
   */
  stands: string[];
}

/** A phrasing of `asked`: its entry, its text, and its terms once first needed (closeness). */
interface Phrasing {
  owner: number;
  text: string;
  terms?: string[];
  /** Its terms' numbers (see `termNumber`), rarities and their sum, as of the postings `at` was worked out for. */
  rarities?: { at: number; ids: Int32Array; of: Float64Array; sum: number };
}

/** Where `value` goes in the ascending `sorted`. */
function sortedIndex(sorted: number[], value: number): number {
  let at = 0;
  while (at < sorted.length && sorted[at] < value) at++;
  return at;
}


interface Explained {
  doc: number;
  base: number;
  coverage: number;
  intent: number;
  score: number;
  /** The wording factor (WORDING_WEIGHT), 1 until the results shown are ordered by it. */
  wording: number;
}

/** Why a search ranked as it did (see explain.ts). */
export interface SearchTrace {
  query: string;
  intent?: Intent;
  /** What the query asks for: its slots (a situation's words have no `covers`). */
  slots: { name: string; covers: string[]; situation?: boolean }[];
  /** Why nothing is shown, when nothing is. */
  nothing?: 'no-shared-term' | 'low-coverage' | 'one-word-of-a-phrasing';
  /**
   * The first results: score = base × (0.4 + 0.6 × coverage) × intent × wording (how the
   * entry's own ways of asking use the query's words; 1 where the results are not shown);
   * `why`: what each slot or phrase (two terms) added.
   */
  ranked: { id: string; score: number; base: number; coverage: number; intent: number; wording: number; entryIntent?: Intent; why: [string, number][]; /** The phrasing of `asked` that matched, when it scored above the question. */ phrasing?: string }[];
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
  let serialized: SerializedSearchIndex | undefined;
  /** The index (phrasings, keywords, folds, vocabulary): at once, or entry by entry between `pause`s. */
  const useIndex = async (index?: SerializedSearchIndex, pause?: () => Promise<void>): Promise<void> => {
    if (index?.version !== 1) return;
    if (index.fold) addFolds(index.fold);
    const taking = eachInSlices(() => n, (doc) => useEntryIndex(index, doc), pause);
    // Without a pause that was all of it, done at once: what follows stays in the same task.
    if (pause) await taking;
    // Taken in: typo correction reads its vocabulary from here on (loadIndex() waits for this).
    serialized = index;
    // Typo correction built before the index arrived knew only the pack's words: now the index's vocabulary.
    if (typoFactory) useFactory(typoFactory);
  };
  let typos: TypoMatcher | undefined;
  let typosLoading: Promise<void> | undefined;
  let typoFactory: TypoMatcherFactory | undefined;
  const useFactory = (factory: TypoMatcherFactory): void => {
    typoFactory = factory;
    typos = factory(serialized?.vocabulary, serialized?.fuse, pack);
  };
  let rules = options.rules;
  const loadRules = (): Promise<void> => (rules || !options.loadRules ? Promise.resolve() : options.loadRules().then((r) => void (rules = r), warn('query rules')));
  const loadTypos = (): Promise<void> => {
    const load = options.loadTypos;
    if (typos || !load) return Promise.resolve();
    return (typosLoading ??= load().then(useFactory, (e: unknown) => {
      typosLoading = undefined;
      warn('typo correction')(e);
    }));
  };
  const trace = options.trace;
  const n = pack.faq.length;
  const rarity = new Map<string, number>();
  let rarityAt = -1;
  /**
   * Each phrasing of `asked` is matched as a whole question: it is a document of its own
   * (number n + k, the phrasing's words) that ranks its entry when it scores higher than the
   * entry itself. A query close to one phrasing thus scores like a match on
   * the question, and ten phrasings do not add up to cover words none of them says alone.
   */
  const phrasings: Phrasing[] = [];
  const known = new Set<string>();
  let total = n;
  /** Per phrasing (doc − n), its entry: an array of numbers, read for every phrasing a query reaches. */
  const owners: number[] = [];
  const ownerOf = (doc: number) => (doc < n ? doc : owners[doc - n]);
  /** A phrasing's terms without single Chinese characters, each once (for closeness). */
  const ownTerms = (terms: string[]): string[] => [...new Set(terms)].filter((t) => !(t.length === 1 && !isLatinTerm(t)));
  /** Those of a phrasing, set when it is indexed (or from its text before that). */
  const termsOf = (p: Phrasing): string[] => (p.terms ??= ownTerms(tokenize(p.text, { unigrams: true })));
  const postings: Postings = new Map();
  const pairs: Postings = new Map();
  /**
   * Entries indexed so far, then phrasings (documents n … n + phrased − 1): the postings are
   * built on first search or, in slices, by prepare(), the answers first.
   */
  let indexed = 0;
  let phrased = 0;
  const complete = () => indexed === n && phrased === phrasings.length;
  /**
   * Set while a partial search runs: the answers alone, their rarities among themselves. While
   * prepare() indexes the phrasings, their rarities change with every slice, and matching them
   * meant working out again each matched phrasing's rarities and intent on every keystroke
   * (until prepare() has worked them out for all of them: `prepared`).
   */
  let partialQuery = false;
  let prepared = false;
  /**
   * A phrasing is a document of its own words only: with its entry's keywords and answer
   * copied in, a 5,000-entry pack with ten phrasings each had ten times the postings to walk.
   */
  const indexPhrasing = (doc: number): void => {
    const p = phrasings[doc - n];
    // Its terms from the same fold and split as its postings (closeness reads them).
    const [ordered, terms] = addTerms(postings, doc, p.text, WEIGHTS.asked, pairs);
    p.terms ??= ownTerms(terms);
    countWording(p.owner, ordered, 1);
  };
  /** Per entry, how many of its ways of asking there are and how many use each term (see WORDING_WEIGHT). */
  const wording = pack.faq.map(() => ({ texts: 0, uses: new Map<string, number>() }));
  /** Terms some entry's ways of asking use: only those count towards a query's wording. */
  const worded = new Set<string>();
  const countWording = (entry: number, ordered: string[], times: number): void => {
    const w = wording[entry];
    w.texts += times;
    for (const t of new Set(ordered)) w.uses.set(t, (w.uses.get(t) ?? 0) + times), worded.add(t);
  };
  /** The log-likelihood of `terms` under a document's entry's ways of asking. */
  const wordingOf = (doc: number, terms: string[]): number => {
    const { texts, uses } = wording[ownerOf(doc)];
    let sum = 0;
    for (const t of terms) sum += Math.log(((uses.get(t) ?? 0) + WORDING_SMOOTHING) / (texts + WORDING_SMOOTHING));
    return sum;
  };
  /** Each entry's keywords: the pack's, or its index's when that loads (the build moves them there). */
  const keywordsOf: (readonly string[] | undefined)[] = pack.faq.map((e) => e.keywords);
  const addKeywords = (doc: number, keywords: readonly string[] = []): void => {
    const more = keywords.filter((k) => !keywordsOf[doc]?.includes(k));
    if (!more.length) return;
    keywordsOf[doc] = [...(keywordsOf[doc] ?? []), ...more];
    // An entry indexed already gets them now; the others when indexed.
    if (doc < indexed) for (const k of more) addTerms(postings, doc, k, WEIGHTS.keywords, pairs);
    rarityAt = -1;
  };
  /** Phrasings of one of the pack's entries, from the pack or from its index when that loads. */
  const addPhrasings = (owner: number, texts: readonly string[] = []): void => {
    for (const text of texts) {
      const key = `${owner}\n${text}`;
      if (known.has(key)) continue;
      known.add(key);
      phrasings.push({ owner, text });
      owners.push(owner);
      total++;
    }
    rarityAt = -1;
  };
  /** One entry's part of the index: its phrasings and keywords. */
  const useEntryIndex = (index: SerializedSearchIndex, doc: number): void => {
    const id = pack.faq[doc].id;
    addPhrasings(doc, index.asked?.[id]);
    addKeywords(doc, index.keywords?.[id]);
  };
  pack.faq.forEach((e, doc) => addPhrasings(doc, e.asked));
  void useIndex(options.index);
  if (options.typos) useFactory(options.typos);
  /** Each entry's question intent, worked out when first needed (the rules may load late). */
  const intents: (Intent | null)[] = [];
  const intentOfEntry = (doc: number): Intent | undefined => {
    if (!rules) return undefined;
    let intent = intents[doc];
    if (intent === undefined) intent = intents[doc] = (doc < n ? rules.intentOf(normalize(pack.faq[doc].question)) : (rules.intentOf(normalize(phrasings[doc - n].text)) ?? intentOfEntry(ownerOf(doc)))) ?? null;
    return intent ?? undefined;
  };
  /** The product's own name says nothing about which answer fits ("tp钱包转账失败"). */
  const product = new Set(tokenize(`${pack.meta?.product ?? ''} ${pack.meta?.id ?? ''}`));
  /**
   * Its Chinese words also leave the query before bigrams, as filler does: 钱包被盗 must not
   * give 包被, half the product name and half the question.
   */
  const productJoins = [...product].filter((t) => isCjk(t[0]) && t.length > 1).join('|');
  let joins: [QueryRules | undefined, RegExp | undefined] = [undefined, undefined];
  const joinsOf = (r?: QueryRules): RegExp | undefined => {
    if (joins[0] !== r) joins = [r, r?.joins && productJoins ? new RegExp(`${r.joins.source}|${productJoins}`, 'g') : r?.joins];
    return joins[1];
  };
  /** Index the answers, then the phrasings (in document order, so each posting list stays in order), until `stop`. */
  const indexUntil = (stop: () => boolean): void => {
    for (; indexed < n && !stop(); indexed++) {
      const e = pack.faq[indexed];
      countWording(indexed, addTerms(postings, indexed, e.question, WEIGHTS.question, pairs)[0], 2);
      for (const k of keywordsOf[indexed] ?? []) addTerms(postings, indexed, k, WEIGHTS.keywords, pairs);
      addTerms(postings, indexed, blocksText(e.answer), WEIGHTS.answer);
    }
    for (; indexed === n && phrased < phrasings.length && !stop(); phrased++) indexPhrasing(n + phrased);
  };
  /** The postings: all of them, or for a partial search the answers and what prepare() has reached. */
  const terms = (): Postings => {
    indexUntil(partialQuery ? () => indexed === n : () => false);
    return postings;
  };
  /** Resolves once the answers are indexed (by slicing, or by a search before it). */
  let answersDone = (): void => undefined;
  const answersIndexed = new Promise<void>((resolve) => (answersDone = resolve));
  /**
   * Index in slices until `done`, with `pause` between them: no long task. A slice lasts what
   * `pause` resolves with (the idle period's time left), from SLICE_MS to twice that (a
   * keystroke in an idle period waits for its slice).
   */
  const sliceUntil = async (done: () => boolean, pause: () => Promise<number | void>): Promise<void> => {
    for (let ms = SLICE_MS; !done(); ) {
      const end = performance.now() + ms;
      indexUntil(() => done() || performance.now() > end);
      if (!done()) ms = Math.min(2 * SLICE_MS, Math.max(SLICE_MS, (await pause()) || 0));
    }
  };
  /**
   * The answers first, in idle time (they are in the pack: a keystroke meanwhile searches them;
   * prepare() may start while the visitor is opening the panel, and this must not delay that),
   * then the phrasings once `index` brings them (and the answers' keywords, added to them then),
   * in background tasks: a keystroke meanwhile, and the paint of its results, come first.
   */
  let slicing: Promise<void> | undefined;
  const indexInSlices = (index: Promise<void>): Promise<void> =>
    (slicing ??= (async () => {
      await sliceUntil(() => indexed === n, answersPause);
      answersDone();
      await index;
      await sliceUntil(complete, inBackground);
    })());

  /** A number per term phrasings or queries use: a query marks its terms in an array, and a phrasing's closeness reads them. */
  const termNumbers = new Map<string, number>();
  const termNumber = (term: string): number => {
    let id = termNumbers.get(term);
    if (id === undefined) termNumbers.set(term, (id = termNumbers.size));
    return id;
  };
  /** Rarities change as entries are indexed and phrasings added: they are worked out again then (a partial search's, among the answers, apart). */
  const freshRarity = () => {
    const at = partialQuery ? -2 - indexed : indexed + phrased;
    if (rarityAt !== at) rarity.clear(), (rarityAt = at), rarityRound++;
  };
  let rarityRound = 0;
  /** A phrasing's terms' rarities (closeness weighs its terms by them), kept while they hold. */
  const raritiesOf = (p: Phrasing): NonNullable<Phrasing['rarities']> => {
    if (p.rarities?.at === rarityRound) return p.rarities;
    const of = Float64Array.from(termsOf(p), idf);
    return (p.rarities = { at: rarityRound, ids: Int32Array.from(termsOf(p), termNumber), of, sum: of.reduce((a, b) => a + b, 0) });
  };
  let marks = { stamp: 0, at: new Int32Array(0), weight: new Float64Array(0) };
  /**
   * Rarity, counting an entry that only mentions a term in its answer as a fraction of one
   * that is about it (question or keyword): "password" is mentioned in many answers but is
   * the subject of two questions, and must not weigh less than an incidental word ("long").
   */
  const idf = (term: string): number => {
    const docs = terms().get(term);
    if (!docs) return 0;
    freshRarity();
    let value = rarity.get(term);
    if (value === undefined) {
      const answerOnly = term.length === 1 && !isLatinTerm(term) ? WEIGHTS.answer * 0.3 : WEIGHTS.answer;
      let df = 0;
      // An entry counts once, however many of its phrasings use the term; a phrasing makes it
      // an entry about the term. Per entry, in arrays marked for this term (a common term at
      // 5,000 entries reaches most of them): `stamp` where the entry uses the term itself (its
      // field weight beside), −`stamp` once one of its phrasings was counted.
      if (marks.at.length < n) marks = { stamp: 0, at: new Int32Array(n), weight: new Float64Array(n) };
      const stamp = ++marks.stamp;
      const { at, weight } = marks;
      const { docs: list, weights } = docs;
      // A list is in document order: the answers, then the phrasings (not in a partial search).
      let i = 0;
      for (; i < list.length && list[i] < n; i++) {
        const doc = list[i];
        at[doc] = stamp;
        weight[doc] = weights[i];
        df += weights[i] > answerOnly ? 1 : MENTION_DF;
      }
      for (; i < list.length && !partialQuery; i++) {
        const owner = ownerOf(list[i]);
        if (at[owner] === -stamp) continue;
        df += at[owner] !== stamp ? 1 : weight[owner] > answerOnly ? 0 : 1 - MENTION_DF;
        at[owner] = -stamp;
      }
      // No answer uses it (a partial search, of a word only phrasings say): as if unindexed.
      rarity.set(term, (value = df ? Math.log(1 + pack.faq.length / df) : 0));
    }
    return value;
  };
  /** What one of an alternative's terms counts with, per unit of field weight. */
  const rarityIn = (alt: Alt, t: string): number => Math.min(idf(t), alt.cap) * ((alt.weight * alt.k) / alt.terms.length);

  let work = scratch(0);

  /**
   * What the first query would otherwise do for every entry and phrasing, done in slices once
   * the parts have loaded: each one's intent (the rules' patterns compile on first use) and a
   * phrasing's own terms. At 4× CPU throttling this was most of the first keystroke's time.
   */
  let warming: Promise<void> | undefined;
  let quiet = false;
  // A background task between slices, not scheduler.yield(): a yielded continuation runs ahead
  // of what the visitor does meanwhile (a keystroke, Esc), and this work must never hold that
  // up, nor the paint that follows it, nor the page's own tasks.
  const nextTask = inBackground;
  /** When the page is idle (at most half a second later). */
  const idleTask = () => new Promise<void>((resolve) => idle(() => resolve(), 500, 0));
  /**
   * An idle period (at most 0.3 s away), resolving with its time left (0 when it timed out). The browser runs
   * a callback asked for within an idle period in the next one, so a slice uses all of its own.
   */
  const idlePeriod = () => new Promise<number>((resolve) => idle((deadline) => resolve(deadline?.timeRemaining() ?? 0), 300, 0));
  /**
   * Between the answers' slices: an idle period, until one does not come (a busy page at a slow
   * CPU gives none for seconds); then background tasks, for a keystroke would index what is left at once.
   */
  let starved = false;
  const answersPause = async (): Promise<number> => {
    if (starved) return nextTask().then(() => SLICE_MS);
    const ms = await idlePeriod();
    starved = ms === 0;
    return ms;
  };
  /**
   * The rules' patterns compiled to machine code for the pack's script, some per slice, as soon
   * as the rules are here (beside indexing: a keystroke meanwhile searches what is indexed, and
   * runs the patterns). Left to the first queries, a pattern is interpreted on its first run and
   * compiled on a later one: at 4× CPU throttling, most of the first two keystrokes' time.
   */
  const compilePatterns = async (): Promise<void> => {
    const kind = /[^\u0000-\u00ff]/.test(pack.faq[0]?.question ?? '') ? 'wide' : 'latin';
    const patterns = rules?.patterns;
    if (!rules || !patterns || compiledRules[kind].has(rules)) return;
    compiledRules[kind].add(rules);
    await nextTask();
    await eachInSlices(
      () => patterns.length,
      (i) => {
        patterns[i].lastIndex = 0;
        patterns[i].test(COMPILING_SUBJECTS[kind]);
        patterns[i].lastIndex = 0;
      },
      nextTask,
    );
  };
  /** One search, untraced. */
  const quietly = (query: string, options?: QueryOptions): void => {
    quiet = true;
    try {
      api.search(query, options);
    } finally {
      quiet = false;
    }
  };
  /**
   * Partial searches, untraced, each in a task of its own, once the answers are indexed (and
   * again once the rules are compiled): the engine's code runs for the first times here, not in
   * a visitor's first keystroke while the phrasings are still being indexed. At 4× CPU
   * throttling its first run was most of a partial search's time, and the next few (code not
   * yet compiled for them) were several times a later one's. The queries are what first
   * keystrokes type: the first character of a question, its first two, and a whole question.
   */
  let warmed: Promise<void> | undefined;
  const warmPartial = async (): Promise<void> => {
    const queries = pack.faq.slice(0, 3).flatMap(({ question }, i) => {
      const chars = [...question];
      return [...new Set([chars[0], chars.slice(0, 2).join(''), i ? '' : question])].filter(Boolean);
    });
    for (const query of queries) {
      await nextTask();
      if (prepared) return;
      quietly(query, { partial: true });
    }
  };
  const warmUp = (): Promise<void> =>
    (warming ??= (async () => {
      await nextTask();
      await eachInSlices(
        () => n + phrasings.length,
        (doc) => {
          intentOfEntry(doc);
          if (doc >= n) freshRarity(), raritiesOf(phrasings[doc - n]);
        },
        nextTask,
      );
      // And one query, untraced: what else runs on first use (the engine's own code).
      await nextTask();
      quietly(pack.faq[0]?.question ?? '');
      prepared = true;
    })());

  /**
   * The index, once however often prepare() is called (again after a failure), taken in from
   * idle time on, in slices: it arrives while the visitor may be opening the panel or typing,
   * and taking it in at once was one task of 35–70 ms at 4× CPU throttling.
   */
  let indexLoading: Promise<void> | undefined;
  const loadIndex = (): Promise<void> => {
    const load = options.loadIndex;
    if (serialized || !load) return Promise.resolve();
    return (indexLoading ??= load().then(
      (index) => idleTask().then(() => useIndex(index, nextTask)),
      (e: unknown) => {
        indexLoading = undefined;
        warn('the search index')(e);
      },
    ));
  };
  const api: PackSearch = {
    highlighter: (query) => highlighter(query, pack),
    get prepared() {
      return prepared;
    },
    prepare() {
      synonymGroups(pack);
      const index = loadIndex();
      const compiled = loadRules().then(compilePatterns);
      warmed ??= answersIndexed.then(warmPartial).then(() => compiled).then(warmPartial);
      return Promise.all([indexInSlices(index), index.then(loadTypos), compiled, warmed]).then(warmUp);
    },
    search(query, { limit = 10, partial = false } = {}) {
      partialQuery = partial && !prepared;
      try {
        return searchNow(query, limit);
      } finally {
        partialQuery = false;
      }
    },
  };
  const searchNow = (query: string, limit: number): SearchResult[] => {
    const q = String(query ?? '').slice(0, MAX_QUERY);
    const folded = normalize(q);
    // A partial search (prepare() still running) reads no situations or intents: the rules'
    // long patterns are compiled as part of preparing; run before that, they are interpreted,
    // and a first keystroke paid for it (up to a second at 4× CPU). Words still count as usual.
    const situational = partialQuery ? undefined : rules;
    const norm = rules?.dialect ? rules.dialect(folded) : folded;
    if (!norm) return [];
    const index = terms();
    const typed = tokenize(joined(norm, joinsOf(rules)));
    const typedSet = new Set(typed);
    const plainWeight = (t: string) => (rules?.filler.has(t) ? FILLER_WEIGHT : rules?.straddles.test(t) ? STRADDLE_WEIGHT : 1);
    // The product's name ranks only a query that says nothing else ("tokenpocket" → what is it),
    // and then as any word would: beside other words, it would favour whichever answer repeats it.
    const onlyProduct = typed.every((t) => product.has(t) || plainWeight(t) < 1);
    const weightOf = (t: string) => (product.has(t) && !onlyProduct ? PRODUCT_WEIGHT : plainWeight(t));
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
      const cap = covers.length ? Math.max(...covers.map(idf)) : undefined;
      slots.push({
        name: g.norm[0],
        covers,
        alts: g.norm.map((m) => ({ terms: tokenize(m), weight: weight * (typedMembers.includes(m) ? 1 : SYNONYM_WEIGHT), k, cap: cap || Infinity })),
        sum: false,
        stands: [],
      });
    }
    for (const t of typedSet) {
      if (grouped.has(t) || (product.has(t) && !onlyProduct)) continue;
      const alts: Alt[] = [{ terms: [t], weight: weightOf(t), k: 1, cap: Infinity }];
      // A typo changes a letter or two, an abbreviation keeps the start ("info"): Fuse also
      // finds a typed word inside a longer one ("tall" in "install"), which is neither.
      if (isLatinTerm(t) && t.length >= 4 && !idf(t))
        for (const hit of typos?.(t) ?? []) if (hit.term.startsWith(t) || (hit.score <= MAX_TYPO_SCORE && Math.abs(hit.term.length - t.length) <= Math.max(1, t.length >> 2))) alts.push({ terms: [hit.term], weight: weightOf(t) * (1 - hit.score), k: 1, cap: Infinity });
      slots.push({ name: t, covers: [t], alts, sum: false, stands: [] });
    }
    const concepts = situational?.conceptsIn(norm) ?? [];
    for (const c of concepts) {
      const stands = tokenize(norm.match(c.cue)?.[0] ?? '').filter((t) => typedSet.has(t));
      slots.push({ name: c.name, covers: [], stands, alts: [...new Set(tokenize(c.terms))].map((t) => ({ terms: [t], weight: CONCEPT_WEIGHT, k: 1, cap: Infinity })), sum: true });
    }

    // Per-document sums in arrays indexed by entry, then phrasing, kept from query to query
    // (cleared where the last one wrote): at 5,000 entries, allocating them was a fair share
    // of a query's time.
    if (work.scores.length !== total) work = scratch(total);
    const { scores, covered, best: slotBest, field, sums, summed, hits, touched } = work;
    /** Documents from here on are left out: the phrasings, in a partial search. */
    const below = partialQuery ? n : total;
    // Where the last query reached much of the pack, clearing all is faster than clearing each.
    if (work.hit > total >> 3) scores.fill(0), covered.fill(0);
    else for (let i = 0; i < work.hit; i++) scores[hits[i]] = covered[hits[i]] = 0;
    /** Entries and phrasings with a score (the first `hit` of `hits`), in the order first reached. */
    let hit = 0;
    /** For the trace: per entry, what each slot or phrase added. */
    const why = new Map<number, [string, number][]>();
    const note = (doc: number, what: string, value: number) => trace && why.set(doc, [...(why.get(doc) ?? []), [what, value]]);
    let possible = 0;
    let own = 0;
    /** Per typed term: its own weight, and what it covers in each document (for a situation's `stands`). */
    const termWeight = new Map<string, number>();
    const fieldOf = new Map<string, Uint8Array>();
    const standing = new Set(slots.flatMap((s) => s.stands));
    let keptCount = 0;
    // Documents where a typed term a situation stands for was found (see `kept`).
    if (standing.size) work.holdsStanding.fill(0);
    const unknownIdf = Math.log(1 + pack.faq.length);
    for (const t of typedSet) if (weightOf(t) === 1) possible += idf(t) * WEIGHTS.question;
    // Per slot, once: the share of the query it stands for, and what a situation after it reads.
    const runs = slots.map((slot) => {
      // A typed word the pack never uses still counts: "weather in paris" is not covered by
      // an entry that happens to say "paris". A CJK bigram counts half, since many straddle words.
      const ownWeight = (t: string) => weightOf(t) * (idf(t) || (slot.alts.length > 1 ? 0 : unknownIdf * (isLatinTerm(t) ? 1 : 0.5)));
      const slotWeight = slot.covers.reduce((n, t) => n + ownWeight(t), 0);
      for (const t of slot.covers) termWeight.set(t, ownWeight(t));
      own += slotWeight;
      // A situation's typed words (`stands`) need this slot's fields after it.
      const kept = slot.covers.some((t) => standing.has(t)) ? (work.kept[keptCount++] ??= new Uint8Array(total)).fill(0) : undefined;
      if (kept) for (const t of slot.covers) fieldOf.set(t, kept);
      const weights = slot.stands.map((t) => termWeight.get(t) ?? 0);
      const stand: Standing = { weights, fields: slot.stands.map((t) => fieldOf.get(t)), total: weights.reduce((a, b) => a + b, 0) };
      return { slot, slotWeight, kept, stand };
    });
    // One slot at a time: per document, its best alternative (or its alternatives' sum), and
    // the strongest field it was found in (found only in an answer, it half covers). The
    // arrays are reused from slot to slot, cleared where touched.
    const addSlots = (span: Span) => {
      for (const { slot, slotWeight, kept, stand } of runs) {
        const [one] = slot.alts;
        if (!trace && !slot.sum && slot.alts.length === 1 && one.terms.length === 1) {
          const list = index.get(one.terms[0]);
          if (list) hit = addStraight(list, rarityIn(one, one.terms[0]), work, hit, slotWeight, kept, false, span);
          continue;
        }
        if (!trace && slot.sum && !slotWeight && !kept && slot.alts.every((a) => a.terms.length === 1)) {
          const fields = stand.weights.length > 0;
          work.reached = 0;
          for (const alt of slot.alts) {
            const list = index.get(alt.terms[0]);
            if (list) hit = addStraight(list, rarityIn(alt, alt.terms[0]), work, hit, 0, undefined, fields, span);
          }
          if (fields) hit = foldSlot(work, work.reached, hit, slotWeight, stand, kept, true);
          continue;
        }
        /** The documents this slot reached (the first `reached` of `touched`). */
        let reached = 0;
        const add = (doc: number, value: number) => {
          if (!(value > 0)) return;
          if (!slotBest[doc]) touched[reached++] = doc;
          slotBest[doc] = slot.sum ? slotBest[doc] + value : Math.max(slotBest[doc], value);
        };
        for (const alt of slot.alts) {
          // One term (most alternatives): straight into the slot, no per-alternative sums.
          const summing = alt.terms.length > 1;
          /** With more terms, the documents their sums are kept for (the first `summedCount` of `summed`). */
          let summedCount = 0;
          for (const t of alt.terms) {
            const rarity = rarityIn(alt, t);
            const list = index.get(t);
            if (!list) continue;
            if (summing) summedCount = sumTerm(list, rarity, sums, summed, summedCount, field, span);
            else reached = addTerm(list, rarity, slot.sum, slotBest, touched, reached, field, span);
          }
          for (let i = 0; i < summedCount; i++) add(summed[i], sums[summed[i]]), (sums[summed[i]] = 0);
        }
        if (trace) for (let i = 0; i < reached; i++) note(touched[i], slot.name, slotBest[touched[i]]);
        hit = foldSlot(work, reached, hit, slotWeight, stand, kept);
      }
    };
    // Adjacent query terms found adjacent in a document, where it has a score already.
    const weighted = new Map(typed.map((t) => [t, weightOf(t)]));
    const phrases = [...new Set(adjacent(typed))].map((pair) => {
      const [a, b] = pair.split(' ');
      return { pair, w: Math.min(weighted.get(a)!, weighted.get(b)!) * PHRASE_WEIGHT * Math.min(idf(a), idf(b)), list: pairs.get(pair) };
    });
    const addPhrases = ({ from, below }: Span) => {
      for (const { pair, w, list } of phrases) {
        if (!list) continue;
        const { docs, weights } = list;
        for (let i = from ? startOf(docs, from) : 0; i < docs.length; i++) {
          const doc = docs[i];
          if (doc >= below) break;
          if (!scores[doc]) continue;
          scores[doc] += w * weights[i];
          note(doc, pair, w * weights[i]);
        }
      }
    };
    // The entries first: the first results' last score they reach (`enough`) tells which
    // phrasings can still reach them (`reaching`).
    addSlots({ from: 0, below: n });
    addPhrases({ from: 0, below: n });
    /** Hits before this one are entries. */
    const entriesHit = hit;
    // A situation ("someone offers to recover my coins for a fee") is told as a problem but
    // asks what to make of it and what to do: guidance, a how-to, unless it says otherwise.
    const intent = concepts.length ? (concepts.find((c) => c.intent)?.intent ?? 'howto') : situational?.intentOf(norm);
    const report = (nothing: SearchTrace['nothing'], ranked: Explained[]) =>
      quiet || trace?.({ query: q, intent, slots: slots.map((s) => ({ name: s.name, covers: s.covers, ...(s.sum ? { situation: true } : {}) })), nothing, ranked: ranked.slice(0, 5).map(({ doc, score, wording, ...r }) => ({ ...r, score: score * wording, wording, id: pack.faq[ownerOf(doc)].id, ...(doc >= n ? { phrasing: phrasings[doc - n].text } : {}), entryIntent: intentOfEntry(doc), why: why.get(doc) ?? [] })) });
    // A phrasing is matched as a whole: one that shares a single word with the query ("best
    // time of day to contact support" for "unconfirmed for a day") is not close to it.
    const queryTerms = phrasings.length ? slots.flatMap((s) => s.alts.flatMap((a) => a.terms)).map(termNumber) : undefined;
    const isQueryTerm = new Uint8Array(termNumbers.size);
    freshRarity();
    for (const id of queryTerms ?? []) isQueryTerm[id] = 1;
    const closeness = (doc: number): number => {
      if (doc < n || !queryTerms) return 1;
      const phrasing = phrasings[doc - n];
      const { ids, of, sum: all } = raritiesOf(phrasing);
      let met = 0;
      for (let i = 0; i < ids.length; i++) if (isQueryTerm[ids[i]] === 1) met += of[i];
      return all ? PHRASING_FLOOR + (1 - PHRASING_FLOOR) * (met / all) : 1;
    };
    // Coverage counts the query's own words only: a synonym or concept word may widen
    // the search, but an entry must still answer what was typed.
    const coverageOf = (doc: number) => (own > 0 ? Math.min(1, covered[doc] / own) : 1);
    const fitOf = (doc: number) => {
      const other = situational ? intentOfEntry(doc) : undefined;
      return intent && other ? (intent === other ? INTENT_MATCH : INTENT_MISMATCH) : situational && !intent && other === 'problem' ? UNSTATED_PROBLEM : 1;
    };
    /** A document's score: its sum × closeness × (0.4 + 0.6 × coverage) × intent fit. */
    const scoreOf = (doc: number) => scores[doc] * closeness(doc) * (0.4 + 0.6 * coverageOf(doc)) * fitOf(doc);
    const explained = (doc: number): Explained => {
      const base = scores[doc] * closeness(doc);
      const coverage = coverageOf(doc);
      const fit = fitOf(doc);
      return { doc, base, coverage, intent: fit, score: base * (0.4 + 0.6 * coverage) * fit, wording: 1 };
    };
    // An entry ranks by the better of its question and its phrasings: entries first, then a
    // phrasing only where it could beat its entry's best so far and reach the first results,
    // whose last score the entries alone already reach (`enough`). Closeness, coverage and
    // intent scale a phrasing's sum by at most the intent match: at 5,000 entries with ten
    // phrasings each, most phrasing hits are left at their sum.
    // Per entry reached (`entries`), its best document and that one's score, in arrays: at
    // 5,000 entries, thousands of phrasings may be scored, and only the first results explained.
    const { bestDoc, bestScore } = work;
    const entries: number[] = [];
    const reachedEntry = work.entryReached.fill(0, 0, n);
    const keep = Math.max(1, limit, WORDING_POOL, trace ? 5 : 0);
    /** The `keep` best entry scores so far, lowest first. */
    const top: number[] = [];
    for (let i = 0; i < entriesHit; i++) {
      const doc = hits[i];
      const score = scoreOf(doc);
      bestDoc[doc] = doc;
      bestScore[doc] = score;
      reachedEntry[doc] = 1;
      entries.push(doc);
      if (top.length === keep && score <= top[0]) continue;
      if (top.length === keep) top.shift();
      top.splice(sortedIndex(top, score), 0, score);
    }
    const enough = top.length < keep ? 0 : top[0];
    // Most phrasings a query reaches cannot reach the first results even at the intent match.
    const cut = enough / INTENT_MATCH;
    /**
     * The phrasings that can reach `cut`, marked, or undefined for all. A phrasing's sum is at
     * most what each of the query's terms (per slot) and phrases adds at a phrasing's field
     * weight. Terms and phrases whose most adds up to less than `cut` cannot bring a phrasing
     * there on their own: only the phrasings the others reach are summed, and the long lists
     * of common words (客服, support) are the first left out. At 5,000 entries they were most
     * of a query's postings. The results are those of summing every phrasing (a test checks).
     */
    const reaching = (): Uint8Array | undefined => {
      if (!(cut > 0) || trace) return undefined;
      // Per slot and term, and per phrase, the most it adds to a phrasing: a phrasing has few
      // of a situation's words or of a synonym group's, and one found by a slot was found by
      // one of its terms.
      const parts: { list?: PostingList; most: number }[] = phrases.map(({ w, list }) => ({ list, most: w * WEIGHTS.asked }));
      for (const slot of slots) {
        const most = new Map<string, number>();
        for (const alt of slot.alts)
          for (const t of alt.terms) {
            const value = rarityIn(alt, t) * WEIGHTS.asked;
            most.set(t, slot.sum ? (most.get(t) ?? 0) + value : Math.max(most.get(t) ?? 0, value));
          }
        for (const [term, value] of most) parts.push({ list: index.get(term), most: value });
      }
      // Left out first: the most postings for the least a phrasing could get from them.
      const size = (part: { list?: PostingList }) => part.list?.docs.length ?? 0;
      parts.sort((a, b) => size(b) * a.most - size(a) * b.most || a.most - b.most);
      let bound = 0;
      let left = 0;
      // A margin for sums added in another order.
      while (left < parts.length && (bound + parts[left].most) * (1 + 1e-9) < cut) bound += parts[left++].most;
      if (!left) return undefined;
      for (const { list } of parts.slice(left)) if (list) mark(list, work.candidate, n);
      return work.candidate;
    };
    if (below > n) {
      const only = reaching();
      addSlots({ from: n, below, only });
      addPhrases({ from: n, below });
      only?.fill(0, n, total);
    }
    work.hit = hit;
    if (!hit) return report('no-shared-term', []), [];
    for (let i = entriesHit; i < hit; i++) {
      const doc = hits[i];
      if (scores[doc] < cut) continue;
      const owner = ownerOf(doc);
      const held = reachedEntry[owner] === 1;
      const needed = Math.max(held ? bestScore[owner] : 0, enough);
      // Closeness (at most 1) is the costly factor: first what the others allow.
      if (scores[doc] * INTENT_MATCH < needed || scores[doc] * (0.4 + 0.6 * coverageOf(doc)) * fitOf(doc) < needed) continue;
      const score = scoreOf(doc);
      if (held && !(score > bestScore[owner] || (score === bestScore[owner] && doc < bestDoc[owner]))) continue;
      if (!held) entries.push(owner), (reachedEntry[owner] = 1);
      bestDoc[owner] = doc;
      bestScore[owner] = score;
    }
    const ranked = entries.filter((doc) => bestScore[doc] >= enough).map((doc) => explained(bestDoc[doc]));
    // On a tie, a way visitors ask (a phrasing) before a keyword or question that says the same.
    const byScore = (a: Explained, b: Explained) => b.score - a.score || Number(b.doc >= n) - Number(a.doc >= n) || a.doc - b.doc;
    ranked.sort(byScore);
    const best = ranked[0];
    // How much of a phrasing the query says (by rarity), from its closeness.
    const said = (doc: number) => (closeness(doc) - PHRASING_FLOOR) / (1 - PHRASING_FLOOR);
    // A long story may cover little of itself and still say most of one way of asking; a
    // query that meets a long phrasing on one incidental word ("game") and leaves most of
    // itself uncovered has not asked it, unless the answer itself covers the query as well.
    const saysPhrasing = (doc: number) => doc >= n && raritiesOf(phrasings[doc - n]).ids.length >= 2 && said(doc) >= SAYS_PHRASING;
    const wordsMet = (doc: number) => raritiesOf(phrasings[doc - n]).ids.reduce((k, id) => k + (isQueryTerm[id] === 1 ? 1 : 0), 0);
    const grazes = (doc: number) => doc >= n && coverageOf(doc) < 0.5 && said(doc) < GRAZES_PHRASING && wordsMet(doc) <= 1 && coverageOf(ownerOf(doc)) < MIN_COVERAGE;
    const covers = (doc: number) => coverageOf(doc) >= MIN_COVERAGE && !grazes(doc);
    const confident = own === 0 || concepts.length > 0 || covers(best.doc) || saysPhrasing(best.doc);
    // Not confident and covered enough: only a grazed phrasing can be why.
    if (!confident) return report(best.coverage >= MIN_COVERAGE ? 'one-word-of-a-phrasing' : 'low-coverage', ranked), [];
    // Entries far below the best match are noise from common words.
    const floor = best.score * 0.15;
    const shown = ranked.filter((r) => r.score >= floor && r.score > 0.5);
    // Then the first of them by wording (not in a partial search: the phrasings are not all
    // counted yet). Those after the pool keep their order, scaled by the pool's lowest factor.
    if (!partialQuery && shown.length > 1) {
      const pool = shown.slice(0, WORDING_POOL);
      const said = [...new Set(tokenize(norm))].filter((t) => worded.has(t));
      const likelihoods = pool.map((r) => wordingOf(r.doc, said));
      const most = Math.max(...likelihoods);
      pool.forEach((r, i) => (r.wording = Math.exp(WORDING_WEIGHT * (likelihoods[i] - most))));
      pool.sort((a, b) => b.score * b.wording - a.score * a.wording || byScore(a, b));
      const lowest = Math.min(...pool.map((r) => r.wording));
      for (const r of shown.slice(WORDING_POOL)) r.wording = lowest;
      shown.splice(0, pool.length, ...pool);
    }
    report(undefined, shown);
    return shown.slice(0, Math.max(1, limit)).map((r) => {
      const score = r.score * r.wording;
      return { id: pack.faq[ownerOf(r.doc)].id, entry: pack.faq[ownerOf(r.doc)], score: Math.max(0, 1 - score / Math.max(possible, score)) };
    });
  };
  return api;
}

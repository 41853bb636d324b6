// Postings and the loops a query spends its time in. The loops are small functions of arrays:
// the engine optimises them on the first large query, where they were slow inside search().

/** How much a term found in each field counts. */
export const WEIGHTS = { question: 3, asked: 2.5, keywords: 2.5, answer: 1 } as const;

/** One term's documents, ascending, and the strongest field each uses it in. */
export interface PostingList {
  docs: number[];
  weights: number[];
}

/**
 * Per term, the documents that use it and the strongest field each uses it in, as two arrays:
 * at 5,000 entries with ten phrasings each, walking Maps was most of a query's time.
 */
export type Postings = Map<string, PostingList>;

/** A document's terms are posted together (its fields one after another), so a repeat is the last one. */
export function post(postings: Postings, term: string, doc: number, weight: number): void {
  let list = postings.get(term);
  if (!list) postings.set(term, (list = { docs: [], weights: [] }));
  const { docs, weights } = list;
  const last = docs.length - 1;
  if (last < 0 || docs[last] < doc) docs.push(doc), weights.push(weight);
  else if (docs[last] === doc) weights[last] = Math.max(weights[last], weight);
  else {
    // An entry indexed before its keywords arrived (with the index): the list stays in doc order.
    let at = 0;
    while (docs[at] < doc) at++;
    if (docs[at] === doc) weights[at] = Math.max(weights[at], weight);
    else docs.splice(at, 0, doc), weights.splice(at, 0, weight);
  }
}

/**
 * The documents a pass over postings adds up: from `from` to before `below` and, given `only`,
 * those it marks. Search sums the entries first, then the phrasings that can still reach the
 * first results (`only`), and leaves the phrasings out of a partial search (`below`).
 */
export interface Span {
  from: number;
  below: number;
  only?: Uint8Array;
}

/** The first position of an ascending list at `from` or after. */
export function startOf(docs: number[], from: number): number {
  let low = 0;
  let high = docs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (docs[mid] < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Per-document arrays a query sums into, kept from query to query: see search(). */
export type Scratch = ReturnType<typeof scratch>;
export const scratch = (size: number) => ({
  scores: new Float64Array(size),
  covered: new Float64Array(size),
  best: new Float64Array(size),
  field: new Float32Array(size),
  sums: new Float64Array(size),
  /** The documents with a score (the first `hit` of them), and those one slot touched. */
  hits: new Int32Array(size),
  hit: 0,
  /** How many documents of `touched` addStraight() has listed. */
  reached: 0,
  touched: new Int32Array(size),
  summed: new Int32Array(size),
  /** Per typed term a situation stands for, what it covers in each document, in halves (reused, cleared per query). */
  kept: [] as Uint8Array[],
  holdsStanding: new Uint8Array(size),
  /** The phrasings a query sums (Span.only), cleared after each query. */
  candidate: new Uint8Array(size),
  /** Per entry: reached by this query (1), its best document (itself or a phrasing) and that one's score. */
  entryReached: new Uint8Array(size),
  bestDoc: new Int32Array(size),
  bestScore: new Float64Array(size),
});

/**
 * One term's postings into a slot: per document, the best alternative so far (`sum`: their
 * sum), `rarity` × the field's weight, and the strongest field the slot found it in. Returns
 * how many documents the slot has reached (listed in `touched`).
 */
export function addTerm({ docs, weights }: PostingList, rarity: number, sum: boolean, best: Float64Array, touched: Int32Array, reached: number, field: Float32Array, { from, below, only }: Span): number {
  for (let i = from ? startOf(docs, from) : 0; i < docs.length; i++) {
    const doc = docs[i];
    if (doc >= below) break;
    if (only && !only[doc]) continue;
    const fieldWeight = weights[i];
    const value = rarity * fieldWeight;
    if (value > 0) {
      if (!best[doc]) touched[reached++] = doc;
      best[doc] = sum ? best[doc] + value : Math.max(best[doc], value);
    }
    if (fieldWeight > field[doc]) field[doc] = fieldWeight;
  }
  return reached;
}

/** One term of a many-term alternative, summed per document into `sums` (the documents listed in `summed`); returns how many are listed. */
export function sumTerm({ docs, weights }: PostingList, rarity: number, sums: Float64Array, summed: Int32Array, count: number, field: Float32Array, { from, below, only }: Span): number {
  for (let i = from ? startOf(docs, from) : 0; i < docs.length; i++) {
    const doc = docs[i];
    if (doc >= below) break;
    if (only && !only[doc]) continue;
    const fieldWeight = weights[i];
    if (sums[doc]) sums[doc] += rarity * fieldWeight;
    else (summed[count++] = doc), (sums[doc] = rarity * fieldWeight);
    if (fieldWeight > field[doc]) field[doc] = fieldWeight;
  }
  return count;
}

/** Found in a question or keyword, a term covers; found only in an answer, half. */
const credit = (field: number) => (field > WEIGHTS.answer ? 1 : field ? 0.5 : 0);
/** What a term covers in a document, in halves (credit × 2), for `kept`: a byte per document to clear, not four. */
const halves = (field: number) => (field > WEIGHTS.answer ? 2 : field ? 1 : 0);

/** What a situation's slot stands for: the typed words its cue matched, their weights, and the fields each was found in. */
export interface Standing {
  weights: number[];
  /** In halves (see `kept`). */
  fields: (Uint8Array | undefined)[];
  total: number;
}

/**
 * A slot, once all its alternatives are in, into the documents' sums: its value (unless
 * `scored`: addStraight() added it already), the share of the query it covers (a situation's also
 * stands for the typed words its cue matched, where the document does not already cover them),
 * and, for the typed words a situation stands for, what they cover in each document (`kept`).
 * Clears the slot's arrays; returns how many documents have a score (listed in `hits`).
 */
export function foldSlot(work: Scratch, reached: number, hit: number, slotWeight: number, stand: Standing, kept: Uint8Array | undefined, scored = false): number {
  const { scores, covered, best, field, hits, touched, holdsStanding } = work;
  const standing = stand.weights.length;
  for (let i = 0; i < reached; i++) {
    const doc = touched[i];
    if (!scored) {
      if (!scores[doc]) hits[hit++] = doc;
      scores[doc] += best[doc];
    }
    if (slotWeight) covered[doc] += slotWeight * credit(field[doc]);
    // Most documents a situation reaches hold none of the typed words it stands for.
    if (standing) {
      const here = credit(field[doc]);
      if (!holdsStanding[doc]) covered[doc] += stand.total * here;
      else
        for (let s = 0; s < standing; s++) {
          const prior = (stand.fields[s]?.[doc] ?? 0) / 2;
          if (here > prior) covered[doc] += stand.weights[s] * (here - prior);
        }
    }
    if (kept) (kept[doc] = halves(field[doc])), (holdsStanding[doc] = 1);
    best[doc] = 0;
    field[doc] = 0;
  }
  return hit;
}

/**
 * One term's postings straight into the documents' sums, without a slot's own arrays and its
 * second pass: a slot of one term and no alternatives (most typed words: a list holds a
 * document once, so its best alternative is its one value), with its coverage and `kept`; or
 * one word of a situation (its words are summed), with, where its coverage needs it (`fields`:
 * the typed words its cue matched), the strongest field per document and the documents reached
 * (`work.reached`) for foldSlot(…, scored).
 */
export function addStraight({ docs, weights }: PostingList, rarity: number, work: Scratch, hit: number, slotWeight: number, kept: Uint8Array | undefined, fields: boolean, { from, below, only }: Span): number {
  const { scores, covered, field, hits, touched, holdsStanding } = work;
  let reached = work.reached;
  for (let i = from ? startOf(docs, from) : 0; i < docs.length; i++) {
    const doc = docs[i];
    if (doc >= below) break;
    if (only && !only[doc]) continue;
    const fieldWeight = weights[i];
    const value = rarity * fieldWeight;
    if (!(value > 0)) continue;
    if (!scores[doc]) hits[hit++] = doc;
    scores[doc] += value;
    if (slotWeight) covered[doc] += slotWeight * credit(fieldWeight);
    if (kept) (kept[doc] = halves(fieldWeight)), (holdsStanding[doc] = 1);
    if (fields) {
      if (!field[doc]) touched[reached++] = doc;
      if (fieldWeight > field[doc]) field[doc] = fieldWeight;
    }
  }
  work.reached = reached;
  return hit;
}

/** Marks in `marks` the documents of a list from `from` on. */
export function mark({ docs }: PostingList, marks: Uint8Array, from: number): void {
  for (let i = startOf(docs, from); i < docs.length; i++) marks[docs[i]] = 1;
}

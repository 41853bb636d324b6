/**
 * Synonym suggestions: queries that found nothing but resemble an answer. With the pack, its
 * own search is tried on parts of the query and its questions and keywords are compared;
 * without it, the query is compared with the queries that did lead visitors to each answer
 * and with the answer ids.
 */
import type { ContentPack } from '../../content/types.js';
import type { PackSearch } from '../../search/index.js';
import type { Count, SynonymSuggestion } from './aggregate.js';

/**
 * Least score for a suggestion: half the query's words lead to the answer, or half its
 * character pairs match. Below that, the suggestions read as noise ("refund please" →
 * the password answer at 0.41).
 */
const MIN_SCORE = 0.5;

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (text: string) => fold(text).split(' ').filter(Boolean);

function bigrams(text: string): Map<string, number> {
  const s = ` ${fold(text)} `;
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
  return out;
}

/** Sørensen–Dice similarity of character bigrams (0–1); works for Latin and CJK text alike. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let both = 0;
  let total = 0;
  for (const [g, n] of x) both += Math.min(n, y.get(g) ?? 0);
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  return total ? (2 * both) / total : 0;
}

/** What an answer is known by: its question and keywords, or the queries that found it. */
export interface AnswerTexts {
  id: string;
  question?: string;
  texts: string[];
}

/** Answer texts from a pack (question and keywords per entry). */
export function packTexts(pack: ContentPack): AnswerTexts[] {
  return pack.faq.map((e) => ({ id: e.id, question: e.question, texts: [e.question, ...(e.keywords ?? [])] }));
}

/** Answer texts from the data alone: the answer id in words and the queries that led to it. */
export function dataTexts(foundBy: Map<string, string[]>): AnswerTexts[] {
  return [...foundBy].map(([id, queries]) => ({ id, texts: [id.replace(/[-_.:]+/g, ' '), ...queries] }));
}

function missingWords(query: string, texts: string[]): string[] {
  const known = new Set(texts.flatMap(words));
  return words(query).filter((w) => !known.has(w));
}

/** The pack's search on each word of the query: the answer most of its words lead to. */
function bySearch(search: PackSearch, answers: AnswerTexts[], q: Count): SynonymSuggestion | undefined {
  const ws = words(q.query);
  if (ws.length < 2) return undefined;
  const hits = new Map<string, number>();
  const lost: string[] = [];
  for (const w of ws) {
    const [first] = search.search(w, { limit: 1 });
    if (first) hits.set(first.id, (hits.get(first.id) ?? 0) + 1);
    else lost.push(w);
  }
  const best = [...hits].sort((a, b) => b[1] - a[1])[0];
  if (!best || !lost.length || best[1] / ws.length < MIN_SCORE) return undefined;
  const answer = answers.find((a) => a.id === best[0]);
  return { ...q, id: best[0], question: answer?.question, words: lost, score: best[1] / ws.length, via: 'pack-search' };
}

function bySimilarity(answers: AnswerTexts[], q: Count): SynonymSuggestion | undefined {
  let best: { a: AnswerTexts; score: number } | undefined;
  for (const a of answers) {
    const score = Math.max(...a.texts.map((t) => similarity(q.query, t)));
    if (!best || score > best.score) best = { a, score };
  }
  if (!best || best.score < MIN_SCORE) return undefined;
  const lost = missingWords(q.query, best.a.texts);
  return { ...q, id: best.a.id, question: best.a.question, words: lost.length ? lost : [q.query], score: Math.round(best.score * 100) / 100, via: 'similarity' };
}

/** Suggestions for the most frequent no-result queries, best first. */
export function suggestSynonyms(noResult: Count[], answers: AnswerTexts[], search?: PackSearch, limit = 20): SynonymSuggestion[] {
  const out: SynonymSuggestion[] = [];
  for (const q of noResult) {
    const s = (search && bySearch(search, answers, q)) || bySimilarity(answers, q);
    if (s) out.push({ ...s, score: Math.round(s.score * 100) / 100 });
  }
  return out.sort((a, b) => b.count - a.count || b.score - a.score).slice(0, limit);
}

import Fuse from 'fuse.js/basic';
import type { TypoMatcher, TypoMatcherFactory, SerializedSearchIndex } from './engine.js';
import { vocabulary as packVocabulary } from './vocabulary.js';

/** How far a vocabulary word may be from a typed word (Fuse score, 0 exact … 1). */
const THRESHOLD = 0.3;
/** The longest piece of a typed word Fuse matches at once (its bit-parallel search); a longer word is matched in pieces this long. */
const FUSE_PIECE = 32;
const OPTIONS = { includeScore: true, threshold: THRESHOLD, ignoreLocation: true, minMatchCharLength: 3 };
const keys = [{ name: 't', getFn: (t: string) => t }];

/** The Fuse index of a vocabulary, serialized (the bench compares shipping it with building it from the vocabulary). */
export function fuseIndex(vocabulary: string[]): SerializedSearchIndex['fuse'] {
  return Fuse.createIndex(keys, vocabulary).toJSON() as SerializedSearchIndex['fuse'];
}

/** Fuse's best two of its results, `at` (their places in the vocabulary) breaking ties as Fuse does. */
const firstTwo = (hits: { term: string; score: number; at: number }[]) =>
  hits
    .sort((a, b) => a.score - b.score || a.at - b.at)
    .slice(0, 2)
    .map(({ term, score }) => ({ term, score }));

/**
 * Typo correction with fuse.js over the pack's vocabulary ("pasword" → "password"). Fuse finds
 * a typed word in a vocabulary word with at most THRESHOLD × its length of edits, so a word
 * shorter by more than that cannot match: the vocabulary is kept by word length, and a long
 * typed word ("tokenpocketsupport") searches only the words that could match it. The results
 * are Fuse's over the whole vocabulary.
 */
export const fuseTypos: TypoMatcherFactory = (vocabulary, index, pack): TypoMatcher => {
  if (vocabulary && index) {
    const fuse = new Fuse(vocabulary, OPTIONS, Fuse.parseIndex(index as Parameters<typeof Fuse.parseIndex>[0]));
    return (term) => fuse.search(term, { limit: 2 }).map((hit) => ({ term: hit.item, score: hit.score ?? 1 }));
  }
  const words = vocabulary ?? (pack ? packVocabulary(pack) : []);
  const byLength = new Map<number, string[]>();
  for (const word of words) {
    const list = byLength.get(word.length);
    if (list) list.push(word);
    else byLength.set(word.length, [word]);
  }
  const place = new Map(words.map((word, at) => [word, at]));
  const groups = [...byLength].map(([length, list]) => ({ length, fuse: new Fuse(list, OPTIONS) }));
  return (term) => {
    const piece = Math.min(term.length, FUSE_PIECE);
    const shortest = piece - Math.ceil(THRESHOLD * piece);
    return firstTwo(groups.filter((g) => g.length >= shortest).flatMap((g) => g.fuse.search(term, { limit: 2 }).map((hit) => ({ term: hit.item, score: hit.score ?? 1, at: place.get(hit.item)! }))));
  };
};

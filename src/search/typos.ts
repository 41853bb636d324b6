import Fuse from 'fuse.js/basic';
import type { TypoMatcher, TypoMatcherFactory, SerializedSearchIndex } from './engine.js';
import { vocabulary as packVocabulary } from './vocabulary.js';

/** How far a vocabulary word may be from a typed word (Fuse score, 0 exact … 1). */
const THRESHOLD = 0.3;
const keys = [{ name: 't', getFn: (t: string) => t }];

/** The Fuse index of a vocabulary, serialized (the bench compares shipping it with building it from the vocabulary). */
export function fuseIndex(vocabulary: string[]): SerializedSearchIndex['fuse'] {
  return Fuse.createIndex(keys, vocabulary).toJSON() as SerializedSearchIndex['fuse'];
}

/** Typo correction with fuse.js over the pack's vocabulary ("pasword" → "password"). */
export const fuseTypos: TypoMatcherFactory = (vocabulary, index, pack): TypoMatcher => {
  const fuse = new Fuse(
    vocabulary ?? (pack ? packVocabulary(pack) : []),
    { includeScore: true, threshold: THRESHOLD, ignoreLocation: true, minMatchCharLength: 3 },
    vocabulary && index ? Fuse.parseIndex(index as Parameters<typeof Fuse.parseIndex>[0]) : undefined,
  );
  return (term) => fuse.search(term, { limit: 2 }).map((hit) => ({ term: hit.item, score: hit.score ?? 1 }));
};

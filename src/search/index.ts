/**
 * DOM-free search over a content pack (`support-widget/search`), for the widget, Node and
 * workers: `createSearch(pack).search('转账失败')`. Typo correction (fuse.js) is included.
 */
import type { ContentPack } from '../content/types.js';
import { createSearch as createEngine, vocabulary, withoutRedundantKeywords, type CreateSearchOptions, type PackSearch, type SerializedSearchIndex } from './engine.js';
import { fuseTypos } from './typos.js';
import { rules } from './intent.js';
import { formatTrace } from './explain.js';

export type { QueryRules, Intent } from './intent.js';
export { formatTrace } from './explain.js';

export interface SearchOptions extends CreateSearchOptions {
  /**
   * Debug: print why each result ranked where it did (and why nothing was good enough), to
   * the console or to the given function. `SEARCH_DEBUG=1 npm run bench` prints it for misses.
   */
  explain?: boolean | ((text: string) => void);
}
export type { PackSearch, QueryOptions, SearchResult, SerializedSearchIndex, TypoMatcher, TypoMatcherFactory, CreateSearchOptions, SearchTrace } from './engine.js';
export { highlight, highlighter } from './highlight.js';
export { normalize } from './normalize.js';
export { tokenize, stem } from './tokenize.js';

/**
 * Search over one pack, with typo correction for Latin words and the Chinese and English query
 * rules (intent, situations, filler) unless `typos` / `rules` say otherwise.
 */
export function createSearch(pack: ContentPack, options: SearchOptions = {}): PackSearch {
  const { explain, ...rest } = options;
  const print = explain === true ? (text: string) => console.log(text) : explain || undefined;
  return createEngine(pack, { typos: fuseTypos, rules, ...(print ? { trace: (t) => print(formatTrace(t)) } : {}), ...rest });
}

export { withoutRedundantKeywords };

/** The build-time part of the index (see SerializedSearchIndex): the typo vocabulary. */
export function buildSearchIndex(pack: ContentPack): SerializedSearchIndex {
  return { version: 1, vocabulary: vocabulary(pack) };
}

/**
 * DOM-free search over a content pack (`support-widget/search`), for the widget, Node and
 * workers: `createSearch(pack).search('转账失败')`. Typo correction (fuse.js) is included.
 */
import type { ContentPack } from '../content/types.js';
import { createSearch as createEngine, vocabulary, withoutRedundantKeywords, type CreateSearchOptions, type PackSearch, type SerializedSearchIndex } from './engine.js';
import { fuseIndex, fuseTypos } from './typos.js';

export type { PackSearch, SearchResult, SerializedSearchIndex, TypoMatcher, TypoMatcherFactory, CreateSearchOptions } from './engine.js';
export { highlight, highlighter } from './highlight.js';
export { normalize } from './normalize.js';
export { tokenize, stem } from './tokenize.js';

/** Search over one pack, with typo correction for Latin words unless `typos` says otherwise. */
export function createSearch(pack: ContentPack, options: CreateSearchOptions = {}): PackSearch {
  return createEngine(pack, { typos: fuseTypos, ...options });
}

export { withoutRedundantKeywords };

/** The build-time part of the index (see SerializedSearchIndex). */
export function buildSearchIndex(pack: ContentPack): SerializedSearchIndex {
  const vocab = vocabulary(pack);
  return { version: 1, vocabulary: vocab, fuse: fuseIndex(vocab) };
}

/**
 * DOM-free search over a content pack (`support-widget/search`), for the widget, Node and
 * workers: `createSearch(pack).search('转账失败')`.
 */
export { createSearch, buildSearchIndex, type PackSearch, type SearchResult, type SerializedSearchIndex } from './engine.js';
export { highlight } from './highlight.js';
export { normalize } from './normalize.js';
export { tokenize, stem } from './tokenize.js';

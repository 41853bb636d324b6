import type { ContentPack } from '../content/types.js';
import { normalize } from './normalize.js';

/** A synonym group: its members folded for matching, and its text to tokenize. */
export interface SynonymGroup {
  norm: string[];
  text: string;
}

const cache = new WeakMap<ContentPack, SynonymGroup[]>();

/**
 * The pack's synonym groups, folded once per pack: search and highlighting both need them on
 * every keystroke, and folding every member each time was most of a first keystroke's work.
 */
export function synonymGroups(pack: ContentPack): SynonymGroup[] {
  let groups = cache.get(pack);
  if (!groups) cache.set(pack, (groups = (pack.synonyms ?? []).map((g) => ({ norm: g.map((w) => normalize(w)).filter(Boolean), text: g.join(' ') }))));
  return groups;
}

/** The pack's synonym groups that have a member in `folded`, a query folded with normalize(). */
export function groupsIn(pack: ContentPack, folded: string): SynonymGroup[] {
  return synonymGroups(pack).filter((g) => g.norm.some((w) => folded.includes(w)));
}

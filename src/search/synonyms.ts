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
  if (!groups) {
    // A group listed twice would count twice: keep the first of equal groups.
    const seen = new Set<string>();
    groups = [];
    for (const g of pack.synonyms ?? []) {
      const norm = g.map((w) => normalize(w)).filter(Boolean);
      const key = [...norm].sort().join('\n');
      if (seen.has(key)) continue;
      seen.add(key);
      groups.push({ norm, text: g.join(' ') });
    }
    cache.set(pack, groups);
  }
  return groups;
}

/** The pack's synonym groups that have a member in `folded`, a query folded with normalize(). */
export function groupsIn(pack: ContentPack, folded: string): SynonymGroup[] {
  return synonymGroups(pack).filter((g) => g.norm.some((w) => folded.includes(w)));
}

import type { ContentPack } from '../content/types.js';
import { tokenize, isLatinTerm } from './tokenize.js';

/** Latin words of the pack's questions, keywords, phrasings (asked) and synonyms: what typo correction maps to. */
export function vocabulary(pack: ContentPack): string[] {
  const terms = new Set<string>();
  for (const e of pack.faq) for (const t of tokenize([e.question, ...(e.keywords ?? []), ...(e.asked ?? [])].join(' '))) if (isLatinTerm(t) && t.length > 2) terms.add(t);
  for (const g of pack.synonyms ?? []) for (const t of tokenize(g.join(' '))) if (isLatinTerm(t) && t.length > 2) terms.add(t);
  return [...terms].sort();
}

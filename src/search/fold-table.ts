/**
 * Build-time only (the build, the CLI, tests; never the browser bundle): the Traditional →
 * Simplified and variant folds a pack needs, from OpenCC's character tables.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import type { ContentPack } from '../content/types.js';
import { blocksText } from '../content/text.js';
import { ruleText } from './intent.js';

/**
 * Simplified-script variants OpenCC keeps apart because they are distinct characters, which
 * people nonetheless type for one another (帐号 for 账号, 被骇 as in 骇客 for 被黑 as in 黑客).
 * Pairs: variant, then the standard form.
 */
const VARIANTS = '帐账噁恶綫线骇黑';

/** `a b|c d` (OpenCC's dictionary format) → [variant, target] pairs of single characters. */
function pairs(dict: string): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    const target = [...(to ?? '')][0];
    if ([...from].length === 1 && target && from !== target) out.push([from, target]);
  }
  return out;
}

/**
 * The folds for the characters of `pack`'s searchable vocabulary (questions, keywords,
 * synonyms, category labels), as one string of pairs for SerializedSearchIndex.fold. Regional
 * variants (TW, HK) fold to the standard Traditional form and on to Simplified, so 裏, 裡
 * and 里 all meet. A Traditional pack gets the reverse direction's pairs for its own
 * characters too: both sides of a match are folded the same way.
 */
export function foldTable(pack: ContentPack, { answers = false } = {}): string {
  const text = [
    ...pack.faq.flatMap((e) => [e.question, ...(e.keywords ?? []), ...(e.asked ?? []), answers ? blocksText(e.answer) : '']),
    ...(pack.synonyms ?? []).flat(),
    ...pack.categories.map((c) => c.label),
    // The query rules' cue words: a Traditional query must meet them as the Simplified one does.
    ruleText(),
  ].join('');
  const used = new Set([...text]);
  // A character that is itself Simplified is never folded: OpenCC lists 么 as a Traditional
  // form of 幺, but 怎么 must stay 怎么.
  const simplified = new Set(STCharacters.split('|').map((entry) => entry.split(' ')[0]));
  const t2s = new Map(pairs(TSCharacters).filter(([from]) => !simplified.has(from)));
  for (const [variant, standard] of [...pairs(TWVariantsRev), ...pairs(HKVariantsRev)]) {
    const target = t2s.get(standard) ?? standard;
    if (!t2s.has(variant) && !simplified.has(variant) && target !== variant) t2s.set(variant, target);
  }
  for (let i = 0; i + 1 < VARIANTS.length; i += 2) t2s.set(VARIANTS[i], VARIANTS[i + 1]);
  // Chains (駭 → 骇 → 黑) end at their last form: normalize() folds in one pass.
  for (const [from, to] of t2s) {
    let end = to;
    for (let i = 0; i < 4 && t2s.has(end) && t2s.get(end) !== from; i++) end = t2s.get(end)!;
    t2s.set(from, end);
  }
  let out = '';
  for (const [from, to] of t2s) if (used.has(to) || used.has(from)) out += from + to;
  return out;
}

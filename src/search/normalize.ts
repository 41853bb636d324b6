/**
 * Character folds added at run time: Traditional → Simplified and common variants (帐 → 账),
 * built at build time from OpenCC's data for the characters a pack uses and shipped with its
 * index (see fold-table.ts and SerializedSearchIndex.fold). A fold is true of the language,
 * not of one pack, so the table only grows.
 */
const folds = new Map<string, string>();
let foldChars: RegExp | null = null;

/** Add folds from a string of character pairs: variant, then the form it folds to. */
export function addFolds(pairs: string): void {
  const chars = [...String(pairs ?? '')];
  let added = false;
  for (let i = 0; i + 1 < chars.length; i += 2) {
    if (chars[i] === chars[i + 1] || folds.get(chars[i]) === chars[i + 1]) continue;
    folds.set(chars[i], chars[i + 1]);
    added = true;
  }
  // One regex pass instead of a Map lookup per character (a cold index build is about 2× faster).
  if (added) foldChars = new RegExp(`[${[...folds.keys()].join('')}]`, 'gu');
}

/** Katakana → hiragana, so ぱすわーど meets パスワード (NFKC already made half-width kana full-width). */
const KATAKANA = /[\u30a1-\u30f6]/g;
/** The long-vowel mark (and the wave dash people type for it) after kana: スマホー and スマホ meet. */
const LONG_VOWEL = /([\u3041-\u3096\u30a1-\u30fa])[ーｰ〜～]+/g;

/**
 * Fold text for matching: NFKC (full-width → half-width Latin, half-width → full-width kana),
 * lower case, the added Traditional/variant folds, "can't" → "cant" (one word, as people type it), katakana → hiragana, long-vowel marks
 * dropped, punctuation and symbols → spaces, collapsed white space.
 */
export function normalize(text: string): string {
  let s = String(text).normalize('NFKC').toLowerCase();
  if (foldChars) s = s.replace(foldChars, (ch) => folds.get(ch)!);
  return s
    .replace(/n['’]t\b/g, 'nt')
    .replace(LONG_VOWEL, '$1')
    .replace(KATAKANA, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Han and kana: scripts written without spaces, matched by character bigrams. */
export const CJK_RUN = /[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]+|[^\s\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]+/g;
const CJK = /[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
export const isCjk = (ch: string): boolean => CJK.test(ch);

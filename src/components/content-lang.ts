import { nothing } from 'lit';
import type { ContentPack } from '../content/types.js';

/** The language of a completed pack's interface strings (the visitor's interface language). */
export const uiLocaleOf = (pack: ContentPack): string => pack.uiLocale ?? pack.meta.locale;

/**
 * `lang` and `dir` for the pack's own text (questions, answers, category names) where it is in
 * another language than the interface around it (a zh-TW interface around zh-CN answers):
 * browsers then pick the right glyph forms, fonts, line breaking and voice; `dir="auto"` takes
 * the direction from the text itself (Hebrew answers in an English interface). `nothing` where
 * the content is in the interface's language and inherits both.
 */
export function contentLang(pack: ContentPack): { lang: string | typeof nothing; dir: 'auto' | typeof nothing } {
  const own = pack.meta.locale;
  return uiLocaleOf(pack) === own ? { lang: nothing, dir: nothing } : { lang: own, dir: 'auto' };
}

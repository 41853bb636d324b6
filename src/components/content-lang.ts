import { nothing } from 'lit';
import type { ContentPack } from '../content/types.js';
import { directionOf } from '../i18n/direction.js';

/** The language of a completed pack's interface strings (the visitor's interface language). */
export const uiLocaleOf = (pack: ContentPack): string => pack.uiLocale ?? pack.meta.locale;

/**
 * `lang` and `dir` for the pack's own text (questions, answers, category names) where it is in
 * another language than the interface around it (a zh-TW interface around zh-CN answers):
 * browsers then pick the right glyph forms, fonts, hyphenation and voice. `nothing` where the
 * content is in the interface's language and inherits both.
 */
export function contentLang(pack: ContentPack): { lang: string | typeof nothing; dir: string | typeof nothing } {
  const ui = uiLocaleOf(pack);
  const own = pack.meta.locale;
  if (ui === own) return { lang: nothing, dir: nothing };
  return { lang: own, dir: directionOf(own) === directionOf(ui) ? nothing : directionOf(own) };
}

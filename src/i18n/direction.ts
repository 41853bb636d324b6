/**
 * The writing direction of a language, from its BCP 47 tag alone, so the element can set
 * `dir` on the panel before any content loads. A table rather than `Intl.Locale#textInfo`
 * (`getTextInfo()`), which Firefox does not have and whose name changed between drafts.
 */

/** Languages whose usual script runs right to left (ISO 639 codes, including deprecated `iw`, `ji`). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Right-to-left scripts (ISO 15924), for tags that name one: `az-Arab`, `pa-Arab`, `ms-Arab`. */
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa']);

/** `rtl` for Arabic, Hebrew, Persian, Urdu, … and for any tag naming a right-to-left script; `ltr` otherwise. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const [lang, ...rest] = locale.toLowerCase().split(/[-_]/);
  const script = rest.find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

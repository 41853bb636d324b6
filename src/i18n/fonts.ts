/**
 * A font stack per writing system, for text in a given language. Each stack lists the fonts
 * that platforms ship for that script first (macOS/iOS, then Windows), then the Noto/Source
 * Han fonts common on Linux and Android, then the generic family. Two reasons not to leave
 * this to the browser's fallback: a Latin-first stack renders Japanese with Chinese glyph
 * forms wherever the fallback picks a Chinese font (and the reverse), and every family the
 * browser must try and skip before one that has the glyph costs a lookup per size and weight.
 * The element still marks the text with the right `lang`, which is what picks the regional
 * glyph forms inside a pan-CJK font.
 */

/** Writing systems with their own stack; everything else (Latin, Cyrillic, Greek, Vietnamese) uses `default`. */
export type FontScript = 'default' | 'hans' | 'hant' | 'hant-hk' | 'ja' | 'ko' | 'thai' | 'deva' | 'arab' | 'hebr';

export const FONT_STACKS: Record<FontScript, string> = {
  default: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  hans: "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei UI', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', sans-serif",
  hant: "'PingFang TC', 'Microsoft JhengHei UI', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC', 'Noto Sans TC', sans-serif",
  'hant-hk': "'PingFang HK', 'Microsoft JhengHei UI', 'Microsoft JhengHei', 'Noto Sans CJK HK', 'Source Han Sans HC', 'Noto Sans HK', 'Noto Sans CJK TC', sans-serif",
  ja: "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', Meiryo, 'Noto Sans CJK JP', 'Source Han Sans JP', 'Noto Sans JP', sans-serif",
  ko: "'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Source Han Sans KR', 'Noto Sans KR', sans-serif",
  thai: "Thonburi, 'Leelawadee UI', 'Noto Sans Thai', 'Noto Sans Thai UI', Tahoma, sans-serif",
  deva: "'Kohinoor Devanagari', 'Nirmala UI', 'Noto Sans Devanagari', 'Noto Sans Devanagari UI', Mangal, sans-serif",
  arab: "'Geeza Pro', 'Segoe UI', 'Noto Sans Arabic', 'Noto Sans Arabic UI', 'Noto Naskh Arabic', Tahoma, sans-serif",
  hebr: "'Arial Hebrew', 'Segoe UI', 'Noto Sans Hebrew', Arial, sans-serif",
};

/** Languages written in Devanagari, Arabic or Hebrew script by default. */
const DEVANAGARI = new Set(['hi', 'mr', 'ne', 'sa', 'kok', 'mai', 'bho', 'new', 'doi']);
const ARABIC = new Set(['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb', 'ks', 'lrc', 'mzn', 'pnb']);
const HEBREW = new Set(['he', 'iw', 'yi', 'ji']);
/** ISO 15924 script subtags that choose a stack whatever the language (`sr-Latn`, `pa-Arab`, `zh-Hant`). */
const SCRIPTS: Record<string, FontScript> = { hans: 'hans', hant: 'hant', jpan: 'ja', kore: 'ko', hang: 'ko', thai: 'thai', deva: 'deva', arab: 'arab', hebr: 'hebr' };

/** The writing system of `locale` for choosing fonts: `zh-TW` → `hant`, `zh-HK` → `hant-hk`, `hi` → `deva`, `ru` → `default`. */
export function fontScriptOf(locale: string): FontScript {
  const [lang, ...rest] = locale.toLowerCase().split(/[-_]/);
  const script = rest.find((subtag) => /^[a-z]{4}$/.test(subtag));
  const region = rest.find((subtag) => /^(?:[a-z]{2}|\d{3})$/.test(subtag));
  if (lang === 'zh' || lang === 'yue') {
    const traditional = script === 'hant' || (!script && (lang === 'yue' || region === 'tw' || region === 'hk' || region === 'mo'));
    if (!traditional) return 'hans';
    return region === 'hk' || region === 'mo' || (lang === 'yue' && !region) ? 'hant-hk' : 'hant';
  }
  if (script) return SCRIPTS[script] ?? 'default';
  if (lang === 'ja') return 'ja';
  if (lang === 'ko') return 'ko';
  if (lang === 'th') return 'thai';
  if (DEVANAGARI.has(lang)) return 'deva';
  if (ARABIC.has(lang)) return 'arab';
  if (HEBREW.has(lang)) return 'hebr';
  return 'default';
}

/** The CSS `font-family` value for text in `locale`: platform fonts of its script first. */
export function fontStackFor(locale: string): string {
  return FONT_STACKS[fontScriptOf(locale)];
}

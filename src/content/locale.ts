/**
 * Whether a lower-case Chinese tag is written in Traditional characters: script Hant, or no
 * script and a Traditional region (`zh-HK`). A script wins over the region: `zh-Hans-HK` is Simplified.
 */
const isTraditional = (t: string) => /^zh-(?:.*-)?(?:hant|tw|hk|mo)(?:-|$)/.test(t) && !/-hans(?:-|$)/.test(t);
/** For a language, the locale preferred when the visitor's exact tag is not available. */
const PREFERRED: Record<string, string[]> = {
  'zh-hant': ['zh-tw', 'zh-hant', 'zh-hk'],
  zh: ['zh-cn', 'zh-hans', 'zh-sg'],
  pt: ['pt-br', 'pt'],
};

/**
 * The locale of `available` that best serves a visitor who reads `tag`, or undefined: the
 * exact tag; for Chinese, the same script (`zh-HK`, `zh-MO`, `zh-Hant*` → `zh-TW`; `zh-SG`,
 * `zh-Hans*`, `zh` → `zh-CN`); `pt` → `pt-BR`; any other `xx-YY` → `xx`, then any `xx-*`.
 */
export function matchLocale(tag: string, available: readonly string[]): string | undefined {
  const lower = available.map((l) => l.toLowerCase());
  const find = (t: string) => {
    const i = lower.indexOf(t);
    return i >= 0 ? available[i] : undefined;
  };
  const t = tag.toLowerCase();
  const lang = t.split('-')[0];
  const family = lang === 'zh' && isTraditional(t) ? 'zh-hant' : lang;
  for (const candidate of [t, ...(PREFERRED[family] ?? []), lang]) {
    const m = find(candidate);
    if (m) return m;
  }
  // Same language, any region: the same script first, so a Traditional reader gets Traditional
  // where it exists and Simplified otherwise.
  const sameLang = lower.map((l, i) => ({ l, i })).filter(({ l }) => l.split('-')[0] === lang);
  const sameScript = sameLang.find(({ l }) => lang !== 'zh' || isTraditional(l) === (family === 'zh-hant'));
  const best = sameScript ?? sameLang[0];
  return best && available[best.i];
}

/**
 * Pick the pack locale for a visitor: the `locale` attribute when the pack has it,
 * else the first of `navigator.languages` that matches (see `matchLocale`),
 * else the pack's default.
 */
export function resolveLocale(requested: string | undefined, preferred: readonly string[], available: readonly string[], fallback: string): string {
  for (const tag of requested ? [requested, ...preferred] : preferred) {
    const m = matchLocale(tag, available);
    if (m) return m;
  }
  return fallback;
}

/** The locales listed in a `locales` attribute: `"en ja"` → `['en', 'ja']`. */
export function parseLocales(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Whether a `content-src` is a per-locale template (`/support/{locale}.json`). */
export const isLocaleTemplate = (src: string): boolean => src.includes('{locale}');

/** `template` with every `{locale}` replaced by `locale` (URL-encoded). */
export function fillLocale(template: string, locale: string): string {
  return template.split('{locale}').join(encodeURIComponent(locale));
}

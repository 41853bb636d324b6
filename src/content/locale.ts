/**
 * Pick the pack locale for a visitor: the `locale` attribute when the pack has it,
 * else the first of `navigator.languages` that matches (exact, then by language),
 * else the pack's default.
 */
export function resolveLocale(requested: string | undefined, preferred: readonly string[], available: readonly string[], fallback: string): string {
  const lower = available.map((l) => l.toLowerCase());
  const match = (tag: string): string | undefined => {
    const t = tag.toLowerCase();
    const exact = lower.indexOf(t);
    if (exact >= 0) return available[exact];
    const lang = t.split('-')[0];
    const byLang = lower.findIndex((l) => l.split('-')[0] === lang);
    return byLang >= 0 ? available[byLang] : undefined;
  };
  if (requested) {
    const m = match(requested);
    if (m) return m;
  }
  for (const p of preferred) {
    const m = match(p);
    if (m) return m;
  }
  return fallback;
}

/**
 * Characters that look like Latin letters or digits, folded to what they imitate (a small
 * skeleton table in the spirit of Unicode TR39, limited to what impersonators use).
 */
const PAIRS: [string, string][] = [
  ['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['х', 'x'], ['у', 'y'], ['і', 'i'], ['ј', 'j'], ['ѕ', 's'], ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['һ', 'h'], ['к', 'k'], ['м', 'm'], ['т', 't'], ['в', 'b'], ['н', 'h'], ['ɡ', 'g'],
  ['α', 'a'], ['ο', 'o'], ['ν', 'v'], ['ρ', 'p'], ['τ', 't'], ['ι', 'i'], ['κ', 'k'], ['υ', 'u'], ['ε', 'e'],
  ['0', 'o'], ['1', 'l'], ['i', 'l'], ['|', 'l'], ['5', 's'], ['3', 'e'], ['@', 'a'], ['$', 's'],
];
const MAP = new Map(PAIRS);

/** A comparison skeleton: NFKC, lower case, confusables folded, `rn` → `m`, separators dropped. */
export function skeleton(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFKC').toLowerCase()) out += MAP.get(ch) ?? ch;
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[._\-]/g, '');
}

/** True when the string uses a non-ASCII letter (a likely homoglyph in a domain or handle). */
export const hasNonAscii = (s: string): boolean => /[^\x00-\x7f]/.test(s);

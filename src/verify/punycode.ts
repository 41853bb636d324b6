/**
 * Punycode (RFC 3492) decoding of host labels, for showing and judging `xn--` addresses: the
 * WHATWG URL keeps hosts in their ASCII form, and browsers have no `domainToUnicode`.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  for (; delta > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - T_MIN));
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

const digit = (c: number): number => (c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : BASE);

/** One label's Unicode form (without `xn--`), or null when it is not valid Punycode. */
export function decodeLabel(input: string): string | null {
  const out: number[] = [];
  const basic = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basic, 0); j++) {
    if (input.charCodeAt(j) >= 0x80) return null;
    out.push(input.charCodeAt(j));
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let pos = basic > 0 ? basic + 1 : 0; pos < input.length; ) {
    const old = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const d = digit(input.charCodeAt(pos++));
      if (d >= BASE) return null;
      i += d * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return null;
    }
    bias = adapt(i - old, out.length + 1, old === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff) return null;
    out.splice(i++, 0, n);
  }
  const label = String.fromCodePoint(...out);
  // Valid Punycode of a host label has a non-ASCII character and no control character: xn--a
  // decodes to U+0080 and xn-- to nothing, neither of which a browser would show or reach.
  return /[^\x00-\x7f]/.test(label) && !/\p{Cc}/u.test(label) ? label : null;
}

/** A host with its `xn--` labels decoded (labels that do not decode are kept as typed). */
export function hostToUnicode(host: string): string {
  return host
    .split('.')
    .map((label) => (/^xn--/i.test(label) ? (decodeLabel(label.slice(4).toLowerCase()) ?? label) : label))
    .join('.');
}

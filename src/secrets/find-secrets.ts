export type SecretKind = 'mnemonic' | 'private-key' | 'wif' | 'extended-private-key' | 'keystore';

export interface SecretFinding {
  kind: SecretKind;
  start: number;
  end: number;
  /** Number of words, for mnemonics. */
  words?: number;
}

export interface Wordlists {
  english: readonly string[];
  chineseSimplified: readonly string[];
}

/** Runs of at least this many BIP39 words count as a recovery phrase (12 is the shortest standard length). */
export const MIN_MNEMONIC_WORDS = 12;
const MAX_SCAN = 200_000;
/** Words before a 64-hex string that say it is a transaction hash, not a key. */
const TX_CONTEXT = /(tx|txid|txn|hash|transaction|交易|哈希|hash值|\/tx\/)[^\n]{0,24}$/i;

const sets = new WeakMap<readonly string[], Set<string>>();
const setOf = (list: readonly string[]) => {
  let s = sets.get(list);
  if (!s) sets.set(list, (s = new Set(list)));
  return s;
};

function englishMnemonics(text: string, words: Set<string>, out: SecretFinding[]): void {
  // Separators people paste between words: spaces, commas, newlines and "1." / "2)" numbering.
  const re = /[a-z]+/gi;
  let run: { start: number; end: number; count: number } | null = null;
  let lastEnd = 0;
  const close = () => {
    if (run && run.count >= MIN_MNEMONIC_WORDS) out.push({ kind: 'mnemonic', start: run.start, end: run.end, words: run.count });
    run = null;
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const gap = text.slice(lastEnd, m.index);
    const joined = /^[\s,;.、，;:：\d)(\-]*$/.test(gap);
    if (!joined) close();
    if (words.has(m[0].toLowerCase())) {
      if (run) {
        run.end = m.index + m[0].length;
        run.count++;
      } else run = { start: m.index, end: m.index + m[0].length, count: 1 };
    } else close();
    lastEnd = m.index + m[0].length;
  }
  close();
}

const MNEMONIC_LENGTHS = new Set([12, 15, 18, 21, 24]);

/**
 * Chinese recovery phrases. The Chinese wordlist holds the 2048 most common characters, so
 * ordinary sentences are made of it too; a run counts only when it looks like a phrase copied
 * from a wallet: (a) 12+ wordlist characters each separated by spaces or commas, or (b) a
 * solid block of exactly 12/15/18/21/24 wordlist characters standing alone (bounded by
 * white space or the ends of the text, not by punctuation as in a sentence).
 */
function chineseMnemonics(text: string, chars: Set<string>, out: SecretFinding[]): void {
  for (const m of text.matchAll(/(?:[\u3400-\u9fff][\s,，、]+){11,}[\u3400-\u9fff]/g)) {
    const words = m[0].split(/[\s,，、]+/);
    let i = 0;
    while (i < words.length) {
      if (!chars.has(words[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < words.length && chars.has(words[j])) j++;
      if (j - i >= MIN_MNEMONIC_WORDS) {
        const start = m.index! + m[0].indexOf(words[i]);
        const end = m.index! + m[0].lastIndexOf(words[j - 1]) + 1;
        out.push({ kind: 'mnemonic', start, end, words: j - i });
      }
      i = j;
    }
  }
  for (const m of text.matchAll(/(?<![^\s])[\u3400-\u9fff]+(?![^\s])/g)) {
    if (MNEMONIC_LENGTHS.has(m[0].length) && [...m[0]].every((ch) => chars.has(ch))) out.push({ kind: 'mnemonic', start: m.index!, end: m.index! + m[0].length, words: m[0].length });
  }
}

/**
 * Secrets in `text` that must never leave the page: BIP39 recovery phrases (English and
 * simplified Chinese wordlists), raw 64-hex private keys (not when the text calls them a
 * transaction hash), WIF keys, extended private keys and keystore JSON. Never throws.
 */
export function findSecrets(text: string, lists: Wordlists): SecretFinding[] {
  const out: SecretFinding[] = [];
  if (typeof text !== 'string' || !text) return out;
  const t = text.slice(0, MAX_SCAN);
  englishMnemonics(t, setOf(lists.english), out);
  chineseMnemonics(t, setOf(lists.chineseSimplified), out);
  for (const m of t.matchAll(/(?<![0-9a-z])(0x)?[0-9a-f]{64}(?![0-9a-z])/gi)) {
    const before = t.slice(Math.max(0, m.index! - 40), m.index!);
    if (TX_CONTEXT.test(before)) continue;
    out.push({ kind: 'private-key', start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of t.matchAll(/(?<![1-9A-HJ-NP-Za-km-z])(?:[5][1-9A-HJ-NP-Za-km-z]{50}|[KLc][1-9A-HJ-NP-Za-km-z]{51}|9[1-9A-HJ-NP-Za-km-z]{50})(?![1-9A-HJ-NP-Za-km-z])/g))
    out.push({ kind: 'wif', start: m.index!, end: m.index! + m[0].length });
  for (const m of t.matchAll(/\b[xtyzuv]prv[1-9A-HJ-NP-Za-km-z]{100,112}\b/g)) out.push({ kind: 'extended-private-key', start: m.index!, end: m.index! + m[0].length });
  const ks = /"crypto"\s*:\s*\{[^]*?"ciphertext"[^]*?"kdf"|"ciphertext"[^]*?"kdf"/i.exec(t.slice(0, 50_000));
  if (ks) out.push({ kind: 'keystore', start: ks.index, end: ks.index + ks[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** Replace each finding with a marker such as `[redacted:mnemonic]`. */
export function redactSecrets(text: string, findings: SecretFinding[]): string {
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + `[redacted:${f.kind}]`;
    at = f.end;
  }
  return out + text.slice(at);
}

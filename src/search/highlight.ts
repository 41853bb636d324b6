import type { ContentPack } from '../content/types.js';
import { normalize } from './normalize.js';
import { tokenize } from './tokenize.js';

/**
 * Split `text` into runs marking where the query's words (and their synonyms) occur, for
 * rendering as text nodes. Matching is on folded characters, so 帳號 in the query marks 账号.
 */
export function highlight(text: string, query: string, pack?: ContentPack): { text: string; hit: boolean }[] {
  const q = normalize(String(query ?? '').slice(0, 200));
  if (!q || !text) return [{ text, hit: false }];
  const needles = new Set<string>();
  for (const t of tokenize(q)) needles.add(t);
  for (const w of q.split(' ')) if (w.length > 1) needles.add(w);
  for (const g of pack?.synonyms ?? []) if (g.some((w) => q.includes(normalize(w)))) for (const w of g) needles.add(normalize(w));
  // Fold the text one character at a time so match positions map back to the original.
  const chars = [...text];
  const folded = chars.map((c) => normalize(c) || ' ');
  const flat = folded.join('');
  const starts: number[] = [];
  let pos = 0;
  for (const f of folded) {
    starts.push(pos);
    pos += f.length;
  }
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const n of needles) {
    if (!n.trim()) continue;
    for (let at = flat.indexOf(n); at >= 0; at = flat.indexOf(n, at + 1)) {
      for (let i = 0; i < chars.length; i++) if (starts[i] >= at && starts[i] < at + n.length) marked[i] = true;
    }
  }
  const runs: { text: string; hit: boolean }[] = [];
  chars.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.hit === marked[i]) last.text += c;
    else runs.push({ text: c, hit: marked[i] });
  });
  return runs;
}

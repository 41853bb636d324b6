import type { ContentPack } from '../content/types.js';
import { normalize } from './normalize.js';
import { groupsIn } from './synonyms.js';
import { tokenize } from './tokenize.js';

export type Runs = { text: string; hit: boolean }[];

/** Folded form of each character seen so far: questions reuse a small set of characters. */
const folds = new Map<string, string>();
const fold = (ch: string): string => {
  let f = folds.get(ch);
  if (f === undefined) folds.set(ch, (f = normalize(ch) || ' '));
  return f;
};

/**
 * A function that splits a text into runs marking where the query's words (and their
 * synonyms) occur. The query's needles are worked out once, for every result of a search.
 */
export function highlighter(query: string, pack?: ContentPack): (text: string) => Runs {
  const q = normalize(String(query ?? '').slice(0, 200));
  const needles = new Set<string>();
  if (q) {
    for (const t of tokenize(q)) needles.add(t);
    for (const w of q.split(' ')) if (w.length > 1) needles.add(w);
    if (pack) for (const g of groupsIn(pack, q)) for (const w of g.norm) needles.add(w);
  }
  return (text) => (needles.size && text ? mark(text, needles) : [{ text, hit: false }]);
}

/**
 * Split `text` into runs marking where the query's words (and their synonyms) occur, for
 * rendering as text nodes. Matching is on folded characters, so 帳號 in the query marks 账号.
 */
export function highlight(text: string, query: string, pack?: ContentPack): Runs {
  return highlighter(query, pack)(text);
}

function mark(text: string, needles: Set<string>): Runs {
  // Fold the text one character at a time so match positions map back to the original.
  const chars = [...text];
  const folded = chars.map(fold);
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
  const runs: Runs = [];
  chars.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.hit === marked[i]) last.text += c;
    else runs.push({ text: c, hit: marked[i] });
  });
  return runs;
}

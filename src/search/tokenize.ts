import { normalize, isCjk, CJK_RUN } from './normalize.js';

const STOP = new Set(
  'a an and are as at be been but by can do does for from has have how i if in into is it its me my no not of on or our so that the their then there these this to too was we were what when where which who why will with you your please help hi hello m s t d ll ve re he she him her they them us am im anything something nothing everything com www http https'.split(' '),
);

const PARTICLES = /[吗呢吧啊呀哦嘛的了着过]/;

/** Irregular forms people type for the words of a support question. */
const IRREGULAR: Record<string, string> = {
  sent: 'send', paid: 'pay', got: 'get', gotten: 'get', gave: 'give', given: 'give', took: 'take', taken: 'take', made: 'make', bought: 'buy', sold: 'sell',
  stole: 'steal', stolen: 'steal', froze: 'freeze', forgot: 'forget', forgotten: 'forget',
  // comparatives and superlatives of the adjectives people use about support and safety
  faster: 'fast', fastest: 'fast', quicker: 'quick', quickest: 'quick', safer: 'safe', safest: 'safe', stronger: 'strong', strongest: 'strong', easier: 'easy', easiest: 'easy', slower: 'slow', slowest: 'slow',
};

/**
 * English stemming-lite: enough to meet "crashes"/"crashing"/"crashed" at "crash", "notice"
 * and "notices" at one stem, and "sent" at "send". A final e goes too, so "update",
 * "updates" and "updated" meet.
 */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    // Words repeat across thousands of phrasings: an index build stems each once.
    if (stems.size > 50_000) stems.clear();
    stems.set(word, (stemmed = stemOf(word)));
  }
  return stemmed;
}

const stems = new Map<string, string>();

function stemOf(word: string): string {
  word = IRREGULAR[word] ?? word;
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stemmed = word;
  for (const [suffix, keep] of [
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['s', ''],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3 && !(suffix === 's' && word.endsWith('ss'))) {
      stemmed = word.slice(0, -suffix.length) + keep;
      // transferred, dropped, stopping: the doubled consonant goes too (but install, miss, buzz keep theirs).
      if ((suffix === 'ed' || suffix === 'ing') && /([b-df-hj-kmnp-rtv-y])\1$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
      break;
    }
  }
  return stemmed.length > 3 && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed;
}

/**
 * Search terms of a text, in order. Chinese and Japanese runs give overlapping character
 * bigrams (the standard CJK indexing of Lucene's CJKAnalyzer) and single characters for
 * one-character queries; other scripts give stemmed words without stop words. A CJK bigram
 * never meets an English word: they share no characters.
 *
 * No word segmenter: `Intl.Segmenter('zh')` loads an ICU dictionary in one ~150 ms task
 * on a slow phone, and on our query set (`npm run bench`) bigrams alone rank exactly as
 * well as words plus bigrams.
 */
export function tokenize(text: string, options: { unigrams?: boolean } = {}): string[] {
  return termsOf(text, !!options.unigrams)[options.unigrams ? 1 : 0];
}

/**
 * A text's terms in order, and the same with every CJK character besides (`unigrams`), from one
 * fold of the text: indexing needs both for each of thousands of phrasings.
 */
export function termsOf(text: string, unigrams = true): [ordered: string[], withUnigrams: string[]] {
  const out: string[] = [];
  const all: string[] = [];
  const norm = normalize(text.slice(0, 20_000));
  for (const run of norm.match(CJK_RUN) ?? []) {
    if (isCjk(run[0])) {
      for (let i = 0; i + 1 < run.length; i++) {
        const pair = run.slice(i, i + 2);
        // "客服吗" must not meet "告诉客服吗": bigrams with a particle carry no meaning.
        if (PARTICLES.test(pair)) continue;
        out.push(pair);
        if (unigrams) all.push(pair);
      }
      if (run.length === 1 && !PARTICLES.test(run)) out.push(run);
      if (unigrams) for (const ch of run) all.push(ch);
    } else if (!STOP.has(run)) {
      const term = stem(run);
      out.push(term);
      if (unigrams) all.push(term);
    }
  }
  return [out, all];
}

/** True when a term is Latin-script (typo correction applies). */
export const isLatinTerm = (term: string): boolean => /^[a-z][a-z0-9]*$/.test(term);

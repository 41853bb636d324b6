// The published DOM-free search entry works in plain Node on the tpwallet pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createSearch } from '../../dist/search.js';
import { tpwallet as pack } from './packs.mjs';

test('dist/search.js runs without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test('finds the transfer-failure answer first for 转账失败', () => {
  const [first] = createSearch(pack('zh-CN')).search('转账失败');
  assert.equal(first.id, 'transfer-failed');
  assert.ok(first.score >= 0 && first.score <= 1);
});

test('the product name alone finds what the product is and what its support does', () => {
  for (const [locale, query] of [['en', 'tokenpocket'], ['en', 'what is tokenpocket'], ['zh-CN', 'tp钱包'], ['zh-CN', 'TokenPocket']])
    assert.equal(createSearch(pack(locale)).search(query, { limit: 3 })[0]?.id, 'contact-what-support-can-do', `${locale} "${query}"`);
});

test('finds the password answer for the typo "pasword"', () => {
  assert.equal(createSearch(pack('en')).search('pasword', { limit: 3 })[0].id, 'login-forgot-password');
});

test('the build drops only keywords that change no search result', async () => {
  const { withoutRedundantKeywords } = await import('../../dist/search.js');
  const queries = ['tuning', 'heldout', 'heldout-topics'].flatMap((set) => readFileSync(`test/fixtures/queries-${set}.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')));
  for (const locale of ['zh-CN', 'en']) {
    const full = pack(locale);
    const pruned = withoutRedundantKeywords(full);
    const dropped = full.faq.reduce((n, e, i) => n + (e.keywords?.length ?? 0) - (pruned.faq[i].keywords?.length ?? 0), 0);
    if (locale === 'zh-CN') assert.ok(dropped > 10, `expected redundant zh-CN keywords to be dropped, got ${dropped}`);
    // Every query of the relevance set, every question and every keyword (dropped ones too).
    const texts = [...queries.filter(([l]) => l === locale).map(([, q]) => q), ...full.faq.flatMap((e) => [e.question, ...(e.keywords ?? [])])];
    const [a, b] = [createSearch(full), createSearch(pruned)];
    for (const q of texts) assert.deepEqual(b.search(q).map((r) => [r.id, r.score]), a.search(q).map((r) => [r.id, r.score]), `results changed for "${q}" (${locale})`);
  }
});

test('phrasings (asked) and keywords rank as they do in the pack when they ship in the index, loaded later', async () => {
  const { loadTs } = await import('../../scripts/lib/load-ts.mjs');
  const { compilePack } = await loadTs('src/cli/lib/compile.ts');
  for (const locale of ['zh-CN', 'en']) {
    const raw = pack(locale);
    const built = compilePack(raw);
    assert.ok(built.pack.faq.every((e) => !e.asked && !e.keywords), 'the built pack ships its phrasings and keywords in the index');
    assert.ok(Object.keys(built.index.keywords).length > 20, 'the index holds the keywords');
    const withIndex = createSearch(built.pack, { index: built.index });
    const late = createSearch(built.pack, { loadIndex: async () => built.index });
    late.search('warm up before the index arrives');
    await late.prepare();
    const direct = createSearch(raw);
    let first = 0;
    let all = 0;
    for (const e of raw.faq)
      for (const q of e.asked) {
        const want = direct.search(q).map((r) => r.id);
        // A situation the phrasing describes may rank a neighbour first ("how do I contact support").
        assert.ok(want.slice(0, 3).includes(e.id), `${locale} phrasing "${q}" of ${e.id} ranks ${want.slice(0, 3)}`);
        first += want[0] === e.id;
        all++;
        assert.deepEqual(withIndex.search(q).map((r) => r.id), want, `${locale} "${q}" (built pack + index)`);
        assert.deepEqual(late.search(q).map((r) => r.id), want, `${locale} "${q}" (index loaded late)`);
      }
    assert.ok(first / all >= 0.97, `${locale}: ${first} of ${all} phrasings rank their own answer first`);
  }
});

test('a search ranks the same whatever searches ran before it on the same engine', async () => {
  // The engine reuses its per-document arrays from query to query: nothing of one may leak into the next.
  const queries = readFileSync('test/fixtures/queries-tuning.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  for (const locale of ['zh-CN', 'en']) {
    const mine = queries.filter(([l]) => l === locale).map(([, q]) => q);
    const used = createSearch(pack(locale));
    await used.prepare();
    const seen = mine.map((q) => used.search(q).map((r) => `${r.id} ${r.score}`));
    mine.forEach((q, i) => {
      if (i % 10) return;
      const fresh = createSearch(pack(locale)).search(q).map((r) => `${r.id} ${r.score}`);
      assert.deepEqual(seen[i], fresh, `${locale} "${q}" after ${i} other searches`);
    });
  }
});

test('explain names the phrasing that matched', () => {
  const lines = [];
  const raw = pack('en');
  const e = raw.faq.find((x) => x.id === 'app-crash');
  const [first] = createSearch(raw, { explain: (text) => lines.push(text) }).search(e.asked[0]);
  assert.equal(first.id, e.id);
  assert.match(lines.join('\n'), new RegExp(`${e.id} .*\\n    matched phrasing: "${e.asked[0]}"`));
});

// `npm run bench`: search relevance and latency, ours against plain default fuse.js on the
// same content, all measured in this run. Prints ratios, not absolute verdicts.
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { loadTs } from './lib/load-ts.mjs';

const { createSearch, buildSearchIndex } = await loadTs('src/search/index.ts');
const { blocksText } = await loadTs('src/content/text.ts');
const pack = (l) => JSON.parse(readFileSync(`content/tpwallet/${l}.json`, 'utf8'));
const packs = { 'zh-CN': pack('zh-CN'), en: pack('en') };

/** Plain fuse.js with its default options over question + answer text. */
function plainFuse(p) {
  const docs = p.faq.map((e) => ({ id: e.id, question: e.question, answer: blocksText(e.answer) }));
  const fuse = new Fuse(docs, { keys: ['question', 'answer'] });
  return { search: (q, { limit = 10 } = {}) => fuse.search(q, { limit }).map((r) => ({ id: r.item.id })) };
}

const queries = readFileSync('test/fixtures/queries.tsv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
  .map(([locale, query, ids]) => ({ locale, query, ok: ids.split(',') }));

function relevance(make) {
  const engines = Object.fromEntries(Object.entries(packs).map(([l, p]) => [l, make(p)]));
  let top1 = 0;
  let top3 = 0;
  const misses = [];
  for (const { locale, query, ok } of queries) {
    const ids = engines[locale].search(query, { limit: 3 }).map((r) => r.id);
    if (ok.includes(ids[0])) top1++;
    else misses.push(`${locale} "${query}" → ${ids[0] ?? '(nothing)'} (want ${ok.join('|')})`);
    if (ids.some((id) => ok.includes(id))) top3++;
  }
  return { top1: top1 / queries.length, top3: top3 / queries.length, misses };
}

const pct = (x) => `${(x * 100).toFixed(1)} %`;
const ours = relevance((p) => createSearch(p, { index: buildSearchIndex(p) }));
const plain = relevance(plainFuse);
console.log(`\nRelevance on ${queries.length} queries (test/fixtures/queries.tsv)\n`);
console.log(`               ours      plain fuse.js`);
console.log(`top-1 hit  ${pct(ours.top1).padStart(8)}  ${pct(plain.top1).padStart(10)}      (target ≥ 90 %)`);
console.log(`top-3 hit  ${pct(ours.top3).padStart(8)}  ${pct(plain.top3).padStart(10)}      (target ≥ 98 %)`);
if (ours.misses.length) console.log(`\nour top-1 misses:\n  ${ours.misses.join('\n  ')}`);

/** A pack of `n` entries made by varying the real ones (ids and question words shuffled). */
function synthetic(p, n) {
  const faq = [];
  for (let i = 0; i < n; i++) {
    const e = p.faq[i % p.faq.length];
    const other = p.faq[(i * 7 + 3) % p.faq.length];
    faq.push({ ...e, id: `${e.id}-${i}`, question: `${e.question} ${other.question.slice(0, 6)} ${i}`, related: [] });
  }
  return { ...p, faq };
}

function latency(engine, qs, rounds = 3) {
  const times = [];
  for (let r = 0; r < rounds; r++)
    for (const q of qs) {
      const t0 = performance.now();
      engine.search(q);
      times.push(performance.now() - t0);
    }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)], p95: times[Math.floor(times.length * 0.95)] };
}

const ms = (x) => `${x.toFixed(3)} ms`;
console.log(`\nLatency per query (Node ${process.version}, this machine)\n`);
console.log(`pack              engine        p50          p95        p95 ratio ours/plain`);
for (const [name, size] of [['real', 0], ['synthetic', 5000]]) {
  for (const locale of ['zh-CN', 'en']) {
    const p = size ? synthetic(packs[locale], size) : packs[locale];
    const qs = queries.filter((q) => q.locale === locale).map((q) => q.query);
    const o = createSearch(p, { index: buildSearchIndex(p) });
    o.search('warm up');
    const f = plainFuse(p);
    const lo = latency(o, qs);
    const lf = latency(f, qs);
    const label = `${name} ${locale} (${p.faq.length})`;
    console.log(`${label.padEnd(18)}ours    ${ms(lo.p50).padStart(11)}  ${ms(lo.p95).padStart(11)}   ${(lo.p95 / lf.p95).toFixed(2)}×`);
    console.log(`${''.padEnd(18)}plain   ${ms(lf.p50).padStart(11)}  ${ms(lf.p95).padStart(11)}`);
  }
}

console.log(`\nIndex: load the build-time index vs build it at page load (median of 50, en pack)\n`);
const serialized = JSON.stringify(buildSearchIndex(packs.en));
const median = (f) => {
  const t = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return t.sort((a, b) => a - b)[25];
};
const load = median(() => createSearch(packs.en, { index: JSON.parse(serialized) }).search('pasword'));
const build = median(() => createSearch(packs.en).search('pasword'));
console.log(`prebuilt index + first search ${ms(load)}; runtime build + first search ${ms(build)}; ratio ${(build / load).toFixed(2)}×`);

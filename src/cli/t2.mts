import { packToSources, canonicalRich } from './lib/to-markdown.ts';
import { readSources } from './lib/sources.ts';
import { readFileSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import assert from 'node:assert/strict';
for (const loc of ['en', 'zh-CN']) {
  const pack = JSON.parse(readFileSync(`content/tpwallet/${loc}.json`, 'utf8'));
  const r = packToSources(pack);
  console.log(loc, r.errors, r.notes.length);
  const dir = '/tmp/cli-scratch/tpwallet';
  rmSync(dir + '/' + loc, { recursive: true, force: true });
  for (const [p, t] of r.files) { mkdirSync(dir + '/' + p.split('/')[0], { recursive: true }); writeFileSync(dir + '/' + p, t); }
  const s = readSources(dir);
  console.log(s.issues);
  const back = s.locales.find((l) => l.locale === loc)!.pack;
  const { $schema, ...expected } = pack;
  expected.faq = expected.faq.map((e: any) => ({ ...e, answer: e.answer.map((b: any) => b.items ? { ...b, items: b.items.map(canonicalRich) } : { ...b, content: canonicalRich(b.content) }) }));
  try { assert.deepStrictEqual(back, expected); console.log('equal'); } catch (e) { console.log(String(e).slice(0, 3000)); }
}

// `support-widget convert`: JSON pack → Markdown sources → JSON pack loses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTs } from '../../scripts/lib/load-ts.mjs';
import { cli, scratch } from './helpers/cli.mjs';

const { readSources } = await loadTs('src/cli/lib/sources.ts');
const { canonicalRich, packToSources } = await loadTs('src/cli/lib/to-markdown.ts');

const flat = (rich) => (typeof rich === 'string' ? rich : rich.map((s) => (typeof s === 'string' ? s : s.text)).join(''));
const richOf = (b) => (b.type === 'ul' || b.type === 'ol' ? b.items : [b.content]);

for (const locale of ['en', 'zh-CN']) {
  test(`the tpwallet ${locale} pack survives JSON → Markdown → JSON`, () => {
    const file = `content/tpwallet/${locale}.json`;
    const dir = join(scratch('convert'), 'tpwallet');
    const r = cli('convert', file, dir);
    assert.equal(r.code, 0, r.out);
    const sources = readSources(dir);
    assert.deepEqual(sources.issues, []);
    const back = sources.locales[0].pack;
    const { $schema, ...original } = JSON.parse(readFileSync(file, 'utf8'));
    // Markdown has one way to write a bold run: spaces at its edges sit outside the
    // asterisks. That is the only change allowed, and the text is the same to the character.
    const canonical = { ...original, faq: original.faq.map((e) => ({ ...e, answer: e.answer.map((b) => (b.type === 'ul' || b.type === 'ol' ? { ...b, items: b.items.map(canonicalRich) } : { ...b, content: canonicalRich(b.content) })) })) };
    assert.deepEqual(back, canonical);
    original.faq.forEach((e, i) => assert.deepEqual(back.faq[i].answer.flatMap(richOf).map(flat), e.answer.flatMap(richOf).map(flat), e.id));
  });
}

test('Markdown → JSON → Markdown is a fixed point for both packs', () => {
  for (const locale of ['en', 'zh-CN']) {
    const dir = join(scratch('convert'), 'tpwallet');
    cli('convert', `content/tpwallet/${locale}.json`, dir);
    const once = readSources(dir).locales[0].pack;
    const again = packToSources(once);
    assert.deepEqual(again.errors, []);
    assert.deepEqual(again.notes, [], 'no further changes');
    const original = packToSources(JSON.parse(readFileSync(`content/tpwallet/${locale}.json`, 'utf8')));
    assert.deepEqual([...again.files], [...original.files]);
  }
});

test('convert refuses to overwrite sources unless --force', () => {
  const dir = scratch('convert');
  assert.equal(cli('convert', 'content/tpwallet/en.json', dir).code, 0);
  const again = cli('convert', 'content/tpwallet/en.json', dir);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already has files; .*--force/);
  assert.equal(cli('convert', 'content/tpwallet/en.json', dir, '--force').code, 0);
});

test('two lists in a row stay two lists', () => {
  const blocks = [
    { type: 'ul', items: ['a', 'b'] },
    { type: 'ul', items: ['c'] },
    { type: 'ol', items: ['d'] },
    { type: 'ol', items: ['e'] },
  ];
  const pack = JSON.parse(readFileSync('content/tpwallet/en.json', 'utf8'));
  pack.faq = [{ ...pack.faq[0], related: undefined, answer: blocks }];
  delete pack.faq[0].related;
  const r = packToSources(pack);
  assert.deepEqual(r.errors, []);
  assert.match(r.files.get(`en/${pack.faq[0].id}.md`), /- a\n- b\n\n\* c\n\n1\. d\n\n1\) e\n/);
});

test('text that looks like Markdown is escaped and comes back as text', () => {
  const pack = JSON.parse(readFileSync('content/tpwallet/en.json', 'utf8'));
  const tricky = ['# not a heading', '1. not a list', '- not a bullet', 'a *star* and _under_ and [brackets] and <angle> & `tick` \\ back', '> not a quote'];
  pack.faq = [{ ...pack.faq[0], answer: tricky.map((content) => ({ type: 'p', content })) }];
  delete pack.faq[0].related;
  assert.deepEqual(packToSources(pack).errors, []);
});

// `support-widget convert`: JSON pack → Markdown sources → JSON pack loses nothing. Checked on
// the tpwallet packs (whose only source is the Markdown in content/tpwallet/) and on a
// synthetic pack with every block type, span and settings section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTs } from '../../scripts/lib/load-ts.mjs';
import { cli, scratch } from './helpers/cli.mjs';
import { loadPacks, tpwallet, tpwalletFile } from './packs.mjs';

const { readSources } = await loadTs('src/cli/lib/sources.ts');
const { compilePack, compileProduct } = await loadTs('src/cli/lib/compile.ts');
const { packToSources } = await loadTs('src/cli/lib/to-markdown.ts');

/** `pack` → JSON file → `support-widget convert` → Markdown sources → read back: the pack as written there, and compiled. */
function roundTrip(pack) {
  const file = join(scratch('convert'), `${pack.meta.locale}.json`);
  writeFileSync(file, JSON.stringify(pack, null, 2));
  const dir = join(scratch('convert'), pack.meta.id);
  const r = cli('convert', file, dir);
  assert.equal(r.code, 0, r.out);
  assert.doesNotMatch(r.out, /note:/, 'convert changed nothing on the way');
  const build = compileProduct(dir);
  assert.deepEqual(build.issues.filter((i) => i.severity === 'error'), []);
  return { dir, written: readSources(dir).locales[0].pack, compiled: build.locales[0].compiled };
}

const packs = await loadPacks();

for (const locale of ['en', 'zh-CN']) {
  test(`tpwallet ${locale}: the Markdown sources compiled, converted and compiled again give the same pack, to the byte`, () => {
    const { written, compiled } = roundTrip(packs[locale]);
    assert.deepEqual(written, packs[locale]);
    // Every answer lists other ways of asking it, and they survive the trip.
    for (const e of packs[locale].faq) assert.ok(e.asked?.length >= 8, `${locale}/${e.id}.md: fewer than 8 phrasings in asked`);
    // The built pack ships them in its search index (search alone reads them); converting the
    // built { pack, index } puts them back into the answers.
    assert.ok(compiled.pack.faq.every((e) => !('asked' in e) && !('keywords' in e)));
    // Keywords too (those the build keeps): each converted answer lists its index's keywords.
    const converted = packToSources(compiled).files;
    for (const e of compiled.pack.faq) {
      const kept = compiled.index.keywords[e.id];
      assert.equal(/^keywords:/m.test(converted.get(`${locale}/${e.id}.md`)), !!kept, `${locale}/${e.id}.md keywords`);
      for (const k of kept ?? []) assert.ok(converted.get(`${locale}/${e.id}.md`).includes(k), `${locale}/${e.id}.md keeps "${k}"`);
    }
    assert.deepEqual(packs[locale].faq.map((e) => compiled.index.asked[e.id]), packs[locale].faq.map((e) => e.asked));
    const askedOf = (files) => [...files].map(([path, text]) => [path, /^asked:\n(?:  - .*\n)+/m.exec(text)?.[0]]);
    assert.deepEqual(askedOf(packToSources(compiled).files), askedOf(packToSources(packs[locale]).files));
    assert.equal(JSON.stringify(compiled), JSON.stringify(compilePack(packs[locale])));
    // And once more: Markdown → JSON → Markdown is a fixed point.
    const again = packToSources(written);
    assert.deepEqual(again.errors, []);
    assert.deepEqual(again.notes, []);
    assert.deepEqual([...again.files], [...packToSources(packs[locale]).files]);
  });
}

const rich = (...spans) => spans;
/** A pack that uses every block type, every span kind and every settings section, in a non-alphabetical answer order. */
const SYNTHETIC = {
  meta: { id: 'synthetic', locale: 'en', product: 'Synthetic & Co', version: '2.0.0-beta.1' },
  categories: [
    { id: 'blocks', label: 'Blocks: all of them' },
    { id: 'spans', label: 'Spans' },
  ],
  faq: [
    {
      id: 'every-block',
      category: 'blocks',
      question: 'Which blocks are there? (all "four")',
      popular: true,
      answer: [
        { type: 'p', content: 'A plain paragraph.' },
        { type: 'warning', content: rich({ text: 'Never share your password:', strong: true }, ' nobody needs it.') },
        { type: 'ul', items: ['first', rich('second with ', { text: 'bold', strong: true }), rich({ text: 'a link', href: 'https://example.com/a' })] },
        { type: 'ul', items: ['a second list right after the first'] },
        { type: 'ol', items: ['one', 'two', rich('three, ', { text: 'emphasised', em: true })] },
        { type: 'ol', items: ['a second numbered list'] },
        { type: 'warning', content: 'A plain warning.' },
        { type: 'p', content: rich('Ends with ', { text: 'strong', strong: true }, '.') },
      ],
      keywords: ['blocks', 'block types', "can't find"],
      asked: ['what blocks can I use', 'blocks: which ones?', '- a dash first', '"quoted" and #hash', 'yes', '123', 'null', '? question mark first', '可以用哪些块？（全部）', "it's 'quoted'", 'trailing space kept? no'],
      related: ['spans-and-links', 'looks-like-markdown'],
    },
    {
      id: 'spans-and-links',
      category: 'spans',
      question: 'How are spans written?',
      answer: [
        {
          type: 'p',
          content: rich(
            { text: 'Bold', strong: true },
            ', ',
            { text: 'italic', em: true },
            ', ',
            { text: 'both', em: true, strong: true },
            ', ',
            { text: 'a web page', href: 'https://example.com/path?q=1&r=2#top' },
            ', ',
            { text: 'mail', href: 'mailto:help@example.com' },
            ', ',
            { text: 'a phone', href: 'tel:+15550100' },
            ', ',
            { text: 'bold link', strong: true, href: 'https://example.com/b' },
            ', ',
            { text: 'italic link', em: true, href: 'https://example.com/c' },
            ' and ',
            { text: 'a URL with (parentheses)', href: 'https://example.com/wiki/A_(b)' },
            '.',
          ),
        },
        { type: 'p', content: rich({ text: '注意：', strong: true }, '不要把助记词告诉任何人（包括“客服”）。') },
      ],
    },
    {
      id: 'looks-like-markdown',
      category: 'spans',
      question: '# Is this a heading? *No*',
      answer: [
        { type: 'p', content: '# not a heading' },
        { type: 'p', content: '1. not a list' },
        { type: 'p', content: '- not a bullet' },
        { type: 'p', content: '> not a quote' },
        { type: 'p', content: 'a *star*, _under_, [brackets], <angle>, & `tick` \\ backslash, 100% and a #hash' },
        { type: 'ul', items: ['+ plus', '2) two', '[!WARNING] not an alert'] },
      ],
      keywords: ['*', 'c#'],
    },
  ],
  synonyms: [
    ['blocks', 'paragraphs'],
    ['link', 'url', 'web address'],
  ],
  contact: {
    channels: [
      {
        id: 'email',
        type: 'email',
        label: 'Email',
        value: 'help@example.com',
        responseMinutes: 1440,
        languages: ['en'],
        notes: 'Placeholder: use your own address.',
        placeholder: true,
      },
      {
        id: 'phone',
        type: 'phone',
        label: 'Phone',
        value: '+1 555 0100',
        priority: 20,
        hours: {
          timeZone: 'Europe/London',
          weekly: { mon: ['09:00-12:30', '13:30-17:30'], fri: ['09:00-17:00'] },
          closures: [{ date: '2026-12-25', label: 'Christmas' }],
        },
        placeholder: true,
      },
    ],
    peakHours: { timeZone: 'Europe/London', weekly: { mon: ['09:00-11:00'] } },
  },
  checklist: [
    { id: 'account', label: 'Account email' },
    { id: 'problem', label: 'What went wrong', multiline: true },
  ],
  fallback: {
    safety: [{ type: 'ul', items: [rich({ text: 'Nobody needs your password, ', strong: true }, 'support included.'), 'Support never messages you first.'] }],
  },
  ui: { searchPlaceholder: 'e.g. blocks, links' },
};

test('a synthetic pack with every block type, span and settings section survives JSON → Markdown → JSON', () => {
  const { written, compiled } = roundTrip(SYNTHETIC);
  assert.deepEqual(written, SYNTHETIC);
  assert.equal(JSON.stringify(compiled), JSON.stringify(compilePack(SYNTHETIC)));
});

test('convert refuses to overwrite sources unless --force', () => {
  const dir = scratch('convert');
  const file = tpwalletFile('en');
  assert.equal(cli('convert', file, dir).code, 0);
  const again = cli('convert', file, dir);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already has files; .*--force/);
  assert.equal(cli('convert', file, dir, '--force').code, 0);
});

test('spaces at the edge of a bold run move outside it, with a note, and the text stays the same', () => {
  const pack = tpwallet('en');
  pack.faq[0].answer = [{ type: 'p', content: [{ text: 'Note: ', strong: true }, 'the rest.'] }];
  const r = packToSources(pack);
  assert.deepEqual(r.errors, []);
  assert.equal(r.notes.length, 1);
  assert.match(r.files.get(`en/${pack.faq[0].id}.md`), /\n\*\*Note:\*\* the rest\.\n/);
});

test('two lists in a row stay two lists', () => {
  const blocks = [
    { type: 'ul', items: ['a', 'b'] },
    { type: 'ul', items: ['c'] },
    { type: 'ol', items: ['d'] },
    { type: 'ol', items: ['e'] },
  ];
  const pack = tpwallet('en');
  pack.faq = [{ ...pack.faq[0], answer: blocks }];
  delete pack.faq[0].related;
  const r = packToSources(pack);
  assert.deepEqual(r.errors, []);
  assert.match(r.files.get(`en/${pack.faq[0].id}.md`), /- a\n- b\n\n\* c\n\n1\. d\n\n1\) e\n/);
});

test('the settings file writes short lists on one line and text lists as lists', () => {
  const yaml = packToSources(SYNTHETIC).files.get('en/_pack.yaml');
  assert.match(yaml, /\n {2}- \[link, url, web address\]\n/);
  assert.match(yaml, /\n {10}mon: \["?09:00-12:30"?, "?13:30-17:30"?\]\n/);
  assert.match(yaml, /\n {8}- Support never messages you first\.\n/);
  assert.match(yaml, /\norder: \[every-block, spans-and-links, looks-like-markdown\]\n/);
});

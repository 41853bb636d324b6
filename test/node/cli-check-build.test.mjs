// `support-widget check` and `build`: errors located in the files a person edits, placeholder
// refusal, the drop-in's shape, and a failed build leaving the previous output as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, scratch } from './helpers/cli.mjs';
import { tpwallet, tpwalletFile } from './packs.mjs';

/** A product in Markdown sources: `files` maps a path under `dir` to its text. */
function product(files) {
  const dir = join(scratch('product'), 'acme');
  const all = {
    'en/_pack.yaml': 'meta:\n  product: Acme\n  version: 1.0.0\ncategories:\n  - id: account\n    label: Account\ncontact:\n  channels:\n    - id: email\n      type: email\n      label: Email\n      value: help@acme.test\n',
    'en/reset.md': '---\nquestion: How do I reset my password?\ncategory: account\n---\nUse the reset link.\n',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const lines = (out) => out.split('\n').filter((l) => l.startsWith('error') || l.startsWith('warning'));

test('check passes a valid product and exits 0', () => {
  const r = cli('check', product({}));
  assert.equal(r.code, 0, r.out);
  assert.match(r.stdout, /OK — en \(1 answers\)/);
});

test('a validator error points at the front-matter line of the answer', () => {
  const dir = product({ 'en/reset.md': '---\nquestion: How do I reset my password?\ncategory: acount\nrelated: [nope]\n---\nUse the reset link.\n' });
  const r = cli('check', dir);
  assert.equal(r.code, 1);
  const [category, related] = lines(r.stderr);
  assert.match(category, /^error: .*en\/reset\.md:3:1 › category: category "acount" does not exist; add it to "categories" or use one of account$/);
  assert.match(related, /en\/reset\.md:4:\d+ › related\[0\]: related id "nope" does not exist/);
});

test('a settings error points at its line in _pack.yaml', () => {
  const dir = product({ 'en/_pack.yaml': 'meta:\n  product: Acme\n  version: 1.0.0\ncategories:\n  - id: account\n    label: Account\ncontact:\n  channels:\n    - id: email\n      type: email\n      label: Email\n      value: not-an-address\n' });
  const r = cli('check', dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /en\/_pack\.yaml:12:7 › contact\.channels\[0\]\.value: "not-an-address" is not an email address/);
});

test('a Markdown construct the widget cannot show fails check at file:line:column', () => {
  const r = cli('check', product({ 'en/reset.md': '---\nquestion: Q?\ncategory: account\n---\nIntro.\n\n![shot](https://acme.test/a.png)\n' }));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /en\/reset\.md:7:1: images are not supported/);
});

test('duplicate ids across files: one error naming both files', () => {
  const r = cli('check', product({ 'en/forgot.md': '---\nid: reset\nquestion: Forgot it?\ncategory: account\n---\nSame id.\n' }));
  assert.equal(r.code, 1);
  const dup = lines(r.stderr).filter((l) => l.includes('duplicate'));
  assert.equal(dup.length, 1);
  assert.match(dup[0], /en\/forgot\.md:2:1 › id: duplicate answer id "reset": .*en\/reset\.md has the same id/);
});

test('an unknown front-matter key warns with a did-you-mean and does not fail', () => {
  const r = cli('check', product({ 'en/reset.md': '---\nquestion: Q?\ncategory: account\npopluar: true\n---\nBody.\n' }));
  assert.equal(r.code, 0, r.out);
  assert.match(r.stderr, /warning: .*en\/reset\.md:4:1 › popluar: unknown front-matter key 'popluar' is ignored \(did you mean 'popular'\?\)/);
});

test('a missing answer is an error when another locale has it', () => {
  const dir = product({ 'de/_pack.yaml': readFileSync(join(product({}), 'en/_pack.yaml'), 'utf8') });
  const r = cli('check', dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /de\/_pack\.yaml:\d+:\d+ › faq: missing FAQ entries that other locales have: reset/);
});

test('check validates a JSON pack, with line:column for syntax and field errors', () => {
  assert.equal(cli('check', tpwalletFile('en')).code, 0);
  assert.equal(cli('check', 'dist/content/tpwallet/en.json').code, 0, 'a built pack');
  const dir = scratch('json');
  const pack = tpwallet('en');
  pack.faq[0].answer[0].content = [{ text: 'x', href: 'javascript:alert(1)' }];
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(pack, null, 2));
  const bad = cli('check', join(dir, 'bad.json'));
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /bad\.json:\d+:\d+ › faq\[0\]\.answer\[0\]\.content\[0\]\.href: link "javascript:alert\(1\)" must use https:/);
  writeFileSync(join(dir, 'comma.json'), '{\n  "meta": {},\n}\n');
  const comma = cli('check', join(dir, 'comma.json'));
  assert.equal(comma.code, 1);
  assert.match(comma.stderr, /comma\.json:3:1: not valid JSON/);
});

const PLACEHOLDER = 'meta:\n  product: Acme\n  version: 1.0.0\ncategories:\n  - id: account\n    label: Account\ncontact:\n  channels:\n    - id: email\n      type: email\n      label: Email\n      value: support@example.com\n      placeholder: true\n';

test('build refuses placeholder channels unless --demo, and says so', () => {
  const dir = product({ 'en/_pack.yaml': PLACEHOLDER });
  const out = join(scratch('out'), 'site');
  const refused = cli('build', dir, '--out', out);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /en\/_pack\.yaml:9:7 › contact\.channels\[0\]: channel "email" \(support@example\.com\) is a placeholder/);
  assert.match(refused.stderr, /pass --demo/);
  assert.equal(existsSync(out), false);
  assert.equal(cli('build', dir, '--out', out, '--demo').code, 0);
  assert.ok(existsSync(join(out, 'packs', 'manifest.js')));
});

test('the drop-in holds the scripts, the site packs in the bundled-content contract, and no other product', async () => {
  const dir = product({});
  const out = join(scratch('out'), 'site');
  const r = cli('build', dir, '--out', out);
  assert.equal(r.code, 0, r.out);
  const manifest = (await import(pathToFileURL(join(out, 'packs', 'manifest.js')))).default;
  assert.deepEqual(manifest, { product: 'acme', defaultLocale: 'en', locales: ['en'] });
  const en = (await import(pathToFileURL(join(out, 'packs', 'en.js')))).default;
  assert.deepEqual(Object.keys(en), ['pack']);
  assert.equal(en.pack.faq[0].question, 'How do I reset my password?');
  // The search index is a file of its own, loaded when search is prepared.
  const index = (await import(pathToFileURL(join(out, 'packs', 'en.index.js')))).default;
  assert.equal(index.version, 1);
  assert.deepEqual(JSON.parse(readFileSync(join(out, 'content', 'en.json'), 'utf8')), { ...en, index });
  for (const f of ['support-widget.js', 'support-widget.iife.js', 'example.html']) assert.ok(existsSync(join(out, f)), f);
  const chunks = readdirSync(join(out, 'chunks'));
  assert.ok(chunks.length > 3);
  assert.deepEqual(chunks.filter((c) => c.startsWith('pack-')), []);
  for (const f of [...readdirSync(join(out, 'packs')).map((p) => join('packs', p)), join('content', 'en.json'), 'example.html'])
    assert.doesNotMatch(readFileSync(join(out, f), 'utf8'), /tpwallet|TP Wallet|TokenPocket/, f);
});

test('a failed build leaves the previous output as it was', () => {
  const dir = product({});
  const out = join(scratch('out'), 'site');
  assert.equal(cli('build', dir, '--out', out).code, 0);
  const before = readFileSync(join(out, 'packs', 'en.js'), 'utf8');
  writeFileSync(join(dir, 'en', 'reset.md'), '---\nquestion: Changed?\ncategory: account\n---\n## A heading\n');
  const failed = cli('build', dir, '--out', out);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /unchanged/);
  assert.equal(readFileSync(join(out, 'packs', 'en.js'), 'utf8'), before);
  assert.deepEqual(readdirSync(join(out, '..')), ['site'], 'no temporary folder left behind');
});

test('build will not replace a folder it did not write', () => {
  const dir = product({});
  const out = scratch('mine');
  writeFileSync(join(out, 'index.html'), 'my site');
  const r = cli('build', dir, '--out', out);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /not a support-widget build output/);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'my site');
});

test('init refuses a folder that has files', () => {
  const dir = scratch('init');
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  const r = cli('init', dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is not empty/);
});

test('init scaffolds placeholders that check warns about', () => {
  const dir = join(scratch('init'), 'acme-notes');
  assert.equal(cli('init', dir).code, 0);
  const r = cli('check', dir);
  assert.equal(r.code, 0, r.out);
  assert.equal(lines(r.stderr).filter((l) => /demo placeholder/.test(l)).length, 3);
  assert.match(r.stderr, /reset-password\.md:\d+:1: placeholder text \(TODO\)/);
  assert.match(readFileSync(join(dir, 'en', '_pack.yaml'), 'utf8'), /example\.com/);
});

test('a JSON pack with only meta, categories, faq and contact passes check', () => {
  const dir = scratch('json');
  const pack = {
    meta: { id: 'acme', locale: 'en', product: 'Acme', version: '1.0.0' },
    categories: [{ id: 'account', label: 'Account' }],
    faq: [{ id: 'reset', category: 'account', question: 'How do I reset my password?', answer: [{ type: 'p', content: 'Use the reset link.' }] }],
    contact: { channels: [{ id: 'email', type: 'email', label: 'Email', value: 'help@acme.test' }] },
  };
  writeFileSync(join(dir, 'en.json'), JSON.stringify(pack, null, 2));
  const r = cli('check', join(dir, 'en.json'));
  assert.equal(r.code, 0, r.out);
});

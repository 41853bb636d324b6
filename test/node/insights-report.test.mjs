// `support-widget insights report`: the figures from a small collector file, as JSON and HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, tempDir } from './helpers/collector.mjs';
import { tpwallet, tpwalletFile } from './packs.mjs';

// A pack as `support-widget build` writes it ({ pack, index }), and one as written.
const BUILT = 'dist/content/tpwallet/en.json';

const rec = (events, { day = '2025-03-01', locale = 'en', pack = 'tpwallet' } = {}) => JSON.stringify({ v: 1, day, pack, locale, events });
const search = (query, resultIds = []) => ({ type: 'search', query, resultIds, empty: resultIds.length === 0 });
const view = (id, source = 'search') => ({ type: 'answer-view', id, source });

const LINES = [
  rec([search('withdrawal stuck'), { type: 'contact', channel: 'live-chat', channelType: 'live-chat' }]),
  rec([search('Withdrawal  stuck'), search('pasword', ['login-forgot-password']), view('login-forgot-password'), { type: 'feedback', id: 'login-forgot-password', helpful: false }], { day: '2025-03-02' }),
  rec([search('forgot password', ['login-forgot-password']), view('login-forgot-password'), { type: 'feedback', id: 'login-forgot-password', helpful: true }], { day: '2025-03-02' }),
  // Typing on: "pass" is a step towards "password", not a dead end.
  rec([search('pass', ['security-password']), search('password', ['security-password']), { type: 'contact', channel: 'email', channelType: 'email' }]),
  rec([search('<script>alert(1)</script>')]),
  rec([search('forgot pasword reset')]),
  rec([search('转账卡住了')], { locale: 'zh-CN' }),
  'not json {',
  '',
  JSON.stringify({ v: 1, pack: 'tpwallet', locale: 'en', events: [search('no day')] }),
];

function report(...args) {
  const dir = tempDir();
  const file = join(dir, 'insights.ndjson');
  writeFileSync(file, LINES.join('\n') + '\n');
  const out = join(dir, 'report.html');
  const run = spawnSync(process.execPath, [CLI, 'insights', 'report', file, '--out', out, ...args], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return { run, html: readFileSync(out, 'utf8'), json: args.includes('--json') ? JSON.parse(run.stdout) : undefined };
}

test('counts no-result searches, unhelpful answers, contacts and channels per product and locale', () => {
  const { json, run } = report('--json');
  assert.equal(json.lines, 9);
  assert.equal(json.skipped, 2);
  assert.match(run.stderr, /skipped 2 of 9 lines/);
  assert.deepEqual(json.groups.map((g) => `${g.pack}/${g.locale}`), ['tpwallet/en', 'tpwallet/zh-CN']);
  const en = json.groups[0];
  assert.deepEqual(en.noResult[0], { query: 'withdrawal stuck', count: 2 });
  assert.ok(en.noResult.some((q) => q.query === '<script>alert(1)</script>'));
  assert.deepEqual(en.noClick, [{ query: 'password', count: 1 }]);
  assert.deepEqual(en.unhelpful, [{ id: 'login-forgot-password', views: 2, helpful: 1, unhelpful: 1 }]);
  assert.deepEqual(en.endedInContact, [{ query: 'password', count: 1 }, { query: 'withdrawal stuck', count: 1 }]);
  assert.deepEqual(en.channels, [{ type: 'email', count: 1 }, { type: 'live-chat', count: 1 }]);
  assert.deepEqual(en.days, [{ day: '2025-03-01', searches: 5 }, { day: '2025-03-02', searches: 3 }]);
});

test('suggests synonyms from the data alone and, better, with the pack', () => {
  const plain = report('--json').json.groups[0].synonyms;
  const fromData = plain.find((s) => s.query === 'forgot pasword reset');
  assert.equal(fromData?.id, 'login-forgot-password');
  assert.equal(fromData.via, 'similarity');

  const question = tpwallet('en').faq.find((e) => e.id === 'login-forgot-password').question;
  for (const pack of [BUILT, tpwalletFile('en')]) {
    const withPack = report('--json', '--pack', pack).json.groups[0];
    assert.equal(withPack.unhelpful[0].question, question);
    const s = withPack.synonyms.find((x) => x.query === 'forgot pasword reset');
    assert.ok(s, JSON.stringify(withPack.synonyms));
    assert.equal(s.id, 'login-forgot-password');
  }
});

test('writes one self-contained, escaped HTML file', () => {
  const { html } = report('--pack', BUILT);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
  assert.doesNotMatch(html, /<script|<link|src=|href=|url\(|@import/i, 'no script and nothing loaded');
  assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
  assert.match(html, /<h2>tpwallet <span class="locale">en<\/span><\/h2>/);
  assert.match(html, /<h2>tpwallet <span class="locale">zh-CN<\/span><\/h2>/);
  assert.match(html, /Searches with no result[\s\S]*withdrawal stuck/);
  assert.match(html, /Answers read, then rated unhelpful[\s\S]*login-forgot-password/);
  assert.match(html, /<svg class="bars" role="img"/);
  assert.match(html, /<svg class="days" role="img"/);
  assert.match(html, /@media print/);
});

test('explains a missing input file', () => {
  const run = spawnSync(process.execPath, [CLI, 'insights', 'report', join(tempDir(), 'none.ndjson'), '--json'], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /none\.ndjson does not exist/);
});

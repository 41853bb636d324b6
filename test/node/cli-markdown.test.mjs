// The Markdown answer format: each block kind, and every construct it cannot show as an
// error at file:line:column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from '../../scripts/lib/load-ts.mjs';

const { parseAnswer } = await loadTs('src/cli/lib/markdown.ts');

const FRONT = '---\nquestion: How do I reset my password?\ncategory: account\n---\n';
/** Parse a body under a fixed 4-line front matter: body line N is file line N + 4. */
const parse = (body, front = FRONT) => parseAnswer(front + body, 'en/reset.md', 'reset');
const errors = (r) => r.issues.filter((i) => i.severity === 'error');

test('front matter gives the fields; the file name is the id', () => {
  const r = parseAnswer('---\nquestion: Why?\ncategory: app\nkeywords: [crash, freeze]\nrelated: [other]\npopular: true\n---\nBecause.\n', 'en/why.md', 'why');
  assert.deepEqual(r.entry, { id: 'why', question: 'Why?', category: 'app', keywords: ['crash', 'freeze'], related: ['other'], popular: true, answer: [{ type: 'p', content: 'Because.' }] });
  assert.equal(parseAnswer('---\nid: because\nquestion: Why?\ncategory: app\n---\nx\n', 'en/why.md', 'why').entry.id, 'because');
});

test('each block kind becomes its pack block', () => {
  const r = parse(`Open **Settings**, then *Account*; see [the guide](https://example.com/guide),
write to [us](mailto:help@example.com) or call [us](tel:+15550100).

- first
- second with **bold**

1. one
2. two

> [!WARNING]
> **Never** share your password.
`);
  assert.deepEqual(errors(r), []);
  assert.deepEqual(r.entry.answer, [
    {
      type: 'p',
      content: [
        'Open ',
        { text: 'Settings', strong: true },
        ', then ',
        { text: 'Account', em: true },
        '; see ',
        { text: 'the guide', href: 'https://example.com/guide' },
        ', write to ',
        { text: 'us', href: 'mailto:help@example.com' },
        ' or call ',
        { text: 'us', href: 'tel:+15550100' },
        '.',
      ],
    },
    { type: 'ul', items: ['first', ['second with ', { text: 'bold', strong: true }]] },
    { type: 'ol', items: ['one', 'two'] },
    { type: 'warning', content: [{ text: 'Never', strong: true }, ' share your password.'] },
  ]);
});

test('bold inside a link, and bold next to Chinese punctuation (CJK-friendly emphasis)', () => {
  assert.deepEqual(parse('**[官方网站](https://example.com)**\n').entry.answer, [{ type: 'p', content: [{ text: '官方网站', strong: true, href: 'https://example.com' }] }]);
  assert.deepEqual(parse('**注意：**不要把助记词告诉任何人。\n').entry.answer, [{ type: 'p', content: [{ text: '注意：', strong: true }, '不要把助记词告诉任何人。'] }]);
});

test('a line break is a space between words and nothing between Chinese characters', () => {
  assert.deepEqual(parse('one\ntwo\n').entry.answer, [{ type: 'p', content: 'one two' }]);
  assert.deepEqual(parse('第一行\n第二行\n').entry.answer, [{ type: 'p', content: '第一行第二行' }]);
});

test('a warning may start on the marker line', () => {
  assert.deepEqual(parse('> [!WARNING]\n> Careful.\n').entry.answer, [{ type: 'warning', content: 'Careful.' }]);
});

// Body line N is file line N + 4.
const CANNOT = [
  ['a heading', 'Intro\n\n## Details\n', 7, 1, /heading/],
  ['an image', 'See ![screen](https://example.com/a.png)\n', 5, 5, /images are not supported/],
  ['inline HTML', 'Press <b>OK</b>\n', 5, 7, /HTML is not allowed/],
  ['block HTML', '<div>hi</div>\n', 5, 1, /HTML is not allowed/],
  ['a javascript: link', 'Click [here](javascript:alert(1)).\n', 5, 7, /must use https:, mailto: or tel:/],
  ['an http: link', 'See [the site](http://example.com).\n', 5, 5, /must use https:/],
  ['a link title', 'See [site](https://example.com "Example").\n', 5, 5, /link titles/],
  ['a nested list', '- one\n  - nested\n', 6, 3, /nested lists/],
  ['a plain quote', '> just a quote\n', 5, 1, /start it with "> \[!WARNING\]"/],
  ['another alert kind', '> [!NOTE]\n> hi\n', 5, 1, /\[!NOTE\]" is not supported/],
  ['a warning with two paragraphs', '> [!WARNING]\n> one\n>\n> two\n', 8, 3, /one paragraph/],
  ['a code block', '```\ncode\n```\n', 5, 1, /code blocks/],
  ['inline code', 'Type `reset` now\n', 5, 6, /inline code/],
  ['a hard line break', 'one  \ntwo\n', 5, 4, /hard line break/],
  ['a numbered list not starting at 1', '3. three\n4. four\n', 5, 1, /starts at 1/],
  ['a horizontal rule', 'a\n\n***\n', 7, 1, /horizontal rule/],
  ['a link reference definition', '[x]: https://example.com\n', 5, 1, /reference/],
];

for (const [what, body, line, column, message] of CANNOT) {
  test(`${what} is an error at its line and column`, () => {
    const found = errors(parse(body));
    assert.ok(found.length, `no error for ${what}`);
    assert.deepEqual({ file: found[0].file, line: found[0].line, column: found[0].column }, { file: 'en/reset.md', line, column });
    assert.match(found[0].message, message);
  });
}

test('a file without front matter, and front matter that is not YAML, are errors with a position', () => {
  const none = errors(parseAnswer('Just text\n', 'en/a.md', 'a'));
  assert.equal(none[0].line, 1);
  assert.match(none[0].message, /no front matter/);
  const bad = errors(parseAnswer('---\nquestion: [unclosed\ncategory: x\n---\nhi\n', 'en/a.md', 'a'));
  assert.ok(bad.length);
  assert.ok(bad[0].line >= 2, `line ${bad[0].line}`);
  assert.match(bad[0].message, /not valid YAML/);
});

test('an unknown front-matter key is a warning with a did-you-mean, at its line', () => {
  const r = parse('Body.\n', '---\nquestion: Q?\ncategory: account\nkeyword: [a]\n---\n');
  assert.deepEqual(errors(r), []);
  const [w] = r.issues;
  assert.deepEqual([w.severity, w.line, w.column, w.field], ['warning', 4, 1, 'keyword']);
  assert.match(w.message, /did you mean 'keywords'\?/);
});

test('asked: a list of other ways to ask, one per line', () => {
  const r = parse('Body.\n', '---\nquestion: Q?\ncategory: account\nasked:\n  - forgot my password\n  - "reset: how?"\n  - 忘记密码怎么办？\n---\n');
  assert.deepEqual(errors(r), []);
  assert.deepEqual(r.entry.asked, ['forgot my password', 'reset: how?', '忘记密码怎么办？']);
  const typo = parse('Body.\n', '---\nquestion: Q?\ncategory: account\naskd: [x]\n---\n');
  assert.match(typo.issues[0].message, /did you mean 'asked'\?/);
});

test('TODO text left from the scaffold is a warning', () => {
  const r = parse('TODO: describe the reset page.\n');
  assert.equal(r.issues[0].severity, 'warning');
  assert.equal(r.issues[0].line, 5);
});

test('the fast reading of simple front matter agrees with the YAML parser', async () => {
  const { simpleMap } = await loadTs('src/cli/lib/yaml-source.ts');
  const { parse } = await import('yaml');
  const { readdirSync, readFileSync } = await import('node:fs');
  const fronts = [];
  for (const locale of ['en', 'zh-CN']) {
    const dir = `content/tpwallet/${locale}`;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) fronts.push(readFileSync(`${dir}/${f}`, 'utf8').split('---\n')[1]);
  }
  const tricky = [
    'question: Why: because\n', 'question: a #comment\n', 'version: 1.0\n', 'version: 1.0.0\n', 'n: 12\n', 'x: -3\n', 'x: .5\n', 'x: 0x1F\n', 'x: .inf\n',
    'popular: True\n', 'popular: yes\n', 'v: ~\n', 'v: null\n', 'q: can\'t sign in?\n', 'q: "quoted"\n', "q: 'single'\n", 'k: [a, b, c]\n', 'k: []\n', 'k: [a, [b]]\n',
    'k: [true, 1, x y]\n', 'q: 08:00\n', 'q: C# and F#\n', 'q: a: b\n', 'q: - item\n', 'q: ? what\n', 'q: *alias\n', 'q: &anchor x\n', 'q: !tag x\n', 'q: |\n', 'q: >\n',
    'q: 2026-12-25\n', 'q: @x\n', 'q: `x`\n', 'q: 100%\n', 'q: {a: 1}\n', 'a: 1\na: 2\n', '  q: indented\n', 'q: trailing:\n', 'q:\tx\n', 'q: 你好：世界\n', 'q: x # y\n',
    'k:\n  - a\n  - b c\n', 'k:\n  - "a: b"\n  - x\nq: y\n', 'k:\n  - "a \\" b"\n', 'k:\n', 'k:\nq: y\n', 'k:\n  - 1\n  - true\n  - null\n', 'k:\n  - a, b\n', 'k:\n    - deeper\n', 'k:\n  - a\n   - b\n', 'k:\n  - [a]\n', 'k:\n  - a\nk: 2\n',
  ];
  let fast = 0;
  for (const text of [...fronts, ...tricky]) {
    const quick = simpleMap(text);
    if (quick === undefined) continue;
    fast++;
    assert.deepEqual(quick, parse(text, { schema: 'core' }), JSON.stringify(text));
  }
  assert.ok(fast >= fronts.length / 2, `only ${fast} read the fast way`);
});

// `npm run bench:cli`: the CLI on a synthetic product of 1,000 answers in 2 locales.
// Prints the time of `support-widget build` (target: under 5 s) and of a `preview` rebuild
// after one file changes (target: under 500 ms), measured from the outside as a user sees it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTs } from './lib/load-ts.mjs';

const CLI = 'dist/cli/support-widget.js';
const ANSWERS = Number(process.env.ANSWERS ?? 1000);
const LOCALES = ['en', 'de'];
const CATEGORIES = Array.from({ length: 10 }, (_, i) => `topic-${i}`);
const WORDS = 'account password sync note folder share export import backup device browser offline invite team billing plan invoice'.split(' ');
const word = (i) => WORDS[i % WORDS.length];

const root = mkdtempSync(join(tmpdir(), 'sw-bench-cli-'));
const dir = join(root, 'bench-product');
const { loadCatalog } = await loadTs('src/i18n/catalog.ts');
// Until built-in catalogs exist, each pack brings its own interface strings and fallback.
const tp = JSON.parse(readFileSync('content/tpwallet/en.json', 'utf8'));
const withoutCategories = (items) => items.map(({ faqCategory: _c, ...item }) => item);
const fallback = { ...tp.fallback, reasons: withoutCategories(tp.fallback.reasons), actions: withoutCategories(tp.fallback.actions) };
const overrides = (await loadCatalog('en')) ? '' : `ui: ${JSON.stringify(tp.ui)}\nfallback: ${JSON.stringify(fallback)}\n`;

function answer(i, locale) {
  const w = (k) => word(i * 7 + k);
  return `---
question: How do I ${w(0)} my ${w(1)} ${i} (${locale})?
category: ${CATEGORIES[i % CATEGORIES.length]}
keywords: [${w(2)}, ${w(3)} ${w(4)}, item ${i}]
${i > 0 ? `related: [answer-${i - 1}]\n` : ''}${i % 50 === 0 ? 'popular: true\n' : ''}---

Open **${w(5)}**, then choose *${w(6)}*. The [guide](https://example.com/guide/${i}) shows each step;
write to [support](mailto:help@example.com) if it does not work.

- Check your ${w(7)} first.
- Then try the ${w(8)} again, with **${w(9)}** on.
- Still stuck? Note the exact error message.

1. Save your ${w(10)}.
2. Sign out and in again.

> [!WARNING]
> **Never** share your password; support never asks for it.
`;
}

for (const locale of LOCALES) {
  mkdirSync(join(dir, locale), { recursive: true });
  writeFileSync(
    join(dir, locale, '_pack.yaml'),
    `meta:\n  product: Bench product\n  version: 1.0.0\ncategories:\n${CATEGORIES.map((c) => `  - id: ${c}\n    label: Topic ${c}\n`).join('')}synonyms:\n  - [sync, synchronise]\ncontact:\n  channels:\n    - id: email\n      type: email\n      label: Email\n      value: help@example.com\n      placeholder: true\n${overrides}`,
  );
  for (let i = 0; i < ANSWERS; i++) writeFileSync(join(dir, locale, `answer-${i}.md`), answer(i, locale));
}

// Build: median of three runs of the command, process start included.
const builds = [];
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'build', dir, '--out', join(root, 'out'), '--demo'], { encoding: 'utf8' });
  builds.push(performance.now() - started);
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Preview: time from saving one file to the page's "rebuilt" event.
const preview = spawn(process.execPath, [CLI, 'preview', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  preview.stdout.on('data', (d) => {
    out += d;
    const m = /(http:\/\/localhost:\d+\/)/.exec(out);
    if (m) resolve(m[1]);
  });
  preview.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
});
const events = [];
let notify;
request(`${url}events`, (res) => {
  res.on('data', (chunk) => {
    for (const m of String(chunk).matchAll(/event: (\w+)/g)) {
      events.push(m[1]);
      notify?.(m[1]);
    }
  });
}).end();
await new Promise((r) => setTimeout(r, 300)); // the event stream is connected
const rebuilds = [];
for (let run = 0; run < 5; run++) {
  const file = join(dir, 'en', `answer-${run * 100}.md`);
  const next = new Promise((r) => (notify = r));
  const started = performance.now();
  writeFileSync(file, readFileSync(file, 'utf8').replace('Open **', `Open (edit ${run}) **`));
  const event = await next;
  rebuilds.push(performance.now() - started);
  if (event !== 'rebuilt') throw new Error(`preview rebuild failed: ${event}`);
}
preview.kill('SIGTERM');
rmSync(root, { recursive: true, force: true });

const ms = (x) => `${Math.round(x)} ms`;
console.log(`support-widget CLI, ${ANSWERS} answers × ${LOCALES.length} locales
  build (whole command, median of 3): ${ms(median(builds))}  [${builds.map(ms).join(', ')}]  target < 5000 ms
  preview rebuild after one change (median of 5): ${ms(median(rebuilds))}  [${rebuilds.map(ms).join(', ')}]  target < 500 ms`);

// init → check → build → serve the output → Chromium shows the new content and search finds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, scratch, standInForCatalog } from './helpers/cli.mjs';
import { serveFolder } from './helpers/serve-folder.mjs';
import { launchChromium, widgetText } from './helpers/browser.mjs';

// The core reads the drop-in's packs/ only once it has the bundled-content contract; before
// that the page points content-src at the build's content/en.json.
const coreReadsPacks = readFileSync('dist/support-widget.js', 'utf8').includes('manifest.js');

test('a new product goes from init to a page where search finds its answer', { timeout: 120_000 }, async (t) => {
  const dir = join(scratch('e2e'), 'acme-notes');
  const out = join(scratch('e2e-out'), 'support');
  assert.equal(cli('init', dir).code, 0);
  standInForCatalog(dir);
  writeFileSync(
    join(dir, 'en', 'sync-notes.md'),
    '---\nquestion: Why are my notes not syncing?\ncategory: account\nkeywords: [sync, offline]\n---\n\nCheck that **automatic sync** is on, then pull down to refresh.\n',
  );

  const check = cli('check', dir);
  assert.equal(check.code, 0, check.out);
  assert.match(check.out, /placeholder/);

  const build = cli('build', dir, '--out', out, '--demo');
  assert.equal(build.code, 0, build.out);

  const page = coreReadsPacks ? undefined : '<!doctype html><html lang="en"><support-widget locale="en" content-src="content/en.json"></support-widget><script type="module" src="support-widget.js"></script></html>';
  const server = await serveFolder(out, page ? { '/test.html': page } : {});
  const browser = await launchChromium();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${server.url}/${page ? 'test.html' : 'index.html'}`);
  const loaded = await tab.evaluate(
    () =>
      new Promise((resolve) => {
        const el = document.querySelector('support-widget') ?? document.body;
        el.addEventListener('sw-content-load', (e) => resolve(e.detail), { once: true });
        customElements.whenDefined('support-widget').then(() => document.querySelector('support-widget').setAttribute('loading', 'eager'));
      }),
  );
  assert.equal(loaded.pack, 'acme-notes');

  await tab.evaluate(() => document.querySelector('support-widget').open('faq'));
  await tab.waitForSelector('pierce/[part="category"]');
  assert.match(await widgetText(tab), /How do I contact support\?/);

  await tab.evaluate(() => document.querySelector('support-widget').search('notes sync'));
  await tab.waitForSelector('pierce/[part="result"]');
  const results = await tab.$$eval('pierce/[part="result"]', (els) => els.map((e) => e.textContent.trim()));
  assert.match(results[0], /Why are my notes not syncing\?/);
  const text = await widgetText(tab);
  assert.match(text, /Why are my notes not syncing\?/);
  assert.doesNotMatch(text, /TP Wallet|TokenPocket|钱包/);
  assert.deepEqual(errors, []);
});

// init → check → build → serve the output → Chromium shows the new content and search finds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { CLI, cli, scratch } from './helpers/cli.mjs';
import { serveFolder } from './helpers/serve-folder.mjs';
import { launchChromium, openWhenLoaded, widgetText } from './helpers/browser.mjs';

test('a new product goes from init to a page where search finds its answer', { timeout: 120_000 }, async (t) => {
  const dir = join(scratch('e2e'), 'acme-notes');
  const out = join(scratch('e2e-out'), 'support');
  assert.equal(cli('init', dir).code, 0);
  writeFileSync(
    join(dir, 'en', 'sync-notes.md'),
    '---\nquestion: Why are my notes not syncing?\ncategory: account\nkeywords: [sync, offline]\n---\n\nCheck that **automatic sync** is on, then pull down to refresh.\n',
  );

  const check = cli('check', dir);
  assert.equal(check.code, 0, check.out);
  assert.match(check.out, /placeholder/);

  const build = cli('build', dir, '--out', out, '--demo');
  assert.equal(build.code, 0, build.out);

  const server = await serveFolder(out);
  const browser = await launchChromium();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const tab = await browser.newPage();
  const errors = [];
  const requested = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
  // The build's own sample page: one script tag, no content-src.
  await tab.goto(`${server.url}/example.html`);
  await openWhenLoaded(tab);
  assert.equal(await tab.evaluate(() => document.querySelector('support-widget').pack.meta.id), 'acme-notes');
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
  // With one script tag and no content-src, the content is the build's packs/.
  assert.ok(requested.includes('/packs/manifest.js') && requested.includes('/packs/en.js'), requested.join(' '));
});

test('preview shows the sources in Chromium and reloads with an edit', { timeout: 120_000 }, async (t) => {
  const dir = join(scratch('e2e-preview'), 'acme-notes');
  assert.equal(cli('init', dir).code, 0);
  const preview = spawn(process.execPath, [CLI, 'preview', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const browser = await launchChromium();
  t.after(async () => {
    await browser.close();
    preview.kill('SIGTERM');
  });
  let printed = '';
  const url = await new Promise((resolve, reject) => {
    preview.stdout.on('data', (d) => {
      printed += d;
      const m = /(http:\/\/localhost:\d+\/)/.exec(printed);
      if (m) resolve(m[1]);
    });
    preview.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${printed}`)));
  });
  const tab = await browser.newPage();
  await tab.goto(url);
  await openWhenLoaded(tab);
  await tab.waitForSelector('pierce/[part="category"]');
  assert.match(await widgetText(tab), /How do I contact support\?/);

  const reloaded = tab.waitForNavigation();
  writeFileSync(join(dir, 'en', 'contact-support.md'), readFileSync(join(dir, 'en', 'contact-support.md'), 'utf8').replace('How do I contact support?', 'How do I reach the team?'));
  await reloaded;
  await openWhenLoaded(tab);
  await tab.waitForSelector('pierce/[part="category"]');
  assert.match(await widgetText(tab), /How do I reach the team\?/);
});

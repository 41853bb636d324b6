// The framework examples (demo/frameworks/: a bundled app, React 18, React 19, Vue 3), each
// built with esbuild as an app would build it and opened in Chromium as a Chinese visitor (so
// that the bundled demo pack, were it shown, would be the Chinese tpwallet one). For each: one
// widget on the page, the site's own question when the panel opens, search finds it, the app
// receives `sw-search`, and no tpwallet content appears — also once the page has gone idle,
// when the bundled content would load with `loading="idle"`.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/lib/find-chromium.mjs';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { EXAMPLES, buildExample } from '../../demo/frameworks/build.mjs';

const QUESTION = 'How do I export my notes?'; // from demo/frameworks/shared/acme-notes.en.json
const QUERY = 'export';
const TPWALLET = /TokenPocket|TP Wallet|tpwallet|钱包/i;
const WAIT = { timeout: 20000 };

// Installed in every page before its scripts run: text and elements through shadow roots.
function pageHelpers() {
  const roots = (node) => [node, ...[...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? roots(el.shadowRoot) : []))];
  window.deep = {
    /** The app's widget: the first in document order (one the npm entry inserted comes last). */
    widget: () => document.querySelector('support-widget'),
    all: (root, selector) => roots(root.shadowRoot ?? root).flatMap((r) => [...r.querySelectorAll(selector)]),
    visibleWithText: (root, selector, text) => window.deep.all(root, selector).find((el) => el.textContent.includes(text) && el.checkVisibility()),
    text: (root) => roots(root).map((r) => r.textContent).join('\n'),
    /** What a failed wait reports: the widgets on the page and the pack each shows. */
    state: () => [...document.querySelectorAll('support-widget')].map((el) => `<support-widget> showing ${el.pack ? `${el.pack.meta.id}/${el.pack.meta.locale}` : 'no pack'}${el.opened ? ', open' : ''}`).join('; ') || 'no <support-widget>',
  };
}

/** Wait until `fn(arg)` is truthy in the page; on timeout, fail saying what was awaited and what the page shows. */
async function waitFor(page, what, fn, arg) {
  try {
    await page.waitForFunction(fn, WAIT, arg);
  } catch (error) {
    const state = await page.evaluate(() => window.deep.state()).catch(() => 'page gone');
    throw new Error(`${what} — not within ${WAIT.timeout} ms; the page has: ${state}`, { cause: error });
  }
}

let browser;
let server;
let origin;

before(async () => {
  assert.ok(existsSync('dist/npm/index.js'), 'dist/npm/index.js is missing: run `npm run build` first');
  server = await startServer(0);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: findChromium(),
    // The flags of web-test-runner.config.mjs: a Chinese visitor.
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--accept-lang=zh-CN,zh'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

for (const name of Object.keys(EXAMPLES)) {
  describe(`demo/frameworks/${name}`, () => {
    let page;
    const errors = [];

    before(async () => {
      await buildExample(name);
      page = await browser.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.evaluateOnNewDocument(pageHelpers);
      await page.goto(`${origin}/build/frameworks/${name}/`);
      // Content loads on interaction (the default `loading`) or, from setContent, at once: the launcher is what every page shows.
      await waitFor(page, 'the app renders a <support-widget> with its launcher', () => window.deep.widget()?.shadowRoot?.querySelector('[part="launcher"]'));
    });

    after(() => page?.close());

    it('opens the panel on the site’s own questions', async () => {
      const launcher = (await page.evaluateHandle(() => window.deep.widget().shadowRoot.querySelector('[part="launcher"]'))).asElement();
      assert.ok(launcher, 'the widget has no launcher');
      await launcher.click();
      await waitFor(page, `the open panel shows "${QUESTION}"`, (q) => window.deep.widget().opened && window.deep.visibleWithText(window.deep.widget(), 'button, a, li', q), QUESTION);
    });

    it('search finds the site’s answer and the app shows the sw-search it received', async () => {
      const input = (await page.evaluateHandle(() => window.deep.all(window.deep.widget(), 'input[type="search"]')[0])).asElement();
      assert.ok(input, 'the panel has no search box');
      await input.click();
      await page.keyboard.type(QUERY);
      await waitFor(page, `searching "${QUERY}" lists "${QUESTION}"`, (q) => window.deep.visibleWithText(window.deep.widget(), '[role="option"]', q), QUESTION);
      await waitFor(page, `the app shows the sw-search query "${QUERY}"`, (q) => document.querySelector('#last-search')?.textContent === q, QUERY);
    });

    it('shows no tpwallet content, also after the page has gone idle', async () => {
      // The bundled pack would load when the page is idle: let that time come and pass.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
      await page.waitForNetworkIdle({ idleTime: 300 });
      await page.evaluate(() => window.deep.widget().updateComplete);
      assert.equal(await page.evaluate(() => window.deep.widget().pack.meta.id), 'acme-notes');
      const text = await page.evaluate(() => window.deep.text(document.documentElement));
      assert.doesNotMatch(text, TPWALLET);
    });

    it('has exactly one <support-widget> (the npm entry inserts none of its own)', async () => {
      assert.equal(await page.evaluate(() => document.querySelectorAll('support-widget').length), 1);
    });

    it('throws no uncaught errors', () => {
      assert.deepEqual(errors, []);
    });
  });
}

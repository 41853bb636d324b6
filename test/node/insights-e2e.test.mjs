// End to end: the widget in Chromium sends its beacon through the site's server (a reverse
// proxy to the collector, as docs/insights.md recommends) when the page is hidden; the
// collector stores one scrubbed line and the report lists what the visitor could not find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/lib/find-chromium.mjs';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { CLI, MNEMONIC, readLines, startCollector } from './helpers/collector.mjs';

const NO_RESULT = 'xylophone quasar nebula';

test('a visit ends in one redacted line and a report of what was missing', { timeout: 120_000 }, async (t) => {
  const proxy = {};
  const site = await startServer(0, { proxy });
  t.after(() => site.close());
  const origin = `http://127.0.0.1:${site.address().port}`;
  const collector = await startCollector(['--origin', origin]);
  t.after(() => collector.stop());
  proxy['/insights'] = collector.url;

  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  t.after(() => browser.close());
  const page = await browser.newPage();
  await page.goto(`${origin}/demo/insights.html`);
  // Nothing loads before an interaction (the default `loading`): the launcher is there.
  await page.waitForFunction(() => document.querySelector('support-widget')?.shadowRoot?.querySelector('[part="launcher"]'));
  // Records the widget's events, and keeps the contact link from leaving the page.
  await page.evaluate(() => {
    window.seen = [];
    for (const type of ['sw-search', 'sw-feedback', 'sw-contact']) document.addEventListener(type, (e) => window.seen.push({ event: type, detail: e.detail }));
    window.addEventListener('click', (e) => e.composedPath()[0].closest?.('a') && e.preventDefault(), true);
  });
  const seen = (type, test = '') => page.waitForFunction((type, test) => window.seen.some((e) => e.event === type && JSON.stringify(e.detail).includes(test)), {}, type, test);

  await page.evaluate(() => document.querySelector('support-widget').open());
  await page.waitForFunction(() => document.querySelector('support-widget').pack);
  const input = await page.waitForSelector('support-widget >>> input[type="search"]', { visible: true });
  // One input event per query, as a paste: key-by-key typing under load settles on prefixes too.
  await input.focus();
  await page.keyboard.sendCharacter(NO_RESULT);
  await seen('sw-search', NO_RESULT);
  await input.click({ count: 3 });
  await page.keyboard.sendCharacter(`紧急 ${MNEMONIC}`);
  await seen('sw-search', 'accident');

  await page.evaluate(() => document.querySelector('support-widget').open({ view: 'faq', id: 'app-crash' }));
  await page.waitForSelector('support-widget >>> [part="feedback"] button', { visible: true });
  const [, no] = await page.$$('support-widget >>> [part="feedback"] button');
  await no.click();
  await seen('sw-feedback', 'app-crash');

  await page.evaluate(() => document.querySelector('support-widget').open('contact'));
  const link = await page.waitForSelector('support-widget >>> [part="channel"] a', { visible: true });
  await link.click();
  await seen('sw-contact');

  // Another tab in front hides this page: the widget beacons its batch.
  const beaconSent = page.waitForResponse((r) => r.url() === `${origin}/insights`);
  const other = await browser.newPage();
  await other.bringToFront();
  assert.equal((await beaconSent).status(), 204);

  const lines = readLines(collector.out);
  assert.equal(lines.length, 1);
  const raw = readFileSync(collector.out, 'utf8');
  assert.ok(raw.includes('紧急 [redacted:mnemonic]'), raw);
  assert.ok(!raw.includes('abandon'), 'the recovery phrase is not stored');
  assert.deepEqual(lines[0].events.map((e) => e.type), ['search', 'search', 'answer-view', 'feedback', 'contact']);

  const report = spawnSync(process.execPath, [CLI, 'insights', 'report', collector.out, '--json', '--pack', 'dist/content/tpwallet/en.json'], { encoding: 'utf8' });
  assert.equal(report.status, 0, report.stderr);
  const [group] = JSON.parse(report.stdout).groups;
  assert.ok(group.noResult.some((q) => q.query === NO_RESULT), JSON.stringify(group.noResult));
  assert.equal(group.unhelpful[0].id, 'app-crash');
});

// `npm run screenshot:languages`: the panel in each script family (docs/languages/*.png), from real
// Chromium, with a small pack in that language that has no interface strings (demo/languages/).
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.mjs';
import { startServer } from './lib/static-server.mjs';

/** One language per script family; the file name says which. */
const SHOTS = [
  ['latin-de', 'de'],
  ['cyrillic-ru', 'ru'],
  ['simplified-chinese-zh-CN', 'zh-CN'],
  ['traditional-chinese-zh-TW', 'zh-TW'],
  ['japanese-ja', 'ja'],
  ['korean-ko', 'ko'],
  ['thai-th', 'th'],
  ['devanagari-hi', 'hi'],
  ['arabic-ar', 'ar'],
  ['arabic-ar-contact', 'ar', 'contact'],
  ['arabic-ar-fallback', 'ar', 'fallback'],
];

const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--accept-lang=en-US,en'] });
mkdirSync('docs/languages', { recursive: true });

for (const [name, lang, view = 'faq'] of SHOTS) {
  const page = await browser.newPage();
  await page.emulateTimezone('Europe/Berlin');
  await page.setViewport({ width: 900, height: 760, deviceScaleFactor: 1 });
  await page.goto(`${base}/demo/languages.html?lang=${lang}`, { waitUntil: 'load' });
  const shown = await page.evaluate(async (view) => {
    const el = await window.SupportWidget.ready(); // loads the widget's code (the script tag loads it on intent)
    // The pack named by content-src, not the bundled one: wait for it before opening.
    const own = () => el.pack?.meta.id.startsWith('example-');
    if (!own())
      await new Promise((resolve, reject) => {
        el.addEventListener('sw-content-load', () => (own() ? resolve() : undefined));
        el.addEventListener('sw-content-error', (e) => reject(new Error(e.detail.message)));
      });
    await el.open(view);
    await document.fonts.ready;
    // The panel fades in: wait until it is fully drawn (a loaded machine is slow to get there).
    await Promise.all(el.shadowRoot.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
    return el.shadowRoot.querySelector('[part=panel]')?.getAttribute('lang');
  }, view);
  if (shown !== lang) throw new Error(`${name}: the panel shows lang="${shown}", expected "${lang}"`);
  await page.screenshot({ path: `docs/languages/${name}.png` });
  await page.close();
  console.log(`docs/languages/${name}.png`);
}
await browser.close();
server.close();

// `npm run screenshot`: pictures of the demo for the README (docs/*.png), from real Chromium.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.mjs';
import { startServer } from './lib/static-server.mjs';

const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--accept-lang=zh-CN,zh'] }); // a Chinese visitor
mkdirSync('docs', { recursive: true });

async function shot(name, path, { width = 1100, height = 820, view, query, theme, locale } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.goto(base + path, { waitUntil: 'load' });
  await page.evaluate(
    async ({ view, query, theme, locale }) => {
      const el = await window.SupportWidget.ready(); // loads the widget's code (the script tag loads it on intent)
      if (theme) el.setAttribute('theme', theme);
      if (locale) el.setAttribute('locale', locale);
      await new Promise((r) => setTimeout(r, 300));
      if (query) await el.search(query);
      else await el.open(view ?? 'faq');
      await new Promise((r) => setTimeout(r, 400));
    },
    { view, query, theme, locale },
  );
  await page.screenshot({ path: `docs/${name}.png` });
  await page.close();
  console.log(`docs/${name}.png`);
}

await shot('panel', '/demo/', { query: '转账失败' });
await shot('contact', '/demo/', { view: 'contact' });
await shot('fallback-en-dark', '/demo/themes.html', { view: 'fallback', theme: 'dark', locale: 'en' });
await shot('phone', '/demo/', { width: 360, height: 740, view: 'faq' });
await browser.close();
server.close();

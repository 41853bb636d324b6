// Chromium for the CLI's end-to-end tests, with the flags of web-test-runner.config.mjs.
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../../scripts/lib/find-chromium.mjs';

export function launchChromium({ lang = 'en-US,en' } = {}) {
  return puppeteer.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', `--accept-lang=${lang}`],
  });
}

/** The text a visitor can read in the widget: every shadow root's text, flattened. */
export function widgetText(page) {
  return page.evaluate(() => {
    const text = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      const own = node.shadowRoot ? text(node.shadowRoot) : '';
      return own + [...node.childNodes].map(text).join(' ');
    };
    return text(document.querySelector('support-widget')).replace(/\s+/g, ' ');
  });
}

/**
 * Wait until the page's widget shows its content (`sw-content-load`, or already shown), then
 * open the FAQ; resolves with the load event's detail (undefined when it had loaded before).
 */
export function openWhenLoaded(page) {
  return page.evaluate(async () => {
    const el = await window.SupportWidget.ready(); // loads the widget's code (the script tag loads it on intent)
    const detail = el.pack ? undefined : await new Promise((resolve) => {
      el.addEventListener('sw-content-load', (e) => resolve(e.detail), { once: true });
      el.setAttribute('loading', 'eager');
    });
    await el.open('faq');
    return detail;
  });
}

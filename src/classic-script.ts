/**
 * `dist/support-widget.iife.js`, for pages that use classic scripts only:
 * `<script src="…/support-widget.iife.js"></script>`. It loads the ES module build that sits
 * beside it (`support-widget.js` and `chunks/`), so both script tags run the same code, share
 * one registration, and fetch optional parts only when used. Under a strict CSP this needs
 * nothing beyond `script-src 'self'` (or the CDN's origin).
 */
(() => {
  const FILE = 'support-widget.iife.js';
  const script = (document.currentScript as HTMLScriptElement | null) ?? [...document.scripts].find((s) => s.src.includes(FILE));
  const base = script?.src || location.href;
  const url = new URL('support-widget.js', base).href;
  import(/* @vite-ignore */ url).catch((e: Error) => {
    console.error(`<support-widget>: ${FILE} could not load ${url} (${e.message}). Serve support-widget.js and the chunks/ folder next to ${FILE}.`);
  });
})();

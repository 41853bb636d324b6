// Size budgets. `npm run build` prints every figure and fails when one is exceeded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure, kb } from './sizes.mjs';
import { root } from './load-ts.mjs';
import { DEFAULT_PACK } from './default-pack.mjs';

export const BUDGETS = {
  // dist/support-widget.js, what every page view loads: the launcher drawn without the widget's
  // code, and the page hooks.
  core: 22 * 1024,
  // dist/chunks/widget-*.js: the element, panel shell and controllers (no content, no view),
  // loaded on the visitor's intent (pointer over, focus, a press, an open).
  widget: 22 * 1024,
  // First open: the core, the widget, dist/packs/manifest.js and the visitor's dist/packs/<locale>.js
  // (loaded on intent, or at idle with loading="idle"). The zh-CN pack (33 answers; a CJK character
  // is 3 UTF-8 bytes) is about 11 KB gzip alone: the answers, without the keywords and phrasings
  // that only search reads (they ship in the search index). The build also prints, without a
  // budget, what a first open loads besides: the FAQ view's chunk and the locale's interface catalog.
  withContent: 34 * 1024,
  // Each built-in interface catalog (strings of one locale), loaded with the visitor's content.
  catalog: 2 * 1024,
  // Each bundled locale's pack (content, not code), loaded only by visitors of that locale.
  localePack: 14 * 1024,
  // Each bundled locale's search index (<locale>.index.js: typo vocabulary, character folds, the
  // answers' keywords and `asked` phrasings, most of it): loaded when search is prepared, in idle
  // time after the panel opens, never at page load or before the first answer shows. The phrasings
  // are what search quality on new wording rides on (docs/search.md): about 2,500 per locale,
  // everyday words (a beginner's, or a relative's typing for a parent) among them.
  searchIndex: 40 * 1024,
  // dist/support-widget.iife.js loads the ES module build: within 10 % of the core.
  iifeOverCore: 1.1,
  // Each lazily loaded chunk (views, typo correction, wordlists, validator, …).
  lazyChunk: 8 * 1024,
  // The query rules (chunks/intent-*.js: Chinese and English cue words of the situations a query
  // describes, filler words, Cantonese → Mandarin), loaded when search is prepared, after the
  // panel opens, beside the search index.
  queryRules: 21 * 1024,
};

const chunksDir = join(root, 'dist', 'chunks');
const packsDir = join(root, 'dist', 'packs');
const jsFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.js'));

/** Every budgeted figure of the last build: `{ rows: [name, {gzip, brotli}, budget][], firstOpenWithCatalog, everything }`. */
export function budgetFigures() {
  const core = measure(join(root, 'dist', 'support-widget.js'));
  const manifest = measure(join(packsDir, 'manifest.js'));
  const packFiles = jsFiles(packsDir).filter((f) => f !== 'manifest.js');
  const defaultFile = `${DEFAULT_PACK.locale}.js`;
  if (!packFiles.includes(defaultFile)) throw new Error(`dist/packs/${defaultFile} (the default locale's pack) is missing`);
  const pack = measure(join(packsDir, defaultFile));
  const chunks = jsFiles(chunksDir);
  const catalogChunk = chunks.find((f) => f.startsWith(`ui-${DEFAULT_PACK.locale}-`));
  if (!catalogChunk) throw new Error(`dist/chunks/ui-${DEFAULT_PACK.locale}-*.js (the default locale's interface catalog) is missing`);
  const catalog = measure(join(chunksDir, catalogChunk));
  const widgetChunk = chunks.find((f) => /^widget-[\w-]{8}\.js$/.test(f));
  if (!widgetChunk) throw new Error('dist/chunks/widget-*.js (the widget, src/auto-register.ts) is missing');
  const widget = measure(join(chunksDir, widgetChunk));
  const faqChunk = chunks.find((f) => /^faq-[\w-]{8}\.js$/.test(f));
  if (!faqChunk) throw new Error('dist/chunks/faq-*.js (the FAQ view, src/components/faq.ts) is missing');
  // The FAQ view's chunk with the chunks it imports (code it shares with other lazy views).
  const faqFiles = [faqChunk, ...[...readFileSync(join(chunksDir, faqChunk), 'utf8').matchAll(/from"\.\/([\w-]+\.js)"/g)].map((m) => m[1]).filter((f) => f !== widgetChunk)];
  const faq = faqFiles.map((f) => measure(join(chunksDir, f))).reduce((a, b) => ({ gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
  const iife = measure(join(root, 'dist', 'support-widget.iife.js'));
  const sum = (key) => core[key] + widget[key] + manifest[key] + pack[key];
  const withContent = { gzip: sum('gzip'), brotli: sum('brotli') };
  const withFaq = { gzip: withContent.gzip + faq.gzip, brotli: withContent.brotli + faq.brotli };
  const rows = [
    ['core (support-widget.js)', core, BUDGETS.core],
    ['widget (chunks/widget-*.js)', widget, BUDGETS.widget],
    ['first open (core + widget + pack)', withContent, BUDGETS.withContent],
    ['IIFE (loads the ESM build)', iife, Math.round(core.gzip * BUDGETS.iifeOverCore)],
  ];
  const chunkName = (f) => f.replace(/-[\w-]{8}\.js$/, '');
  const content = packFiles.map((f) => [`content packs/${f}`, measure(join(packsDir, f)), f.endsWith('.index.js') ? BUDGETS.searchIndex : BUDGETS.localePack]);
  const catalogs = chunks.filter((f) => f.startsWith('ui-')).map((f) => [`catalog ${chunkName(f)}`, measure(join(chunksDir, f)), BUDGETS.catalog]);
  const lazy = chunks.filter((f) => !f.startsWith('ui-') && f !== widgetChunk).map((f) => [`lazy ${chunkName(f)}`, measure(join(chunksDir, f)), chunkName(f) === 'intent' ? BUDGETS.queryRules : BUDGETS.lazyChunk]);
  const firstOpenWithCatalog = { gzip: withFaq.gzip + catalog.gzip, brotli: withFaq.brotli + catalog.brotli };
  // One visitor loads one locale's pack and catalog (counted above) and, at most, every code chunk.
  const everything = { ...firstOpenWithCatalog };
  for (const [, m] of lazy.filter(([name]) => !name.startsWith('lazy fallback-') || name === `lazy fallback-${DEFAULT_PACK.locale}`)) {
    everything.gzip += m.gzip;
    everything.brotli += m.brotli;
  }
  return { rows: [...rows, ...content, ...catalogs, ...lazy], withFaq, firstOpenWithCatalog, everything };
}

/** Check the budgets; prints each figure and returns the list of failures. */
export function checkBudgets() {
  const { rows, withFaq, firstOpenWithCatalog, everything } = budgetFigures();
  const failures = [];
  console.log('\n  budget                              gzip      brotli    budget (gzip)');
  for (const [name, m, budget] of rows) {
    const ok = m.gzip <= budget;
    if (!ok) failures.push(`${name}: ${kb(m.gzip)} gzip > ${kb(budget)}`);
    console.log(`  ${ok ? '✓' : '✗'} ${name.padEnd(34)}${kb(m.gzip).padStart(9)} ${kb(m.brotli).padStart(9)}   ${kb(budget)}`);
  }
  console.log(`    ${'first open + FAQ view chunk'.padEnd(34)}${kb(withFaq.gzip).padStart(9)} ${kb(withFaq.brotli).padStart(9)}`);
  console.log(`    ${'first open + FAQ view + catalog'.padEnd(34)}${kb(firstOpenWithCatalog.gzip).padStart(9)} ${kb(firstOpenWithCatalog.brotli).padStart(9)}`);
  console.log(`    ${'everything one visitor can load'.padEnd(34)}${kb(everything.gzip).padStart(9)} ${kb(everything.brotli).padStart(9)}`);
  return failures;
}

/** The budget table of docs/performance.md (between its SIZES markers), from the last build. */
export function budgetMarkdown() {
  const { rows, withFaq, firstOpenWithCatalog, everything } = budgetFigures();
  // The per-locale catalogs and fallbacks are many rows of one kind: the default locale's stands for them.
  const shown = rows.filter(([name]) => !/^(catalog ui|lazy fallback)-/.test(name) || name.endsWith(`-${DEFAULT_PACK.locale}`));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(['file', 'gzip', 'brotli', 'budget (gzip)']),
    line(['---', '---:', '---:', '---:']),
    ...shown.map(([name, m, budget]) => line([name, kb(m.gzip), kb(m.brotli), kb(budget)])),
    line(['first open + FAQ view chunk', kb(withFaq.gzip), kb(withFaq.brotli), '']),
    line(['first open + FAQ view + catalog', kb(firstOpenWithCatalog.gzip), kb(firstOpenWithCatalog.brotli), '']),
    line(['everything one visitor can load', kb(everything.gzip), kb(everything.brotli), '']),
  ].join('\n');
}

// `npm run build`: validate content, refuse unsafe code patterns, compile packs with their
// search index, bundle with rollup, emit types and custom-elements.json, print sizes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from './check-content.mjs';
import { checkSourcePatterns } from './lib/forbidden-patterns.mjs';
import { loadTs, root } from './lib/load-ts.mjs';
import { printSizes } from './lib/sizes.mjs';
import { checkBudgets } from './lib/budgets.mjs';
import { DEFAULT_PACK } from './lib/default-pack.mjs';
import { productPacks } from './lib/product-packs.mjs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error(`build failed: ${cmd} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

const step = (name) => console.log(`\n▸ ${name}`);

step('content');
if (!(await checkContent({ quiet: true }))) process.exit(1);

step('source checks (no innerHTML/unsafeHTML/eval/new Function/inline handlers in src/)');
const violations = checkSourcePatterns(join(root, 'src'));
if (violations.length) {
  for (const v of violations) console.error(`  ${v}`);
  process.exit(1);
}

/** Drop the pack's interface strings that say what the built-in catalog of its locale says: the widget fills them in. */
const { loadCatalog } = await loadTs('src/i18n/catalog.ts');
async function withoutBuiltInStrings(pack) {
  if (!pack.ui) return;
  const { ui } = await loadCatalog(pack.meta.locale, { fallback: false });
  for (const [key, value] of Object.entries(pack.ui)) if (ui[key] === value) delete pack.ui[key];
}

step('packs + search index');
rmSync(join(root, 'dist'), { recursive: true, force: true });
rmSync(join(root, 'build'), { recursive: true, force: true }); // left by older builds
// The same compile step as `support-widget build`: valid pack → shipped pack + search index.
const { compilePack } = await loadTs('src/cli/lib/compile.ts');
const bundled = {};
for (const packId of readdirSync(join(root, 'content'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  // Markdown sources (content/<product>/<locale>/) are compiled by the CLI's code; JSON packs read as they are.
  for (const { name: file, pack: source } of (await productPacks(packId)).packs) {
    const compiled = compilePack(source);
    const { pack } = compiled;
    await withoutBuiltInStrings(pack);
    mkdirSync(join(root, 'dist', 'content', packId), { recursive: true });
    writeFileSync(join(root, 'dist', 'content', packId, file), JSON.stringify(compiled));
    if (packId === DEFAULT_PACK.id) bundled[pack.meta.locale] = compiled;
  }
}
if (!bundled[DEFAULT_PACK.locale]) {
  console.error(`build failed: the bundled default pack content/${DEFAULT_PACK.id}/${DEFAULT_PACK.locale}/ (scripts/lib/default-pack.mjs) is missing.`);
  process.exit(1);
}
// The script tag's default content, in the same files `support-widget build` writes for a site.
const { writePackModules } = await loadTs('src/cli/lib/bundle-packs.ts');
writePackModules(join(root, 'dist'), Object.values(bundled), DEFAULT_PACK.locale);
console.log(`  ${Object.keys(bundled).length} locale(s) of "${DEFAULT_PACK.id}" in dist/packs/ (the script tag's default content); default: ${DEFAULT_PACK.locale}`);

step('rollup');
run('npx', ['rollup', '-c', '--silent']);

step('DOM-free modules (tsconfig.domain.json: no DOM library)');
run('npx', ['tsc', '-p', 'tsconfig.domain.json']);

step('types');
run('npx', ['tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly', '--declaration', '--declarationDir', 'dist/types', '--outDir', 'dist/types']);

step('custom-elements.json');
run('npx', ['cem', 'analyze', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.styles.ts', '--exclude', 'src/cli/**', '--litelement', '--quiet']);

step('sizes');
printSizes();
const over = checkBudgets();
if (over.length) {
  console.error(`\nbuild failed: size budget exceeded (scripts/lib/budgets.mjs):\n  ${over.join('\n  ')}`);
  process.exit(1);
}

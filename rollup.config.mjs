import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import htmlLiterals from 'rollup-plugin-html-literals';
import { posix } from 'node:path';

// Four outputs from one source tree:
//  - dist/support-widget.js       script-tag ES module: the launcher and page hooks only; the widget itself
//                                 (dist/chunks/widget-*.js) and its lazy parts in dist/chunks/, default
//                                 content loaded from dist/packs/ (written by scripts/build.mjs)
//  - dist/support-widget.iife.js  classic script that loads the ES module build beside it
//  - dist/npm/{index,element}.js  npm entry points: lit, fuse.js and @scure/bip39 stay dependencies
//  - dist/search.js               DOM-free search for Node and workers
//  - dist/cli/support-widget.js   the `support-widget` command (Node); its npm dependencies stay external
// No comment survives minification but the compile hint (see `banner` below).
const terserOptions = { ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: /^# allFunctionsCalledOnLoad$/ } };
const ts = () => typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, declarationMap: false, outDir: undefined, declarationDir: undefined });
const deps = [/^lit(\/|$)/, /^@lit\//, /^fuse\.js/, /^@scure\//, /^@noble\//];

// Whitespace in html`` and css`` templates is paid on every page; minify it before TypeScript runs.
// A css`` template with no rule in it is a list of declarations shared by several rules (the dark
// theme's tokens): not a stylesheet, so clean-css cannot parse it and the minifier would print it
// whole as a warning. Those few lines stay as written; stylesheets are minified, and an error in one
// still fails the build.
const isStylesheet = (template) => /css/i.test(template.tag ?? '') && template.parts.some((p) => p.text.includes('{'));
const minifyTemplates = () => htmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { shouldMinifyCSS: isStylesheet } });
const browserPlugins = () => [resolve({ browser: true, exportConditions: ['production'] }), minifyTemplates(), ts(), terser(terserOptions)];

// src/content/bundled.ts imports `./packs/<file>`: the generated default content in dist/packs/,
// beside the core script, written by the build (or `support-widget build`), never bundled. The
// import stays, resolved against the core's URL from whichever chunk the code lands in.
const packsBesideCore = () => ({
  name: 'packs-beside-core',
  renderDynamicImport({ moduleId, targetModuleId, chunk }) {
    if (targetModuleId || !moduleId.replaceAll('\\', '/').endsWith('/src/content/bundled.ts')) return null;
    const toCore = posix.relative(posix.dirname(chunk.fileName), 'support-widget.js');
    return { left: 'import(new URL(', right: `,new URL(${JSON.stringify(toCore.startsWith('.') ? toCore : `./${toCore}`)},import.meta.url)))` };
  },
});

export default [
  {
    input: 'src/script-tag.ts',
    // Code the launcher shares with the widget (its styles, strings, locale matching) stays in
    // support-widget.js itself (the chunks import it from there) instead of a facade entry
    // re-exporting a chunk: one request less on every page.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'support-widget.js',
      // V8's explicit compile hint. The entry is the code a page runs as it loads, and each chunk
      // is loaded when its code is about to run: their functions are compiled with the script
      // (off the main thread while it streams in) instead of each being parsed again on its
      // first call (docs/performance-findings.md, "Compile hints"). Other engines read a comment.
      // The catalogs (ui-*, fallback-*, below) are strings only: nothing to compile, no hint.
      banner: (chunk) => (/^(ui|fallback)-/.test(chunk.name) ? '' : '//# allFunctionsCalledOnLoad'),
      // The widget itself, loaded on the visitor's intent (src/script-tag.ts), is named for what it is.
      chunkFileNames: (chunk) => (chunk.name === 'auto-register' ? 'chunks/widget-[hash].js' : 'chunks/[name]-[hash].js'),
      // Built-in interface catalogs are lazily loaded chunks named after their locale: ui-<locale> and fallback-<locale>.
      manualChunks: (id) => {
        const catalog = id.match(/\/src\/i18n\/(catalogs|fallbacks)\/([\w-]+)\.ts$/);
        return catalog ? `${catalog[1] === 'catalogs' ? 'ui' : 'fallback'}-${catalog[2]}` : undefined;
      },
      sourcemap: true,
    },
    plugins: [...browserPlugins(), packsBesideCore()],
  },
  {
    // A classic script that loads the ES module build beside it (see src/classic-script.ts).
    input: 'src/classic-script.ts',
    output: { file: 'dist/support-widget.iife.js', format: 'iife', sourcemap: true },
    plugins: [ts(), terser({ ...terserOptions, module: false })],
  },
  {
    input: { index: 'src/index.ts', element: 'src/element.ts' },
    external: deps,
    // lit, fuse.js and @scure/bip39 have no import-time side effects: without this, every chunk
    // gets bare `import 'fuse.js/basic'` lines (eager fuse.js, and an app's esbuild warns).
    treeshake: { moduleSideEffects: (id, external) => !external },
    output: { dir: 'dist/npm', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [resolve({ browser: true }), ts()],
  },
  {
    input: 'src/search/index.ts',
    external: deps,
    output: { file: 'dist/search.js', format: 'es', sourcemap: true },
    plugins: [resolve(), ts()],
  },
  {
    input: 'src/cli/bin.ts',
    // Node built-ins and npm packages (yaml, markdown parsers) stay imports; src/ modules are bundled.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    output: { dir: 'dist/cli', format: 'es', entryFileNames: 'support-widget.js', chunkFileNames: '[name]-[hash].js', banner: '#!/usr/bin/env node' },
    plugins: [typescript({ tsconfig: './src/cli/tsconfig.json', noEmitOnError: true })],
  },
];

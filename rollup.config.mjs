import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import htmlLiterals from 'rollup-plugin-html-literals';

// Four outputs from one source tree:
//  - dist/support-widget.js       script-tag ES module: everything bundled, lazy chunks in dist/chunks/
//  - dist/support-widget.iife.js  classic script that loads the ES module build beside it
//  - dist/npm/{index,element}.js  npm entry points: lit, fuse.js and @scure/bip39 stay dependencies
//  - dist/search.js               DOM-free search for Node and workers
//  - dist/cli/support-widget.js   the `support-widget` command (Node); its npm dependencies stay external
const terserOptions = { ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } };
const ts = () => typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, declarationMap: false, outDir: undefined, declarationDir: undefined });
const deps = [/^lit(\/|$)/, /^@lit\//, /^fuse\.js/, /^@scure\//, /^@noble\//];

// Whitespace in html`` and css`` templates is paid on every page; minify it before TypeScript runs.
const minifyTemplates = () => htmlLiterals({ include: ['src/**/*.ts'], failOnError: true });
const browserPlugins = () => [resolve({ browser: true, exportConditions: ['production'] }), minifyTemplates(), ts(), terser(terserOptions)];

export default [
  {
    input: 'src/auto-register.ts',
    // Shared code stays in support-widget.js itself (the lazy chunks import it from there)
    // instead of a facade entry re-exporting a chunk: one request less on every page.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'support-widget.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Each bundled locale pack is a lazily loaded chunk named after its locale (pack-zh-CN-….js).
      // Its search index (typo vocabulary, fold table) is a chunk of its own (search-zh-CN-….js).
      manualChunks: (id) => {
        const index = id.match(/\/build\/packs\/([\w-]+)-search\.js$/)?.[1];
        if (index) return `search-${index}`;
        const locale = id.match(/\/build\/packs\/([\w-]+)\.js$/)?.[1];
        return locale ? `pack-${locale}` : undefined;
      },
      sourcemap: true,
    },
    plugins: browserPlugins(),
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

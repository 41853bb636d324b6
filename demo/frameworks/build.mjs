// Builds the framework examples with esbuild into build/frameworks/<name>/ (gitignored):
//
//   npm run build && node demo/frameworks/build.mjs && npm start
//   → http://localhost:8000/build/frameworks/react19/   (bundled, react18, react19, vue)
//
// Each example is an npm workspace with its own dependencies (React 18 and 19 cannot share one
// node_modules: each react-dom needs its own `react` beside it). `support-widget` resolves to
// this repo through its package.json `exports`, as an app's bundler resolves it in
// node_modules after `npm install support-widget`.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
export const outRoot = join(root, 'build', 'frameworks');

const production = { 'process.env.NODE_ENV': '"production"' };

/** What differs per example: its entry and the bundler options its framework needs. */
export const EXAMPLES = {
  // Plain DOM: the element is in index.html and loads its pack with `content-src`.
  bundled: { entry: 'main.js', assets: ['shared/acme-notes.en.json'] },
  react18: { entry: 'main.jsx', options: { jsx: 'automatic', define: production } },
  react19: { entry: 'main.jsx', options: { jsx: 'automatic', define: production } },
  vue: {
    entry: 'main.js',
    options: {
      // The full build compiles the template string in the browser; an app with .vue files
      // (Vite + @vitejs/plugin-vue) compiles it at build time and sets isCustomElement there.
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
      define: { ...production, __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    },
  },
};

/** Build one example into build/frameworks/<name>/ (index.html, main.js, chunks, its assets). */
export async function buildExample(name) {
  const { entry, options = {}, assets = [] } = EXAMPLES[name];
  const src = join(here, name);
  const out = join(outRoot, name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(src, entry)],
    outdir: out,
    entryNames: 'main',
    bundle: true,
    format: 'esm',
    splitting: true, // the widget's lazy parts stay lazy chunks, as in an app's bundler
    target: 'es2021',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
    ...options,
    plugins: [thisPackage],
  });
  copyFileSync(join(src, 'index.html'), join(out, 'index.html'));
  for (const a of assets) copyFileSync(join(here, a), join(out, a.split('/').pop()));
  return out;
}

/**
 * `support-widget` and its subpaths (`support-widget/element`) resolved by Node from this file,
 * which lies inside the package: a self-reference, mapped through `exports` like an install.
 */
const thisPackage = {
  name: 'support-widget-from-this-repo',
  setup(bundler) {
    bundler.onResolve({ filter: /^support-widget(\/|$)/ }, (args) => ({ path: fileURLToPath(import.meta.resolve(args.path)) }));
  },
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const name of Object.keys(EXAMPLES)) console.log(`built ${await buildExample(name)}`);
}

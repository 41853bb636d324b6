import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// Four outputs from one source tree:
//  - dist/support-widget.js       script-tag ES module: everything bundled, lazy chunks in dist/chunks/
//  - dist/support-widget.iife.js  classic script: everything bundled
//  - dist/npm/{index,element}.js  npm entry points: lit, fuse.js and @scure/bip39 stay dependencies
//  - dist/search.js               DOM-free search for Node and workers
const terserOptions = { ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } };
const ts = () => typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, declarationMap: false, outDir: undefined, declarationDir: undefined });
const deps = [/^lit(\/|$)/, /^@lit\//, /^fuse\.js/, /^@scure\//, /^@noble\//];

/** `__SW_DIST__` is the path from the bundle to dist/ (see src/content/asset-url.ts). */
const distPath = (path) => ({
  name: 'sw-dist-path',
  transform(code) {
    return code.includes('__SW_DIST__') ? { code: code.replaceAll('__SW_DIST__', JSON.stringify(path)), map: null } : null;
  },
});

const browserPlugins = (path) => [distPath(path), resolve({ browser: true, exportConditions: ['production'] }), ts(), terser(terserOptions)];

export default [
  {
    input: 'src/index.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'support-widget.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // The bundled default pack is its own chunk, so the core's size is measured without content.
      manualChunks: (id) => (id.includes('/build/default-pack') ? 'default-pack' : undefined),
      sourcemap: true,
    },
    plugins: browserPlugins('./'),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/support-widget.iife.js', format: 'iife', name: 'SupportWidgetBundle', inlineDynamicImports: true, sourcemap: true },
    plugins: browserPlugins('./'),
  },
  {
    input: { index: 'src/index.ts', element: 'src/element.ts' },
    external: deps,
    output: { dir: 'dist/npm', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [distPath('../'), resolve({ browser: true }), ts()],
  },
  {
    input: 'src/search/index.ts',
    external: deps,
    output: { file: 'dist/search.js', format: 'es', sourcemap: true },
    plugins: [resolve(), ts()],
  },
];

// Lets Node build scripts (content check, build, bench) use the DOM-free TypeScript
// modules under src/ directly: esbuild bundles the entry to a cached .mjs and we import it.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, basename } from 'node:path';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cache = join(root, 'node_modules', '.cache', 'support-widget');

/** Import a TypeScript module from the repo (path relative to the repo root). */
export async function loadTs(relPath) {
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, `${basename(relPath, '.ts')}-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(root, relPath)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    // npm packages stay imports (resolved from node_modules): CommonJS ones such as yaml cannot be bundled into ESM.
    packages: 'external',
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

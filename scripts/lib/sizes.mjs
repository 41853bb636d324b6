import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { root } from './load-ts.mjs';

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a file, in bytes. */
export function measure(file) {
  const buf = readFileSync(file);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(js|json)$/.test(name) && !name.endsWith('.map')) yield p;
  }
}

/** Print the size of every shipped script and pack in dist/ (npm/ and types/ excluded). */
export function printSizes() {
  const dist = join(root, 'dist');
  const rows = [...files(dist)]
    .filter((f) => !/[/\\](npm|types)[/\\]/.test(f))
    .map((f) => ({ file: relative(root, f), ...measure(f) }));
  const w = Math.max(...rows.map((r) => r.file.length));
  console.log(`  ${'file'.padEnd(w)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
  for (const r of rows) console.log(`  ${r.file.padEnd(w)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)}  ${kb(r.brotli).padStart(9)}`);
  return rows;
}

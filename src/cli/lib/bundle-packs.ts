/**
 * The bundled-content contract of the script-tag build: `packs/manifest.js` names the product,
 * its default locale and its locales; `packs/<locale>.js` holds one pack and
 * `packs/<locale>.index.js` its search index (loaded when search is prepared). The core
 * imports them lazily, relative to its own URL, only when the site supplied no content.
 * Shared by `support-widget build` and the repo build (scripts/build.mjs).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledPack } from '../../content/compiled.js';

export interface PackManifest {
  product: string;
  defaultLocale: string;
  locales: string[];
}

/** A JavaScript string literal of `value`'s JSON, for `JSON.parse` (faster to parse than the same data as an object literal). */
const stringLiteral = (value: unknown) => `'${JSON.stringify(value).replace(/[\\']/g, (c) => `\\${c}`)}'`;

/**
 * `packs/…` path → file text, for `packs` (one per locale) with `defaultLocale` among them;
 * `include` leaves out the locale files of packs already written.
 */
export function packModules(packs: readonly CompiledPack[], defaultLocale: string, include: (pack: CompiledPack) => boolean = () => true): Map<string, string> {
  if (!packs.length) throw new Error('no packs to bundle');
  const locales = packs.map((p) => p.pack.meta.locale).sort();
  if (!locales.includes(defaultLocale)) throw new Error(`default locale "${defaultLocale}" has no pack; the packs are ${locales.join(', ')}`);
  const product = packs[0].pack.meta.id;
  const other = packs.find((p) => p.pack.meta.id !== product);
  if (other) throw new Error(`packs of two products cannot be bundled together: "${product}" and "${other.pack.meta.id}" (${other.pack.meta.locale})`);
  const manifest: PackManifest = { product, defaultLocale, locales };
  const files = new Map<string, string>();
  files.set('packs/manifest.js', `export default ${JSON.stringify(manifest)};\n`);
  for (const p of packs.filter(include)) {
    files.set(`packs/${p.pack.meta.locale}.js`, `export default JSON.parse(${stringLiteral({ pack: p.pack })});\n`);
    if (p.index) files.set(`packs/${p.pack.meta.locale}.index.js`, `export default JSON.parse(${stringLiteral(p.index)});\n`);
  }
  return files;
}

/** Write the pack modules under `dir` (`dir/packs/…`); each file appears whole or not at all. */
export function writePackModules(dir: string, packs: readonly CompiledPack[], defaultLocale: string, include?: (pack: CompiledPack) => boolean): string[] {
  const files = packModules(packs, defaultLocale, include);
  mkdirSync(join(dir, 'packs'), { recursive: true });
  for (const [path, text] of files) writeWhole(join(dir, path), text);
  return [...files.keys()];
}

/** Write to a temporary name and rename, so a reader never sees half a file. */
export function writeWhole(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * The drop-in folder `support-widget build` writes: the script builds, their lazy chunks, the
 * site's packs as the bundled default content, and `content/<locale>.json` for `content-src`.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CompiledPack } from '../../content/compiled.js';
import { writePackModules, writeWhole } from './bundle-packs.js';

/** The script files copied from the package's `dist/`. */
const SCRIPTS = ['support-widget.js', 'support-widget.iife.js'];

/** The locale shown when the visitor's languages match none: `requested`, else `en`, else the first. */
export function chooseDefaultLocale(locales: readonly string[], requested?: string): string {
  if (requested) {
    if (!locales.includes(requested)) throw new Error(`--default-locale ${requested}: there is no ${requested}/ folder; the locales are ${locales.join(', ')}`);
    return requested;
  }
  return locales.includes('en') ? 'en' : [...locales].sort()[0];
}

/**
 * Copy the script builds and their chunks from `distDir`. The repo build's own bundled packs
 * (chunks/pack-*) are left out: they are another product's content.
 */
export function copyScripts(distDir: string, outDir: string): void {
  for (const name of SCRIPTS) {
    if (!existsSync(join(distDir, name))) throw new Error(`${join(distDir, name)} is missing: the support-widget package is not built (run npm run build in it)`);
    cpSync(join(distDir, name), join(outDir, name));
  }
  cpSync(join(distDir, 'chunks'), join(outDir, 'chunks'), {
    recursive: true,
    filter: (src) => !/^pack-/.test(basename(src)) && !src.endsWith('.map'),
  });
}

/**
 * Write the site's packs (the bundled-content modules and the JSON files) into `outDir`;
 * `changed` limits the per-locale files to the packs that need writing (preview rebuilds).
 */
export function writeContent(outDir: string, packs: readonly CompiledPack[], defaultLocale: string, changed: (pack: CompiledPack) => boolean = () => true): void {
  writePackModules(outDir, packs, defaultLocale, changed);
  mkdirSync(join(outDir, 'content'), { recursive: true });
  for (const p of packs.filter(changed)) writeWhole(join(outDir, 'content', `${p.pack.meta.locale}.json`), JSON.stringify(p));
}

/** A page that shows the widget with no `content-src`: the bundled packs are its content. */
export function examplePage(product: string): string {
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${product.replace(/[<&]/g, '')} support</title>
<!-- The script inserts the widget and shows the packs in packs/; nothing else to configure. -->
<script type="module" src="./support-widget.js"></script>
</html>
`;
}

/** A folder this command wrote before (so it may be replaced), or a new or empty one. */
function replaceable(outDir: string): boolean {
  if (!existsSync(outDir)) return true;
  const entries = readdirSync(outDir);
  return entries.length === 0 || (entries.includes('support-widget.js') && entries.includes('packs'));
}

/**
 * Build the whole folder beside `outDir` and swap it in with renames, so a failure at any
 * step leaves the previous output as it was.
 */
export function writeDropIn(outDir: string, fill: (tmpDir: string) => void): void {
  const target = resolve(outDir);
  if (!replaceable(target)) throw new Error(`${outDir} is not empty and is not a support-widget build output; choose a new or empty folder`);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    fill(tmp);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const hadOutput = existsSync(target);
  if (hadOutput) renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (e) {
    if (hadOutput) renameSync(old, target);
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

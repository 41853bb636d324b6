/**
 * What `support-widget build` and `preview` share: compile the sources, refuse what must not
 * ship, and write the drop-in folder.
 */
import { join } from 'node:path';
import { compileProduct, placeholderChannels, type BuildCache, type ProductBuild } from './compile.js';
import { chooseDefaultLocale, copyScripts, examplePage, writeContent, writeDropIn } from './drop-in.js';
import { errorsIn, type SourceIssue } from './issues.js';
import { writeWhole } from './bundle-packs.js';

export interface SiteBuildOptions {
  /** Allow placeholder channels (a demo). */
  demo?: boolean;
  defaultLocale?: string;
  /** Kept between rebuilds (preview). */
  cache?: BuildCache;
}

export interface SiteBuild extends ProductBuild {
  defaultLocale?: string;
}

/** Compile `dir` and apply the publishing rules (no placeholder channels unless `demo`). */
export function compileSite(dir: string, options: SiteBuildOptions = {}): SiteBuild {
  const build = compileProduct(dir, { cache: options.cache });
  if (errorsIn(build.issues).length) return build;
  const refused = options.demo ? [] : placeholderChannels(build);
  // A refused placeholder is an error; its "publish with care" warning would say it twice.
  const issues: SourceIssue[] = [...build.issues.filter((i) => !refused.some((r) => r.file === i.file && r.field === i.field)), ...refused];
  const locales = build.locales.map((l) => l.locale);
  const products = [...new Set(build.locales.map((l) => l.compiled.pack.meta.id))];
  if (products.length > 1) issues.push({ file: build.locales[1].file, field: 'meta.id', message: `every locale must have the same meta.id; found ${products.join(', ')}`, severity: 'error' });
  let defaultLocale: string | undefined;
  try {
    defaultLocale = chooseDefaultLocale(locales, options.defaultLocale);
  } catch (e) {
    issues.push({ file: dir, message: (e as Error).message, severity: 'error' });
  }
  if (errorsIn(issues).length) return { ...build, issues, locales: [] };
  return { ...build, issues, defaultLocale };
}

/** Write a compiled site to `outDir`, atomically. `distDir` holds the script builds to copy. */
export function writeSite(outDir: string, site: SiteBuild, distDir: string): void {
  const packs = site.locales.map((l) => l.compiled);
  writeDropIn(outDir, (tmp) => {
    copyScripts(distDir, tmp);
    writeContent(tmp, packs, site.defaultLocale!);
    writeWhole(join(tmp, 'example.html'), examplePage(packs[0].pack.meta.product));
  });
}


// The packs of one product under content/: compiled from Markdown sources
// (content/<product>/<locale>/_pack.yaml + *.md, the same code as `support-widget build`),
// or read from JSON packs (content/<product>/<locale>.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_PACK } from './default-pack.mjs';
import { loadTs, root } from './load-ts.mjs';

let compiler;

/**
 * `{ markdown, packs: [{ name: 'en.json', source, pack }], issues: [line], errors }`; `issues` holds
 * the Markdown sources' errors and warnings, one line each.
 * Packs are returned as written (not compiled). JSON packs: the caller validates them; Markdown
 * sources are validated here.
 */
export async function productPacks(packId) {
  const dir = join(root, 'content', packId);
  const json = readdirSync(dir).filter((f) => f.endsWith('.json'));
  compiler ??= await loadTs('src/cli/lib/compile.ts');
  const { isSourceDir, compileProduct, formatSourceIssue } = compiler;
  if (!isSourceDir(dir)) {
    return { markdown: false, errors: 0, issues: [], packs: json.map((name) => ({ name, source: relative(root, join(dir, name)), pack: JSON.parse(readFileSync(join(dir, name), 'utf8')) })) };
  }
  if (json.length) {
    const message = `error: content/${packId}/ holds both Markdown sources and JSON packs (${json.join(', ')}); the JSON packs are built from the Markdown now: delete them`;
    return { markdown: true, errors: 1, issues: [message], packs: [] };
  }
  const build = compileProduct(dir);
  const issues = build.issues.map(formatSourceIssue);
  const errors = build.issues.filter((i) => i.severity === 'error').length;
  // The packs as written (like a JSON pack), not compiled: the caller compiles each once.
  const written = new Map(build.sources.locales.map((l) => [l.locale, l.pack]));
  return { markdown: true, errors, issues, packs: build.locales.map((l) => ({ name: `${l.locale}.json`, source: l.file, pack: written.get(l.locale) })) };
}

/**
 * `{ en: pack, 'zh-CN': pack }`: every locale of a product as written (before the build drops
 * keywords and built-in interface strings), for scripts and tests that read the content.
 * Throws with the sources' errors when there are any.
 */
export async function writtenPacks(packId = DEFAULT_PACK.id) {
  const { packs, issues, errors } = await productPacks(packId);
  if (errors) throw new Error(`content/${packId} has errors (npm run check:content):\n${issues.join('\n')}`);
  return Object.fromEntries(packs.map(({ name, pack }) => [name.replace(/\.json$/, ''), pack]));
}

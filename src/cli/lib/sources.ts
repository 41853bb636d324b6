/**
 * Markdown sources of a product: `<dir>/<locale>/_pack.yaml` (meta, categories, synonyms,
 * contact, optional overrides) and one `<dir>/<locale>/<id>.md` per answer. Reads them into
 * a pack per locale plus a map from pack fields back to file:line:column.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { ContentIssue } from '../../content/validate.js';
import { didYouMean, type SourceIssue } from './issues.js';
import { parseAnswer, type AnswerSourceMap } from './markdown.js';
import { fieldPath, parseYamlSource, type Position, type YamlSource } from './yaml-source.js';

/** Names the per-locale settings file may have, in the order they are looked for. */
export const PACK_FILES = ['_pack.yaml', '_pack.yml', '_pack.json'] as const;

/** Top-level keys of `_pack.yaml`: the pack's own (except `faq`) and `order`. */
export const PACK_KEYS = ['meta', 'categories', 'synonyms', 'contact', 'fallback', 'ui', 'checklist', 'order', '$schema'] as const;

export interface LocaleSources {
  locale: string;
  /** The pack as written: content only, unless `_pack.yaml` overrides `ui` or `fallback`. */
  pack: Record<string, unknown> & { faq: Record<string, unknown>[] };
  packFile: string;
  packSource?: YamlSource;
  /** Same order as `pack.faq`. */
  answers: AnswerSourceMap[];
  /** Problems found while reading (syntax, unknown keys, duplicate ids); the validator's come later. */
  issues: SourceIssue[];
}

export interface ProductSources {
  dir: string;
  locales: LocaleSources[];
  issues: SourceIssue[];
}

/** Does `dir` hold Markdown sources (a locale folder with a `_pack.yaml`)? */
export function isSourceDir(dir: string): boolean {
  return localeDirs(dir).length > 0;
}

/** The locale folders of `dir` (those with a `_pack.yaml`), sorted. */
export function localeDirs(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && PACK_FILES.some((f) => existsSync(join(dir, d.name, f))))
    .map((d) => d.name)
    .sort();
}

/** A path as messages show it: relative to the working directory when inside it. */
export function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** The problem with a folder that has no locale, or none. */
export function noLocales(dir: string): SourceIssue[] {
  if (localeDirs(dir).length) return [];
  return [{ file: display(dir), message: `no locale folder with a _pack.yaml; expected ${display(join(dir, 'en', '_pack.yaml'))} (run "support-widget init ${display(dir)}" to start one)`, severity: 'error' }];
}

/** Read every locale of the product in `dir`. Never throws for bad content: problems are issues. */
export function readSources(dir: string, cache?: AnswerCache): ProductSources {
  const locales = localeDirs(dir).map((l) => readLocale(dir, l, cache));
  return { dir, locales, issues: [...noLocales(dir), ...locales.flatMap((l) => l.issues)] };
}

/** File-name order of answers: by id, so `a.md` comes before `a-b.md` as `a` does before `a-b`. */
const idOrder = (a: string, b: string) => {
  const [x, y] = [a.slice(0, -3), b.slice(0, -3)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Parsed answers by absolute path, reused without reading the file again: whoever keeps one
 * (preview) deletes the entry of a file that changed.
 */
export type AnswerCache = Map<string, ReturnType<typeof parseAnswer>>;

/** Read one locale folder; its problems are in `issues`. */
export function readLocale(dir: string, locale: string, cache?: AnswerCache): LocaleSources {
  const issues: SourceIssue[] = [];
  const folder = join(dir, locale);
  const packName = PACK_FILES.find((f) => existsSync(join(folder, f)))!;
  const packFile = display(join(folder, packName));
  const packSource = parseYamlSource(readFileSync(join(folder, packName), 'utf8'));
  for (const e of packSource.errors) issues.push({ file: packFile, line: e.line, column: e.column, message: `not valid ${packName.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message}`, severity: 'error' });
  let settings: Record<string, unknown> = {};
  const v = packSource.value;
  if (v && typeof v === 'object' && !Array.isArray(v)) settings = v as Record<string, unknown>;
  else if (!packSource.errors.length) issues.push({ file: packFile, line: 1, column: 1, message: 'must be a map of settings (meta, categories, contact, …); see docs/authoring.md', severity: 'error' });
  for (const key of Object.keys(settings)) {
    if (key === 'faq') issues.push({ file: packFile, ...packSource.locate([key]), field: key, message: `answers are not written here: write one Markdown file per answer in ${display(folder)}/ (list ids under "order" to set their order)`, severity: 'error' });
    else if (!(PACK_KEYS as readonly string[]).includes(key))
      issues.push({ file: packFile, ...packSource.locate([key]), field: key, message: `unknown setting '${key}'${didYouMean(key, PACK_KEYS)}; known settings: ${PACK_KEYS.filter((k) => k !== '$schema').join(', ')}`, severity: 'error' });
  }

  // Answers: file-name order, then the ids listed under `order` first.
  const byId = new Map<string, { entry: Record<string, unknown>; map: AnswerSourceMap; explicit: boolean }>();
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.md')).sort(idOrder)) {
    const path = resolve(folder, name);
    let parsed = cache?.get(path);
    if (!parsed) {
      parsed = parseAnswer(readFileSync(path, 'utf8'), display(path), basename(name, '.md'));
      cache?.set(path, parsed);
    }
    const { entry, map } = parsed;
    issues.push(...parsed.issues);
    const id = String(entry.id);
    const explicit = id !== basename(name, '.md');
    const other = byId.get(id);
    if (other) {
      // Point at the front-matter "id:" that makes the clash when there is one, else at this file.
      const [here, there] = other.explicit && !explicit ? [other.map, map] : [map, other.map];
      const at = here.frontMatter && (here === map ? explicit : other.explicit) ? here.frontMatter.locate(['id']) : { line: 1, column: 1 };
      issues.push({ file: here.file, ...at, field: 'id', message: `duplicate answer id "${id}": ${there.file} has the same id; rename one of the two files (or change its "id:")`, severity: 'error' });
      continue;
    }
    byId.set(id, { entry, map, explicit });
  }
  const ordered: string[] = [];
  if ('order' in settings) {
    const order = settings.order;
    if (!Array.isArray(order)) issues.push({ file: packFile, ...packSource.locate(['order']), field: 'order', message: 'must be a list of answer ids (file names without .md)', severity: 'error' });
    else
      order.forEach((id, i) => {
        if (typeof id === 'string' && byId.has(id) && !ordered.includes(id)) ordered.push(id);
        else issues.push({ file: packFile, ...packSource.locate(['order', i]), field: `order[${i}]`, message: ordered.includes(id as string) ? `"${id}" is listed twice` : `no answer "${String(id)}" in ${display(folder)}/ (expected ${display(join(folder, `${String(id)}.md`))})`, severity: 'error' });
      });
  }
  for (const id of byId.keys()) if (!ordered.includes(id)) ordered.push(id);

  const { order: _order, faq: _faq, meta, ...rest } = settings;
  const metaObj = meta && typeof meta === 'object' && !Array.isArray(meta) ? (meta as Record<string, unknown>) : meta === undefined ? {} : meta;
  const pack = {
    ...('$schema' in rest && { $schema: rest.$schema }),
    meta: typeof metaObj === 'object' && metaObj ? { id: basename(resolve(dir)), locale, ...metaObj } : metaObj,
    ...rest,
    faq: ordered.map((id) => byId.get(id)!.entry),
  } as LocaleSources['pack'];
  const m = pack.meta as Record<string, unknown> | undefined;
  if (m && typeof m === 'object' && m.locale !== locale)
    issues.push({ file: packFile, ...packSource.locate(['meta', 'locale']), field: 'meta.locale', message: `is "${String(m.locale)}" but the folder is ${locale}/; rename the folder or remove meta.locale (it defaults to the folder name)`, severity: 'error' });
  return { locale, pack, packFile, packSource, answers: ordered.map((id) => byId.get(id)!.map), issues };
}

/** Where a pack field (as the validator names it) was written, and its name in that file. */
export function locateField(sources: LocaleSources, field: string): { file: string; field: string } & Position {
  const path = fieldPath(field);
  if (path[0] === 'faq' && typeof path[1] === 'number' && sources.answers[path[1]]) {
    const answer = sources.answers[path[1]];
    const rest = path.slice(2);
    const name = field.replace(/^faq\[\d+\]\.?/, '') || '(answer)';
    if (rest[0] === 'answer') {
      const block = typeof rest[1] === 'number' ? answer.blocks[rest[1]] : undefined;
      const item = block && rest[2] === 'items' && typeof rest[3] === 'number' ? block.items[rest[3]] : undefined;
      return { file: answer.file, field: name, ...(item ?? block?.at ?? answer.body) };
    }
    return { file: answer.file, field: name, ...(answer.frontMatter?.locate(rest) ?? { line: 1, column: 1 }) };
  }
  return { file: sources.packFile, field, ...(sources.packSource?.locate(path) ?? { line: 1, column: 1 }) };
}

/** A validator issue, moved to the source file and position it came from. */
export function toSourceIssue(sources: LocaleSources, issue: ContentIssue): SourceIssue {
  const at = locateField(sources, issue.field);
  return { ...at, message: issue.message, severity: issue.severity };
}

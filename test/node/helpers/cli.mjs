// Helpers for the CLI tests: run the built `support-widget` command, make scratch folders,
// and stand in for the built-in interface catalog while this version has none.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTs } from '../../../scripts/lib/load-ts.mjs';

export const CLI = 'dist/cli/support-widget.js';

/** Run `support-widget …args`; resolves to { code, stdout, stderr }. */
export function cli(...args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out: r.stdout + r.stderr };
}

/** A new empty folder under the OS temp dir. */
export const scratch = (name = 'cli') => mkdtempSync(join(tmpdir(), `sw-${name}-`));

const catalog = await loadTs('src/i18n/catalog.ts');

/** True when the built-in catalog provides English interface strings and fallback texts. */
export const hasCatalog = !!(await catalog.loadCatalog('en'));

/**
 * Until the built-in catalogs land, a pack needs its own `ui` and `fallback` to pass check:
 * append generic English ones to `<dir>/en/_pack.yaml`. A no-op once the catalog exists.
 */
export function standInForCatalog(dir) {
  if (hasCatalog) return;
  const { ui } = JSON.parse(readFileSync('content/tpwallet/en.json', 'utf8'));
  const generic = { ...ui, searchPlaceholder: 'Search the answers', checklistNever: 'Never send your password.' };
  const fallback = {
    reasons: [{ id: 'busy', title: 'Support is busy', body: [{ type: 'p', content: 'At peak times requests queue up.' }] }],
    actions: [{ id: 'search', title: 'Search the answers', body: [{ type: 'p', content: 'Many questions are answered here.' }] }],
    safety: [{ type: 'p', content: 'Support never asks for your password.' }],
    escalation: [{ type: 'p', content: 'Reply to your ticket with its number.' }],
  };
  appendFileSync(join(dir, 'en', '_pack.yaml'), `\nui: ${JSON.stringify(generic)}\nfallback: ${JSON.stringify(fallback)}\n`);
}

// Helpers for the CLI tests: run the built `support-widget` command and make scratch folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = 'dist/cli/support-widget.js';

/** Run `support-widget …args`: { code, stdout, stderr, out }. */
export function cli(...args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out: r.stdout + r.stderr };
}

/** A new empty folder under the OS temp dir. */
export const scratch = (name = 'cli') => mkdtempSync(join(tmpdir(), `sw-${name}-`));

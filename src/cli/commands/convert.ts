import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentPack } from '../../content/types.js';
import { commandArgs } from '../lib/args.js';
import { compileJsonPack } from '../lib/compile.js';
import { report } from '../lib/issues.js';
import { packToSources } from '../lib/to-markdown.js';

const USAGE = `usage: support-widget convert <pack.json> <dir> [--force]

Writes the JSON pack as Markdown sources: <dir>/<locale>/_pack.yaml and one
<dir>/<locale>/<id>.md per answer. Run it once per locale file. Every answer is read back
and compared; an answer Markdown cannot hold exactly is an error and nothing is written.

  --force   write into <dir>/<locale>/ even if it already has files (they are overwritten)`;

/** `support-widget convert <pack.json> <dir>` */
export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs(args, USAGE, { force: { type: 'boolean' } }, { min: 2, max: 2 });
  if ('exit' in parsed) return parsed.exit;
  const [file, dir] = parsed.positionals;
  if (!existsSync(file)) {
    console.error(`error: ${file} does not exist`);
    return 1;
  }
  // Only a valid pack is converted: the sources it gives must pass check as they are.
  const checked = compileJsonPack(file);
  if (report(checked.issues.filter((i) => i.severity === 'error'))) return 1;
  const json = JSON.parse(readFileSync(file, 'utf8')) as ContentPack | { pack: ContentPack };
  const { files, errors, notes } = packToSources(json);
  for (const e of errors) console.error(`error: ${e}`);
  if (errors.length) return 1;
  const locale = [...files.keys()][0].split('/')[0];
  const target = join(dir, locale);
  if (!parsed.values.force && existsSync(target) && readdirSync(target).length) {
    console.error(`error: ${target} already has files; choose another folder or pass --force to overwrite them`);
    return 1;
  }
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const n of notes) console.log(`note: ${n}`);
  console.log(`wrote ${files.size - 1} answers and ${join(target, '_pack.yaml')}`);
  return 0;
}

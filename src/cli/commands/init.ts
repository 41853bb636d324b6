import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { commandArgs } from '../lib/args.js';
import { scaffoldFiles } from '../lib/scaffold.js';

const USAGE = `usage: support-widget init <dir>

Creates Markdown sources for a new product in <dir> (which must be new or empty): an English
pack (en/_pack.yaml) and three example answers (en/*.md). Placeholders are marked: channels
carry "placeholder: true", text to rewrite says TODO. Next: support-widget preview <dir>.`;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `support-widget init <dir>` */
export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs(args, USAGE, {}, { min: 1, max: 1 });
  if ('exit' in parsed) return parsed.exit;
  const [dir] = parsed.positionals;
  if (existsSync(dir) && readdirSync(dir).length) {
    console.error(`error: ${dir} is not empty; init writes into a new or empty folder so it never overwrites your files`);
    return 1;
  }
  const folder = basename(resolve(dir));
  const slug = folder.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-product';
  const files = scaffoldFiles(slug, KEBAB.test(folder));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  console.log(`created ${[...files.keys()].map((f) => join(dir, f)).join(', ')}

Next:
  support-widget preview ${dir}          see it on a page, rebuilt as you edit
  support-widget check ${dir}            list what is left to fill in (placeholders, TODO)
  support-widget build ${dir} --out <folder>   the folder to put on your site`);
  return 0;
}

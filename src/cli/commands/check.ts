import { existsSync, statSync } from 'node:fs';
import { commandArgs } from '../lib/args.js';
import { compileJsonPack, compileProduct } from '../lib/compile.js';
import { report } from '../lib/issues.js';

const USAGE = `usage: support-widget check <dir | pack.json>

Validates Markdown sources (a folder with <locale>/_pack.yaml and <id>.md files) or a JSON
pack. Prints each problem as file:line:column › field: what is wrong and how to fix it.
Exits 1 on any error; warnings (placeholders, unknown front-matter keys) do not fail.`;

/** `support-widget check <dir|pack.json>` */
export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs(args, USAGE, {}, { min: 1, max: 1 });
  if ('exit' in parsed) return parsed.exit;
  const [target] = parsed.positionals;
  if (!existsSync(target)) {
    console.error(`error: ${target} does not exist; give a sources folder (see "support-widget init") or a .json pack`);
    return 1;
  }
  const build = statSync(target).isDirectory() ? compileProduct(target) : compileJsonPack(target);
  const errors = report(build.issues);
  if (errors) return 1;
  const answers = build.locales.map((l) => `${l.locale} (${l.compiled.pack.faq.length} answers)`).join(', ');
  console.log(`${target}: OK — ${answers}`);
  return 0;
}

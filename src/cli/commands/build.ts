import { join } from 'node:path';
import { commandArgs } from '../lib/args.js';
import { compileSite, writeSite } from '../lib/build-site.js';
import { report } from '../lib/issues.js';
import { packageDist } from '../lib/package-dist.js';

const USAGE = `usage: support-widget build <dir> --out <folder> [--demo] [--default-locale <locale>]

Compiles every locale of the Markdown sources in <dir> (packs with their search index) and
writes a drop-in folder: support-widget.js, support-widget.iife.js, chunks/, your packs as
the bundled content (packs/), content/<locale>.json for content-src, and example.html.
The folder is replaced only when the whole build succeeded.

  --out <folder>             where to write (created; a previous build output is replaced)
  --demo                     allow placeholder channels (for a demo, never for your site)
  --default-locale <locale>  the locale for visitors whose languages match none (default: en,
                             else the first locale)`;

/** `support-widget build <dir> --out <folder> [--demo]` */
export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs(args, USAGE, { out: { type: 'string', short: 'o' }, demo: { type: 'boolean' }, 'default-locale': { type: 'string' } }, { min: 1, max: 1 });
  if ('exit' in parsed) return parsed.exit;
  const [dir] = parsed.positionals;
  const { out, demo } = parsed.values;
  if (!out) {
    console.error(`error: --out <folder> is required: the folder to write the drop-in to\n\n${USAGE}`);
    return 1;
  }
  const started = performance.now();
  const site = compileSite(dir, { demo, defaultLocale: parsed.values['default-locale'] });
  if (report(site.issues)) {
    const placeholders = site.issues.filter((i) => i.severity === 'error' && i.message.includes('is a placeholder')).length;
    if (placeholders) console.error(`build refused: ${placeholders} placeholder channel(s). Set your real channels, or pass --demo to build a demo with them.`);
    console.error(`build failed: nothing was written; ${out} is unchanged`);
    return 1;
  }
  try {
    writeSite(out, site, packageDist());
  } catch (e) {
    console.error(`error: ${(e as Error).message}\nbuild failed: ${out} is unchanged`);
    return 1;
  }
  const summary = site.locales.map((l) => `${l.locale} (${l.compiled.pack.faq.length} answers)`).join(', ');
  console.log(`built ${summary} into ${out} in ${Math.round(performance.now() - started)} ms; default locale ${site.defaultLocale}${demo ? ' (demo build: placeholder channels allowed)' : ''}
Publish the folder with your site and add one script tag (as in ${join(out, 'example.html')}):
  <script type="module" src="/<where you put it>/support-widget.js"></script>`);
  return 0;
}

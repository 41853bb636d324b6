// How the Node tests get the content they check: one module, so the tests do not care that
// content/tpwallet/ is Markdown sources compiled by the CLI's code.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writtenPacks } from '../../scripts/lib/product-packs.mjs';
import { scratch } from './helpers/cli.mjs';

const written = await writtenPacks('tpwallet');

/** Every locale of a product's pack as written, `{ 'zh-CN': pack, en: pack }`, compiled from `content/<product>/`. */
export async function loadPacks(product = 'tpwallet') {
  return structuredClone(product === 'tpwallet' ? written : await writtenPacks(product));
}

/** A copy of one locale of the tpwallet pack as written, to read or change. */
export const tpwallet = (locale) => structuredClone(written[locale]);

/** One locale of the tpwallet pack as a JSON file (for commands that take a pack.json); returns its path. */
export function tpwalletFile(locale) {
  const file = join(scratch('pack'), `${locale}.json`);
  writeFileSync(file, JSON.stringify(written[locale], null, 2));
  return file;
}

/** Plain text of one rich value (a string or a list of spans). */
export const richText = (rich) => (typeof rich === 'string' ? rich : rich.map((s) => (typeof s === 'string' ? s : s.text)).join(''));

/** An answer as its blocks in order: `{ type, text }`, one per paragraph, warning or list item. */
export const answerParts = (blocks) => blocks.flatMap((b) => ('items' in b ? b.items.map((i) => ({ type: b.type, text: richText(i) })) : [{ type: b.type, text: richText(b.content) }]));

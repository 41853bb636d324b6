// How the Node content tests get the packs they check: one function, so the source can change
// (JSON files today, packs compiled from Markdown later) without touching the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every locale of a product's pack, `{ 'zh-CN': pack, en: pack }`, read from `content/<product>/`. */
export function loadPacks(product = 'tpwallet') {
  const dir = join('content', product);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
  );
}

/** Plain text of one rich value (a string or a list of spans). */
export const richText = (rich) => (typeof rich === 'string' ? rich : rich.map((s) => (typeof s === 'string' ? s : s.text)).join(''));

/** An answer as its blocks in order: `{ type, text }`, one per paragraph, warning or list item. */
export const answerParts = (blocks) => blocks.flatMap((b) => ('items' in b ? b.items.map((i) => ({ type: b.type, text: richText(i) })) : [{ type: b.type, text: richText(b.content) }]));

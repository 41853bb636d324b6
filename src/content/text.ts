import type { Block, Rich } from './types.js';

/** Plain text of rich content (for search indexing, copied summaries and emails). */
export function richText(rich: Rich): string {
  return typeof rich === 'string' ? rich : rich.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}

/** Plain text of answer blocks, one line per paragraph or list item. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((b) => ('items' in b ? b.items.map((i) => richText(i)) : [richText(b.content)]))
    .join('\n');
}

/**
 * The neutral state shown when the site's content cannot be shown and no copy of it is at
 * hand: no articles, the channels the site configured (attributes or `channels`), and the
 * built-in interface strings and stay-safe advice of the locale. Never another product's content.
 */
import type { Channel } from './types.js';
import type { CompiledPack } from './compiled.js';
import { completePack, loadCatalog } from '../i18n/catalog.js';

/** The warning of an element given no content at all (the npm build bundles none). */
export const NO_CONTENT = 'no content: set content-src or call setContent(pack) (the npm build bundles none); showing the contact channels only.';

/** `meta.id` of the neutral pack. */
export const UNAVAILABLE_ID = 'unavailable';

export async function unavailablePack(locale: string, channels: Channel[] = []): Promise<CompiledPack> {
  const catalog = await loadCatalog(locale);
  const meta = { id: UNAVAILABLE_ID, locale: catalog.locale, product: '', version: '0.0.0' };
  return { pack: completePack({ meta, categories: [], faq: [], contact: { channels } }, catalog) };
}

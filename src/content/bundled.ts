/**
 * The script-tag build's default content: generated modules in dist/packs/, beside
 * dist/support-widget.js (manifest.js and one <locale>.js per locale; see packs.d.ts). They
 * are not part of the bundle: the build (or `support-widget build`) writes them for whichever
 * product the folder ships, and each visitor loads the manifest and their own language only,
 * and only when the site supplied no content.
 */
import type { CompiledPack } from './compiled.js';
import type { PackInput } from './types.js';
import type { DefaultContent } from './default-content.js';
import type { IndexModule, ManifestModule, PackModule, PacksManifest } from './packs.js';

/**
 * `./packs/<file>` beside the core script. Rollup rewrites this import relative to the core
 * wherever the code lands (rollup.config.mjs, packsBesideCore); unbundled (tests), it resolves
 * beside this file and the test server maps it to dist/packs/.
 */
const importPacks = (file: string): Promise<unknown> => import(`./packs/${file}`);

let manifest: Promise<PacksManifest> | undefined;
const packs = new Map<string, Promise<CompiledPack<PackInput>>>();

/** Loaded once; a failed load is tried again next time. */
export function loadManifest(): Promise<PacksManifest> {
  if (!manifest) {
    manifest = importPacks('manifest.js').then((m) => (m as ManifestModule).default);
    manifest.catch(() => (manifest = undefined));
  }
  return manifest;
}

/** The bundled pack of `locale` (one of the manifest's `locales`), loaded once; a failed load is tried again next time. */
export function loadBundledPack(locale: string): Promise<CompiledPack<PackInput>> {
  let pack = packs.get(locale);
  if (!pack) {
    // Only names the manifest lists reach the URL. The search index (phrasings, typo vocabulary, fold table)
    // is a file of its own, loaded when search is prepared: the answers show without it.
    pack = loadManifest().then((m) => {
      if (!m.locales.includes(locale)) throw new Error(`no bundled pack for locale "${locale}" (bundled: ${m.locales.join(', ')})`);
      return importPacks(`${locale}.js`).then((p) => ({
        ...(p as PackModule).default,
        loadIndex: () => importPacks(`${locale}.index.js`).then((i) => (i as IndexModule).default),
      }));
    });
    pack.catch(() => packs.delete(locale));
    packs.set(locale, pack);
  }
  return pack;
}

export const bundledContent: DefaultContent = { manifest: loadManifest, pack: loadBundledPack };

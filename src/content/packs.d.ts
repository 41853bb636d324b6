/**
 * The shape of the generated modules beside the script-tag build (scripts/build.mjs writes
 * them for the demo product, `support-widget build` for a site's):
 *   dist/packs/manifest.js   `export default {"product":…,"defaultLocale":…,"locales":[…]}`
 *   dist/packs/<locale>.js        `export default JSON.parse('<{pack} JSON>')`
 *   dist/packs/<locale>.index.js  `export default JSON.parse('<search index JSON>')`, loaded when search is prepared
 */
import type { CompiledPack } from './compiled.js';
import type { PackInput } from './types.js';

/** dist/packs/manifest.js's default export: which product is bundled, in which locales. */
export interface PacksManifest {
  product: string;
  defaultLocale: string;
  locales: string[];
}

export interface ManifestModule {
  default: PacksManifest;
}

/** dist/packs/<locale>.js */
export interface PackModule {
  default: CompiledPack<PackInput>;
}

/** dist/packs/<locale>.index.js */
export interface IndexModule {
  default: NonNullable<CompiledPack['index']>;
}

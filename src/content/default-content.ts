import type { CompiledPack } from './compiled.js';
import type { PacksManifest } from './packs.js';
import type { PackInput } from './types.js';

/**
 * Content shown when the site supplies none (no `content-src`, no `setContent()`). The
 * script-tag entry installs the bundled packs (bundled.ts); the npm entry installs nothing,
 * so its element never shows content the app did not give it.
 */
export interface DefaultContent {
  manifest(): Promise<PacksManifest>;
  pack(locale: string): Promise<CompiledPack<PackInput>>;
}

let installed: DefaultContent | undefined;

export function useDefaultContent(content: DefaultContent): void {
  installed = content;
}

export function defaultContent(): DefaultContent | undefined {
  return installed;
}

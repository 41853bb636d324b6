import type { ContentPack } from './types.js';
import type { SerializedSearchIndex } from '../search/index.js';

/** A pack as shipped in `dist/content/`: the validated JSON plus its prebuilt search index. */
export interface CompiledPack {
  pack: ContentPack;
  index?: SerializedSearchIndex;
  /**
   * Bundled packs: loads `index`, which the build ships as a chunk of its own so that the
   * answers load without it (search loads it when prepared).
   */
  loadIndex?: () => Promise<SerializedSearchIndex>;
}

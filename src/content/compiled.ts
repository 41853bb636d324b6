import type { ContentPack, PackInput } from './types.js';
import type { SerializedSearchIndex } from '../search/index.js';

/** A pack as shipped in `dist/content/`: the validated JSON plus its prebuilt search index. */
export interface CompiledPack<P extends PackInput = ContentPack> {
  /** The pack as written (`PackInput`) or, once completed with the interface catalog, the full pack. */
  pack: P;
  index?: SerializedSearchIndex;
  /**
   * Bundled packs: loads `index`, which the build ships as a chunk of its own so that the
   * answers load without it (search loads it when prepared).
   */
  loadIndex?: () => Promise<SerializedSearchIndex>;
}

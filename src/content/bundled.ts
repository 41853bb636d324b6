// The default pack, compiled (validated + search index) by scripts/build.mjs into build/.
export { bundled, availableLocales } from '../../build/default-pack.js';

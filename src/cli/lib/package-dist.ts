import { fileURLToPath } from 'node:url';

/**
 * The package's `dist/` folder, where the script builds are. The CLI is bundled to
 * `dist/cli/*.js`, so it is one level up from the running file.
 */
export function packageDist(): string {
  return fileURLToPath(new URL('../', import.meta.url));
}

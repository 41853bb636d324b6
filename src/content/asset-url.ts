/**
 * Path from the running bundle to the `dist/` folder, set per build by rollup
 * (`./` for dist/support-widget.js, `../` for dist/npm/*.js) and by the test config.
 */
declare const __SW_DIST__: string;

/** Absolute URL of a file shipped in `dist/` (locale packs), resolved against the script's own URL. */
export function distUrl(path: string): string {
  return new URL(__SW_DIST__ + path, import.meta.url).href;
}

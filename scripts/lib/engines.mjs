// The three browser engines the suite runs in, which of them a run selects ($BROWSERS), and
// where each one's binary is. Used by scripts/test.mjs and web-test-runner.config.mjs.
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** Engine id → label, and the Debian package that provides it (printed when it is missing). */
export const ENGINES = {
  chromium: { label: 'Chromium', apt: 'chromium' },
  firefox: { label: 'Firefox', apt: 'firefox-esr' },
  webkit: { label: 'WebKit', apt: 'webkit2gtk-driver xvfb' },
};

/**
 * The engines named in `value` (comma or space separated, e.g. `BROWSERS=chromium,webkit`),
 * in the order given; all three when it is empty. Exits with the valid names on a typo.
 */
export function selectedEngines(value = process.env.BROWSERS, fallback = Object.keys(ENGINES)) {
  const names = (value ?? '').split(/[\s,]+/).filter(Boolean).map((n) => n.toLowerCase());
  const unknown = names.filter((n) => !(n in ENGINES));
  if (unknown.length) {
    console.error(`BROWSERS: unknown engine ${unknown.map((n) => `"${n}"`).join(', ')}; use any of ${Object.keys(ENGINES).join(', ')} (comma separated)`);
    process.exit(1);
  }
  return names.length ? [...new Set(names)] : fallback;
}

function firstExisting(paths) {
  return paths.find((p) => p && existsSync(p));
}

function missing(engine, what) {
  console.error(
    `No ${what} found for the ${ENGINES[engine].label} tests.\n` +
      `  Debian/Ubuntu: sudo apt-get install -y ${ENGINES[engine].apt}\n` +
      `  or leave ${engine} out: BROWSERS=${Object.keys(ENGINES).filter((e) => e !== engine).join(',')} npm test`,
  );
  process.exit(1);
}

/** Firefox (ESR or release): $FIREFOX_PATH, else the usual system paths. */
export function findFirefox() {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) ?? missing('firefox', 'Firefox');
}

/** WebKitGTK's WebDriver and MiniBrowser: $WEBKIT_WEBDRIVER / $MINIBROWSER_PATH, else Debian's paths. */
export function findWebKit() {
  const driver = firstExisting([process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver']) ?? missing('webkit', 'WebKitWebDriver');
  const browser = firstExisting([process.env.MINIBROWSER_PATH, ...MINIBROWSER_PATHS]) ?? missing('webkit', 'MiniBrowser');
  return { driver, browser };
}

/** Fails early, with install advice, when a selected engine is not installed. */
export function checkInstalled(engines) {
  for (const e of engines) {
    if (e === 'chromium') findChromium();
    if (e === 'firefox') findFirefox();
    if (e === 'webkit') findWebKit();
  }
}

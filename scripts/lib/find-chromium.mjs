import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Chromium for the browser tests: $CHROME_PATH, else the usual system paths. */
export function findChromium() {
  const found = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found) {
    console.error(
      'No Chromium found for the browser tests.\n' +
        '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
        '  or point CHROME_PATH at a Chrome/Chromium binary: CHROME_PATH=/path/to/chrome npm test',
    );
    process.exit(1);
  }
  return found;
}

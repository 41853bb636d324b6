import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { summaryReporter } from './scripts/lib/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { findChromium } from './scripts/lib/find-chromium.mjs';
import { findFirefox, selectedEngines } from './scripts/lib/engines.mjs';
import { webkitLauncher } from './scripts/lib/webkit-launcher.mjs';
import { testMiddleware } from './test/server/middleware.mjs';
import { inputCommandsPlugin } from './test/server/input-commands.mjs';

// The visitor's languages: the widget follows them when no `locale` is set. The suite is
// written for the default (zh-CN) pack; tests of other locales set `locale`.
const LANGUAGES = ['zh-CN', 'zh'];

/** A puppeteer launcher that records the version its browser reports (for `npm test`'s per-engine line). */
function puppeteerLauncher(options) {
  const launcher = chromeLauncher({
    ...options,
    createBrowserContext: async ({ browser }) => {
      launcher.version = await browser.version();
      return browser.defaultBrowserContext();
    },
  });
  return launcher;
}

const launchers = {
  chromium: () =>
    puppeteerLauncher({
      launchOptions: {
        executablePath: findChromium(),
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          `--accept-lang=${LANGUAGES.join(',')}`,
        ],
      },
    }),
  // Firefox through puppeteer's WebDriver BiDi support. Puppeteer's default profile already turns
  // off most background traffic; these prefs cover the rest (updates, telemetry, captive portal).
  firefox: () =>
    puppeteerLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        extraPrefsFirefox: {
          'intl.accept_languages': LANGUAGES.join(','),
          'app.update.enabled': false,
          'app.update.auto': false,
          'app.normandy.enabled': false,
          'extensions.update.enabled': false,
          'datareporting.healthreport.uploadEnabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'toolkit.telemetry.unified': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'browser.region.network.url': '',
          'browser.search.geoip.url': '',
        },
      },
    }),
  // WebKit (Safari's engine) through WebKitWebDriver + MiniBrowser; starts Xvfb when there is no display.
  webkit: () => webkitLauncher({ viewport: { width: 800, height: 600 } }),
};

// `npm test` (scripts/test.mjs) runs each engine in its own run, one after another, through
// $BROWSERS. Run directly, `npx web-test-runner` uses Chromium unless $BROWSERS names others.
const engines = selectedEngines(process.env.BROWSERS, ['chromium']);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 300000,
  // A cold Firefox or MiniBrowser on a busy 2-core machine can take longer than the 30 s default.
  browserStartTimeout: 120000,
  // Per test. Generous because one machine runs three engines of different speeds, often under
  // load (axe-core over every node, 3,000 fuzzed schedules, indexing a 450-entry pack): a limit
  // that only the fastest engine meets would fail on speed, not on behaviour. A hang still fails.
  testFramework: { config: { timeout: 30000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), inputCommandsPlugin()],
  middleware: [testMiddleware],
  browsers: engines.map((e) => launchers[e]()),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};

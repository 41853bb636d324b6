import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './scripts/lib/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { findChromium } from './scripts/lib/find-chromium.mjs';
import { testMiddleware } from './test/server/middleware.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  middleware: [testMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          // The visitor's languages: the widget follows them when no `locale` is set. The suite is
          // written for the default (zh-CN) pack; tests of other locales set `locale`.
          '--accept-lang=zh-CN,zh',
        ],
      },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};

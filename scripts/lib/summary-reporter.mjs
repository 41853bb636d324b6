// Counts browser test results per browser for the per-engine lines and the closing line CI reads
// (printed by scripts/test.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SUMMARY_FILE = join(process.cwd(), 'node_modules', '.cache', 'support-widget', 'wtr-summary.json');

function count(suite, acc) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, acc);
  return acc;
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      /** @type {Map<string, { browser: string, version?: string, passed: number, failed: number, skipped: number }>} */
      const byBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!byBrowser.has(name)) byBrowser.set(name, { browser: name, version: session.browser.version, passed: 0, failed: 0, skipped: 0 });
        const acc = byBrowser.get(name);
        count(session.testResults, acc);
        // A file that failed to load (syntax error, 404 import) has no test results: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) acc.failed++;
      }
      // scripts/test.mjs adds these to the Node-side counts and prints the closing line.
      mkdirSync(dirname(SUMMARY_FILE), { recursive: true });
      writeFileSync(SUMMARY_FILE, JSON.stringify([...byBrowser.values()]));
    },
  };
}

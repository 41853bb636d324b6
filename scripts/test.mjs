// `npm test`: Node-side tests of the DOM-free modules (built dist/search.js), then the browser
// suite in Chromium, Firefox and WebKit, one engine after another ($BROWSERS=chromium,firefox
// runs a subset). Prints a line per engine, then one closing line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINES, checkInstalled, selectedEngines } from './lib/engines.mjs';
import { SUMMARY_FILE } from './lib/summary-reporter.mjs';

const engines = selectedEngines();
checkInstalled(engines); // fails early, with install advice, when a browser is missing

if (!existsSync('dist/search.js')) {
  console.log('dist/ is missing: building first (npm run build)');
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const add = (label, r) => {
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
  lines.push(`  ${label.padEnd(34)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
};

const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => join('test/node', f));
const node = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests], { encoding: 'utf8' });
process.stdout.write(node.stdout);
process.stderr.write(node.stderr);
const tapCount = (name) => Number(node.stdout.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
add(`Node ${process.versions.node}`, {
  passed: tapCount('pass'),
  failed: tapCount('fail') + (node.status !== 0 && tapCount('fail') === 0 ? 1 : 0),
  skipped: tapCount('skipped'),
});

// One web-test-runner run per engine: a crash or hang in one engine cannot take the others'
// results with it, and two browsers never compete for the two cores.
for (const engine of engines) {
  console.log(`\n▸ browser suite in ${ENGINES[engine].label}\n`);
  rmSync(SUMMARY_FILE, { force: true });
  const started = Date.now();
  const wtr = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, BROWSERS: engine } });
  const seconds = Math.round((Date.now() - started) / 1000);
  const [r] = existsSync(SUMMARY_FILE) ? JSON.parse(readFileSync(SUMMARY_FILE, 'utf8')) : [];
  // No summary: the runner died before reporting; a non-zero exit with no failed test still fails.
  const result = r ?? { browser: ENGINES[engine].label, passed: 0, failed: 1, skipped: 0 };
  if (wtr.status !== 0 && result.failed === 0) result.failed = 1;
  const version = result.version?.replace(/^\w+\//, '') ?? ''; // "Chrome/156.0…", "firefox/153.7.0", "2.50.6"
  add(`${ENGINES[engine].label} ${version} (${seconds} s)`, result);
}

console.log(`\n${lines.join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

// `npm test`: Node-side tests of the DOM-free modules (built dist/search.js), then the
// browser suite in real Chromium. Prints one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './lib/find-chromium.mjs';
import { SUMMARY_FILE } from './lib/summary-reporter.mjs';

findChromium(); // fails early, with install advice, when there is no browser

if (!existsSync('dist/search.js')) {
  console.log('dist/ is missing: building first (npm run build)');
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };

const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => join('test/node', f));
const node = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests], { encoding: 'utf8' });
process.stdout.write(node.stdout);
process.stderr.write(node.stderr);
const tapCount = (name) => Number(node.stdout.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
totals.passed += tapCount('pass');
totals.failed += tapCount('fail') + (node.status !== 0 && tapCount('fail') === 0 ? 1 : 0);
totals.skipped += tapCount('skipped');

rmSync(SUMMARY_FILE, { force: true });
const wtr = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit' });
if (existsSync(SUMMARY_FILE)) {
  const s = JSON.parse(readFileSync(SUMMARY_FILE, 'utf8'));
  totals.passed += s.passed;
  totals.failed += s.failed;
  totals.skipped += s.skipped;
} else {
  totals.failed += 1; // the runner died before reporting
}
if (wtr.status !== 0 && totals.failed === 0) totals.failed = 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

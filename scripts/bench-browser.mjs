// `npm run bench:browser`: main-thread cost of the widget in real Chromium with 4× CPU
// throttling, median of several runs, against the same page without the widget.
// COMPARE=<git ref> also builds that commit and measures its demo page in the same run,
// alternating with this one: a before/after that machine drift cannot fake.
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { rmSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './lib/find-chromium.mjs';
import { startServer } from './lib/static-server.mjs';
import { root } from './lib/load-ts.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
/** How long the mouse button is held for a click (CLICK_MS=0 sends press and release together). */
const CLICK_MS = Number(process.env.CLICK_MS ?? 100);
const COMPARE = process.env.COMPARE;
const compareDir = join(root, '.bench', 'compare');
if (COMPARE) {
  // A worktree inside the repo (.bench/ is ignored) so the same static server serves it.
  rmSync(compareDir, { recursive: true, force: true });
  execFileSync('git', ['worktree', 'prune'], { cwd: root });
  mkdirSync(join(root, '.bench'), { recursive: true });
  execFileSync('git', ['worktree', 'add', '--detach', '--force', compareDir, COMPARE], { cwd: root, stdio: 'ignore' });
  symlinkSync(join(root, 'node_modules'), join(compareDir, 'node_modules'));
  console.log(`Building ${COMPARE} for comparison…`);
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: compareDir, stdio: 'ignore' });
}
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  // A Chinese visitor on the Chinese demo page: the widget follows the browser's languages, and
  // headless Chromium's en-US would measure the English pack instead of the default one.
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--accept-lang=zh-CN,zh'],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Resolves with the time from the next trusted `type` event (its timeStamp: input delay
 * included) to the frame painted after it. The rAF is requested in a capturing listener,
 * before the widget handles the event, so this timeout is queued ahead of any follow-up
 * work the widget schedules for after that paint.
 */
async function nextPaintAfter(page, type) {
  await page.evaluate((type) => {
    window.__painted = new Promise((resolve) =>
      addEventListener(type, (e) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - e.timeStamp))), { capture: true, once: true }),
    );
  }, type);
  return () => page.evaluate(() => window.__painted);
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Type 转账失败 into the focused box one character at a time; each time to the next paint, the worst returned. */
async function typeQuery(page, out = {}) {
  const times = [];
  for (const ch of '转账失败') {
    const keyPainted = await nextPaintAfter(page, 'input');
    await page.keyboard.sendCharacter(ch);
    times.push(await keyPainted());
    await pause(200);
  }
  times.forEach((t, i) => (out[`key${i + 1}`] = t));
  return Math.max(...times);
}
const PHASES = ['load', 'hover', 'open', 'typing'];

/** One cold load of `path` with 4× throttling; with the widget, also hover, click and type like a visitor. */
async function measure(path, withWidget) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluateOnNewDocument(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(base + path, { waitUntil: 'load' });
  const marks = {};
  const mark = async (phase) => (marks[phase] = await page.evaluate(() => performance.now()));
  const out = {};
  out.load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
  if (withWidget) {
    out.launcherPainted = await page.evaluate(async () => {
      await customElements.whenDefined('support-widget');
      await document.querySelector('support-widget').updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now();
    });
  }
  // A visitor reads for a moment before reaching for the widget.
  await pause(1000);
  // Script time of loading the page and idle work, before any interaction.
  out.scriptBeforeOpen = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
  if (!withWidget) {
    // The baseline keystroke: the same characters typed into a plain <input> on this page.
    await mark('typing');
    await page.click('#plain-search');
    await pause(300);
    out.keystroke = await typeQuery(page, out);
    await pause(300);
  } else {
    // Real (trusted) input through the DevTools protocol, as a visitor's pointer and keyboard
    // would give it. The pointer reaches the launcher a moment before the click: the widget
    // warms search up on that intent (touch visitors get it on open instead).
    await mark('hover');
    const box = await page.evaluate(() => {
      const r = document.querySelector('support-widget').shadowRoot.querySelector('[part="launcher"]').getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await pause(300);
    await mark('open');
    const painted = await nextPaintAfter(page, 'click');
    // A person's click holds the button down for about 100 ms. Without that, the press and
    // the release arrive together and the release (whose time the click event carries) waits
    // behind the press's own work (hit test, focus, :active), which no real click does.
    await page.mouse.click(box.x, box.y, { delay: CLICK_MS });
    out.panelOpen = await painted();
    await pause(700);
    await mark('typing');
    // The search box has focus after opening.
    out.keystroke = await typeQuery(page, out);
    out.results = await page.evaluate(() => document.querySelector('support-widget').shadowRoot.querySelector('sw-faq-view').shadowRoot.querySelectorAll('[role="option"]').length);
    await pause(300);
  }
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  out.script = metrics.ScriptDuration * 1000;
  const tasks = await page.evaluate(() => window.__tasks);
  // Each phase that happened on this page runs from its mark to the next one's.
  marks.load = 0;
  const seen = PHASES.filter((p) => p in marks);
  seen.forEach((phase, i) => {
    const end = marks[seen[i + 1]] ?? Infinity;
    out[`longest-${phase}`] = Math.max(0, ...tasks.filter((t) => t.start >= marks[phase] && t.start < end).map((t) => t.duration));
  });
  await page.close();
  return out;
}

const runs = { bare: [], widget: [], compare: [] };
for (let i = 0; i < RUNS; i++) {
  runs.bare.push(await measure('/demo/bench-bare.html', false));
  runs.widget.push(await measure('/demo/index.html', true));
  if (COMPARE) runs.compare.push(await measure('/.bench/compare/demo/index.html', true));
}
await browser.close();
server.close();
if (COMPARE) execFileSync('git', ['worktree', 'remove', '--force', compareDir], { cwd: root });

const med = (set, key) => median(runs[set].map((r) => r[key]));
// VERBOSE=1: every run's open and first-keystroke times, to see the spread behind a median.
if (process.env.VERBOSE) {
  for (const set of ['widget', 'compare'].filter((s) => runs[s].length)) {
    for (const key of ['panelOpen', 'key1']) console.log(`${set.padEnd(8)} ${key.padEnd(10)} ${runs[set].map((r) => r[key].toFixed(0)).join(' ')} ms`);
  }
}
const ms = (n) => `${n.toFixed(1)} ms`;
const task = (n) => (n ? ms(n) : 'none ≥ 50');
/** What the widget adds to a figure of the page without it. */
const added = (key) => {
  const d = med('widget', key) - med('bare', key);
  return `${d < 0 ? '−' : '+'}${ms(Math.abs(d))}`;
};
const keys = (set) => [1, 2, 3, 4].map((i) => med(set, `key${i}`).toFixed(0)).join('/') + ' ms';
if (runs.widget.some((r) => !r.results)) throw new Error('bench:browser: typing "转账失败" showed no results; the run measured nothing.');
if (runs.compare.some((r) => !r.results)) throw new Error(`bench:browser: typing showed no results on ${COMPARE}'s page; the comparison measured nothing.`);
const rows = [
  ['script time, load + 1 s idle (no interaction)', ms(med('bare', 'scriptBeforeOpen')), ms(med('widget', 'scriptBeforeOpen')), added('scriptBeforeOpen')],
  ['script time, whole run (hover, open, 4 keys)', ms(med('bare', 'script')), ms(med('widget', 'script')), added('script')],
  ['load event', ms(med('bare', 'load')), ms(med('widget', 'load')), added('load')],
  ['launcher painted (since navigation)', '', ms(med('widget', 'launcherPainted')), ''],
  [`click (${CLICK_MS} ms press) → panel painted`, '', ms(med('widget', 'panelOpen')), 'target < 50 ms'],
  ['keystroke → painted (worst of 4)', ms(med('bare', 'keystroke')), ms(med('widget', 'keystroke')), 'target < 16 ms; no widget: a plain <input>'],
  ['  each of 转 / 转账 / 转账失 / 转账失败', keys('bare'), keys('widget'), ''],
  ['longest task: page load + 1 s idle', task(med('bare', 'longest-load')), task(med('widget', 'longest-load')), 'target: none over 50 ms'],
  ['longest task: pointer over the launcher', '', task(med('widget', 'longest-hover')), ''],
  ['longest task: click and 0.7 s after', '', task(med('widget', 'longest-open')), ''],
  ['longest task: typing', task(med('bare', 'longest-typing')), task(med('widget', 'longest-typing')), ''],
];
console.log(`\nChromium, 4× CPU throttling, median of ${RUNS} cold loads each; input is real (DevTools protocol)\n`);
if (!COMPARE) {
  console.log(`${'metric'.padEnd(44)} ${'no widget'.padStart(10)} ${'widget'.padStart(10)}   added / target`);
  for (const [name, a, b, c] of rows) console.log(`${name.padEnd(44)} ${a.padStart(10)} ${b.padStart(10)}   ${c}`);
} else {
  // This build against COMPARE's, measured alternately in this run.
  const versus = [
    ['script time, load + 1 s idle', 'scriptBeforeOpen'],
    ['script time, whole run', 'script'],
    ['launcher painted (since navigation)', 'launcherPainted'],
    [`click (${CLICK_MS} ms press) → panel painted`, 'panelOpen'],
    ['keystroke 转 → painted', 'key1'],
    ['keystroke 转账 → painted', 'key2'],
    ['keystroke 转账失 → painted', 'key3'],
    ['keystroke 转账失败 → painted', 'key4'],
    ['longest task, load + 1 s idle', 'longest-load'],
    ['longest task, pointer over the launcher', 'longest-hover'],
    ['longest task, click and 0.7 s after', 'longest-open'],
    ['longest task, typing', 'longest-typing'],
  ];
  console.log(`${'metric'.padEnd(44)} ${COMPARE.slice(0, 10).padStart(10)} ${'this'.padStart(10)}   this / ${COMPARE}`);
  for (const [name, key] of versus) {
    const [was, now] = [med('compare', key), med('widget', key)];
    console.log(`${name.padEnd(44)} ${ms(was).padStart(10)} ${ms(now).padStart(10)}   ${was ? (now / was).toFixed(2) : '—'}`);
  }
}

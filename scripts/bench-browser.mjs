// `npm run bench:browser`: what the widget costs a page in real Chromium with 4× CPU
// throttling, against the same host page without any widget and with other widgets
// (scripts/lib/bench-peers.mjs), every page loaded cold in turn in each round of one run.
// Page load (until load + 1.5 s): added script and task time, the longest task, bytes as
// served (gzip), and a breakdown by category from a trace; then, on our page, a visitor's
// hover, click and typing. Figures are medians with their spread across the rounds.
// COMPARE=<git ref> also builds that commit and measures it in the same rounds: a before/after
// that machine drift cannot fake. RUNS=<n> rounds (default 7); VERBOSE=1 prints every run;
// PAGES=<keys> measures only those pages and the bare one.
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { rmSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './lib/find-chromium.mjs';
import { preparePages } from './lib/bench-peers.mjs';
import { breakdown, paintAfterFirstTimer, KINDS, TRACE_CATEGORIES } from './lib/trace-breakdown.mjs';
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
/** PAGES=bare,ours,compare measures only those pages (the bare page always). */
const only = process.env.PAGES?.split(',');
const pages = (await preparePages({ compare: COMPARE })).filter((p) => !only || p.key === 'bare' || only.includes(p.key));
const server = await startServer(0, { gzip: true });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  // A Chinese visitor on the Chinese demo page: the widget follows the browser's languages, and
  // headless Chromium's en-US would measure the English pack instead of the default one.
  // Only this machine answers: a peer's calls to its own servers fail at once, the same in every run.
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--accept-lang=zh-CN,zh', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** How long after the load event page-load figures are taken: a widget's deferred start-up counts. */
const AFTER_LOAD_MS = 1500;

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

/**
 * Resolves with the time from the next trusted click (its timeStamp) to the first frame painted
 * with the panel shown: checked in each frame, so a click that reaches the widget before its
 * code has loaded is timed until the panel appears, not until the next paint.
 */
async function panelPaintedAfterClick(page) {
  await page.evaluate(() => {
    const shown = () => {
      const panel = document.querySelector('support-widget')?.shadowRoot?.querySelector('[part="panel"]');
      return panel && !panel.hidden;
    };
    window.__panelPainted = new Promise((resolve) =>
      addEventListener(
        'click',
        (e) => {
          const check = () => (shown() ? setTimeout(() => resolve(performance.now() - e.timeStamp)) : requestAnimationFrame(check));
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      ),
    );
  });
  return () => page.evaluate(() => window.__panelPainted);
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

/**
 * One cold load of `page` with 4× throttling, traced until load + 1.5 s. The bare page then
 * takes a click on a plain button and typing into a plain input (the baselines); our default
 * page (and COMPARE's) a visitor's hover, click and typing.
 */
async function measure(page) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.evaluateOnNewDocument(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await tab.tracing.start({ categories: TRACE_CATEGORIES });
  await tab.goto(base + page.path, { waitUntil: 'load' });
  const marks = {};
  const mark = async (phase) => (marks[phase] = await tab.evaluate(() => performance.now()));
  const out = {};
  out.load = await tab.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
  // Page load ends 1.5 s after the load event: deferred start-up work counts (a visitor reads).
  const wait = out.load + AFTER_LOAD_MS - (await tab.evaluate(() => performance.now()));
  if (wait > 0) await pause(wait);
  const loadMetrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  out.scriptLoad = loadMetrics.ScriptDuration * 1000;
  // Every main-thread task, the navigation's commit included (the Performance domain's figure).
  out.tasksAll = loadMetrics.TaskDuration * 1000;
  out.bytesLoad = bytes;
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString());
  out.trace = breakdown(trace);
  if (page.ours) {
    // The launcher as drawn at page load (before the widget's code loads, on intent), in the
    // frame after the timer that draws it. Taken from the trace, not by polling the page: a
    // probe would add frames and script to the page load, and to ours only.
    out.launcherPainted = paintAfterFirstTimer(trace);
    await tab.waitForFunction(() => document.querySelector('support-widget')?.shadowRoot?.querySelector('[part="launcher"]'));
  }
  // Task time from the first HTML parse on (trace-breakdown.mjs says why): what the targets use.
  out.tasksLoad = out.trace.tasks;
  out.longestLoad = out.trace.longestTask;
  const interacts = page.key === 'bare' || (page.ours && page.key !== 'ours-idle');
  if (interacts && page.key === 'bare') {
    // The baselines: a click on a plain button, the same characters typed into a plain <input>.
    const box = await tab.evaluate(() => {
      const r = document.querySelector('#plain-button').getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await tab.mouse.move(box.x, box.y);
    await pause(300);
    const painted = await nextPaintAfter(tab, 'click');
    await tab.mouse.click(box.x, box.y, { delay: CLICK_MS });
    out.plainClick = await painted();
    await pause(300);
    await mark('typing');
    await tab.click('#plain-search');
    await pause(300);
    out.keystroke = await typeQuery(tab, out);
    await pause(300);
  } else if (interacts) {
    // Real (trusted) input through the DevTools protocol, as a visitor's pointer and keyboard
    // would give it. The pointer reaches the launcher a moment before the click: the widget
    // warms search up on that intent (touch visitors get it on open instead).
    await mark('hover');
    const box = await tab.evaluate(() => {
      const r = document.querySelector('support-widget').shadowRoot.querySelector('[part="launcher"]').getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await tab.mouse.move(box.x, box.y);
    await pause(300);
    await mark('open');
    const painted = await panelPaintedAfterClick(tab);
    // A person's click holds the button down for about 100 ms. Without that, the press and
    // the release arrive together and the release (whose time the click event carries) waits
    // behind the press's own work (hit test, focus, :active), which no real click does.
    await tab.mouse.click(box.x, box.y, { delay: CLICK_MS });
    out.panelOpen = await painted();
    await pause(700);
    if (page.keystrokeOnly) await replaceKeystrokeHandling(tab, page.keystrokeOnly);
    await mark('typing');
    // The search box has focus after opening.
    out.keystroke = await typeQuery(tab, out);
    out.results = await tab.evaluate(() => document.querySelector('support-widget').shadowRoot.querySelector('sw-faq-view').shadowRoot.querySelectorAll('[role="option"]').length);
    await pause(300);
  }
  if (interacts) {
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    out.script = metrics.ScriptDuration * 1000;
    const tasks = await tab.evaluate(() => window.__tasks);
    // Each phase after load runs from its mark to the next one's.
    const seen = PHASES.filter((p) => p in marks);
    seen.forEach((phase, i) => {
      const end = marks[seen[i + 1]] ?? Infinity;
      out[`longest-${phase}`] = Math.max(0, ...tasks.filter((t) => t.start >= marks[phase] && t.start < end).map((t) => t.duration));
    });
  }
  await tab.close();
  return out;
}

/** The results list our page shows for 转 (the rows floor puts it in on each keystroke). */
let rowsHtml = '';
async function captureRows() {
  const tab = await browser.newPage();
  await tab.goto(base + pages.find((p) => p.key === 'ours').path, { waitUntil: 'load' });
  await tab.evaluate(() => document.querySelector('support-widget').open());
  await tab.waitForFunction(() => document.querySelector('support-widget')?.shadowRoot?.querySelector('sw-faq-view')?.shadowRoot?.querySelector('input'), { polling: 'raf' });
  await tab.evaluate(() => document.querySelector('support-widget').shadowRoot.querySelector('sw-faq-view').shadowRoot.querySelector('input').focus());
  await tab.keyboard.sendCharacter('转');
  await tab.waitForFunction(() => document.querySelector('support-widget').shadowRoot.querySelector('sw-faq-view').shadowRoot.querySelector('[role="option"]'), { polling: 'raf' });
  rowsHtml = await tab.evaluate(() => document.querySelector('support-widget').shadowRoot.querySelector('sw-faq-view').shadowRoot.querySelector('#results').outerHTML);
  await tab.close();
}

/**
 * Stop the widget from handling a keystroke into its search box. `rows`: each keystroke puts the
 * captured rows in at once, as a page's own script would with no search and no framework.
 * `typing`: nothing is put in; the browser only shows the typed character.
 */
async function replaceKeystrokeHandling(tab, floor) {
  await tab.evaluate(
    (html, floor) => {
      const view = document.querySelector('support-widget').shadowRoot.querySelector('sw-faq-view').shadowRoot;
      const input = view.querySelector('input');
      const rows = document.createElement('template');
      rows.innerHTML = html;
      input.addEventListener(
        'input',
        (e) => {
          e.stopImmediatePropagation();
          if (floor !== 'rows') return;
          view.querySelector('#results')?.remove();
          const browse = view.querySelector('.browse');
          browse.before(rows.content.cloneNode(true));
          browse.hidden = true;
          input.setAttribute('aria-expanded', 'true');
        },
        { capture: true },
      );
    },
    rowsHtml,
    floor,
  );
}

if (pages.some((p) => p.keystrokeOnly === 'rows')) await captureRows();
// One load first, not counted: the browser's own first-page costs (process start, font cache).
await measure(pages[0]);
const runs = Object.fromEntries(pages.map((p) => [p.key, []]));
for (let i = 0; i < RUNS; i++) {
  // Each round starts one page later: no page always follows the same one (caches, font state).
  for (const page of [...pages.slice(i % pages.length), ...pages.slice(0, i % pages.length)]) runs[page.key].push(await measure(page));
  process.stderr.write(`round ${i + 1}/${RUNS}\r`);
}
await browser.close();
server.close();
if (COMPARE) execFileSync('git', ['worktree', 'remove', '--force', compareDir], { cwd: root });

if (!runs.ours) throw new Error('bench:browser: PAGES must include ours (the visitor figures are taken there).');
if (runs.ours.some((r) => !r.results)) throw new Error('bench:browser: typing "转账失败" showed no results; the run measured nothing.');
if (COMPARE && runs.compare.some((r) => !r.results)) throw new Error(`bench:browser: typing showed no results on ${COMPARE}'s page; the comparison measured nothing.`);

const get = (key, field) => runs[key].map((r) => (typeof field === 'function' ? field(r) : r[field]));
/**
 * The pages that are `key`'s page until the visitor types: the keystroke floors' pages are our
 * default page (the same host page and script tag) until their keystroke handling is replaced,
 * after page load. Page-load figures for our default page use all of its loads in each round.
 */
const sameLoad = (key) => [key, ...(key === 'ours' ? pages.filter((p) => p.keystrokeOnly).map((p) => p.key) : [])];
/** A page-load figure of `key`'s page, from every load of that page. */
const loadGet = (key, field) => sameLoad(key).flatMap((k) => get(k, field));
/** What `key`'s page adds at page load over the bare page in each round (the bare page loaded in the same round). */
const addedRuns = (key, field) => sameLoad(key).flatMap((k) => get(k, field).map((v, i) => v - get('bare', field)[i]));
/** The round of the i-th figure from `addedRuns` or `loadGet`. */
const roundOf = (i) => i % RUNS;
const spread = (xs) => ({ min: Math.min(...xs), max: Math.max(...xs), med: median(xs) });
const fmt = (xs, unit = 'ms', digits = 0) => {
  const s = spread(xs);
  const f = (n) => n.toFixed(digits);
  return `${f(s.med)} ${unit} (${f(s.min)}–${f(s.max)})`;
};
const kb = (xs) => fmt(xs.map((b) => b / 1024), 'KB', 1);
const ms = (n) => `${n.toFixed(1)} ms`;
const col = (s, n) => String(s).padEnd(n);
// The keystroke's floors are our page at load: their figures are for the keystroke only.
const measured = pages.filter((p) => p.key !== 'bare' && !p.keystrokeOnly);

console.log(`\nChromium, 4× CPU throttling, ${RUNS} rounds; in each round every page is loaded cold in turn (the same host page,`);
console.log(`demo/bench-bare.html, with one widget added or none). Figures: median (min–max) across rounds.`);
if (sameLoad('ours').length > 1) console.log(`Our default page is loaded ${sameLoad('ours').length} times in each round (the keystroke floors' pages are the same page until the visitor types): its page-load figures use every load.`);
console.log(`Page load = until the load event + ${AFTER_LOAD_MS / 1000} s. "Added" = the page minus the bare page of the same round.`);
console.log(`Tasks: main-thread task time from the first HTML parse on (trace); the longest task likewise.\n`);
console.log(`${col('page', 40)} ${col('added script', 22)} ${col('added tasks', 22)} ${col('longest task', 22)} ${col('bytes (gzip, as served)', 26)}`);
console.log(`${col('host page, no widget (absolute)', 40)} ${col(fmt(get('bare', 'scriptLoad')), 22)} ${col(fmt(get('bare', 'tasksLoad')), 22)} ${col(fmt(get('bare', 'longestLoad')), 22)} ${kb(get('bare', 'bytesLoad'))}`);
for (const p of measured) {
  console.log(`${col(p.label, 40)} ${col(fmt(addedRuns(p.key, 'scriptLoad')), 22)} ${col(fmt(addedRuns(p.key, 'tasksLoad')), 22)} ${col(fmt(loadGet(p.key, 'longestLoad')), 22)} +${kb(addedRuns(p.key, 'bytesLoad'))}`);
}

// Ours against each peer: the ratio of the medians, and the worst round pairing (our most
// against the peer's least) for the "in every run" target.
const peers = pages.filter((p) => p.peer);
const ourPages = pages.filter((p) => p.key === 'ours' || p.key === 'ours-idle');
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '—');
console.log(`\nOurs ÷ peer (page load, added): ratio of medians [worst: our highest ÷ the peer's lowest]`);
for (const o of ourPages) {
  for (const p of peers) {
    const cell = (field) => {
      const [a, b] = [addedRuns(o.key, field), addedRuns(p.key, field)];
      return `${ratio(median(a), median(b))} [${ratio(Math.max(...a), Math.min(...b))}]`;
    };
    console.log(`  ${col(o.label, 38)} ÷ ${col(p.label, 40)} script ${col(cell('scriptLoad'), 14)} tasks ${col(cell('tasksLoad'), 14)} bytes ${cell('bytesLoad')}`);
  }
}

// Targets. The lightest peer is the one adding the least task time (median).
const lightest = [...peers].sort((a, b) => median(addedRuns(a.key, 'tasksLoad')) - median(addedRuns(b.key, 'tasksLoad')))[0];
const lightestBytes = [...peers].sort((a, b) => median(addedRuns(a.key, 'bytesLoad')) - median(addedRuns(b.key, 'bytesLoad')))[0];
const verdict = (ok) => (ok ? 'met' : 'NOT met');
/** The widget's own time in a page-load task: script, style and parsing (its CSS). */
const widgetPart = (kinds) => ['script', 'style', 'parsing'].reduce((sum, k) => sum + (kinds[k] ?? 0), 0);
/** The most of the widget's own time in any one page-load task that runs its script. */
const widgetMost = (trace) => Math.max(0, ...trace.scriptTasks.map((t) => widgetPart(t.kinds)));
if (peers.length) console.log(`\nTargets (lightest peer by added tasks: ${lightest.label}; by bytes: ${lightestBytes.label})`);
for (const o of peers.length ? ourPages : []) {
  // The target is per run of the bench: this run's medians. Each round's own pairing (our most
  // against the peer's least) is printed for the spread; the bare page's own task time moves
  // by more than the widget adds from one load to the next, so a single round cannot judge it.
  const ours = addedRuns(o.key, 'tasksLoad');
  const theirs = addedRuns(lightest.key, 'tasksLoad');
  const tasksRatio = median(ours) / median(theirs);
  const roundsUnder = ours.filter((v, i) => v <= theirs[roundOf(i)] / 3).length;
  console.log(`  ${col(o.label, 38)} added tasks ≤ 1/3 of the lightest peer's, this run: ${verdict(tasksRatio <= 1 / 3)} (ratio of medians ${tasksRatio.toFixed(2)}; ours ${fmt(ours)}, theirs ${fmt(theirs)}; ${roundsUnder} of ${ours.length} loads under a third of the same round's on their own)`);
  const b = median(addedRuns(o.key, 'bytesLoad'));
  const bPeer = median(addedRuns(lightestBytes.key, 'bytesLoad'));
  console.log(`  ${col('', 38)} bytes ≤ 1/3 of the lightest peer's: ${verdict(b <= bPeer / 3)} (${(b / 1024).toFixed(1)} KB against a third of ${(bPeer / 1024).toFixed(1)} KB)`);
  // The host page runs no script, so a task that runs script runs the widget's. Such a task can
  // also hold the page's own first layout and its fonts (the load event waits for the widget's
  // module, and the bare page does that work in its parse task): what counts is the widget's own
  // script, style and parsing, the most of it in any one of its tasks.
  const own = loadGet(o.key, (r) => widgetMost(r.trace));
  const whole = loadGet(o.key, (r) => r.trace.longestScriptTask);
  console.log(`  ${col('', 38)} no task over 50 ms caused by the widget at page load: ${verdict(Math.max(...own) <= 50)} (the most of the widget's own work in one task ${fmt(own)}; its longest task, whole ${fmt(whole)}; the bare page's longest ${fmt(get('bare', 'longestLoad'))})`);
}

// Where our added page-load time goes, from the traces (self time by category, medians).
console.log(`\nPage-load main-thread time by category (trace, self time; median (min–max) ms; "other" is task and navigation overhead)`);
const tracePages = [pages[0], ...ourPages, ...peers];
console.log(`${col('category', 22)} ${tracePages.map((p) => col(p.key === 'bare' ? 'bare page' : `${p.key} added`, 24)).join(' ')}`);
for (const kind of [...KINDS, 'idle', 'tasks', 'all']) {
  const name = { idle: 'in idle callbacks', tasks: 'tasks (from parse)', all: 'tasks incl. navigation' }[kind] ?? kind;
  const value = (r) => (kind === 'all' ? r.tasksAll : r.trace[kind]);
  const cells = tracePages.map((p) => col(p.key === 'bare' ? fmt(get('bare', value)) : fmt(addedRuns(p.key, value)), 24));
  console.log(`${col(name, 22)} ${cells.join(' ')}`);
}

// The widget's longest page-load task, by category: what of it is the widget's.
for (const o of ourPages) {
  const split = KINDS.map((k) => `${k} ${median(loadGet(o.key, (r) => r.trace.longestScriptTaskKinds[k] ?? 0)).toFixed(0)}`).join(', ');
  console.log(`${col(`${o.key}: its longest task`, 22)} ${fmt(loadGet(o.key, (r) => r.trace.longestScriptTask))}: ${split} (medians, ms)`);
}

// A visitor on our page (default loading): hover, click, typing.
const med = (key, field) => median(get(key, field));
const addedMed = (field) => {
  const d = med('ours', field) - med('bare', field);
  return `${d < 0 ? '−' : '+'}${ms(Math.abs(d))}`;
};
if (process.env.VERBOSE) {
  for (const set of ['ours', 'compare', 'ours-rows', 'ours-typing'].filter((s) => runs[s]?.length)) {
    for (const key of ['panelOpen', 'key1', 'tasksLoad']) console.log(`${set.padEnd(8)} ${key.padEnd(10)} ${get(set, key).map((v) => v.toFixed(0)).join(' ')} ms`);
  }
  for (const key of ['plainClick', 'key1', 'tasksLoad']) console.log(`${'bare'.padEnd(8)} ${key.padEnd(10)} ${get('bare', key).map((v) => v.toFixed(0)).join(' ')} ms`);
}
const task = (n) => (n ? ms(n) : 'none ≥ 50');
const keys = (set) => [1, 2, 3, 4].map((i) => med(set, `key${i}`).toFixed(0)).join('/') + ' ms';
const openVsClick = median(get('ours', 'panelOpen')) / median(get('bare', 'plainClick'));
const keyVsPlain = median(get('ours', 'key1')) / median(get('bare', 'key1'));
/** A floor under the first keystroke (our page, the widget's handling replaced): against the plain input and ours. */
const floorRow = (key, name) => [name, '', fmt(get(key, 'key1')), `÷ plain input ${(med(key, 'key1') / med('bare', 'key1')).toFixed(2)}; widget ÷ this ${(med('ours', 'key1') / med(key, 'key1')).toFixed(2)}`];
const rows = [
  ['script time, whole run (hover, open, 4 keys)', ms(med('bare', 'script')), ms(med('ours', 'script')), addedMed('script')],
  ['load event', ms(med('bare', 'load')), ms(med('ours', 'load')), addedMed('load')],
  ['launcher painted (since navigation)', '', ms(med('ours', 'launcherPainted')), ''],
  [`click (${CLICK_MS} ms press) → painted`, fmt(get('bare', 'plainClick')), fmt(get('ours', 'panelOpen')), `open ÷ plain button ${openVsClick.toFixed(2)}; target < 50 ms or ≤ 1.2×`],
  ['first keystroke → painted', fmt(get('bare', 'key1')), fmt(get('ours', 'key1')), `÷ plain input ${keyVsPlain.toFixed(2)}; target ≤ 2×`],
  ...(runs['ours-rows'] ? [floorRow('ours-rows', '  the same rows put in by hand (no search, no lit)')] : []),
  ...(runs['ours-typing'] ? [floorRow('ours-typing', '  the keystroke not handled (no rows at all)')] : []),
  ['keystroke → painted (worst of 4)', ms(med('bare', 'keystroke')), ms(med('ours', 'keystroke')), ''],
  ['  each of 转 / 转账 / 转账失 / 转账失败', keys('bare'), keys('ours'), ''],
  ['longest task: pointer over the launcher', '', task(med('ours', 'longest-hover')), ''],
  ['longest task: click and 0.7 s after', '', task(med('ours', 'longest-open')), ''],
  ['longest task: typing', task(med('bare', 'longest-typing')), task(med('ours', 'longest-typing')), ''],
];
console.log(`\nA visitor on our page (default loading); input is real (DevTools protocol). No widget: a plain <button> and <input> on the bare page.\n`);
console.log(`${'metric'.padEnd(44)} ${'no widget'.padStart(18)} ${'widget'.padStart(18)}   added / target`);
for (const [name, a, b, c] of rows) console.log(`${name.padEnd(44)} ${a.padStart(18)} ${b.padStart(18)}   ${c}`);

if (COMPARE) {
  // This build against COMPARE's, measured alternately in this run.
  const versus = [
    ['added script, page load', 'scriptLoad'],
    ['added tasks, page load', 'tasksLoad'],
    ['script time, whole run', 'script'],
    ['launcher painted (since navigation)', 'launcherPainted'],
    [`click (${CLICK_MS} ms press) → panel painted`, 'panelOpen'],
    ['keystroke 转 → painted', 'key1'],
    ['keystroke 转账 → painted', 'key2'],
    ['keystroke 转账失 → painted', 'key3'],
    ['keystroke 转账失败 → painted', 'key4'],
    ['longest task, page load', 'longestLoad'],
    ["the widget's longest task, page load", (r) => r.trace.longestScriptTask],
    ['longest task, pointer over the launcher', 'longest-hover'],
    ['longest task, click and 0.7 s after', 'longest-open'],
    ['longest task, typing', 'longest-typing'],
  ];
  console.log(`\n${'metric'.padEnd(44)} ${COMPARE.slice(0, 10).padStart(10)} ${'this'.padStart(10)}   this / ${COMPARE}`);
  for (const [name, key] of versus) {
    const [was, now] = [med('compare', key), med('ours', key)];
    console.log(`${name.padEnd(44)} ${ms(was).padStart(10)} ${ms(now).padStart(10)}   ${was ? (now / was).toFixed(2) : '—'}`);
  }
}

// Main-thread time of one page load by category, from a Chromium trace (DevTools protocol
// Tracing domain): each trace event's self time (its duration minus its children's) goes to the
// category of its name, or of its nearest categorised ancestor.

/** Trace categories to record: the DevTools timeline, V8 and font work, navigation marks. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'fonts', 'loading', 'toplevel', 'blink.user_timing'];

/** `other` is task and navigation overhead (IPC, loader): the bare page has it too. */
export const KINDS = ['script', 'style', 'layout', 'paint', 'fonts', 'parsing', 'other'];

const KIND_OF = new Map();
const add = (kind, names) => names.forEach((n) => KIND_OF.set(n, kind));
add('script', ['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.evaluateModule', 'v8.run', 'v8.callFunction', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch', 'RunMicrotasks', 'V8.RunMicrotasks', 'v8.produceModuleCache', 'v8.produceCache', 'MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCIncrementalMarking', 'V8.GCFinalizeMC', 'V8.GC_MC_BACKGROUND_MARKING', 'BlinkGC.AtomicPhase', 'CppGC.AtomicPhase', 'V8.GCCompactor', 'XHRReadyStateChange', 'V8.Execute', 'ResourceReceivedData', 'V8.BytecodeBudgetInterrupt', 'V8.BytecodeBudgetInterruptWithStackCheck', 'V8.StackGuard', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'v8.newInstance']);
add('style', ['UpdateLayoutTree', 'RecalculateStyles', 'StyleEngine::UpdateActiveStyle', 'Document::updateStyle', 'Document::UpdateStyle', 'StyleRecalc', 'UpdateStyle']);
add('layout', ['Layout', 'LocalFrameView::layout', 'LayoutNG']);
add('paint', ['Paint', 'PaintImage', 'PrePaint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'Decode Image', 'ImageDecodeTask', 'PaintArtifactCompositor::Update', 'LocalFrameView::RunPaintLifecyclePhase', 'LocalFrameView::RunPrePaintLifecyclePhase']);
add('parsing', ['ParseHTML', 'ParseAuthorStyleSheet', 'v8.parseOnBackground', 'HTMLDocumentParser::PumpTokenizer', 'CSSParserImpl::parseStyleSheet']);

/**
 * Events that only page script causes: evaluating a script or module, calling into it (event
 * listeners, timers, idle and animation-frame callbacks, microtasks). The benchmark's host page
 * has no script, so a task that holds one of these is the added widget's.
 */
const RUNS_SCRIPT = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'v8.callFunction', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks', 'V8.RunMicrotasks']);

/** Font work: font lookups, fallback and text shaping (names vary between Chromium versions). */
const isFont = (name) => /font|shap(e|ing)|glyph|harfbuzz|FontRenderStyle/i.test(name);
const kindOf = (name) => KIND_OF.get(name) ?? (isFont(name) ? 'fonts' : undefined);

/**
 * When the first frame after the page's first timer was painted, in ms since navigation (or
 * undefined): on a host page without script, the frame that shows what a widget draws in a
 * `setTimeout` (our launcher). Read from the trace, so the page needs no probe of its own,
 * which would add frames and script to the page load being measured.
 */
export function paintAfterFirstTimer(trace) {
  const events = trace.traceEvents ?? trace;
  const [pid, tid] = mainThread(events);
  const own = events.filter((e) => e.pid === pid && e.tid === tid);
  const timer = own.find((e) => e.name === 'TimerFire');
  // The page's own navigation: the last to start before that timer (a new tab's first is about:blank's).
  const nav = timer && events.filter((e) => e.name === 'navigationStart' && e.pid === pid && e.ts < timer.ts).at(-1);
  if (!nav) return undefined;
  const after = timer.ts + (timer.dur ?? 0);
  const paint = own.filter((e) => e.name === 'Paint' && e.ts >= after).sort((a, b) => a.ts - b.ts)[0];
  return paint && (paint.ts + (paint.dur ?? 0) - nav.ts) / 1000;
}

/** The renderer main thread of the page's main frame: [pid, tid]. */
function mainThread(events) {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = started?.args?.data?.frames ?? [];
  const main = frames.find((f) => !f.parent) ?? frames[0];
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page may have moved to another renderer on navigation: take the CrRendererMain with the most tasks.
  const busiest = names
    .map((m) => ({ pid: m.pid, tid: m.tid, n: events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask').length }))
    .sort((a, b) => b.n - a.n);
  const chosen = busiest.find((t) => t.pid === main?.processId && t.n) ?? busiest[0];
  return chosen ? [chosen.pid, chosen.tid] : [undefined, undefined];
}

/**
 * Milliseconds of main-thread time per kind (KINDS), `idle` (time inside requestIdleCallback
 * callbacks, any kind), `tasks` (all top-level tasks), `longestTask`, `scriptTasks` (each
 * top-level task that runs page script, with its `ms` and self time by kind, `kinds`: on a host
 * page without script, the added widget's tasks) and the longest of them, `longestScriptTask`
 * with its `longestScriptTaskKinds`, from `trace` (the JSON
 * that Tracing returns). Only events that end before `untilUs` (trace clock) count, and only
 * from the first HTML parse on: the navigation's commit before it is the same for every page
 * (no widget can touch it) and, on a loaded machine, its noise would drown a widget's cost.
 */
export function breakdown(trace, untilUs = Infinity) {
  const events = trace.traceEvents ?? trace;
  const [pid, tid] = mainThread(events);
  // Complete events (X) and begin/end pairs (B/E) on that thread, as intervals.
  const spans = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined) spans.push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const firstParse = spans.find((s) => s.name === 'ParseHTML')?.ts ?? 0;
  // The task that holds the first parse counts from that parse's start (its top-level task began with the commit).
  const out = Object.fromEntries([...KINDS, 'idle', 'tasks', 'longestTask'].map((k) => [k, 0]));
  const unknown = new Map();
  const stack = [];
  /** The top-level task being walked: its length (ms) and self time by kind. */
  let task;
  /** The tasks that run page script. */
  const scriptTasks = [];
  const close = (span) => {
    const self = Math.max(0, span.end - span.ts - span.childTime) / 1000;
    out[span.kind] += self;
    if (span.idle) out.idle += self;
    if (span.kind === 'other') unknown.set(span.name, (unknown.get(span.name) ?? 0) + self);
    if (span.task) span.task.kinds[span.kind] = (span.task.kinds[span.kind] ?? 0) + self;
  };
  for (const span of spans) {
    if (span.end > untilUs || span.end <= firstParse) continue;
    if (span.ts < firstParse) span.ts = firstParse;
    while (stack.length && stack.at(-1).end <= span.ts) close(stack.pop());
    const parent = stack.at(-1);
    if (parent) parent.childTime += Math.min(span.end, parent.end) - span.ts;
    else if (span.name === 'RunTask' || span.name === 'ThreadControllerImpl::RunTask') {
      task = { ms: (span.end - span.ts) / 1000, kinds: {} };
      out.tasks += task.ms;
      out.longestTask = Math.max(out.longestTask, task.ms);
    } else if (!parent) task = undefined;
    if (task && RUNS_SCRIPT.has(span.name) && !task.script) {
      task.script = true;
      scriptTasks.push(task);
    }
    span.task = task;
    span.childTime = 0;
    span.kind = kindOf(span.name) ?? parent?.kind ?? 'other';
    span.idle = span.name === 'FireIdleCallback' || !!parent?.idle;
    stack.push(span);
  }
  while (stack.length) close(stack.pop());
  out.scriptTasks = scriptTasks.map(({ ms, kinds }) => ({ ms, kinds }));
  const longest = scriptTasks.reduce((a, t) => (t.ms > (a?.ms ?? 0) ? t : a), undefined);
  out.longestScriptTask = longest?.ms ?? 0;
  /** The longest script task's time by kind (ms). */
  out.longestScriptTaskKinds = longest?.kinds ?? {};
  out.unknown = [...unknown].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return out;
}

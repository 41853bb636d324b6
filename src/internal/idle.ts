// Typed through globalThis so this module also compiles without the DOM library (the search
// engine, a DOM-free module, yields with it).
/** What an idle callback is given: the time left in the idle period, in ms. */
export type IdleDeadline = { timeRemaining(): number };
type IdleGlobal = {
  requestIdleCallback?: (cb: (deadline: IdleDeadline) => void, o?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  requestAnimationFrame: (cb: () => void) => number;
};
const page = globalThis as unknown as IdleGlobal;

/**
 * Run `task` when the main thread is idle (at most `timeout` ms later); where
 * `requestIdleCallback` is missing, after `fallbackMs` (without a deadline). Returns a function
 * that cancels it.
 */
export function idle(task: (deadline?: IdleDeadline) => void, timeout = 1000, fallbackMs = 50): () => void {
  if (page.requestIdleCallback) {
    const id = page.requestIdleCallback(task, { timeout });
    return () => page.cancelIdleCallback?.(id);
  }
  const id = setTimeout(() => task(), fallbackMs);
  return () => clearTimeout(id);
}

/**
 * Resolves after the next frame is painted: a rAF callback runs just before that paint and a
 * timeout queued from it runs after.
 */
export const afterNextPaint = (): Promise<void> => new Promise((resolve) => page.requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Let the page run (input, rendering) before continuing, without waiting for it to be idle:
 * `scheduler.yield()` where it exists, else a new task. Works in Node too.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = pageScheduler();
  return scheduler?.yield ? scheduler.yield() : nextTask();
}

/**
 * Continue in a new task at background priority (`scheduler.postTask`) where it exists: the
 * page's own tasks, input and rendering all run first, and so does a timeout queued after this
 * one. Elsewhere (and in Node) a plain task.
 */
export function inBackground(): Promise<void> {
  const scheduler = pageScheduler();
  return scheduler?.postTask ? scheduler.postTask(() => undefined, { priority: 'background' }) : nextTask();
}

/** The Prioritized Task Scheduling API, where the browser has it. */
type Scheduler = {
  yield?: () => Promise<void>;
  postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void>;
};
const pageScheduler = (): Scheduler | undefined => (globalThis as { scheduler?: Scheduler }).scheduler;
/** A plain new task. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

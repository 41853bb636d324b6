type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/**
 * Run `task` when the main thread is idle (at most `timeout` ms later); where
 * `requestIdleCallback` is missing, after `fallbackMs`. Returns a function that cancels it.
 */
export function idle(task: () => void, timeout = 1000, fallbackMs = 50): () => void {
  const w = window as IdleWindow;
  if (w.requestIdleCallback) {
    const id = w.requestIdleCallback(task, { timeout });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = window.setTimeout(task, fallbackMs);
  return () => clearTimeout(id);
}

/**
 * Resolves after the next frame is painted: a rAF callback runs just before that paint and a
 * timeout queued from it runs after.
 */
export const afterNextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Let the page run (input, rendering) before continuing, without waiting for it to be idle:
 * `scheduler.yield()` where it exists, else a new task. Works in Node too.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };

/** Run `task` when the main thread is idle (at most `timeout` ms later). */
export function idle(task: () => void, timeout = 1000): void {
  const w = window as IdleWindow;
  if (w.requestIdleCallback) w.requestIdleCallback(task, { timeout });
  else setTimeout(task, 50);
}

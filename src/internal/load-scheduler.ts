export const LOADING_MODES = ['eager', 'idle', 'interaction'] as const;
export type LoadingMode = (typeof LOADING_MODES)[number];

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };

/**
 * Defers network work so the launcher never waits for it and the host's load is never
 * blocked: `eager` runs now, `idle` when the browser is idle (at most 3 s later),
 * `interaction` on the first open. A task scheduled again replaces the pending one.
 */
export class LoadScheduler {
  mode: LoadingMode = 'idle';
  private pending = new Map<string, () => void>();
  private idleHandle: number | undefined;
  private interacted = false;

  schedule(key: string, task: () => void): void {
    if (this.mode === 'eager' || this.interacted) {
      task();
      return;
    }
    this.pending.set(key, task);
    if (this.mode === 'idle' && this.idleHandle === undefined) {
      const w = window as IdleWindow;
      const run = () => {
        this.idleHandle = undefined;
        this.flush();
      };
      this.idleHandle = w.requestIdleCallback ? w.requestIdleCallback(run, { timeout: 3000 }) : window.setTimeout(run, 1);
    }
  }

  /** The visitor opened the widget: everything pending runs now, later tasks run at once. */
  interact(): void {
    this.interacted = true;
    this.flush();
  }

  cancel(): void {
    const w = window as IdleWindow;
    if (this.idleHandle !== undefined) (w.cancelIdleCallback ?? clearTimeout)(this.idleHandle);
    this.idleHandle = undefined;
    this.pending.clear();
  }

  private flush(): void {
    const tasks = [...this.pending.values()];
    this.pending.clear();
    for (const t of tasks) t();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { idle } from './idle.js';

export const LOADING_MODES = ['eager', 'idle', 'interaction'] as const;
export type LoadingMode = (typeof LOADING_MODES)[number];

/**
 * Defers network work so the launcher never waits for it and the host's load is never
 * blocked: `eager` runs now, `idle` when the browser is idle (at most 3 s later),
 * `interaction` on the first open or on intent (pointer over or focus on the launcher). A task
 * for what the launcher itself shows (the status badge) runs when idle in `interaction` too:
 * a visitor must see it before opening. A task scheduled again replaces the pending one.
 */
export class LoadScheduler implements ReactiveController {
  private current: LoadingMode = 'interaction';
  private pending = new Map<string, { task: () => void; shown: boolean }>();
  private cancelIdle: (() => void) | undefined;
  private interacted = false;

  /** With a `host`, whatever is pending is dropped when the host leaves the page. */
  constructor(host?: ReactiveControllerHost) {
    host?.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  get mode(): LoadingMode {
    return this.current;
  }

  /** A change applies to what is pending too: `eager` runs it now, `idle` when the page is idle. */
  set mode(mode: LoadingMode) {
    if (mode === this.current) return;
    this.current = mode;
    if (mode === 'eager') this.flush();
    else if (mode === 'idle') this.whenIdle();
  }

  /** `shown`: the task loads something the launcher shows, so it never waits for an interaction. */
  schedule(key: string, task: () => void, { shown = false } = {}): void {
    if (this.mode === 'eager' || this.interacted) {
      this.pending.delete(key);
      task();
      return;
    }
    this.pending.set(key, { task, shown });
    if (this.mode === 'idle' || shown) this.whenIdle();
  }

  private whenIdle(): void {
    if (this.cancelIdle || !this.pending.size) return;
    this.cancelIdle = idle(() => {
      this.cancelIdle = undefined;
      // Still waiting for an interaction: only what the launcher shows.
      this.flush(this.mode === 'interaction');
    }, 3000, 1);
  }

  /** The visitor opened the widget: everything pending runs now, later tasks run at once. */
  interact(): void {
    this.interacted = true;
    this.flush();
  }

  /** Forget the pending task under `key`, if any. */
  drop(key: string): void {
    this.pending.delete(key);
  }

  cancel(): void {
    this.cancelIdle?.();
    this.cancelIdle = undefined;
    this.pending.clear();
  }

  /** Runs the pending tasks (only those the launcher shows, with `onlyShown`). */
  private flush(onlyShown = false): void {
    const tasks = [...this.pending].filter(([, t]) => !onlyShown || t.shown);
    for (const [key] of tasks) this.pending.delete(key);
    for (const [, t] of tasks) t.task();
  }
}

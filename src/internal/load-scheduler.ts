import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { idle } from './idle.js';

export const LOADING_MODES = ['eager', 'idle', 'interaction'] as const;
export type LoadingMode = (typeof LOADING_MODES)[number];

/**
 * Defers network work so the launcher never waits for it and the host's load is never
 * blocked: `eager` runs now, `idle` when the browser is idle (at most 3 s later),
 * `interaction` on the first open. A task scheduled again replaces the pending one.
 */
export class LoadScheduler implements ReactiveController {
  mode: LoadingMode = 'idle';
  private pending = new Map<string, () => void>();
  private cancelIdle: (() => void) | undefined;
  private interacted = false;

  /** With a `host`, whatever is pending is dropped when the host leaves the page. */
  constructor(host?: ReactiveControllerHost) {
    host?.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  schedule(key: string, task: () => void): void {
    if (this.mode === 'eager' || this.interacted) {
      this.pending.delete(key);
      task();
      return;
    }
    this.pending.set(key, task);
    if (this.mode === 'idle' && !this.cancelIdle) {
      const run = () => {
        this.cancelIdle = undefined;
        this.flush();
      };
      this.cancelIdle = idle(run, 3000, 1);
    }
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

  private flush(): void {
    const tasks = [...this.pending.values()];
    this.pending.clear();
    for (const t of tasks) t();
  }
}

/**
 * One async job at a time, in the shape of @lit/task: each run has an id and its own
 * AbortController whose signal the job passes to `fetch`. Starting a run (or `abort()`)
 * aborts the one before: its request is cancelled, not only its result ignored.
 */
export type RunOutcome<T> = { status: 'complete'; value: T } | { status: 'error'; error: unknown } | { status: 'aborted' };

export class Task {
  private runId = 0;
  private controller?: AbortController;

  /** Run `job`; resolves with its outcome, `aborted` when a newer run or `abort()` came first. */
  async run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<RunOutcome<T>> {
    this.abort();
    const id = this.runId;
    const controller = (this.controller = new AbortController());
    const current = () => id === this.runId && !controller.signal.aborted;
    try {
      const value = await job(controller.signal);
      return current() ? { status: 'complete', value } : { status: 'aborted' };
    } catch (error) {
      return current() ? { status: 'error', error } : { status: 'aborted' };
    } finally {
      if (id === this.runId) this.controller = undefined;
    }
  }

  /** Abort the run in progress, if any. */
  abort(): void {
    this.runId++;
    this.controller?.abort();
    this.controller = undefined;
  }
}

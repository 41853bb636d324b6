/**
 * A signal for one request: aborts when the caller's `signal` does (a newer load superseded
 * this one), after `ms` (the deadline), or on `abort()` (the body grew too large). Uses
 * `AbortSignal.timeout()` and `AbortSignal.any()` where the browser has them.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  /** The deadline passed (and not the caller's signal, which means "superseded"). */
  timedOut(): boolean;
  abort(): void;
  /** Stop the timer of the fallback implementation. */
  done(): void;
}

type AbortSignalStatics = typeof AbortSignal & { any?: (signals: AbortSignal[]) => AbortSignal; timeout?: (ms: number) => AbortSignal };

export function deadline(ms: number, signal?: AbortSignal): Deadline {
  const own = new AbortController();
  const statics = AbortSignal as AbortSignalStatics;
  if (statics.any && statics.timeout) {
    const timer = statics.timeout(ms);
    const signals = signal ? [own.signal, timer, signal] : [own.signal, timer];
    return { signal: statics.any(signals), timedOut: () => timer.aborted && !signal?.aborted, abort: () => own.abort(), done: () => undefined };
  }
  // Older engines: one controller, a timer and a listener do the same.
  let expired = false;
  const id = setTimeout(() => {
    expired = true;
    own.abort();
  }, ms);
  const follow = () => own.abort();
  if (signal?.aborted) own.abort();
  else signal?.addEventListener('abort', follow, { once: true });
  return {
    signal: own.signal,
    timedOut: () => expired && !signal?.aborted,
    abort: () => own.abort(),
    done: () => {
      clearTimeout(id);
      signal?.removeEventListener('abort', follow);
    },
  };
}

import { deadline, type Deadline } from './deadline.js';

export type FetchFailure = 'network' | 'timeout' | 'http' | 'too-large';

/** Why a request gave no usable body. `reason` goes into the widget's error events. */
export class FetchError extends Error {
  constructor(
    readonly src: string,
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface FetchTextOptions {
  timeoutMs: number;
  /** Larger bodies are cut off. */
  maxBytes: number;
  /** Aborts the request (a newer load superseded it): it then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Said after "is larger than N bytes" (what such a body should be instead). */
  tooLarge?: string;
}

/**
 * GET a text body with a deadline and a size cap; every failure becomes a FetchError,
 * except an abort through `signal` (superseded), which rethrows the `AbortError`.
 */
export async function fetchText(src: string, { timeoutMs, maxBytes, signal, tooLarge }: FetchTextOptions): Promise<string> {
  const limit = deadline(timeoutMs, signal);
  const failure = (late: string, broken: string) => {
    if (signal?.aborted) return new DOMException(`"${src}" was superseded.`, 'AbortError');
    return limit.timedOut() ? new FetchError(src, 'timeout', late) : new FetchError(src, 'network', broken);
  };
  try {
    let res: Response;
    try {
      res = await fetch(src, { signal: limit.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch {
      throw failure(`"${src}" did not answer within ${timeoutMs} ms.`, `"${src}" could not be fetched (offline, blocked by CORS or CSP connect-src?).`);
    }
    if (!res.ok) throw new FetchError(src, 'http', `"${src}" answered HTTP ${res.status}.`);
    return await readCapped(res, src, maxBytes, tooLarge, limit, () => failure(`"${src}" did not finish within ${timeoutMs} ms.`, `"${src}" broke off while loading.`));
  } finally {
    limit.done();
  }
}

async function readCapped(res: Response, src: string, maxBytes: number, tooLarge: string | undefined, limit: Deadline, failure: () => Error): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return res.text();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        limit.abort();
        throw new FetchError(src, 'too-large', `"${src}" is larger than ${maxBytes} bytes${tooLarge ? `; ${tooLarge}` : ''}.`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw failure();
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

import type { CompiledPack } from './compiled.js';
import type { PackInput } from './types.js';
import { deadline, type Deadline } from '../internal/deadline.js';
import { validatePack, formatIssue, type ContentIssue } from './validate.js';

export type PackLoadFailure = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'too-large';

/** Why a runtime pack was not used. The bundled content stays in place. */
export class PackLoadError extends Error {
  constructor(
    readonly src: string,
    readonly reason: PackLoadFailure,
    message: string,
    readonly issues?: ContentIssue[],
  ) {
    super(message);
    this.name = 'PackLoadError';
  }
}

export interface FetchPackOptions {
  timeoutMs?: number;
  /** Larger bodies are cut off: a pack is a few hundred KB at most. */
  maxBytes?: number;
  /** Aborts the request: a newer load superseded this one. It then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/**
 * Load a pack from a URL (raw `content/<pack>/<locale>.json` or a compiled
 * `dist/content/…` file), bounded in time and size, and validate it.
 */
export async function fetchPack(src: string, { timeoutMs = 8000, maxBytes = 2_000_000, signal }: FetchPackOptions = {}): Promise<CompiledPack<PackInput>> {
  const text = await fetchText(src, timeoutMs, maxBytes, signal);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new PackLoadError(src, 'parse', `content-src "${src}" is not valid JSON (${(e as Error).message}).`);
  }
  const compiled = isCompiled(json) ? json : { pack: json };
  const issues = validatePack(compiled.pack, src).filter((i) => i.severity === 'error');
  if (issues.length) {
    throw new PackLoadError(
      src,
      'invalid',
      `content-src "${src}" is not a valid content pack:\n${issues.slice(0, 20).map(formatIssue).join('\n')}`,
      issues,
    );
  }
  return compiled as CompiledPack<PackInput>;
}

function isCompiled(json: unknown): json is CompiledPack<PackInput> {
  return typeof json === 'object' && json !== null && 'pack' in json && !('meta' in json);
}

/**
 * GET a text body with a deadline and a size cap; every failure becomes a PackLoadError,
 * except an abort through `signal` (superseded), which rethrows the `AbortError`.
 */
export async function fetchText(src: string, timeoutMs: number, maxBytes: number, signal?: AbortSignal): Promise<string> {
  const limit = deadline(timeoutMs, signal);
  const failure = (late: string, broken: string) => {
    if (signal?.aborted) return new DOMException(`"${src}" was superseded.`, 'AbortError');
    return limit.timedOut() ? new PackLoadError(src, 'timeout', late) : new PackLoadError(src, 'network', broken);
  };
  try {
    let res: Response;
    try {
      res = await fetch(src, { signal: limit.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch {
      throw failure(`"${src}" did not answer within ${timeoutMs} ms.`, `"${src}" could not be fetched (offline, blocked by CORS or CSP connect-src?).`);
    }
    if (!res.ok) throw new PackLoadError(src, 'http', `"${src}" answered HTTP ${res.status}.`);
    return await readCapped(res, src, maxBytes, limit, () => failure(`"${src}" did not finish within ${timeoutMs} ms.`, `"${src}" broke off while loading.`));
  } finally {
    limit.done();
  }
}

async function readCapped(res: Response, src: string, maxBytes: number, limit: Deadline, failure: () => Error): Promise<string> {
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
        throw new PackLoadError(src, 'too-large', `"${src}" is larger than ${maxBytes} bytes; a content pack should be far smaller.`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof PackLoadError) throw e;
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

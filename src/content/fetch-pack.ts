import type { CompiledPack } from './compiled.js';
import type { PackInput } from './types.js';
import { fetchText, type FetchFailure } from '../internal/fetch-text.js';
import { validatePack, formatIssue, type ContentIssue } from './validate.js';

export type PackLoadFailure = FetchFailure | 'parse' | 'invalid';

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
  const text = await fetchText(src, { timeoutMs, maxBytes, signal, tooLarge: 'a content pack should be far smaller' });
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

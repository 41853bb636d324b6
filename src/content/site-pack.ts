/**
 * Loading the site's own pack (`content-src`) and, when that fails, what to show instead: the
 * last good copy of the same pack, else the neutral "help articles are unavailable" pack. A
 * lazily loaded chunk (with the validator), fetched only by pages that set `content-src`.
 */
import type { Channel, PackInput } from './types.js';
import type { CompiledPack } from './compiled.js';
import type { ContentIssue } from './validate.js';
import { fetchPack, type PackLoadFailure } from './fetch-pack.js';
import { readLastGood, saveLastGood } from './last-good.js';
import { validatePack } from './validate.js';
import { unavailablePack } from './unavailable-pack.js';
import { parseLocales, isLocaleTemplate } from './locale.js';
import type { ContentHost } from '../controllers/content-controller.js';
import { emit } from '../internal/emit.js';
import { warnOnce } from '../internal/warn.js';

export interface SitePackRequest {
  src: string;
  /** The locale filled into a `{locale}` template ('' without one): part of the last good copy's key. */
  key: string;
  /** The locale of the neutral pack, should it be needed. */
  locale: string;
  timeoutMs: number;
  signal: AbortSignal;
  /** The site's content is shown already: keep it on failure. */
  keepShown: boolean;
  /** The channels the site configured (`channels`), for the neutral pack. */
  channels?: Channel[];
}

export type SitePackResult =
  | { ok: true; loaded: CompiledPack<PackInput> }
  | {
      ok: false;
      reason: PackLoadFailure;
      message: string;
      issues?: ContentIssue[];
      /** What replaces the shown content; none when the site's own stays. */
      fallback?: { compiled: CompiledPack<PackInput>; source: 'last-good' | 'unavailable' };
      /** The one console error. */
      log: string;
    };


const absolute = (src: string) => new URL(src, document.baseURI).href;

/** Fetch and validate `src`; a good pack is saved as its last good copy (see last-good.ts). An abort rejects. */
export async function loadSitePack(request: SitePackRequest): Promise<SitePackResult> {
  const { src, key, signal } = request;
  try {
    const loaded = await fetchPack(src, { timeoutMs: request.timeoutMs, signal });
    saveLastGood(absolute(src), key, loaded);
    return { ok: true, loaded };
  } catch (e) {
    if (signal.aborted) throw e;
    // A PackLoadError says why; anything else is a network failure.
    const err = e as { reason?: PackLoadFailure; message?: string; issues?: ContentIssue[] };
    const message = err.reason ? String(err.message) : `"${src}" could not be loaded (${String(e)}).`;
    const fallback = request.keepShown ? undefined : await insteadOf(request);
    const instead = !fallback ? 'Keeping the current content.' : fallback.source === 'last-good' ? 'Showing the last good copy of it.' : 'Showing the contact channels only.';
    return { ok: false, reason: err.reason ?? 'network', message, issues: err.issues, fallback, log: `${message} ${instead}` };
  }
}

/** The site's last good copy, if there is one and it still validates, else the neutral pack. */
async function insteadOf({ src, key, locale, channels }: SitePackRequest): Promise<{ compiled: CompiledPack<PackInput>; source: 'last-good' | 'unavailable' }> {
  const saved = readLastGood(absolute(src), key);
  const pack = (saved?.compiled as Partial<CompiledPack<PackInput>> | undefined)?.pack;
  if (saved && pack && !validatePack(pack, 'last good copy').some((i) => i.severity === 'error')) return { compiled: saved.compiled as CompiledPack<PackInput>, source: 'last-good' };
  return { compiled: await unavailablePack(locale, channels), source: 'unavailable' };
}

const positiveOr = (n: number, fallback: number): number => (Number.isFinite(n) && n > 0 ? n : fallback);

/**
 * One `content-src` load for the content controller: the pack to show (the site's, its last
 * good copy or the neutral pack, completed with the catalog) and `report()`, which sends
 * `sw-content-load`, or the one console error and `sw-content-error`, once it is shown.
 */
export async function loadSiteContent(request: {
  host: ContentHost;
  template: string;
  src: string;
  locale: string;
  signal: AbortSignal;
  keepShown: boolean;
  complete: (compiled: CompiledPack<PackInput>) => Promise<CompiledPack>;
}): Promise<{ compiled?: CompiledPack; source: 'site' | 'last-good' | 'unavailable'; loaded?: CompiledPack<PackInput>; report: () => void }> {
  const { host, template, src, locale, signal, keepShown } = request;
  const templated = isLocaleTemplate(template);
  if (templated && !parseLocales(host.locales).length) {
    warnOnce(host, `content-src="${template}" has {locale} but no locales="…" lists the site's locales (e.g. locales="en ja"); using "${locale}".`);
  }
  const timeoutMs = positiveOr(host.contentTimeout, 8000);
  const result = await loadSitePack({ src, key: templated ? locale : '', locale, timeoutMs, signal, keepShown, channels: host.channels });
  if (result.ok) {
    const compiled = await request.complete(result.loaded);
    const { id, version } = compiled.pack.meta;
    return { compiled, source: 'site', loaded: result.loaded, report: () => emit(host, 'sw-content-load', { src, pack: id, locale: compiled.pack.meta.locale, version }) };
  }
  const fallback = result.fallback;
  return {
    compiled: fallback && (await request.complete(fallback.compiled)),
    source: fallback?.source ?? 'site',
    report: () => {
      console.error(`<support-widget>: ${result.log}`);
      emit(host, 'sw-content-error', { src, reason: result.reason, message: result.message, issues: result.issues });
    },
  };
}

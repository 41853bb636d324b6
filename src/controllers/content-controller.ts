import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Channel, ContentPack, PackInput } from '../content/types.js';
import type { CompiledPack } from '../content/compiled.js';
import type { PacksManifest } from '../content/packs.js';
import { defaultContent, type DefaultContent } from '../content/default-content.js';
import { parseLocales, isLocaleTemplate, fillLocale } from '../content/locale.js';
import { LAUNCHER_LOCALES } from '../i18n/launcher.js';
import type { PackSearch } from '../search/engine.js';
import type { LoadScheduler } from '../internal/load-scheduler.js';
import { emit } from '../internal/emit.js';
import { warnOnce } from '../internal/warn.js';
import { withChannelAttributes, type ChannelAttributeValues } from '../channels/attribute-channels.js';
import { Task } from './task.js';
import { loadFaqView } from './lazy-views-controller.js';

/** What the element asks of its host. */
export interface ContentHost extends ReactiveControllerHost, EventTarget, ChannelAttributeValues {
  contentSrc?: string;
  locale?: string;
  locales?: string;
  contentTimeout: number;
  channels?: Channel[];
}

/** The languages asked for (see LocaleController): which pack to load, which catalog completes it. */
export interface ContentLocales {
  /** The tags asked for, best first; a change loads again. */
  readonly requested: readonly string[];
  /** The interface locale: the catalog the shown pack is completed with. */
  readonly ui: string;
  /** The interface locale around content in `contentLocale` (its fallback when no asked-for tag has a catalog). */
  uiFor(contentLocale: string): string;
  /** The locale of `available` that fits the tags asked for, else `fallback`. */
  content(available: readonly string[], fallback: string): string;
  /** The warning when the site asked for a locale it has no content for. */
  warnMissing(available: readonly string[], using: string, options?: { listed?: boolean }): void;
}

/**
 * Where the shown pack came from: the bundled default content (only while the site supplied
 * none), the site's own (`content-src`, `setContent()`), the last good copy of the site's pack,
 * or the neutral "help articles are unavailable" state.
 */
export type ContentSource = 'bundled' | 'site' | 'last-good' | 'unavailable';

interface Shown {
  compiled: CompiledPack;
  source: ContentSource;
  /** The URL it came from (`bundled`, `setContent()`, or the resolved `content-src`). */
  src: string;
  /** The pack as loaded, before the catalog completed it: a reload of the same one is a no-op. */
  loaded: CompiledPack<PackInput>;
  /** The interface locale it was completed with. */
  ui?: string;
}

/** fuse.js (typo correction) and the query rules are chunks of their own, loaded when the search is prepared. */
const loadTypos = () => import('../search/typos.js').then((m) => m.fuseTypos);
const loadRules = () => import('../search/intent.js').then((m) => m.rules);
/** The search engine is a chunk of its own too: it loads once search is asked for (`search()`), and the answers show without it. */
const loadSearch = () => import('../search/engine.js');

/**
 * The widget's content: which pack is shown, loading it (`content-src`, else the bundled
 * default content), and what to show when the site's content fails. Once the site has
 * supplied content (`content-src` or `setContent()`), bundled content never replaces it:
 * the site setting content aborts a bundled load on its way.
 */
export class ContentController implements ReactiveController {
  /** The search over the shown pack, once asked for (`search()`). */
  searcher?: PackSearch;
  private searchWanted = false;
  private searching?: Promise<PackSearch | undefined>;
  private shown?: Shown;
  private siteSupplied = false;
  private manifest?: PacksManifest;
  private readonly task = new Task();
  private loading?: Promise<void>;
  /** A setContent() pack being validated and prepared. */
  private setting?: Promise<void>;
  /** contentSrc, locale and locales as last seen by an update. */
  private requested?: string;
  /** The same, as the last load started for (an intent can start one before the first update). */
  private loadedFor?: string;

  constructor(
    private readonly host: ContentHost,
    private readonly loads: LoadScheduler,
    private readonly locales: ContentLocales,
  ) {
    host.addController(this);
  }

  /** The pack shown, once one has loaded. */
  get pack(): ContentPack | undefined {
    return this.shown?.compiled.pack;
  }

  get source(): ContentSource | undefined {
    return this.shown?.source;
  }

  /** The channels shown and verified against, once a pack is shown: the pack's or the host's `channels`, with the channel attributes applied. */
  channels(): Channel[] {
    return withChannelAttributes(this.host.channels ?? this.pack!.contact.channels, this.host, (m) => warnOnce(this.host, m));
  }

  /** The language of the content shown, or before any has loaded, the one it will most likely have. */
  get locale(): string {
    if (this.shown) return this.shown.compiled.pack.meta.locale;
    if (this.host.contentSrc) return this.siteLocale();
    if (this.manifest && !this.siteSupplied) return this.locales.content(this.manifest.locales, this.manifest.defaultLocale);
    return this.locales.content(LAUNCHER_LOCALES, this.locales.requested[0] ?? 'en');
  }

  hostUpdate(): void {
    const requested = this.requestKey();
    if (requested === this.requested) return;
    this.requested = requested;
    if (this.host.contentSrc) this.siteSupplies();
    else if (this.manifest && !this.siteSupplied) this.locales.warnMissing(this.manifest.locales, this.locale, { listed: true });
    // Pointer intent before the first update already loads for these settings.
    if (requested === this.loadedFor) return;
    this.loads.schedule('content', () => void this.load());
  }

  /**
   * What a load depends on: contentSrc, locales and the requested locales. Not the interface
   * locale itself: it may follow the content shown (see LocaleController.ui), and a failed load
   * showing other content must not start another load.
   */
  private requestKey(): string {
    const { contentSrc, locales } = this.host;
    return JSON.stringify([contentSrc ?? '', locales ?? '', this.locales.requested]);
  }

  hostDisconnected(): void {
    this.task.abort();
    // Reconnected before anything showed: load again on the next update.
    if (!this.shown) this.requested = this.loadedFor = undefined;
  }

  /** Validate `pack` (the validator is a lazy chunk) and show it; rejects, keeping what is shown, when it is invalid. */
  set(pack: PackInput): Promise<void> {
    // From the call on, whatever the validation says: a bundled pack must not land meanwhile.
    // It wins over loads on their way; a later locale or content-src change loads again.
    this.siteSupplies();
    this.loads.drop('content');
    // An open meanwhile (ensure()) waits for this pack rather than showing "unavailable".
    const setting = this.validateAndShow(pack);
    const pending: Promise<void> = setting
      .catch(() => undefined)
      .finally(() => {
        if (this.setting === pending) this.setting = undefined;
      });
    this.setting = pending;
    return setting;
  }

  private async validateAndShow(pack: PackInput): Promise<void> {
    const { validatePack } = await import('../content/validate.js');
    const errors = validatePack(pack, 'setContent()').filter((i) => i.severity === 'error');
    if (errors.length) throw new Error(`setContent(): invalid content pack — ${errors[0].field}: ${errors[0].message}`);
    const outcome = await this.task.run(() => this.complete({ pack }));
    if (outcome.status === 'complete') this.show(outcome.value, 'site', 'setContent()', { pack });
  }

  /**
   * Resolves true once a pack is shown, loading one now if none is shown or on its way (an
   * open or pointer intent before the page's idle time).
   */
  async ensure(): Promise<boolean> {
    if (!this.shown && !this.loading) {
      this.loads.drop('content');
      void this.load();
    }
    while (!this.shown && (this.loading || this.setting)) await (this.loading ?? this.setting);
    // Nothing to show: the npm build with no content given, or the site's content was invalid.
    if (!this.shown && (this.siteSupplied || !defaultContent())) {
      const { unavailablePack, NO_CONTENT } = await import('../content/unavailable-pack.js');
      if (!this.siteSupplied) warnOnce(this.host, NO_CONTENT);
      const unavailable = await unavailablePack(this.locales.ui, this.host.channels);
      if (!this.shown) this.show(unavailable, 'unavailable', '');
    }
    return !!this.shown;
  }

  private load(): Promise<void> {
    this.loadedFor = this.requestKey();
    const loading: Promise<void> = this.loadNow().finally(() => {
      if (this.loading === loading) this.loading = undefined;
    });
    return (this.loading = loading);
  }

  private async loadNow(): Promise<void> {
    if (this.host.contentSrc) return this.loadSite(this.host.contentSrc);
    const bundled = defaultContent();
    if (!this.siteSupplied && bundled) return this.loadBundled(bundled);
    return this.recomplete();
  }

  /** The interface language changed and the content did not (`setContent()`): complete the shown pack with the other catalog. */
  private async recomplete(): Promise<void> {
    const shown = this.shown;
    if (!shown || shown.ui === this.locales.ui) return;
    const outcome = await this.task.run(() => this.complete(shown.loaded));
    if (outcome.status === 'complete' && this.shown === shown) this.show(outcome.value, shown.source, shown.src, shown.loaded);
  }

  /** From now on only the site's content is shown; a bundled load on its way is cancelled. */
  private siteSupplies(): void {
    this.siteSupplied = true;
    this.task.abort();
  }

  /** The locale asked of the site: with a `{locale}` template, the best of `locales`. */
  private siteLocale(): string {
    const listed = parseLocales(this.host.locales);
    if (listed.length) return this.locales.content(listed, listed[0]);
    return this.locales.requested[0] ?? 'en';
  }

  private async loadSite(template: string): Promise<void> {
    const locale = this.siteLocale();
    const templated = isLocaleTemplate(template);
    const src = templated ? fillLocale(template, locale) : template;
    const listed = parseLocales(this.host.locales);
    if (templated && listed.length) this.locales.warnMissing(listed, locale);
    // The same pack: only the interface language can have changed.
    if (this.shown?.source === 'site' && this.shown.src === src) return this.recomplete();
    const keepShown = this.shown?.source === 'site';
    const outcome = await this.task.run(async (signal) => {
      const { loadSiteContent } = await import('../content/site-pack.js');
      return loadSiteContent({ host: this.host, template, src, locale, signal, keepShown, complete: (c) => this.complete(c) });
    });
    // The loader chunk itself did not load (offline): nothing better to show than what is shown.
    if (outcome.status === 'error') this.fail(src, `"${src}" could not be loaded (${outcome.error}).`);
    if (outcome.status !== 'complete') return;
    const { compiled, source, loaded, report } = outcome.value;
    if (compiled) this.show(compiled, source, src, loaded);
    // A pack of a single locale: the site asked for another one with `locale`.
    if (!templated && source === 'site' && loaded) this.locales.warnMissing([loaded.pack.meta.locale], loaded.pack.meta.locale);
    report();
  }

  /** The one console error and `sw-content-error` of a load that failed for want of a chunk (offline). */
  private fail(src: string, message: string): void {
    console.error(`<support-widget>: ${message}`);
    emit(this.host, 'sw-content-error', { src, reason: 'network', message });
  }

  private async loadBundled(bundled: DefaultContent): Promise<void> {
    const outcome = await this.task.run(async () => {
      const manifest = await bundled.manifest();
      const locale = this.locales.content(manifest.locales, manifest.defaultLocale);
      const loaded = await bundled.pack(locale);
      const same = this.shown?.loaded === loaded && this.shown.ui === this.locales.ui;
      return { manifest, locale, loaded, compiled: same ? undefined : await this.complete(loaded) };
    });
    // The site's content arriving aborts this run; the check keeps that true whatever the timing.
    if (outcome.status === 'aborted' || this.siteSupplied) return;
    if (outcome.status === 'error') return this.fail('bundled', `the bundled content did not load (${outcome.error}); the next open tries again.`);
    const { manifest, locale, loaded, compiled } = outcome.value;
    this.manifest = manifest;
    this.locales.warnMissing(manifest.locales, locale, { listed: true });
    if (!compiled) return;
    // Only the interface language changed: the same content, no new sw-content-load.
    const sameContent = this.shown?.loaded === loaded;
    this.show(compiled, 'bundled', 'bundled', loaded);
    if (!sameContent) emit(this.host, 'sw-content-load', { src: 'bundled', pack: manifest.product, locale, version: compiled.pack.meta.version });
  }

  /** `compiled` with the interface strings and fallback its pack leaves out, from the built-in catalog of the interface locale (a lazily loaded chunk). */
  private async complete(compiled: CompiledPack<PackInput>): Promise<CompiledPack> {
    void loadFaqView();
    const { withCatalog } = await import('../i18n/catalog.js');
    // The pack being completed is not shown yet: its own language is the interface's fallback.
    return withCatalog(compiled, this.locales.uiFor(compiled.pack.meta.locale));
  }

  private show(compiled: CompiledPack, source: ContentSource, src: string, loaded: CompiledPack<PackInput> = compiled): void {
    this.shown = { compiled, source, src, loaded, ui: compiled.pack.uiLocale };
    this.searcher = undefined;
    this.searching = undefined;
    this.host.requestUpdate();
    if (this.searchWanted) void this.search();
  }

  /**
   * The search over the shown pack, created once asked for: the engine's chunk and its set-up
   * wait until the open panel has painted (PrerenderController), so that they do not compete
   * with it. From then on each pack shown gets its search at once. Resolves with the
   * search, or undefined when its chunk did not load (the answers stay browsable).
   */
  search(): Promise<PackSearch | undefined> {
    this.searchWanted = true;
    const shown = this.shown;
    if (!shown) return Promise.resolve(undefined);
    this.searching ??= loadSearch().then(
      ({ createSearch }) => {
        if (this.shown !== shown) return this.searcher;
        const { compiled } = shown;
        this.searcher = createSearch(compiled.pack, { index: compiled.index, loadTypos, loadRules, loadIndex: compiled.loadIndex });
        this.host.requestUpdate();
        return this.searcher;
      },
      (e: unknown) => {
        if (this.shown === shown) this.searching = undefined;
        console.error(`<support-widget>: the search did not load (${String(e)}); the answers stay browsable.`);
        return undefined;
      },
    );
    return this.searching;
  }
}

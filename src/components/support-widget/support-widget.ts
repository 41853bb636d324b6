import { LitElement, html, svg, nothing, type PropertyValues } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import type { Channel, ContentPack } from '../../content/types.js';
import type { CompiledPack } from '../../content/compiled.js';
import { createSearch, type PackSearch } from '../../search/index.js';
import { bundled, availableLocales } from '../../content/bundled.js';
import { fetchPack, PackLoadError } from '../../content/fetch-pack.js';
import { resolveLocale } from '../../content/locale.js';
import { distUrl } from '../../content/asset-url.js';
import { validatePack } from '../../content/validate.js';
import { safeHref } from '../../content/safe-url.js';
import { renderLink } from '../rich-text.js';
import { emit } from '../../internal/emit.js';
import { accentTokens } from '../../theme/color.js';
import { applyChannelAttributes } from '../../channels/attribute-channels.js';
import { isOpen, REAL_TIME_TYPES } from '../../availability/index.js';
import { fetchStatus, isDegraded, type ServiceStatus } from '../../status/statuspage.js';
import { parseDeepLink, formatDeepLink } from '../../insights/deep-link.js';
import { InsightsQueue, privacyOptOut, type InsightEvent } from '../../insights/insights-queue.js';
import { scrubSecrets } from '../../channels/secret-guard.js';
import { LoadScheduler, LOADING_MODES, type LoadingMode } from '../../internal/load-scheduler.js';
import { defineOnce } from '../../internal/define.js';
import type { ViewName } from '../../events/events.js';
import { FaqView } from '../faq-view/faq-view.js';
import { ContactView } from '../contact-view/contact-view.js';
import { ContactChecklist } from '../contact-view/contact-checklist.js';
import { FallbackView } from '../fallback-view/fallback-view.js';
import { supportWidgetStyles } from './support-widget.styles.js';

const VIEWS: readonly ViewName[] = ['faq', 'contact', 'fallback'];
const POSITIONS = ['bottom-right', 'bottom-left'] as const;
type Position = (typeof POSITIONS)[number];
const THEMES = ['light', 'dark', 'auto'] as const;
type Theme = (typeof THEMES)[number];

let instances = 0;

const INSIGHT_EVENTS = ['sw-search', 'sw-feedback', 'sw-answer-view', 'sw-contact'] as const;

const idle = (task: () => void): void => {
  const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
  if (w.requestIdleCallback) w.requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
};

const positiveOr = (n: number, fallback: number): number => (Number.isFinite(n) && n > 0 ? n : fallback);

/**
 * A drop-in customer-support widget: a launcher button that opens a panel with a searchable
 * FAQ, the official contact channels, and "can't reach support?" guidance.
 *
 * @summary Customer-support launcher and panel.
 *
 * @fires sw-open - The panel is about to open (cancelable). `detail: { view }`
 * @fires sw-close - The panel is about to close (cancelable). `detail: { source }`
 * @fires sw-search - A search settled. `detail: { query, resultIds, empty }`
 * @fires sw-answer-view - An answer was opened. `detail: { id, source }`
 * @fires sw-contact - A contact channel was used. `detail: { channel, type }`
 * @fires sw-content-load - A runtime pack (`content-src` or another locale's pack) loaded and is shown. `detail: { src, pack, locale, version }`
 * @fires sw-content-error - A runtime pack failed to load or validate; the previous content stays. `detail: { src, reason, message, issues? }`
 * @fires sw-feedback - The visitor rated an answer. `detail: { id, helpful }`
 * @fires sw-status - The status endpoint answered or failed. `detail: { indicator, description, ok }`
 *
 * @csspart launcher - The launcher button.
 * @csspart panel - The dialog panel.
 * @csspart header - The panel header.
 * @csspart title - The panel title.
 * @csspart close - The close button.
 * @csspart tabs - The view switcher.
 * @csspart tab - One view switcher button.
 * @csspart body - The scrolling body of the panel.
 * @csspart status-banner - The service status banner in the panel.
 * @csspart launcher-badge - The dot on the launcher while the service is degraded.
 * @csspart footer - The panel footer (holds the `footer` slot).
 *
 * @slot logo - Shown before the panel title.
 * @slot before - Extra content above the views.
 * @slot after - Extra content below the views.
 * @slot footer - The panel footer.
 *
 * @cssprop [--sw-accent=#0b57d0] - Accent colour (launcher, selected states).
 * @cssprop [--sw-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--sw-radius=14px] - Corner radius of the panel.
 * @cssprop [--sw-font=system-ui, sans-serif] - Font family.
 * @cssprop [--sw-z-index=2147483000] - Stacking level of launcher and panel.
 * @cssprop [--sw-panel-width=380px] - Panel width on large screens.
 * @cssprop [--sw-panel-height=640px] - Maximum panel height on large screens.
 * @cssprop [--sw-offset=20px] - Distance from the viewport edges.
 */
export class SupportWidget extends LitElement {
  static override styles = supportWidgetStyles;

  /**
   * Register the element (and its internal parts) under `tag`. Safe to call twice.
   * @param tag The custom element name.
   */
  static define(tag = 'support-widget', registry: CustomElementRegistry = customElements): void {
    defineOnce('sw-faq-view', FaqView, registry);
    defineOnce('sw-contact-view', ContactView, registry);
    defineOnce('sw-contact-checklist', ContactChecklist, registry);
    defineOnce('sw-fallback-view', FallbackView, registry);
    defineOnce(tag, tag === 'support-widget' ? this : class extends this {}, registry);
  }

  /** Language of the content and interface (`zh-CN`, `en`). Defaults to the visitor's browser languages. */
  @property({ reflect: true }) locale?: string;
  /** Corner of the viewport: `bottom-right` or `bottom-left`. */
  @property({ reflect: true }) position: Position = 'bottom-right';
  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme = 'light';
  /** Accent colour as `#rgb`/`#rrggbb`; text on it is picked for contrast. For other formats set `--sw-accent`. */
  @property() accent?: string;
  /** Stacking level of the launcher and panel (a non-negative integer); same as `--sw-z-index`. */
  @property({ attribute: 'z-index' }) zIndex?: string;
  /** Accessible name and tooltip of the launcher; defaults to the content pack's `ui.launcherLabel`. */
  @property({ attribute: 'launcher-label' }) launcherLabel?: string;
  /** URL of a content pack JSON to use instead of the bundled one. */
  @property({ attribute: 'content-src' }) contentSrc?: string;
  /** Whether the panel is open (attribute `open`). Use `open()` / `close()` to change it with events and focus handling. */
  @property({ type: Boolean, reflect: true, attribute: 'open' }) opened = false;
  /** The view shown in the panel: `faq`, `contact` or `fallback`. */
  @property({ reflect: true }) view: ViewName = 'faq';
  /** Channels that replace the pack's channels (JS property only). */
  @property({ attribute: false }) channels?: Channel[];
  /** Official support email address; replaces the pack's email channel (or adds one). */
  @property() email?: string;
  /** Official support phone number in international form (`+65 …`); replaces the pack's phone channel. */
  @property() phone?: string;
  /** Official live-chat URL (https); replaces the pack's live-chat channel. */
  @property({ attribute: 'chat-url' }) chatUrl?: string;
  /** Official website URL (https); replaces the pack's website channel. */
  @property() website?: string;
  /** URL of an Atlassian Statuspage v2 `status.json` or `summary.json`; a banner shows when degraded. */
  @property({ attribute: 'status-src' }) statusSrc?: string;
  /** Link to the full status page, shown in the banner. */
  @property({ attribute: 'status-href' }) statusHref?: string;
  /** Deadline for the status request, in milliseconds. */
  @property({ type: Number, attribute: 'status-timeout' }) statusTimeout = 4000;
  /** Deadline for a content pack request, in milliseconds. */
  @property({ type: Number, attribute: 'content-timeout' }) contentTimeout = 8000;
  /**
   * Collect search, answer, feedback and contact events and send them in one batch
   * (`navigator.sendBeacon`) when the page is hidden. Off unless set; honours Do Not Track
   * and Global Privacy Control. See README "Insights" for the payload.
   */
  @property({ attribute: 'insights-endpoint' }) insightsEndpoint?: string;
  /** Mirror the open view/answer in `location.hash` (`#support/faq/<id>`), without adding history entries. */
  @property({ type: Boolean, attribute: 'sync-hash' }) syncHash = false;
  /** When `content-src`, locale packs and `status-src` are fetched: `eager`, `idle` (default) or `interaction` (first open). */
  @property() loading: LoadingMode = 'idle';

  @state() private compiled: CompiledPack = bundled;
  @state() private searcher: PackSearch = createSearch(bundled.pack, { index: bundled.index });
  /** The panel is rendered on first open only: most visitors never open it. */
  @state() private rendered = false;
  @state() private status?: ServiceStatus;
  @state() private hasFooter = false;
  /** Views are rendered the first time they are shown, then kept (their state survives switching). */
  private visited = new Set<ViewName>();

  @query('[part="launcher"]') private launcher!: HTMLButtonElement;

  private readonly uid = `sw${++instances}`;
  private loadToken = 0;
  private readonly loads = new LoadScheduler();
  private statusInFlight = false;
  private statusErrorLogged = false;
  private insights?: InsightsQueue;

  /** The content pack in use. */
  get pack(): ContentPack {
    return this.compiled.pack;
  }

  /**
   * Open the panel, optionally on a view or on one answer: `open('contact')`,
   * `open({ view: 'faq', id: 'app-crash' })`.
   */
  async open(target?: ViewName | { view?: ViewName; id?: string }): Promise<void> {
    const { view, id } = typeof target === 'string' ? { view: target, id: undefined } : (target ?? {});
    if (view) this.view = VIEWS.includes(view) ? view : this.warnView(view);
    if (!this.opened) {
      if (!emit(this, 'sw-open', { view: this.view }, { cancelable: true })) return;
      this.rendered = true;
      this.opened = true;
      this.loads.interact();
      void this.refreshStatus();
      // Build the search postings while the visitor reads, not on their first keystroke.
      idle(() => this.searcher.prepare?.());
    }
    await this.updateComplete;
    if (id && !(this.view === 'faq' && this.faqView()?.showAnswer(id, 'deep-link'))) {
      console.warn(`<support-widget>: no FAQ entry "${id}"; showing the FAQ.`);
      this.view = 'faq';
    }
    if (!id) this.focusView();
  }

  /** Close the panel and return focus to the launcher. */
  close(source: 'close-button' | 'escape' | 'launcher' | 'api' = 'api'): void {
    if (!this.opened) return;
    if (!emit(this, 'sw-close', { source }, { cancelable: true })) return;
    this.opened = false;
    this.updateComplete.then(() => this.launcher?.focus());
  }

  /** Open when closed, close when open. */
  toggle(): void {
    if (this.opened) this.close('launcher');
    else this.open();
  }

  /** Open the FAQ view and search for `text`. */
  async search(text: string): Promise<void> {
    await this.open('faq');
    this.faqView()?.setQuery(text);
  }

  /** Replace the content with a pack object (validated; throws on an invalid pack). */
  setContent(pack: ContentPack): void {
    const errors = validatePack(pack, 'setContent()').filter((i) => i.severity === 'error');
    if (errors.length) throw new Error(`setContent(): invalid content pack — ${errors[0].field}: ${errors[0].message}`);
    this.usePack({ pack });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    for (const type of INSIGHT_EVENTS) this.addEventListener(type, this.onInsightEvent);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('pagehide', this.flushInsights);
    document.addEventListener('visibilitychange', this.flushInsights);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    for (const type of INSIGHT_EVENTS) this.removeEventListener(type, this.onInsightEvent);
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('pagehide', this.flushInsights);
    document.removeEventListener('visibilitychange', this.flushInsights);
    this.flushInsights();
    this.loads.cancel();
  }

  protected override firstUpdated(): void {
    this.onHashChange();
    // ICU time-zone data, the segmenter dictionary and the search postings are slow the first
    // time; pay for them while the page is idle rather than when the visitor opens the panel.
    idle(() => {
      this.unreachableNotice(this.effectiveChannels());
      this.searcher.prepare?.();
    });
  }

  private onHashChange = (): void => {
    const link = parseDeepLink(location.hash);
    if (link) void this.open(link);
  };

  private onInsightEvent = (e: Event): void => {
    const queue = this.insightsQueue();
    if (!queue) return;
    const d = (e as CustomEvent).detail;
    const event: InsightEvent | undefined =
      e.type === 'sw-search'
        ? { type: 'search', query: d.query, resultIds: d.resultIds, empty: d.empty }
        : e.type === 'sw-feedback'
          ? { type: 'feedback', id: d.id, helpful: d.helpful }
          : e.type === 'sw-answer-view'
            ? { type: 'answer-view', id: d.id, source: d.source }
            : { type: 'contact', channel: d.channel };
    void queue.add(event);
  };

  /** The insights queue, created on first use when an endpoint is set and the visitor allows it. */
  private insightsQueue(): InsightsQueue | undefined {
    const endpoint = this.insightsEndpoint ? safeHref(this.insightsEndpoint) ?? this.sameOriginUrl(this.insightsEndpoint) : null;
    if (!endpoint) return undefined;
    const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
    if (privacyOptOut({ doNotTrack: nav.doNotTrack, globalPrivacyControl: nav.globalPrivacyControl })) return undefined;
    this.insights ??= new InsightsQueue(endpoint, { pack: this.pack.meta.id, locale: this.pack.meta.locale }, scrubSecrets, {
      sendBeacon: (url, data) => navigator.sendBeacon?.(url, data) ?? false,
      fetch: (url, init) => fetch(url, init),
    });
    return this.insights;
  }

  /** A relative endpoint (`/insights`) on the host's own origin. */
  private sameOriginUrl(path: string): string | null {
    try {
      const url = new URL(path, location.href);
      return url.origin === location.origin ? url.href : null;
    } catch {
      return null;
    }
  }

  private flushInsights = (): void => {
    if (document.visibilityState === 'hidden' || !this.isConnected) this.insights?.flush();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('position') && !POSITIONS.includes(this.position)) {
      console.warn(`<support-widget>: position="${this.position}" is not one of ${POSITIONS.join(', ')}; using "bottom-right".`);
      this.position = 'bottom-right';
    }
    if (changed.has('view') && !VIEWS.includes(this.view)) this.view = this.warnView(this.view);
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      console.warn(`<support-widget>: theme="${this.theme}" is not one of ${THEMES.join(', ')}; using "light".`);
      this.theme = 'light';
    }
    if (changed.has('accent')) this.applyAccent();
    if (changed.has('zIndex')) this.applyZIndex();
    if (changed.has('loading') && !LOADING_MODES.includes(this.loading)) {
      console.warn(`<support-widget>: loading="${this.loading}" is not one of ${LOADING_MODES.join(', ')}; using "idle".`);
      this.loading = 'idle';
    }
    if (this.opened) {
      this.rendered = true;
      this.visited.add(this.view);
    }
  }

  /** Custom properties set through CSSOM (allowed under a strict style-src). */
  private applyAccent(): void {
    const names = ['--sw-accent', '--sw-on-accent', '--sw-accent-text', '--sw-focus'];
    for (const n of names) this.style.removeProperty(n);
    if (!this.accent) return;
    const tokens = accentTokens(this.accent);
    if (!tokens) {
      console.warn(`<support-widget>: accent="${this.accent}" is not a #rgb or #rrggbb colour; using the default accent. Set --sw-accent in CSS for other colour formats.`);
      return;
    }
    this.style.setProperty('--sw-accent', tokens.accent);
    this.style.setProperty('--sw-on-accent', tokens.onAccent);
    if (tokens.readableOnWhite && this.theme === 'light') {
      this.style.setProperty('--sw-accent-text', tokens.accent);
      this.style.setProperty('--sw-focus', tokens.accent);
    }
  }

  private applyZIndex(): void {
    this.style.removeProperty('--sw-z-index');
    if (this.zIndex === undefined || this.zIndex === null) return;
    const n = Number(this.zIndex);
    if (!Number.isInteger(n) || n < 0 || n > 2147483647) {
      console.warn(`<support-widget>: z-index="${this.zIndex}" must be a whole number from 0 to 2147483647; using the default (2147483000).`);
      return;
    }
    this.style.setProperty('--sw-z-index', String(n));
  }

  private warnView(view: string): ViewName {
    console.warn(`<support-widget>: view="${view}" is not one of ${VIEWS.join(', ')}; using "faq".`);
    return 'faq';
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.loads.mode = this.loading;
    if (this.syncHash && (changed.has('opened') || changed.has('view'))) {
      const hash = this.opened ? formatDeepLink({ view: this.view }) : '';
      if (location.hash !== hash && (this.opened || parseDeepLink(location.hash))) history.replaceState(history.state, '', hash || location.pathname + location.search);
    }
    // A locale pack carries the launcher's own label: fetch it now. content-src follows `loading`.
    if (changed.has('contentSrc') || changed.has('locale')) {
      if (this.contentSrc) this.loads.schedule('content', () => this.loadContent());
      else void this.loadContent();
    }
    if (changed.has('statusSrc') && this.statusSrc) this.loads.schedule('status', () => this.refreshStatus());
  }

  /** Fetch the status endpoint (once per panel open at most); failures are logged once and not shown. */
  private async refreshStatus(): Promise<void> {
    const src = this.statusSrc;
    if (!src || this.statusInFlight) return;
    this.statusInFlight = true;
    try {
      this.status = await fetchStatus(src, positiveOr(this.statusTimeout, 4000));
      emit(this, 'sw-status', { indicator: this.status.indicator, description: this.status.description, ok: true });
    } catch (e) {
      if (!this.statusErrorLogged) console.error(`<support-widget>: status-src "${src}" failed: ${(e as Error).message}`);
      this.statusErrorLogged = true;
      emit(this, 'sw-status', { indicator: 'unknown', description: '', ok: false });
    } finally {
      this.statusInFlight = false;
    }
  }

  private usePack(compiled: CompiledPack): void {
    this.compiled = compiled;
    this.searcher = createSearch(compiled.pack, { index: compiled.index });
  }

  /** Load `content-src` or the pack for the requested locale; on any failure keep what is shown. */
  private async loadContent(): Promise<void> {
    const token = ++this.loadToken;
    const src = this.contentSrc || this.localePackUrl();
    if (!src) {
      if (this.pack !== bundled.pack && !this.contentSrc) this.usePack(bundled);
      return;
    }
    try {
      const compiled = await fetchPack(src, { timeoutMs: positiveOr(this.contentTimeout, 8000) });
      if (token !== this.loadToken) return;
      this.usePack(compiled);
      const { id, locale, version } = compiled.pack.meta;
      emit(this, 'sw-content-load', { src, pack: id, locale, version });
    } catch (e) {
      const err = e instanceof PackLoadError ? e : new PackLoadError(src, 'network', String(e));
      console.error(`<support-widget>: ${err.message} Keeping the current content.`);
      emit(this, 'sw-content-error', { src, reason: err.reason, message: err.message, issues: err.issues });
    }
  }

  /** URL of the bundled product's pack for the active locale, or undefined when it is the bundled one. */
  private localePackUrl(): string | undefined {
    const meta = bundled.pack.meta;
    const locale = resolveLocale(this.locale, navigator.languages ?? [], availableLocales, meta.locale);
    if (this.locale && locale.toLowerCase() !== this.locale.toLowerCase() && locale.split('-')[0] !== this.locale.split('-')[0].toLowerCase()) {
      console.warn(`<support-widget>: locale="${this.locale}" has no content pack (available: ${availableLocales.join(', ')}); using "${locale}".`);
    }
    if (locale === meta.locale) return undefined;
    return distUrl(`content/${meta.id}/${locale}.json`);
  }

  private faqView(): FaqView | null {
    return this.renderRoot.querySelector('sw-faq-view');
  }

  private focusView(): void {
    const current = this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-view-${this.view}`);
    if (current && 'focus' in current) current.focus();
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.opened) {
      e.stopPropagation();
      this.close('escape');
    }
  };

  private selectView(view: ViewName): void {
    this.view = view;
  }

  /** A view asked to show another (no-results → Contact, fallback self-help → a FAQ category). */
  private onInternalView = (e: CustomEvent<{ view: ViewName; category?: string }>): void => {
    e.stopPropagation();
    this.view = e.detail.view;
    const category = e.detail.category;
    this.updateComplete.then(() => (category ? this.faqView()?.showCategory(category) : this.focusView()));
  };

  private onTabKey(e: KeyboardEvent): void {
    const i = VIEWS.indexOf(this.view);
    const next =
      e.key === 'ArrowRight' ? VIEWS[(i + 1) % VIEWS.length] : e.key === 'ArrowLeft' ? VIEWS[(i - 1 + VIEWS.length) % VIEWS.length] : e.key === 'Home' ? VIEWS[0] : e.key === 'End' ? VIEWS[VIEWS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    this.view = next;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-tab-${next}`)?.focus());
  }

  /** The channels shown and verified against: the pack's or the `channels` property, with channel attributes applied. */
  private effectiveChannels(): Channel[] {
    const base = this.channels ?? this.pack.contact.channels;
    if (!this.email && !this.phone && !this.chatUrl && !this.website) return base;
    return applyChannelAttributes(base, { email: this.email, phone: this.phone, 'chat-url': this.chatUrl, website: this.website }, (m) => this.warnOnce(m));
  }

  private warned = new Set<string>();
  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<support-widget>: ${message}`);
  }

  /**
   * Why support may be unreachable right now, if we can tell: the status page reports a
   * problem, or every real-time channel (chat, phone) is closed. Drives the fallback offer.
   */
  private unreachableNotice(channels: Channel[]): string | undefined {
    const ui = this.pack.ui;
    if (isDegraded(this.status)) return this.status!.description ? `${ui.statusDegraded}: ${this.status!.description}` : ui.statusDegraded;
    const now = new Date();
    const live = channels.filter((c) => REAL_TIME_TYPES.has(c.type) && c.hours);
    if (live.length && live.every((c) => !isOpen(c.hours!, now))) return ui.allClosed;
    return undefined;
  }

  private renderStatusBanner() {
    const status = this.status;
    if (!isDegraded(status)) return nothing;
    const ui = this.pack.ui;
    const href = this.statusHref ? safeHref(this.statusHref) : null;
    const details = [...status!.incidents, ...status!.maintenances];
    return html`<div part="status-banner" class="status-banner" data-indicator=${status!.indicator} role="status">
      <strong>${ui.statusDegraded}</strong>
      ${status!.description ? html`<span>${status!.description}</span>` : nothing}
      ${details.length ? html`<ul>${details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
      <span class="banner-actions">
        ${href ? renderLink(href, ui.statusLink) : nothing}
        <button type="button" class="link" @click=${() => this.selectView('fallback')}>${ui.showFallback}</button>
      </span>
    </div>`;
  }

  private renderPanel() {
    const ui = this.pack.ui;
    const channels = this.effectiveChannels();
    const notice = this.unreachableNotice(channels);
    const labels: Record<ViewName, string> = { faq: ui.tabFaq, contact: ui.tabContact, fallback: ui.tabFallback };
    const id = this.uid;
    return html`<div
      part="panel"
      class="panel"
      id=${`${id}-panel`}
      role="dialog"
      aria-modal="false"
      aria-labelledby=${`${id}-title`}
      ?hidden=${!this.opened}
      @sw-internal-view=${this.onInternalView}
    >
      <header part="header">
        <slot name="logo"></slot>
        <h2 id=${`${id}-title`} part="title">${ui.panelTitle}</h2>
        <button part="close" class="close" type="button" aria-label=${ui.close} @click=${() => this.close('close-button')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>
        </button>
      </header>
      <div part="tabs" class="tabs" role="tablist" aria-label=${ui.panelTitle} @keydown=${this.onTabKey}>
        ${VIEWS.map(
          (v) => html`<button
            part="tab"
            role="tab"
            type="button"
            id=${`${id}-tab-${v}`}
            aria-selected=${this.view === v ? 'true' : 'false'}
            aria-controls=${this.visited.has(v) ? `${id}-view-${v}` : nothing}
            tabindex=${this.view === v ? '0' : '-1'}
            @click=${() => this.selectView(v)}
          >
            ${labels[v]}
          </button>`,
        )}
      </div>
      ${this.renderStatusBanner()}
      <div part="body" class="body">
        <slot name="before"></slot>
        ${this.visited.has('faq')
          ? html`<sw-faq-view
          id=${`${id}-view-faq`}
          role="tabpanel"
          aria-labelledby=${`${id}-tab-faq`}
          exportparts="search,results,result,answer,category,no-results,feedback,warning"
          ?hidden=${this.view !== 'faq'}
          .pack=${this.pack}
          .searcher=${this.searcher}
        ></sw-faq-view>`
          : nothing}
        ${this.visited.has('contact')
          ? html`<sw-contact-view
          id=${`${id}-view-contact`}
          role="tabpanel"
          tabindex="-1"
          aria-labelledby=${`${id}-tab-contact`}
          exportparts="channel,channel-status,checklist,warning,fallback-prompt,best-time"
          ?hidden=${this.view !== 'contact'}
          .pack=${this.pack}
          .channels=${channels}
          .notice=${notice}
        ></sw-contact-view>`
          : nothing}
        ${this.visited.has('fallback')
          ? html`<sw-fallback-view
          id=${`${id}-view-fallback`}
          role="tabpanel"
          tabindex="-1"
          aria-labelledby=${`${id}-tab-fallback`}
          exportparts="fallback,safety,warning"
          ?hidden=${this.view !== 'fallback'}
          .pack=${this.pack}
          .channels=${channels}
          .notice=${notice}
        ></sw-fallback-view>`
          : nothing}
        <slot name="after"></slot>
      </div>
      <footer part="footer" ?hidden=${!this.hasFooter}>
        <slot name="footer" @slotchange=${(e: Event) => (this.hasFooter = (e.target as HTMLSlotElement).assignedNodes().length > 0)}></slot>
      </footer>
    </div>`;
  }

  private launcherText(): string {
    return this.launcherLabel?.trim() || this.pack.ui.launcherLabel;
  }

  override render() {
    const ui = this.pack.ui;
    return html`
      ${this.rendered ? this.renderPanel() : nothing}
      <button
        part="launcher"
        class="launcher"
        type="button"
        aria-label=${isDegraded(this.status) ? `${this.launcherText()} — ${ui.statusDegraded}` : this.launcherText()}
        title=${this.launcherText()}
        aria-expanded=${this.opened ? 'true' : 'false'}
        aria-controls=${this.rendered ? `${this.uid}-panel` : nothing}
        @click=${() => this.toggle()}
      >
        <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
          ${this.opened
            ? svg`<path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" fill="none" />`
            : svg`<path d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A2.5 2.5 0 0 1 4 13.5z" fill="currentColor" />
                <path d="M9.5 8.2a2.5 2.5 0 1 1 3.4 2.3c-.6.3-.9.7-.9 1.3v.4M12 14.6v.1" stroke="var(--sw-accent)" stroke-width="1.7" stroke-linecap="round" fill="none" />`}
        </svg>
        <span class="launcher-text">${this.launcherText()}</span>
        ${isDegraded(this.status) ? html`<span part="launcher-badge" class="launcher-badge" title=${ui.statusDegraded}></span>` : nothing}
      </button>
    `;
  }
}

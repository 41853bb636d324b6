import { LitElement, html, svg, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Channel, ContentPack, PackInput } from '../../content/types.js';
import { ContentController } from '../../controllers/content-controller.js';
import { DismissController } from '../../controllers/dismiss-controller.js';
import { VERSION } from '../../version.js';
import { launcherStrings } from '../../i18n/launcher.js';
import { warnOnce } from '../../internal/warn.js';
import { safeHref } from '../../content/safe-url.js';
import { renderLink } from '../rich-text.js';
import { emit } from '../../internal/emit.js';
import { accentTokens } from '../../theme/color.js';
import { applyChannelAttributes } from '../../channels/attribute-channels.js';
import { isDegraded, type ServiceStatus } from '../../status/status.js';
import { HashSyncController } from '../../controllers/hash-sync-controller.js';
import { SheetController } from '../../controllers/sheet-controller.js';
import { LoadScheduler, LOADING_MODES, type LoadingMode } from '../../internal/load-scheduler.js';
import { defineOnce } from '../../internal/define.js';
import { idle, afterNextPaint, yieldToPage } from '../../internal/idle.js';
import { INSIGHT_EVENTS, type ViewName } from '../../events/events.js';
import { FaqView } from '../faq-view/faq-view.js';
import { channelHref } from '../../channels/channel-link.js';
import { renderBlocks } from '../rich-text.js';
import { supportWidgetStyles } from './support-widget.styles.js';

type ViewsModule = typeof import('../contact-fallback.js');

/** Registries the widget was defined in: the lazily loaded views are defined there too. */
const registries = new Set<CustomElementRegistry>();

const VIEWS: readonly ViewName[] = ['faq', 'contact', 'fallback'];
const POSITIONS = ['bottom-right', 'bottom-left'] as const;
type Position = (typeof POSITIONS)[number];
const THEMES = ['light', 'dark', 'auto'] as const;
type Theme = (typeof THEMES)[number];

let instances = 0;

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
 * @fires sw-content-load - A content pack loaded and is shown: `content-src`, or when the site supplies no content, the bundled pack of the visitor's locale (`src` is `"bundled"`). `detail: { src, pack, locale, version }`
 * @fires sw-content-error - The site's pack failed to load or validate: the site's content shown stays, else its last good copy, else a neutral "help articles are unavailable" state with the configured channels. Never another product's content. `detail: { src, reason, message, issues? }`
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
 * @csspart unavailable - The FAQ tab's notice when the site's content could not be loaded.
 *
 * @slot logo - Shown before the panel title.
 * @slot before - Extra content above the views.
 * @slot after - Extra content below the views.
 * @slot footer - The panel footer.
 *
 * @cssprop [--sw-accent=#0b57d0] - Accent colour (launcher, selected states).
 * @cssprop [--sw-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--sw-radius=14px] - Corner radius of the panel.
 * @cssprop [--sw-font=system-ui, sans-serif] - Font family. Unset, it follows the content's language (Chinese packs list CJK fonts first).
 * @cssprop [--sw-z-index=2147483000] - Stacking level of launcher and panel.
 * @cssprop [--sw-panel-width=380px] - Panel width on large screens.
 * @cssprop [--sw-panel-height=640px] - Maximum panel height on large screens.
 * @cssprop [--sw-offset=20px] - Distance from the viewport edges.
 */
export class SupportWidget extends LitElement {
  static override styles = supportWidgetStyles;

  /** The version of this build; a second definition of the tag by another version warns. */
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    position: { reflect: true },
    theme: { reflect: true },
    accent: {},
    zIndex: { attribute: 'z-index' },
    launcherLabel: { attribute: 'launcher-label' },
    contentSrc: { attribute: 'content-src' },
    locales: {},
    opened: { type: Boolean, reflect: true, attribute: 'open' },
    view: { reflect: true },
    channels: { attribute: false },
    email: {},
    phone: {},
    chatUrl: { attribute: 'chat-url' },
    website: {},
    statusSrc: { attribute: 'status-src' },
    statusHref: { attribute: 'status-href' },
    statusTimeout: { type: Number, attribute: 'status-timeout' },
    contentTimeout: { type: Number, attribute: 'content-timeout' },
    insightsEndpoint: { attribute: 'insights-endpoint' },
    syncHash: { type: Boolean, attribute: 'sync-hash' },
    loading: {},
    rendered: { state: true, attribute: false },
    status: { state: true, attribute: false },
    hasFooter: { state: true, attribute: false },
    views: { state: true, attribute: false },
  };

  /**
   * Register the element (and its internal parts) under `tag`. Safe to call twice.
   * @param tag The custom element name.
   */
  static define(tag = 'support-widget', registry: CustomElementRegistry = customElements): void {
    registries.add(registry);
    // The same version loaded twice (both builds, the script twice) is fine; another keeps the tag.
    const existing = registry.get(tag) as { version?: string } | undefined;
    if (existing && existing.version !== VERSION) console.warn(`<support-widget>: <${tag}> is taken by version ${existing.version}.`);
    defineOnce('sw-faq-view', FaqView, registry);
    defineOnce(tag, tag === 'support-widget' ? this : class extends this {}, registry);
  }

  /** Language of the content and interface (`zh-CN`, `en`). Defaults to the visitor's browser languages. */
  locale?: string;
  /** Corner of the viewport: `bottom-right` or `bottom-left`. */
  position: Position = 'bottom-right';
  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's `prefers-color-scheme`). */
  theme: Theme = 'light';
  /** Accent colour as `#rgb`/`#rrggbb`; text on it is picked for contrast. For other formats set `--sw-accent`. */
  accent?: string;
  /** Stacking level of the launcher and panel (a non-negative integer); same as `--sw-z-index`. */
  zIndex?: string;
  /** Accessible name and tooltip of the launcher; defaults to the content pack's `ui.launcherLabel`. */
  launcherLabel?: string;
  /**
   * URL of the site's content pack (JSON). May hold `{locale}` (`/support/{locale}.json`): it is
   * replaced by the best of `locales` for the visitor (`locale`, else the browser's languages,
   * else the first listed). Set, the bundled content is never shown.
   */
  contentSrc?: string;
  /** The locales the site has packs for, for a `content-src` with `{locale}`: `"en ja"`. */
  locales?: string;
  /** Whether the panel is open (attribute `open`). Use `open()` / `close()` to change it with events and focus handling. */
  opened = false;
  /** The view shown in the panel: `faq`, `contact` or `fallback`. */
  view: ViewName = 'faq';
  /** Channels that replace the pack's channels (JS property only). */
  channels?: Channel[];
  /** Official support email address; replaces the pack's email channel (or adds one). */
  email?: string;
  /** Official support phone number in international form (`+65 …`); replaces the pack's phone channel. */
  phone?: string;
  /** Official live-chat URL (https); replaces the pack's live-chat channel. */
  chatUrl?: string;
  /** Official website URL (https); replaces the pack's website channel. */
  website?: string;
  /** URL of an Atlassian Statuspage v2 `status.json` or `summary.json`; a banner shows when degraded. */
  statusSrc?: string;
  /** Link to the full status page, shown in the banner. */
  statusHref?: string;
  /** Deadline for the status request, in milliseconds. */
  statusTimeout = 4000;
  /** Deadline for a content pack request, in milliseconds. */
  contentTimeout = 8000;
  /**
   * Collect search, answer, feedback and contact events and send them in one batch
   * (`navigator.sendBeacon`) when the page is hidden. Off unless set; honours Do Not Track
   * and Global Privacy Control. See README "Insights" for the payload.
   */
  insightsEndpoint?: string;
  /** Mirror the open view/answer in `location.hash` (`#support/faq/<id>`), without adding history entries. */
  syncHash = false;
  /** When the content (the bundled pack of the visitor's locale, or `content-src`) and `status-src` load: `eager`, `idle` (default) or `interaction` (first open; pointer over or focus on the launcher loads the bundled pack too). */
  loading: LoadingMode = 'idle';

  /** The panel is rendered on first open only: most visitors never open it. */
  private rendered = false;
  private status?: ServiceStatus;
  private hasFooter = false;
  /** The Contact and fallback views' chunk, once loaded (see contact-fallback.ts). */
  private views?: ViewsModule;
  private viewsLoading?: Promise<void>;
  private viewsScheduled = false;
  /** Views are rendered the first time they are shown, then kept (their state survives switching). */
  private visited = new Set<ViewName>();
  /** A search no answer fitted, carried into the Contact view's message drafter. */
  private draft = '';

  private get launcher(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part="launcher"]');
  }

  private readonly uid = `sw${++instances}`;
  private readonly loads = new LoadScheduler();
  /** The pack shown, once one has loaded: the launcher never waits for content. */
  private readonly content = new ContentController(this, this.loads);
  /** Esc and the back gesture close the panel (added to the host; nothing else calls it). */
  protected readonly dismiss = new DismissController(this);
  /** `#support/…` links open the panel; with `sync-hash` the open view goes back into the hash. */
  protected readonly hashSync = new HashSyncController(this);
  /** On phones: where focus goes on a touch open, the page behind held still, the sheet above the keyboard. */
  protected readonly sheet = new SheetController(this);
  private statusInFlight = false;
  private statusErrorLogged = false;
  /** Insights: events seen before its chunk loaded, then the function that stops and flushes it. */
  private insightsEarly?: { type: string; detail: Record<string, unknown> }[];
  private insightsStop?: () => void;
  private insightsToken = 0;

  /**
   * The content pack in use; `undefined` until the first one has loaded (`sw-content-load`).
   * The bundled pack loads when the page is idle (see `loading`), on pointer over or focus on
   * the launcher, or on open, whichever comes first. Setting it is `setContent(pack)`.
   */
  get pack(): ContentPack | undefined {
    return this.content.pack;
  }

  // Same as setContent(pack); an invalid pack is reported on the console and the current content stays.
  set pack(pack: PackInput) {
    this.setContent(pack).catch((e: Error) => console.error(`<support-widget>: pack: ${e.message}`));
  }

  constructor() {
    super();
    // The shadow root exists from construction (Lit would attach it on connection): a host may
    // reach into it, or the element's parts may be styled, before the element is in the page.
    Object.assign(this, { renderRoot: this.createRenderRoot() });
    // A `pack` set before the element upgraded sits on the instance, hiding the setter above.
    if (Object.prototype.hasOwnProperty.call(this, 'pack')) {
      const pack = (this as { pack?: PackInput }).pack;
      delete (this as { pack?: PackInput }).pack;
      if (pack) this.pack = pack;
    }
  }

  /** The pack, where the panel is rendered (only once a pack has loaded). */
  private get shown(): ContentPack {
    return this.content.pack!;
  }

  /**
   * Open the panel, optionally on a view or on one answer: `open('contact')`,
   * `open({ view: 'faq', id: 'app-crash' })`.
   */
  async open(target?: ViewName | { view?: ViewName; id?: string }): Promise<void> {
    const { view, id } = typeof target === 'string' ? { view: target, id: undefined } : (target ?? {});
    if (view) this.view = VIEWS.includes(view) ? view : this.warnView(view);
    const wasOpen = this.opened;
    if (!wasOpen) {
      if (!emit(this, 'sw-open', { view: this.view }, { cancelable: true })) return;
      this.loads.interact();
      // Usually loaded already (idle time, or pointer over the launcher), and then the panel opens
      // in this task. A failure to load is logged and reported (sw-content-error).
      if (!this.content.pack && (!(await this.content.ensure()) || this.opened)) return;
      this.rendered = true;
      this.opened = true;
      void this.refreshStatus();
      this.warmUp();
    }
    await this.updateComplete;
    if (id && !(this.view === 'faq' && this.faqView()?.showAnswer(id, 'deep-link'))) {
      console.warn(`<support-widget>: no FAQ entry "${id}"; showing the FAQ.`);
      this.view = 'faq';
    }
    if (id) return;
    // Focus moves in the task after the panel is painted: moving it costs style, selection and
    // focus-event work (about 15 ms at 4× CPU throttle) that would otherwise delay that paint.
    if (!wasOpen) await afterNextPaint();
    if (this.opened) this.sheet.focusOnOpen(() => this.focusView());
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

  /**
   * Replace the content with a pack object. It is validated first (the validator is loaded
   * on demand); the promise rejects on an invalid pack and the current content stays.
   */
  setContent(pack: PackInput): Promise<void> {
    return this.content.set(pack);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: collect again (a first connection starts it from updated()).
    if (this.hasUpdated) this.startInsights();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopInsights();
    this.loads.cancel();
  }

  /**
   * The first render waits for a task of its own: loading the script and drawing the
   * launcher are then two short main-thread tasks instead of one long one.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }

  /**
   * The search postings and typo correction cost something the first time. Pay for them when the visitor shows
   * intent (pointer over or focus on the launcher, or open), not on every page view: most
   * visitors never open the widget. prepare() does its work once per search (a locale switch
   * brings a new one), so calling it again is cheap.
   */
  private warmUp = (): void => {
    // The content (if the page's idle time has not loaded it yet), then the panel, laid out
    // hidden while the pointer is on its way: the click then only shows it. Then the search
    // postings, in slices (they are needed at the first keystroke).
    const prepareSearch = () => idle(() => void this.content.searcher?.prepare?.());
    void this.content.ensure().then((ok) => {
      if (!ok) return;
      if (this.rendered) prepareSearch();
      else void this.prerender().then(prepareSearch);
    });
  };

  /**
   * Render the panel hidden (not exposed, not focusable) so its DOM, styles, layout and fonts
   * are ready when the visitor clicks. Each step is one task, so none is long: the shell, its
   * layout, the view's first screen, its layout, then in idle time the layout of whatever the
   * view added since (the FAQ view adds one category per idle task) until it is complete.
   * Opening the panel meanwhile stops this; open renders what is missing.
   */
  private async prerender(): Promise<void> {
    // Up to the first screen, each step runs in the next task: the click may come soon. The
    // categories below the fold can wait for idle time.
    const nextIdle = () => new Promise<void>((resolve) => idle(resolve));
    const stopped = () => this.opened || !this.isConnected;
    await yieldToPage();
    if (this.rendered || stopped()) return;
    this.rendered = true;
    await yieldToPage();
    if (stopped()) return;
    await this.layOutClosed();
    await yieldToPage();
    if (stopped()) return;
    this.visit(this.view);
    this.requestUpdate();
    await yieldToPage();
    do {
      if (stopped()) return;
      await this.layOutClosed();
      await nextIdle();
    } while (this.faqView()?.browseComplete === false);
  }


  /**
   * Compute the closed panel's styles and layout, then skip its contents again, all in this
   * task, so it is never painted or focusable in between. content-visibility: hidden keeps
   * that work, and opening the panel is then little more than a paint.
   */
  private async layOutClosed(): Promise<void> {
    await this.updateComplete;
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel');
    if (!panel?.hidden) return;
    panel.classList.add('laying-out');
    panel.getBoundingClientRect();
    panel.classList.remove('laying-out');
  }

  /** Render `view` from now on (views are kept once shown); Contact and fallback need their chunk. */
  private visit(view: ViewName): void {
    this.visited.add(view);
    if (view !== 'faq') void this.loadViews();
  }

  /**
   * Pointer over or focus on the Contact or fallback tab. The first `Intl.DateTimeFormat` on
   * a page initialises ICU's calendar and time-zone data (~110 ms at 4× CPU throttle, in one
   * call that cannot be split); only those views need it (for hours), so only visitors
   * heading there pay for it, in its own idle task before they arrive.
   */
  private warmUpViews = (): void => {
    void this.loadViews().then(() => {
      const views = this.views;
      if (views) idle(() => views.allLiveClosed(this.effectiveChannels()));
    });
  };

  /** Load the Contact and fallback views' chunk (once); failures are logged and retried on the next visit. */
  private loadViews(): Promise<void> {
    this.viewsLoading ??= import('../contact-fallback.js').then(
      (m) => {
        for (const registry of registries.size ? registries : [customElements]) m.defineViews(registry);
        this.views = m;
      },
      (e: unknown) => {
        this.viewsLoading = undefined;
        console.error(`<support-widget>: the Contact and fallback views did not load (${(e as Error).message}); showing the plain channel list.`);
      },
    );
    return this.viewsLoading;
  }

  /**
   * With `insights-endpoint` set (and the visitor not opted out), load the insights chunk and
   * hand it the events seen so far; see widget-insights.ts.
   */
  private startInsights(): void {
    this.stopInsights();
    const raw = this.insightsEndpoint;
    if (!raw) return;
    const endpoint = safeHref(raw) ?? this.sameOriginUrl(raw);
    if (!endpoint) return warnOnce(this, `insights-endpoint="${raw}" is not an https:// URL or a path on this site; no insights are sent.`);
    const token = ++this.insightsToken;
    this.insightsEarly = [];
    for (const type of INSIGHT_EVENTS) this.addEventListener(type, this.onEarlyInsight);
    this.loads.schedule('insights', () =>
      void import('../../insights/widget-insights.js').then(({ connectInsights }) => {
        if (token !== this.insightsToken) return;
        const earlier = this.insightsEarly ?? [];
        this.dropEarlyInsights();
        this.insightsStop = connectInsights(this, endpoint, () => ({ pack: this.pack?.meta.id ?? '', locale: this.content.locale }), earlier);
      }),
    );
  }

  private stopInsights(): void {
    this.insightsToken++;
    this.dropEarlyInsights();
    this.insightsStop?.();
    this.insightsStop = undefined;
  }

  private onEarlyInsight = (e: Event): void => void this.insightsEarly?.push({ type: e.type, detail: (e as CustomEvent).detail });

  private dropEarlyInsights(): void {
    for (const type of INSIGHT_EVENTS) this.removeEventListener(type, this.onEarlyInsight);
    this.insightsEarly = undefined;
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
    this.loads.mode = this.loading;
    if (this.opened) {
      this.rendered = true;
      this.visit(this.view);
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
    if (!this.viewsScheduled) {
      this.viewsScheduled = true;
      this.loads.schedule('views', () => void this.loadViews());
    }
    // The content follows `loading` (see ContentController); the launcher has its label
    // without it. `open` set in the markup is an interaction: the content loads now.
    if (this.opened && !this.content.pack) {
      this.loads.interact();
      void this.content.ensure();
    }
    if (changed.has('statusSrc') && this.statusSrc) this.loads.schedule('status', () => this.refreshStatus());
    if (changed.has('insightsEndpoint')) this.startInsights();
  }

  /** Fetch the status endpoint (once per panel open at most); failures are logged once and not shown. */
  private async refreshStatus(): Promise<void> {
    const src = this.statusSrc;
    if (!src || this.statusInFlight) return;
    this.statusInFlight = true;
    try {
      const { fetchStatus } = await import('../../status/statuspage.js');
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

  private faqView(): FaqView | null {
    return this.renderRoot.querySelector('sw-faq-view');
  }

  private focusView(): void {
    const current = this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-view-${this.view}`);
    if (current && 'focus' in current) current.focus({ preventScroll: true });
  }

  private selectView(view: ViewName): void {
    this.view = view;
  }

  /** A view asked to show another (no-results → Contact, fallback self-help → a FAQ category). */
  private onInternalView = (e: CustomEvent<{ view: ViewName; category?: string; draft?: string }>): void => {
    e.stopPropagation();
    if (e.detail.draft) this.draft = e.detail.draft;
    this.view = e.detail.view;
    const category = e.detail.category;
    this.updateComplete.then(() => (category ? this.faqView()?.showCategory(category) : this.focusView()));
  };

  private onTabKey(e: KeyboardEvent): void {
    const n = VIEWS.length;
    // ArrowRight moves towards the end of the line: left when the panel is right to left.
    const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
    const arrow = ({ ArrowRight: 1, ArrowLeft: -1 } as Record<string, number | undefined>)[e.key];
    const step = arrow && (rtl ? -arrow : arrow);
    const next = e.key === 'Home' ? VIEWS[0] : e.key === 'End' ? VIEWS[n - 1] : step ? VIEWS[(VIEWS.indexOf(this.view) + step + n) % n] : undefined;
    if (!next) return;
    e.preventDefault();
    this.view = next;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-tab-${next}`)?.focus());
  }

  /** The channels shown and verified against: the pack's or the `channels` property, with channel attributes applied. */
  private effectiveChannels(): Channel[] {
    const base = this.channels ?? this.shown.contact.channels;
    if (!this.email && !this.phone && !this.chatUrl && !this.website) return base;
    return applyChannelAttributes(base, { email: this.email, phone: this.phone, 'chat-url': this.chatUrl, website: this.website }, (m) => warnOnce(this, m));
  }

  /**
   * Why support may be unreachable right now, if we can tell: the status page reports a
   * problem, or every real-time channel (chat, phone) is closed. Drives the fallback offer.
   */
  private unreachableNotice(channels: Channel[]): string | undefined {
    const ui = this.shown.ui;
    if (isDegraded(this.status)) return this.status!.description ? `${ui.statusDegraded}: ${this.status!.description}` : ui.statusDegraded;
    return this.views?.allLiveClosed(channels) ? ui.allClosed : undefined;
  }

  private renderStatusBanner() {
    const status = this.status;
    if (!isDegraded(status)) return nothing;
    const ui = this.shown.ui;
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

  /**
   * Until the views' chunk is defined (or if it fails to load), the view elements show this
   * light-DOM content: the official channels as plain links, so nobody is left without them.
   */
  private renderPlainContact(channels: Channel[]) {
    return html`<div class="plain" aria-busy="true">${this.renderChannelList(channels)}</div>`;
  }

  private renderChannelList(channels: Channel[]) {
    const ui = this.shown.ui;
    return html`<p>${ui.contactIntro}</p>
      <ul>
        ${channels.map((c) => {
          const href = channelHref(c);
          const text = `${c.label}: ${c.value}${c.placeholder ? ` (${ui.placeholderBadge})` : ''}`;
          return html`<li>${href ? renderLink(href, text) : text}</li>`;
        })}
      </ul>`;
  }

  private renderPlainFallback() {
    const ui = this.shown.ui;
    return html`<div class="plain" aria-busy="true">
      <p>${ui.fallbackIntro}</p>
      <h3>${ui.staySafe}</h3>
      ${renderBlocks(this.shown.fallback.safety)}
    </div>`;
  }

  /**
   * The FAQ tab when the site's content failed and no copy of it is at hand: say so, list the
   * channels the site configured and the built-in stay-safe advice.
   */
  private renderUnavailable(channels: Channel[]) {
    const pack = this.shown;
    return html`<div id=${`${this.uid}-view-faq`} role="tabpanel" tabindex="-1" aria-labelledby=${`${this.uid}-tab-faq`} part="unavailable" class="plain" ?hidden=${this.view !== 'faq'}>
      <p role="status">${pack.ui.contentUnavailable} ${pack.ui.contentUnavailableHint}</p>
      ${channels.length ? this.renderChannelList(channels) : nothing}
      <h3>${pack.ui.staySafe}</h3>
      ${renderBlocks(pack.fallback.safety)}
    </div>`;
  }

  private renderPanel() {
    const ui = this.shown.ui;
    const channels = this.effectiveChannels();
    // Only the Contact and fallback views show it (and computing it needs the time-zone data).
    const notice = this.visited.has('contact') || this.visited.has('fallback') ? this.unreachableNotice(channels) : undefined;
    const labels: Record<ViewName, string> = { faq: ui.tabFaq, contact: ui.tabContact, fallback: ui.tabFallback };
    const id = this.uid;
    return html`<div
      part="panel"
      class="panel"
      lang=${this.shown.meta.locale}
      id=${`${id}-panel`}
      role="dialog"
      aria-modal="false"
      aria-labelledby=${`${id}-title`}
      aria-hidden=${this.opened ? nothing : 'true'}
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
            @pointerenter=${v === 'faq' ? undefined : this.warmUpViews}
            @focus=${v === 'faq' ? undefined : this.warmUpViews}
          >
            ${labels[v]}
          </button>`,
        )}
      </div>
      ${this.renderStatusBanner()}
      <div part="body" class="body">
        <slot name="before"></slot>
        ${this.visited.has('faq') && this.content.source === 'unavailable'
          ? this.renderUnavailable(channels)
          : this.visited.has('faq')
          ? html`<sw-faq-view
          id=${`${id}-view-faq`}
          role="tabpanel"
          aria-labelledby=${`${id}-tab-faq`}
          exportparts="search,results,result,answer,category,no-results,feedback,warning"
          ?hidden=${this.view !== 'faq'}
          .pack=${this.shown}
          .searcher=${this.content.searcher}
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
          .pack=${this.shown}
          .channels=${channels}
          .notice=${notice}
          .draft=${this.draft}
          >${this.views ? nothing : this.renderPlainContact(channels)}</sw-contact-view
        >`
          : nothing}
        ${this.visited.has('fallback')
          ? html`<sw-fallback-view
          id=${`${id}-view-fallback`}
          role="tabpanel"
          tabindex="-1"
          aria-labelledby=${`${id}-tab-fallback`}
          exportparts="fallback,safety,warning"
          ?hidden=${this.view !== 'fallback'}
          .pack=${this.shown}
          .channels=${channels}
          .notice=${notice}
          >${this.views ? nothing : this.renderPlainFallback()}</sw-fallback-view
        >`
          : nothing}
        <slot name="after"></slot>
      </div>
      <footer part="footer" ?hidden=${!this.hasFooter}>
        <slot name="footer" @slotchange=${(e: Event) => (this.hasFooter = (e.target as HTMLSlotElement).assignedNodes().length > 0)}></slot>
      </footer>
    </div>`;
  }

  /** The launcher's strings: the pack's, or before one has loaded, the built-in ones of the content's likely locale. */
  private launcherUi(): { launcherLabel: string; statusDegraded: string } {
    return this.pack?.ui ?? launcherStrings(this.content.locale);
  }

  private launcherText(): string {
    return this.launcherLabel?.trim() || this.launcherUi().launcherLabel;
  }

  override render() {
    const ui = this.launcherUi();
    const panel = this.rendered && this.content.pack;
    return html`
      ${panel ? this.renderPanel() : nothing}
      <button
        part="launcher"
        class="launcher"
        lang=${this.launcherLabel?.trim() ? nothing : this.content.locale}
        type="button"
        aria-label=${isDegraded(this.status) ? `${this.launcherText()} — ${ui.statusDegraded}` : this.launcherText()}
        title=${this.launcherText()}
        aria-expanded=${this.opened ? 'true' : 'false'}
        aria-controls=${panel ? `${this.uid}-panel` : nothing}
        @click=${() => this.toggle()}
        @pointerenter=${this.warmUp}
        @focus=${this.warmUp}
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

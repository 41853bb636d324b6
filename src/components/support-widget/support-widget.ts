import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import type { Channel, ContentPack, PackInput } from '../../content/types.js';
import type { ViewName } from '../../events/events.js';
import { VERSION } from '../../version.js';
import { launcherStrings } from '../../i18n/launcher.js';
import { emit } from '../../internal/emit.js';
import { afterNextPaint } from '../../internal/idle.js';
import { LoadScheduler, type LoadingMode } from '../../internal/load-scheduler.js';
import { AttributeController, unknownView, type Position, type Theme } from '../../controllers/attribute-controller.js';
import { VIEWS } from '../../routing/views.js';
import { ContentController } from '../../controllers/content-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { DismissController } from '../../controllers/dismiss-controller.js';
import { HashSyncController } from '../../controllers/hash-sync-controller.js';
import { SheetController } from '../../controllers/sheet-controller.js';
import { LazyViewsController } from '../../controllers/lazy-views-controller.js';
import { PrerenderController } from '../../controllers/prerender-controller.js';
import { StatusController } from '../../controllers/status-controller.js';
import { InsightsController } from '../../controllers/insights-controller.js';
import { TabsController } from '../../controllers/tabs-controller.js';
import { HasSlotController } from '../../controllers/slot-controller.js';
import { supportWidgetStyles } from './support-widget.styles.js';
import { defineWidget } from './define.js';
import { launcher } from './templates/launcher.js';
import { isIntent, placeholderIn, takeOverPlaceholder } from './placeholder-launcher.js';
import { panel } from './templates/panel.js';
import { authorDir } from '../../i18n/requested-locales.js';

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
 * @cssprop [--sw-font=system-ui, sans-serif] - Font family. Unset, a stack per writing system of the interface language, platform fonts first (PingFang / Microsoft YaHei for Simplified Chinese, Hiragino / Yu Gothic UI for Japanese, …).
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
    // Language and content
    locale: { reflect: true }, locales: {}, contentSrc: { attribute: 'content-src' }, contentTimeout: { type: Number, attribute: 'content-timeout' }, loading: {},
    // Look and place
    position: { reflect: true }, theme: { reflect: true }, accent: {}, zIndex: { attribute: 'z-index' }, launcherLabel: { attribute: 'launcher-label' },
    // State
    opened: { type: Boolean, reflect: true, attribute: 'open' }, view: { reflect: true }, syncHash: { type: Boolean, attribute: 'sync-hash' },
    // Channels
    channels: { attribute: false }, email: {}, phone: {}, chatUrl: { attribute: 'chat-url' }, website: {},
    // Service status and insights
    statusSrc: { attribute: 'status-src' }, statusHref: { attribute: 'status-href' }, statusTimeout: { type: Number, attribute: 'status-timeout' }, insightsEndpoint: { attribute: 'insights-endpoint' },
  };

  /**
   * Register the element (and its internal parts) under `tag`. Safe to call twice.
   * @param tag The custom element name.
   */
  static define(tag = 'support-widget', registry: CustomElementRegistry = customElements): void {
    defineWidget(this, tag, registry);
  }

  /**
   * Language of the interface and content (`zh-CN`, `en`). Unset: the closest `lang` attribute
   * (the element's or an ancestor's, normally `<html lang>`, followed when it changes), then the
   * visitor's browser languages, then the pack's default. See docs/languages.md.
   */
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
  /**
   * When the content (the bundled pack of the visitor's locale, or `content-src`) loads:
   * `interaction` (default: on pointer over or focus on the launcher, or the first open, so a
   * visitor who never touches the widget loads nothing more), `idle` (when the page is idle
   * after load) or `eager` (at once). `status-src` loads when the page is idle unless `eager`:
   * the launcher shows its badge.
   */
  loading: LoadingMode = 'interaction';

  // One controller per feature, each with its own state and lifecycle hooks. Their hooks run
  // in this order: the attribute checks first (they set the load scheduler's mode). Those the
  // element never calls are added in the constructor.
  /** Defers network work (see `loading`); cancelled when the element leaves the page. */
  private readonly loads = new LoadScheduler(this);
  /** Bad attribute values are reported and replaced; `accent` and `z-index` become custom properties. */
  protected readonly attributeChecks = new AttributeController(this, this.loads);
  /** The interface and content languages: `locale`, the closest `lang` (observed), the browser's. */
  private readonly language: LocaleController = new LocaleController(this, () => this.content.locale);
  /** The pack shown, once one has loaded: the launcher never waits for content. */
  private readonly content = new ContentController(this, this.loads, this.language);
  /** The views rendered so far, and the views' lazily loaded chunks. */
  private readonly lazyViews = new LazyViewsController(this, () => this.content.channels());
  /** Whether the panel is in the DOM; rendering it hidden on intent, before the first open. */
  private readonly prerender = new PrerenderController(this, this.loads, this.content, this.lazyViews);
  /** `status-src`: the banner, the launcher badge, `sw-status`. */
  private readonly serviceStatus = new StatusController(this, this.loads);
  /** Tab keys, focus, ids, and views asking to show another. */
  private readonly tabs = new TabsController(this);
  /** The footer shows only when something is slotted into it. */
  private readonly slots = new HasSlotController(this);
  /** On phones: where focus goes on a touch open, the page behind held still, the sheet above the keyboard. */
  protected readonly sheet = new SheetController(this);

  /**
   * The content pack in use; `undefined` until the first one has loaded (`sw-content-load`).
   * The bundled pack loads on pointer over or focus on the launcher, or on open, whichever
   * comes first (see `loading`). Setting it is `setContent(pack)`.
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
    new DismissController(this); // Esc and the back gesture close the panel.
    new HashSyncController(this); // `#support/…` links open the panel; with `sync-hash` the open view goes back into the hash.
    new InsightsController(this, this.loads, this.content); // `insights-endpoint`: events collected and sent in one beacon.
    // A `pack` set before the element upgraded sits on the instance, hiding the setter above.
    if (Object.prototype.hasOwnProperty.call(this, 'pack')) {
      const pack = (this as { pack?: PackInput }).pack;
      delete (this as { pack?: PackInput }).pack;
      if (pack) this.pack = pack;
    }
  }

  /**
   * Open the panel, optionally on a view or on one answer: `open('contact')`,
   * `open({ view: 'faq', id: 'app-crash' })`.
   */
  async open(target?: ViewName | { view?: ViewName; id?: string }): Promise<void> {
    const { view, id } = typeof target === 'string' ? { view: target, id: undefined } : (target ?? {});
    if (view) this.view = VIEWS.includes(view) ? view : unknownView(view);
    const wasOpen = this.opened;
    if (!wasOpen) {
      if (!emit(this, 'sw-open', { view: this.view }, { cancelable: true })) return;
      this.loads.interact();
      // Usually loaded already (idle time, or pointer over the launcher), and then the panel opens
      // in this task. A failure to load is logged and reported (sw-content-error).
      if (!this.content.pack && (!(await this.content.ensure()) || this.opened)) return;
      this.prerender.panelAllowed = true;
      this.opened = true;
      void this.serviceStatus.refresh();
      this.prerender.warmUp();
    }
    await this.updateComplete;
    if (id && !(this.view === 'faq' && (await this.tabs.faqView())?.showAnswer(id, 'deep-link'))) {
      console.warn(`<support-widget>: no FAQ entry "${id}"; showing the FAQ.`);
      this.view = 'faq';
    }
    if (id) return;
    // Focus moves in the task after the panel is painted: moving it costs style, selection and
    // focus-event work (about 15 ms at 4× CPU throttle) that would otherwise delay that paint.
    if (!wasOpen) await afterNextPaint();
    if (this.opened) await this.sheet.focusOnOpen(() => this.tabs.focusView());
  }

  /** Close the panel and return focus to the launcher. */
  close(source: 'close-button' | 'escape' | 'launcher' | 'api' = 'api'): void {
    if (!this.opened) return;
    if (!emit(this, 'sw-close', { source }, { cancelable: true })) return;
    this.opened = false;
    this.tabs.focusLauncher();
  }

  /** Open when closed, close when open. */
  toggle(): void {
    if (this.opened) this.close('launcher');
    else this.open();
  }

  /** Open the FAQ view and search for `text`. */
  async search(text: string): Promise<void> {
    await this.open('faq');
    (await this.tabs.faqView())?.setQuery(text);
  }

  /**
   * Replace the content with a pack object. It is validated first (the validator is loaded
   * on demand); the promise rejects on an invalid pack and the current content stays.
   */
  setContent(pack: PackInput): Promise<void> {
    return this.content.set(pack);
  }

  // The script-tag build may have drawn a launcher into the shadow root before this class was
  // defined (placeholder-launcher.ts): the first render goes after it, and replaces it.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const drawn = placeholderIn(root);
    if (drawn && this.renderOptions.renderBefore === drawn) this.renderOptions.renderBefore = null;
    // The visitor reached for the drawn launcher, which is why this code loaded: the content and
    // the FAQ view start loading now (once connected), not after the first render.
    if (drawn && isIntent(drawn)) queueMicrotask(() => this.prerender.warmUp());
    return root;
  }

  protected override firstUpdated(): void {
    if (takeOverPlaceholder(this.renderRoot as ShadowRoot)?.focused) this.tabs.focusLauncher();
  }

  // The first render waits for a task of its own: loading the script and drawing the launcher
  // are then two short main-thread tasks instead of one long one.
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }

  /** The launcher in the interface language: the shown pack's strings, or before one has loaded, the built-in ones. */
  private renderLauncher(panelId: string | undefined) {
    // Once a pack is shown, the language it was completed in (a lang change re-completes it).
    const lang = this.pack?.uiLocale ?? this.language.ui;
    const dir = authorDir(this) ?? this.pack?.uiDir ?? this.language.dir;
    const strings = this.pack?.ui ?? launcherStrings(lang);
    const own = this.launcherLabel?.trim();
    const degraded = this.serviceStatus.degraded ? strings.statusDegraded : undefined;
    // A label the site owner wrote is in the page's language, not ours.
    const locale = own ? undefined : lang;
    return launcher({ label: own || strings.launcherLabel, locale, dir, degraded, opened: this.opened, controls: panelId }, { toggle: () => this.toggle(), onIntent: this.prerender.warmUp });
  }

  // ── end of the locale block ──────────────────────────────────────────────────────────────

  override render() {
    const pack = this.prerender.panelAllowed ? this.content.pack : undefined;
    const parts = { content: this.content, views: this.lazyViews, status: this.serviceStatus, tabs: this.tabs, slots: this.slots };
    return html`
      ${pack ? panel(this, pack, this.content.channels(), parts) : nothing}
      ${this.renderLauncher(pack ? this.tabs.ids.panel : undefined)}
    `;
  }
}

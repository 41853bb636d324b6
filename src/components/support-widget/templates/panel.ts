import { html, nothing } from 'lit';
import type { Channel, ContentPack } from '../../../content/types.js';
import type { ViewName } from '../../../events/events.js';
import type { PackSearch } from '../../../search/engine.js';
import type { ViewRequest } from '../../../events/view-request.js';
import { VIEWS } from '../../../controllers/attribute-controller.js';
import type { PanelIds } from '../../../controllers/tabs-controller.js';
import { closeIcon } from '../icons.js';
import { plainContact, plainFallback, unavailable } from './plain-views.js';

/** What the panel shows. */
export interface PanelState {
  pack: ContentPack;
  opened: boolean;
  view: ViewName;
  channels: Channel[];
  /** Why support may be unreachable (Contact and fallback offer the fallback). */
  notice?: string;
  /** Shown between the tabs and the body (the status banner), if anything. */
  banner: unknown;
  hasFooter: boolean;
  /** The query no answer fitted, for the Contact view's message drafter. */
  draft: string;
  ids: PanelIds;
}

/** The views in the body. */
export interface ViewsState {
  searcher?: PackSearch;
  /** The site's content failed and no copy is at hand: the FAQ tab says so. */
  unavailable: boolean;
  /** The views rendered so far (kept once shown). */
  visited: (view: ViewName) => boolean;
  /** The Contact and fallback views' chunk is defined: no plain views inside them. */
  defined: boolean;
}

/** What the panel's controls do. */
export interface PanelActions {
  close(): void;
  select(view: ViewName): void;
  onTabKey(e: KeyboardEvent): void;
  /** Pointer over or focus on the Contact or fallback tab. */
  onTabIntent(): void;
  onViewRequest(e: ViewRequest): void;
  onFooterChange(e: Event): void;
}

/**
 * The dialog: header, tabs, the status banner, the views (each rendered once first shown), the
 * footer. In the interface language: its `lang`, its direction, and its script's font stack
 * as `--sw-script-font` (the `style` property is CSSOM, allowed under a strict `style-src`).
 */
export function panel(s: PanelState, views: ViewsState, on: PanelActions) {
  const ui = s.pack.ui;
  const labels: Record<ViewName, string> = { faq: ui.tabFaq, contact: ui.tabContact, fallback: ui.tabFallback };
  return html`<div
    part="panel"
    class="panel"
    lang=${s.pack.uiLocale ?? s.pack.meta.locale}
    dir=${s.pack.uiDir ?? 'ltr'}
    .style=${s.pack.uiFont ? `--sw-script-font:${s.pack.uiFont}` : ''}
    id=${s.ids.panel}
    role="dialog"
    aria-modal="false"
    aria-labelledby=${s.ids.title}
    aria-hidden=${s.opened ? nothing : 'true'}
    ?hidden=${!s.opened}
    @sw-internal-view=${on.onViewRequest}
  >
    <header part="header">
      <slot name="logo"></slot>
      <h2 id=${s.ids.title} part="title">${ui.panelTitle}</h2>
      <button part="close" class="close" type="button" aria-label=${ui.close} @click=${on.close}>${closeIcon}</button>
    </header>
    <div part="tabs" class="tabs" role="tablist" aria-label=${ui.panelTitle} @keydown=${on.onTabKey}>
      ${VIEWS.map(
        (v) => html`<button
          part="tab"
          role="tab"
          type="button"
          id=${s.ids.tab(v)}
          aria-selected=${s.view === v ? 'true' : 'false'}
          aria-controls=${views.visited(v) ? s.ids.view(v) : nothing}
          tabindex=${s.view === v ? '0' : '-1'}
          @click=${() => on.select(v)}
          @pointerenter=${v === 'faq' ? undefined : on.onTabIntent}
          @focus=${v === 'faq' ? undefined : on.onTabIntent}
        >
          ${labels[v]}
        </button>`,
      )}
    </div>
    ${s.banner}
    <div part="body" class="body">
      <slot name="before"></slot>
      ${faqView(s, views)} ${contactView(s, views)} ${fallbackView(s, views)}
      <slot name="after"></slot>
    </div>
    <footer part="footer" ?hidden=${!s.hasFooter}>
      <slot name="footer" @slotchange=${on.onFooterChange}></slot>
    </footer>
  </div>`;
}

function faqView(s: PanelState, views: ViewsState) {
  if (!views.visited('faq')) return nothing;
  if (views.unavailable) return unavailable(s.pack, s.channels, { view: s.ids.view('faq'), tab: s.ids.tab('faq') }, s.view !== 'faq');
  return html`<sw-faq-view
    id=${s.ids.view('faq')}
    role="tabpanel"
    aria-labelledby=${s.ids.tab('faq')}
    exportparts="search,results,result,answer,category,no-results,feedback,warning"
    ?hidden=${s.view !== 'faq'}
    .pack=${s.pack}
    .searcher=${views.searcher}
  ></sw-faq-view>`;
}

function contactView(s: PanelState, views: ViewsState) {
  if (!views.visited('contact')) return nothing;
  return html`<sw-contact-view
    id=${s.ids.view('contact')}
    role="tabpanel"
    tabindex="-1"
    aria-labelledby=${s.ids.tab('contact')}
    exportparts="channel,channel-status,checklist,warning,fallback-prompt,best-time"
    ?hidden=${s.view !== 'contact'}
    .pack=${s.pack}
    .channels=${s.channels}
    .notice=${s.notice}
    .draft=${s.draft}
    >${views.defined ? nothing : plainContact(s.pack, s.channels)}</sw-contact-view
  >`;
}

function fallbackView(s: PanelState, views: ViewsState) {
  if (!views.visited('fallback')) return nothing;
  return html`<sw-fallback-view
    id=${s.ids.view('fallback')}
    role="tabpanel"
    tabindex="-1"
    aria-labelledby=${s.ids.tab('fallback')}
    exportparts="fallback,safety,warning"
    ?hidden=${s.view !== 'fallback'}
    .pack=${s.pack}
    .channels=${s.channels}
    .notice=${s.notice}
    >${views.defined ? nothing : plainFallback(s.pack)}</sw-fallback-view
  >`;
}

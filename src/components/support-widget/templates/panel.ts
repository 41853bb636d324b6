import { html, nothing } from 'lit';
import type { Channel, ContentPack } from '../../../content/types.js';
import type { ContentController } from '../../../controllers/content-controller.js';
import type { LazyViewsController } from '../../../controllers/lazy-views-controller.js';
import type { StatusController } from '../../../controllers/status-controller.js';
import type { TabsController } from '../../../controllers/tabs-controller.js';
import type { HasSlotController } from '../../../controllers/slot-controller.js';
import { VIEWS, type ViewName } from '../../../routing/views.js';
import { closeIcon } from '../icons.js';
import { plainContact, plainFallback, plainFaq, unavailable } from './plain-views.js';
import { statusBanner } from './status-banner.js';
import { authorDir } from '../../../i18n/requested-locales.js';

/** What the panel reads of the element: its public state. */
export interface PanelHost {
  readonly opened: boolean;
  readonly view: ViewName;
  readonly statusHref?: string;
  /** The author's own `dir` on the element, which wins over the interface language's. */
  readonly dir: string;
  close(source: 'close-button'): void;
}

/** The element's controllers the panel shows the state of. */
export interface PanelParts {
  content: ContentController;
  views: LazyViewsController;
  status: StatusController;
  tabs: TabsController;
  slots: HasSlotController;
}

/** One render's inputs, for the view templates below. */
interface Shown extends PanelParts {
  host: PanelHost;
  pack: ContentPack;
  channels: Channel[];
  /** Why support may be unreachable (Contact and fallback offer the fallback). */
  notice?: string;
}

/**
 * The dialog: header, tabs, the status banner, the views (each rendered once first shown), the
 * footer. In the interface language: its `lang`, its direction, and its script's font stack
 * as `--sw-script-font` (the `style` property is CSSOM, allowed under a strict `style-src`).
 */
export function panel(host: PanelHost, pack: ContentPack, channels: Channel[], parts: PanelParts) {
  const { views, status, tabs } = parts;
  const ui = pack.ui;
  const ids = tabs.ids;
  // Only the Contact and fallback views show it (and computing it needs the time-zone data).
  const notice = views.has('contact') || views.has('fallback') ? status.unreachableNotice(ui, () => !!views.chunk?.allLiveClosed(channels)) : undefined;
  const shown: Shown = { ...parts, host, pack, channels, notice };
  const labels: Record<ViewName, string> = { faq: ui.tabFaq, contact: ui.tabContact, fallback: ui.tabFallback };
  return html`<div
    part="panel"
    class="panel"
    lang=${pack.uiLocale ?? pack.meta.locale}
    dir=${authorDir(host) ?? pack.uiDir ?? 'ltr'}
    .style=${pack.uiFont ? `--sw-script-font:${pack.uiFont}` : ''}
    id=${ids.panel}
    role="dialog"
    aria-modal="false"
    aria-labelledby=${ids.title}
    aria-hidden=${host.opened ? nothing : 'true'}
    ?hidden=${!host.opened}
    @sw-internal-view=${tabs.onViewRequest}
  >
    <header part="header">
      <slot name="logo"></slot>
      <h2 id=${ids.title} part="title">${ui.panelTitle}</h2>
      <button part="close" class="close" type="button" aria-label=${ui.close} @click=${() => host.close('close-button')}>${closeIcon}</button>
    </header>
    <div part="tabs" class="tabs" role="tablist" aria-label=${ui.panelTitle} @keydown=${tabs.onKeyDown}>
      ${VIEWS.map(
        (v) => html`<button
          part="tab"
          role="tab"
          type="button"
          id=${ids.tab(v)}
          aria-selected=${host.view === v ? 'true' : 'false'}
          aria-controls=${views.has(v) ? ids.view(v) : nothing}
          tabindex=${host.view === v ? '0' : '-1'}
          @click=${() => tabs.select(v)}
          @pointerenter=${v === 'faq' ? undefined : views.warmUp}
          @focus=${v === 'faq' ? undefined : views.warmUp}
        >
          ${labels[v]}
        </button>`,
      )}
    </div>
    ${status.status && status.degraded ? statusBanner(ui, status.status, host.statusHref, () => tabs.select('fallback')) : nothing}
    <div part="body" class="body">
      <slot name="before"></slot>
      ${faqView(shown)} ${contactView(shown)} ${fallbackView(shown)}
      <slot name="after"></slot>
    </div>
    <footer part="footer" ?hidden=${!parts.slots.has('footer')}>
      <slot name="footer"></slot>
    </footer>
  </div>`;
}

function faqView({ host, pack, channels, views, tabs: { ids }, content }: Shown) {
  if (!views.has('faq')) return nothing;
  if (content.source === 'unavailable') return unavailable(pack, channels, { view: ids.view('faq'), tab: ids.tab('faq') }, host.view !== 'faq');
  return html`<sw-faq-view
    id=${ids.view('faq')}
    role="tabpanel"
    aria-labelledby=${ids.tab('faq')}
    exportparts="search,results,result,answer,category,no-results,feedback,warning"
    ?hidden=${host.view !== 'faq'}
    .pack=${pack}
    .searcher=${content.searcher}
    >${plainFaq}</sw-faq-view
  >`;
}

function contactView({ host, pack, channels, notice, views, tabs }: Shown) {
  if (!views.has('contact')) return nothing;
  return html`<sw-contact-view
    id=${tabs.ids.view('contact')}
    role="tabpanel"
    tabindex="-1"
    aria-labelledby=${tabs.ids.tab('contact')}
    exportparts="channel,channel-status,checklist,warning,fallback-prompt,best-time"
    ?hidden=${host.view !== 'contact'}
    .pack=${pack}
    .channels=${channels}
    .notice=${notice}
    .draft=${tabs.draft}
    >${views.chunk ? nothing : plainContact(pack, channels)}</sw-contact-view
  >`;
}

function fallbackView({ host, pack, channels, notice, views, tabs }: Shown) {
  if (!views.has('fallback')) return nothing;
  return html`<sw-fallback-view
    id=${tabs.ids.view('fallback')}
    role="tabpanel"
    tabindex="-1"
    aria-labelledby=${tabs.ids.tab('fallback')}
    exportparts="fallback,safety,warning"
    ?hidden=${host.view !== 'fallback'}
    .pack=${pack}
    .channels=${channels}
    .notice=${notice}
    >${views.chunk ? nothing : plainFallback(pack)}</sw-fallback-view
  >`;
}

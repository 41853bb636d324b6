import type { ReactiveControllerHost } from 'lit';
import type { ViewName } from '../events/events.js';
import type { FaqView } from '../components/faq-view/faq-view.js';
import type { ViewRequest } from '../events/view-request.js';
import { VIEWS } from '../routing/views.js';
import { loadFaqView } from './lazy-views-controller.js';

/** What the controller asks of its host. */
export interface TabsHost extends ReactiveControllerHost, HTMLElement {
  view: ViewName;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

let instances = 0;

const idsFor = (uid: string) => ({
  panel: `${uid}-panel`,
  title: `${uid}-title`,
  tab: (view: ViewName) => `${uid}-tab-${view}`,
  view: (view: ViewName) => `${uid}-view-${view}`,
});

export type PanelIds = ReturnType<typeof idsFor>;

/**
 * The panel's tabs and focus: ids that tie tabs, views and the panel together, arrow, Home
 * and End keys on the tab list (following the writing direction, as material-web's tabs do),
 * focus moved to the view shown, and views asking to show another (no results → Contact,
 * the fallback's self-help → a FAQ category).
 */
export class TabsController {
  /** A search no answer fitted, carried into the Contact view's message drafter. */
  draft = '';
  /** The ids that tie the launcher, panel, tabs and views together (unique per widget on the page). */
  readonly ids = idsFor(`sw${++instances}`);

  // No lifecycle hooks: it acts on key presses and requests only, so it is not added to the host.
  constructor(private readonly host: TabsHost) {}

  /**
   * The FAQ view, once rendered and upgraded (its chunk loads lazily), with its first update
   * done: properties set on it before the upgrade are then in place.
   */
  async faqView(): Promise<FaqView | null> {
    const view = this.host.renderRoot.querySelector<FaqView>('sw-faq-view');
    if (!view) return null;
    if (!view.matches(':defined')) await loadFaqView();
    if (!view.matches(':defined')) return null;
    await view.updateComplete;
    return view;
  }

  select(view: ViewName): void {
    this.host.view = view;
  }

  /** Move focus into the view shown (the FAQ view's search box once the view is defined). */
  async focusView(): Promise<void> {
    const view = this.host.view;
    const current = this.host.renderRoot.querySelector<HTMLElement>(`#${this.ids.view(view)}`);
    if (current?.localName === 'sw-faq-view') await this.faqView();
    // Still the view shown: the visitor may have moved on while the FAQ view loaded.
    if (current && this.host.view === view) current.focus({ preventScroll: true });
  }

  /** Return focus to the launcher (the panel closed). */
  focusLauncher(): void {
    this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLButtonElement>('[part="launcher"]')?.focus());
  }

  /** Keys on the tab list. */
  onKeyDown = (e: KeyboardEvent): void => {
    const next = this.keyTarget(e);
    if (!next) return;
    e.preventDefault();
    this.host.view = next;
    this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#${this.ids.tab(next)}`)?.focus());
  };

  /** A view asked to show another. */
  onViewRequest = (e: ViewRequest): void => {
    e.stopPropagation();
    if (e.detail.draft) this.draft = e.detail.draft;
    this.host.view = e.detail.view;
    const category = e.detail.category;
    this.host.updateComplete.then(async () => (category ? (await this.faqView())?.showCategory(category) : this.focusView()));
  };

  /** The tab a key moves to: Home and End to the first and last, arrows to the neighbour (wrapping). */
  private keyTarget(e: KeyboardEvent): ViewName | undefined {
    const n = VIEWS.length;
    if (e.key === 'Home') return VIEWS[0];
    if (e.key === 'End') return VIEWS[n - 1];
    const arrow = ({ ArrowRight: 1, ArrowLeft: -1 } as Record<string, number | undefined>)[e.key];
    if (!arrow) return undefined;
    // ArrowRight moves towards the end of the line: left when the panel is right to left.
    const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
    return VIEWS[(VIEWS.indexOf(this.host.view) + (rtl ? -arrow : arrow) + n) % n];
  }
}

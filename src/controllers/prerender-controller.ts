import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewName } from '../events/events.js';
import type { ContentPack } from '../content/types.js';
import type { FaqView } from '../components/faq-view/faq-view.js';
import type { LoadScheduler } from '../internal/load-scheduler.js';
import type { ContentController } from './content-controller.js';
import { loadFaqView, type LazyViewsController } from './lazy-views-controller.js';
import { afterNextPaint, idle, yieldToPage } from '../internal/idle.js';

/** Resolves when the main thread is next idle. */
const nextIdle = () => new Promise<void>((resolve) => idle(() => resolve()));

/** What the controller asks of its host. */
export interface PrerenderHost extends ReactiveControllerHost, HTMLElement {
  readonly opened: boolean;
  readonly view: ViewName;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Whether the panel is in the DOM, and getting it ready on intent. Most visitors never open
 * the widget, so the panel is rendered on the first open, or hidden ahead of it when the
 * visitor shows intent (pointer over or focus on the launcher): its DOM, styles, layout and
 * fonts, then the search postings, are then ready at the click.
 */
export class PrerenderController implements ReactiveController {
  /** The panel may render (from the first open or prerender on; kept once closed). It renders once a pack is shown. */
  panelAllowed = false;
  /** The pack the open panel last showed (afterShown ran for it). */
  private shownFor?: ContentPack;

  constructor(
    private readonly host: PrerenderHost,
    private readonly loads: LoadScheduler,
    private readonly content: ContentController,
    private readonly views: LazyViewsController,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.opened) this.panelAllowed = true;
  }

  hostUpdated(): void {
    // The content follows `loading` (see ContentController); the launcher has its label
    // without it. `open` set in the markup is an interaction: the content loads now.
    if (this.host.opened && !this.content.pack) {
      this.loads.interact();
      void this.content.ensure();
    }
    if (this.host.opened && this.content.pack) this.afterShown();
  }

  /**
   * Pointer over or focus on the launcher: get the panel ready while the pointer is on its way,
   * not on every page view. Only what the first screen needs: the FAQ view's chunk and the
   * content (unless it has loaded already), then the panel laid out hidden, so that the click
   * only shows it. The rest (search, the Contact and fallback views) follows the open
   * (afterShown). Calling it again is cheap.
   */
  warmUp = (): void => {
    void loadFaqView();
    void this.content.ensure().then((ok) => {
      if (ok && !this.panelAllowed) void this.prerender();
    });
  };

  /**
   * After the open panel's first paint, once per pack: the search and, in idle time, its
   * postings and the first query's one-time work; once search is prepared, the Contact and
   * fallback views' chunk (their tabs load it on intent before that). Loaded on the pointer's
   * intent, each of them was a task that a click arriving meanwhile waited for.
   */
  private afterShown(): void {
    const pack = this.content.pack;
    if (!pack || this.shownFor === pack) return;
    this.shownFor = pack;
    void afterNextPaint()
      .then(() => this.content.search())
      .then(async (searcher) => {
        await nextIdle();
        await searcher?.prepare?.();
      })
      // prepare() reports what failed to load itself; the views load either way.
      .catch(() => undefined)
      .then(() => this.views.load());
  }

  /**
   * Render the panel hidden (not exposed, not focusable). Each step is one task, so none is
   * long: the shell, its layout, the view's first screen, its layout, then in idle time the
   * layout of whatever the view added since (the FAQ view adds one category per idle task)
   * until it is complete. Opening the panel meanwhile stops this; open renders what is missing.
   */
  private async prerender(): Promise<void> {
    // Up to the first screen, each step runs in the next task: the click may come soon. The
    // categories below the fold can wait for idle time.
    const stopped = () => this.host.opened || !this.host.isConnected;
    await yieldToPage();
    if (this.panelAllowed || stopped()) return;
    this.panelAllowed = true;
    this.host.requestUpdate();
    await yieldToPage();
    if (stopped()) return;
    await this.layOutClosed();
    await yieldToPage();
    if (stopped()) return;
    this.views.visit(this.host.view);
    this.host.requestUpdate();
    await yieldToPage();
    // The FAQ view lays out its categories once its chunk has defined it.
    await loadFaqView();
    do {
      if (stopped()) return;
      await this.layOutClosed();
      await nextIdle();
    } while (this.host.renderRoot.querySelector<FaqView>('sw-faq-view')?.browseComplete === false);
  }

  /**
   * Compute the closed panel's styles and layout, then skip its contents again, all in this
   * task, so it is never painted or focusable in between. content-visibility: hidden keeps
   * that work, and opening the panel is then little more than a paint.
   */
  private async layOutClosed(): Promise<void> {
    await this.host.updateComplete;
    const panel = this.host.renderRoot.querySelector<HTMLElement>('.panel');
    if (!panel?.hidden) return;
    panel.classList.add('laying-out');
    panel.getBoundingClientRect();
    panel.classList.remove('laying-out');
  }
}

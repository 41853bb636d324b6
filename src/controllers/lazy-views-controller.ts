import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Channel } from '../content/types.js';
import type { ViewName } from '../events/events.js';
import type { LoadScheduler } from '../internal/load-scheduler.js';
import { idle } from '../internal/idle.js';

/** The chunk with the Contact and fallback views (see components/contact-fallback.ts). */
export type ContactFallbackChunk = typeof import('../components/contact-fallback.js');

/** Registries the widget was defined in: the views of the chunk are defined there too. */
export const viewRegistries = new Set<CustomElementRegistry>();

/** What the controller asks of its host. */
export interface LazyViewsHost extends ReactiveControllerHost {
  readonly opened: boolean;
  readonly view: ViewName;
}

/**
 * Which views the panel renders, and the chunk the Contact and fallback views need. A view
 * is rendered the first time it is shown, then kept (its state survives switching tabs).
 * The chunk loads when such a view is shown, on pointer over or focus on its tab, or when
 * the load scheduler runs its idle work; until it is defined the plain views show.
 */
export class LazyViewsController implements ReactiveController {
  /** The chunk, once loaded and its elements defined. */
  chunk?: ContactFallbackChunk;
  private readonly visited = new Set<ViewName>();
  private loading?: Promise<void>;
  private scheduled = false;

  constructor(
    private readonly host: LazyViewsHost,
    private readonly loads: LoadScheduler,
    /** The channels the views show (hours need the chunk's availability engine). */
    private readonly channels: () => Channel[],
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.opened) this.visit(this.host.view);
  }

  hostUpdated(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.loads.schedule('views', () => void this.load());
  }

  /** `view` has been shown: the panel renders it from now on. */
  has(view: ViewName): boolean {
    return this.visited.has(view);
  }

  /** Render `view` from now on; Contact and fallback need the chunk. */
  visit(view: ViewName): void {
    this.visited.add(view);
    if (view !== 'faq') void this.load();
  }

  /** Load the chunk (once); a failure is logged and retried on the next visit. */
  load(): Promise<void> {
    this.loading ??= import('../components/contact-fallback.js').then(
      (m) => {
        for (const registry of viewRegistries.size ? viewRegistries : [customElements]) m.defineViews(registry);
        this.chunk = m;
        this.host.requestUpdate();
      },
      (e: unknown) => {
        this.loading = undefined;
        console.error(`<support-widget>: the Contact and fallback views did not load (${(e as Error).message}); showing the plain channel list.`);
      },
    );
    return this.loading;
  }

  /**
   * Pointer over or focus on the Contact or fallback tab. The first `Intl.DateTimeFormat` on
   * a page initialises ICU's calendar and time-zone data (~110 ms at 4× CPU throttle, in one
   * call that cannot be split); only those views need it (for hours), so only visitors
   * heading there pay for it, in its own idle task before they arrive.
   */
  warmUp = (): void => {
    void this.load().then(() => {
      const chunk = this.chunk;
      if (chunk) idle(() => chunk.allLiveClosed(this.channels()));
    });
  };
}

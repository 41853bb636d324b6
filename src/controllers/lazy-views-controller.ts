import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Channel } from '../content/types.js';
import type { ViewName } from '../events/events.js';
import { idle } from '../internal/idle.js';

/** The chunk with the Contact and fallback views (see components/contact-fallback.ts). */
export type ContactFallbackChunk = typeof import('../components/contact-fallback.js');

/** Registries the widget was defined in: the views of the chunks are defined there too. */
export const viewRegistries = new Set<CustomElementRegistry>();
const registries = () => (viewRegistries.size ? viewRegistries : [customElements]);

let faqLoading: Promise<void> | undefined;

/**
 * Load the FAQ view's chunk (components/faq.ts) once and define `sw-faq-view`. It starts on
 * intent, beside the pack and on open; the panel's `<sw-faq-view>` upgrades in place. A
 * failure is logged and retried on the next call.
 */
export function loadFaqView(): Promise<void> {
  faqLoading ??= import('../components/faq.js').then(
    (m) => {
      for (const registry of registries()) m.defineFaqView(registry);
    },
    (e: unknown) => {
      faqLoading = undefined;
      console.error(`<support-widget>: the FAQ view did not load (${(e as Error).message}); the next open tries again.`);
    },
  );
  return faqLoading;
}

/** What the controller asks of its host. */
export interface LazyViewsHost extends ReactiveControllerHost {
  readonly opened: boolean;
  readonly view: ViewName;
}

/**
 * Which views the panel renders, and the chunk the Contact and fallback views need (the FAQ
 * view's chunk, `loadFaqView` above, loads on every open and with the pack). A view
 * is rendered the first time it is shown, then kept (its state survives switching tabs).
 * The chunk loads only on intent: when such a view is shown, on pointer over or focus on its
 * tab, or once the open panel's search is prepared (PrerenderController); until it is
 * defined the plain views show. Not in the page's idle
 * time: most visitors never open the widget, and few of those who do open Contact.
 */
export class LazyViewsController implements ReactiveController {
  /** The chunk, once loaded and its elements defined. */
  chunk?: ContactFallbackChunk;
  private readonly visited = new Set<ViewName>();
  private loading?: Promise<void>;

  constructor(
    private readonly host: LazyViewsHost,
    /** The channels the views show (hours need the chunk's availability engine). */
    private readonly channels: () => Channel[],
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.host.opened) return;
    this.visit(this.host.view);
    // Whatever view opens, the FAQ view is a tab away.
    void loadFaqView();
  }

  /** `view` has been shown: the panel renders it from now on. */
  has(view: ViewName): boolean {
    return this.visited.has(view);
  }

  /** Render `view` from now on; each view needs its chunk. */
  visit(view: ViewName): void {
    this.visited.add(view);
    void (view === 'faq' ? loadFaqView() : this.load());
  }

  /** Load the chunk (once); a failure is logged and retried on the next visit. */
  load(): Promise<void> {
    this.loading ??= import('../components/contact-fallback.js').then(
      (m) => {
        for (const registry of registries()) m.defineViews(registry);
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
   * Pointer over or focus on the Contact or fallback tab (or the launcher). The first `Intl.DateTimeFormat` on
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

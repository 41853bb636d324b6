import type { SupportWidget } from './components/support-widget/support-widget.js';
import type { ViewName } from './events/events.js';

const TAG = 'support-widget';
const HOOKED = Symbol.for('support-widget.page-hooks');

type GlobalApi = {
  /** The widget class, for `SupportWidget.Element.define('my-tag')`; `undefined` until the widget's code has loaded (`ready()`). */
  readonly Element: typeof SupportWidget | undefined;
  /** Open the page's widget, optionally on a view or answer (its code loads first if it has not). */
  open(target?: ViewName | { view?: ViewName; id?: string }): Promise<void>;
  /** Close the page's widget (nothing to do before its code has loaded: it is not open). */
  close(): void;
  toggle(): Promise<void>;
  /** The widget element on the page (inserted if missing); it may not be defined yet (see `ready()`). */
  element(): SupportWidget;
  /** Load the widget's code if it has not loaded, and resolve with the page's widget, defined. */
  ready(): Promise<SupportWidget>;
};

declare global {
  interface Window {
    SupportWidget?: GlobalApi;
  }
}

/** How the page hooks reach the widget's code and get an undefined element ready. */
export interface PageHookOptions {
  /** Load the widget's code (it defines `<support-widget>`). */
  load(): Promise<unknown>;
  /** Called with every widget element the hooks insert or hand out, before it is defined. */
  prepare?(el: HTMLElement): void;
}

/**
 * Page-level behaviour of the script-tag builds (not of the npm entry): `window.SupportWidget`,
 * inserting a widget when the page has none, and `[data-support-widget-open]` links. Runs once
 * per page even when the script is loaded twice or both builds are present.
 */
export function installPageHooks({ load, prepare }: PageHookOptions): void {
  const w = window as Window & { [HOOKED]?: boolean };
  if (w[HOOKED]) return;
  w[HOOKED] = true;

  const widget = (): SupportWidget => {
    let el = document.querySelector<SupportWidget>(TAG);
    if (!el) {
      el = document.createElement(TAG) as SupportWidget;
      document.body.append(el);
    }
    prepare?.(el);
    return el;
  };
  const ready = async (): Promise<SupportWidget> => {
    await load();
    const el = widget();
    await customElements.whenDefined(TAG);
    return el;
  };
  const defined = () => customElements.get(TAG) as typeof SupportWidget | undefined;

  const api: GlobalApi = {
    get Element() {
      return defined();
    },
    open: async (target) => (await ready()).open(target),
    close: () => (document.querySelector(TAG) as Partial<SupportWidget> | null)?.close?.(),
    toggle: async () => (await ready()).toggle(),
    element: widget,
    ready,
  };
  w.SupportWidget ??= api;

  // Auto-insert: pages that only pasted the script tag get a widget; pages that placed one keep theirs.
  const insert = () => {
    if (!document.querySelector(TAG) && document.documentElement.dataset.supportWidget !== 'manual') widget();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', insert, { once: true });
  else insert();

  // Declarative opening: <a href="#support" data-support-widget-open="contact">Help</a>
  document.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.('[data-support-widget-open]');
    if (!link) return;
    e.preventDefault();
    const view = link.getAttribute('data-support-widget-open') || undefined;
    void api.open(view as ViewName | undefined);
  });
}

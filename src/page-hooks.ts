import { SupportWidget } from './components/support-widget/support-widget.js';
import type { ViewName } from './events/events.js';

const TAG = 'support-widget';
const HOOKED = Symbol.for('support-widget.page-hooks');

type GlobalApi = {
  /** The widget class, for `SupportWidget.define('my-tag')`. */
  Element: typeof SupportWidget;
  /** Open the page's widget, optionally on a view or answer. */
  open(target?: ViewName | { view?: ViewName; id?: string }): Promise<void>;
  close(): void;
  toggle(): void;
  /** The widget element on the page (inserted if missing). */
  element(): SupportWidget;
};

declare global {
  interface Window {
    SupportWidget?: GlobalApi;
  }
}

function widget(): SupportWidget {
  let el = document.querySelector<SupportWidget>(TAG);
  if (!el) {
    el = document.createElement(TAG) as SupportWidget;
    document.body.append(el);
  }
  return el;
}

/**
 * Page-level behaviour of the script-tag builds (not of the npm entry). Runs once per
 * page even when the script is loaded twice or both builds are present.
 */
export function installPageHooks(): void {
  const w = window as Window & { [HOOKED]?: boolean };
  if (w[HOOKED]) return;
  w[HOOKED] = true;

  w.SupportWidget ??= {
    Element: SupportWidget,
    open: (target) => widget().open(target),
    close: () => widget().close(),
    toggle: () => widget().toggle(),
    element: widget,
  };

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
    void widget().open(view as ViewName | undefined);
  });
}

/**
 * `dist/support-widget.js`, the entry of the script-tag builds: the only code every page view
 * runs. It draws the launcher without the widget's code (placeholder-launcher.ts: no lit, no
 * element), installs the page hooks (`window.SupportWidget`, inserting a widget, `[data-support-
 * widget-open]` links), and loads the widget itself (auto-register.ts, a chunk) only when it is
 * needed:
 * - on the visitor's intent: pointer over, focus on or a press of the launcher, a click on it
 *   or on a `[data-support-widget-open]` link, a `#support/…` link, a call to `window.SupportWidget`;
 * - at once for a widget placed with `open` or `loading="eager"`, a page opened on a `#support/…`
 *   hash, or a page in manual mode (`<html data-support-widget="manual">`: the page scripts the
 *   element);
 * - when the page is idle after load for a widget with `loading="idle"` or `status-src` (the
 *   launcher shows the service's status before anyone opens it).
 * The widget then upgrades the element in place, keeps its shadow root and replaces the
 * launcher drawn here with its own (focus moves across).
 */
import { installPageHooks } from './page-hooks.js';
import { drawPlaceholderLauncher } from './components/support-widget/placeholder-launcher.js';
import { parseDeepLink } from './routing/deep-link.js';
import { idle } from './internal/idle.js';
import type { SupportWidget } from './components/support-widget/support-widget.js';

const TAG = 'support-widget';
const STARTED = Symbol.for('support-widget.script-tag');

let widgetCode: Promise<unknown> | undefined;

/**
 * The element's methods a page may call before the widget's code has loaded
 * (`document.querySelector('support-widget').open()`): each loads it, then calls the real one.
 * `close()` has nothing to close yet. The stand-ins sit on the instances and leave them once
 * the code has loaded, before anything else waiting for it runs.
 */
const METHODS = ['open', 'toggle', 'search', 'setContent'] as const;
const standIns = new Set<HTMLElement>();

function addStandIns(el: HTMLElement): void {
  const define = (name: string, value: (...args: unknown[]) => unknown) => Object.defineProperty(el, name, { value, configurable: true, writable: true });
  for (const name of METHODS) define(name, (...args) => load().then(() => (el as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args)));
  define('close', () => undefined);
  standIns.add(el);
}

function removeStandIns(): void {
  for (const el of standIns) for (const name of [...METHODS, 'close']) delete (el as unknown as Record<string, unknown>)[name];
  standIns.clear();
}

/** Load the widget (once; a failed load is reported and tried again on the next intent). */
function load(): Promise<unknown> {
  widgetCode ??= import('./auto-register.js').then(removeStandIns, (e: Error) => {
    widgetCode = undefined;
    console.error(`<support-widget>: could not load the widget's code (${e.message}). Serve the chunks/ folder beside support-widget.js.`);
    throw e;
  });
  return widgetCode;
}
const loadQuietly = () => void load().catch(() => undefined);

function afterLoadIdle(task: () => void): void {
  if (document.readyState === 'complete') idle(task);
  else addEventListener('load', () => idle(task), { once: true });
}

/** When an element's settings need the widget's code: now, when the page is idle, or on intent. */
function needed(el: Element): 'now' | 'idle' | 'intent' {
  const loading = el.getAttribute('loading');
  if (el.hasAttribute('open') || loading === 'eager' || parseDeepLink(location.hash) || document.documentElement.dataset.supportWidget === 'manual') return 'now';
  if (loading === 'idle' || el.hasAttribute('status-src')) return 'idle';
  return 'intent';
}

const prepared = new WeakSet<Element>();

/** Draw the launcher into a widget element that is not defined yet, and schedule its code. */
function prepare(el: HTMLElement): void {
  if (prepared.has(el) || customElements.get(TAG)) return;
  prepared.add(el);
  addStandIns(el);
  // Drawn in a task of its own: this module runs in the task that ends the page's parsing (and
  // often holds its load event and first layout), which the launcher's drawing would lengthen.
  setTimeout(() => {
    if (customElements.get(TAG)) return;
    drawPlaceholderLauncher(el, {
      intent: loadQuietly,
      activate: () =>
        void load()
          .then(() => (el as SupportWidget).toggle())
          .catch(() => undefined),
    });
  });
  const when = needed(el);
  if (when === 'now') loadQuietly();
  else if (when === 'idle') afterLoadIdle(loadQuietly);
}

function prepareAddedWidgets(records: MutationRecord[]): void {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof HTMLElement)) continue;
      if (node.localName === TAG) prepare(node);
      else if (node.firstElementChild) for (const el of node.getElementsByTagName(TAG)) prepare(el as HTMLElement);
    }
  }
}

function start(): void {
  const w = window as Window & { [STARTED]?: boolean };
  if (w[STARTED]) return;
  w[STARTED] = true;
  // Another build (the npm entry, another copy) defined the tag first: the widget's code takes over at once.
  if (customElements.get(TAG)) return loadQuietly();

  installPageHooks({ load, prepare });
  const watch = () => {
    for (const el of document.getElementsByTagName(TAG)) prepare(el as HTMLElement);
    // Widgets a page renders later get their launcher too, until the widget's code defines the element.
    const observer = new MutationObserver(prepareAddedWidgets);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    void customElements.whenDefined(TAG).then(() => observer.disconnect());
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true });
  else watch();
  addEventListener('hashchange', () => {
    if (parseDeepLink(location.hash)) loadQuietly();
  });
}

start();

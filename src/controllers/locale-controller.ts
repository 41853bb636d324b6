import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { matchLocale, parseLocales } from '../content/locale.js';
import { interfaceLocale, launcherDir, requestedLocales } from '../i18n/requested-locales.js';

/** What the locale controller asks of its host. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  /** The `locale` attribute: the site's explicit choice. */
  locale?: string;
  /** The `locales` attribute: the locales the site says it has content for. */
  locales?: string;
}

/**
 * Every connected controller, told when a `lang` attribute anywhere in the document changes.
 * One observer for all widgets on the page (as Shoelace's localize does for `<html lang>`);
 * `subtree` because the closest `lang` may be on any ancestor, or on the element itself.
 */
const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;
const refreshAll = (): void => connected.forEach((c) => c.refresh());

function watch(c: LocaleController): void {
  connected.add(c);
  if (observer) return;
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  window.addEventListener('languagechange', refreshAll);
}

function unwatch(c: LocaleController): void {
  connected.delete(c);
  if (connected.size || !observer) return;
  observer.disconnect();
  observer = undefined;
  window.removeEventListener('languagechange', refreshAll);
}

/**
 * The widget's languages. One order decides both, documented in docs/languages.md:
 * the `locale` attribute → the closest `lang` attribute (the element's own or an ancestor's,
 * normally `<html lang>`) → `navigator.languages` → the pack's default.
 *
 * - The **interface locale** is the first of those that one of the built-in catalogs serves
 *   (`zh-HK` → zh-TW, `pt` → pt-BR, `fr-CA` → fr), else the content's language.
 * - The **content locale** is the first of those that a pack exists for (the bundled
 *   manifest, the `locales` list, or the site's pack), else the pack's default; the content
 *   controller asks for it with `contentLocale()`.
 *
 * A zh-TW visitor on a product with only zh-CN content thus reads a zh-TW interface around
 * zh-CN answers. `lang` changes are observed at run time: the host re-renders and the content
 * controller loads the other pack or catalog. The element's own `lang` is the author's and is
 * never written; `lang` and `dir` go on the panel and launcher inside the shadow root. The
 * panel's direction and font stack come with the completed pack (`uiDir`, `uiFont`, from the
 * catalog chunk), so the core carries no script or direction tables.
 */
export class LocaleController implements ReactiveController {
  /** The tags asked for, best first: `locale`, the closest `lang`, the browser's languages. */
  requested: readonly string[] = [];
  /** The asked-for locales already warned about: once each, whatever is shown instead. */
  private readonly warned = new Set<string>();

  /**
   * @param contentLocale The content's language (or the one it will most likely have): the
   * interface's last resort when no catalog serves any requested tag.
   */
  constructor(
    private readonly host: LocaleHost,
    private readonly contentLocale: () => string,
  ) {
    host.addController(this);
  }

  /** The built-in interface language: one of the catalogs' locales. */
  get ui(): string {
    return this.uiFor(this.contentLocale());
  }

  /** The interface language around content in `contentLocale`: a requested tag a catalog serves, else the content's. */
  uiFor(contentLocale: string): string {
    return interfaceLocale(this.requested, contentLocale);
  }

  /** The interface's writing direction (the launcher's corner follows it before any catalog loads). */
  get dir(): 'ltr' | 'rtl' {
    return launcherDir(this.ui);
  }

  /** The locale of `available` to show: the first requested tag it serves, else `fallback` (the pack's default). */
  content(available: readonly string[], fallback: string): string {
    for (const tag of this.requested) {
      const m = matchLocale(tag, available);
      if (m) return m;
    }
    return fallback;
  }

  /**
   * Warn, once per locale, when the site asked for a locale it has no content for: the
   * `locale` attribute, or (`listed`) a locale of the `locales` list. A visitor's browser
   * language without content is normal and never warned about.
   * @param available The locales there is content for.
   * @param using The locale shown instead.
   * @param listed Check the `locales` list too (when it is not itself what `available` came from).
   */
  warnMissing(available: readonly string[], using: string, { listed = false } = {}): void {
    const missing = (tag: string) => !matchLocale(tag, available) && !this.warned.has(tag) && this.warned.add(tag);
    const asked = this.host.locale?.trim();
    if (asked && missing(asked)) console.warn(`<support-widget>: locale="${asked}" has no content pack (available: ${available.join(', ')}); using "${using}".`);
    if (!listed) return;
    for (const tag of parseLocales(this.host.locales)) {
      if (missing(tag)) console.warn(`<support-widget>: locales lists "${tag}", which has no content pack (available: ${available.join(', ')}).`);
    }
  }

  /** Connected, or moved to another place in the page (under another `lang`, maybe). */
  hostConnected(): void {
    watch(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Before each render: the `locale` property may have changed. */
  hostUpdate(): void {
    this.requested = this.read();
  }

  /** A `lang` attribute or the browser's languages changed: re-render if that changes what is asked for. */
  refresh(): void {
    const next = this.read();
    if (next.join() === this.requested.join()) return;
    this.requested = next;
    this.host.requestUpdate();
  }

  private read(): string[] {
    return requestedLocales(this.host, this.host.locale);
  }
}

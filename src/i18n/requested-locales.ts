/**
 * The languages a widget is asked for, DOM-light: the element (locale-controller.ts) and the
 * script-tag build's launcher drawn before the element loads decide them the same way.
 */
import { matchLocale } from '../content/locale.js';
import { LAUNCHER_LOCALES, RTL_LAUNCHER_LOCALES } from './launcher.js';

/**
 * The `lang` in effect at `el`: its own attribute or its closest ancestor's, across shadow
 * roots. `lang=""` says "unknown language" and stops the search there.
 */
export function closestLang(el: Element): string | undefined {
  for (let node: Element | null = el; node; ) {
    const marked = node.closest('[lang]');
    if (marked) return marked.getAttribute('lang')!.trim() || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** The tags asked for at `el`, best first: `locale`, the closest `lang`, the browser's languages. */
export function requestedLocales(el: Element, locale: string | null | undefined): string[] {
  const tags = [locale?.trim(), closestLang(el), ...(navigator.languages ?? [navigator.language])];
  return [...new Set(tags.filter((t): t is string => !!t))];
}

/** The built-in interface language for `requested`: the first a catalog serves, else the content's, else English. */
export function interfaceLocale(requested: readonly string[], contentLocale: string): string {
  for (const tag of requested) {
    const m = matchLocale(tag, LAUNCHER_LOCALES);
    if (m) return m;
  }
  return matchLocale(contentLocale, LAUNCHER_LOCALES) ?? 'en';
}

/** The writing direction of a built-in interface language. */
export const launcherDir = (ui: string): 'ltr' | 'rtl' => (RTL_LAUNCHER_LOCALES.includes(ui) ? 'rtl' : 'ltr');

/** `dir="rtl"` or `dir="ltr"` set by the author on the element itself; `auto` and unset defer to the language. */
export const authorDir = (host: { dir: string }): 'ltr' | 'rtl' | undefined => (host.dir === 'rtl' || host.dir === 'ltr' ? host.dir : undefined);

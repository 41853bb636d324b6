import { launcherCss } from './launcher.styles.js';
import { BUBBLE_PATH, QUESTION_PATH } from './launcher-icon.js';
import { launcherStrings } from '../../i18n/launcher.js';
import { authorDir, interfaceLocale, launcherDir, requestedLocales } from '../../i18n/requested-locales.js';
import { applyAccent, applyZIndex } from '../../theme/host-style.js';

/**
 * The launcher of the script-tag build before the widget's code has loaded: the same button,
 * styles, name and icon as the element's (launcher.ts), drawn with the DOM alone into the
 * shadow root of a `<support-widget>` that is not yet defined. The element, once defined,
 * keeps that shadow root, renders its own launcher and removes this one
 * (`takeOverPlaceholder`), moving focus across if the placeholder had it.
 */

const MARK = 'data-sw-placeholder';
const INTENT = 'data-sw-intent';
const SVG = 'http://www.w3.org/2000/svg';
let sheet: CSSStyleSheet | undefined;

/** What the placeholder does: pointer over, focus or a press is intent; a click asks to open. */
export interface PlaceholderActions {
  intent(): void;
  activate(): void;
}

function svgElement(name: string, attrs: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/**
 * Draw the launcher into `host` (a `<support-widget>` whose code has not loaded). Nothing
 * happens when `host` already has a shadow root: drawn before, or the element is defined.
 */
export function drawPlaceholderLauncher(host: HTMLElement, on: PlaceholderActions): void {
  if (host.shadowRoot) return;
  const root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(launcherCss);
    }
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = launcherCss;
    style.setAttribute(MARK, '');
    (root as ShadowRoot).append(style);
  }
  applyAccent(host, host.getAttribute('accent'), host.getAttribute('theme'));
  applyZIndex(host, host.getAttribute('z-index'));

  const requested = requestedLocales(host, host.getAttribute('locale'));
  const ui = interfaceLocale(requested, requested[0] ?? 'en');
  const own = host.getAttribute('launcher-label')?.trim();
  const label = own || launcherStrings(ui).launcherLabel;
  const button = document.createElement('button');
  const attrs: Record<string, string> = { part: 'launcher', class: 'launcher', dir: authorDir(host) ?? launcherDir(ui), type: 'button', 'aria-label': label, title: label, 'aria-expanded': 'false', [MARK]: '' };
  // A label the site owner wrote is in the page's language, not ours.
  if (!own) attrs.lang = ui;
  for (const [k, v] of Object.entries(attrs)) button.setAttribute(k, v);
  const icon = svgElement('svg', { viewBox: '0 0 24 24', width: '26', height: '26', 'aria-hidden': 'true' });
  icon.append(
    svgElement('path', { d: BUBBLE_PATH, fill: 'currentColor' }),
    svgElement('path', { d: QUESTION_PATH, stroke: 'var(--sw-accent)', 'stroke-width': '1.7', 'stroke-linecap': 'round', fill: 'none' }),
  );
  button.append(icon);
  const intent = () => {
    button.setAttribute(INTENT, '');
    on.intent();
  };
  for (const type of ['pointerenter', 'pointerdown', 'focus']) button.addEventListener(type, intent);
  button.addEventListener('click', on.activate);
  root.append(button);
}

/** The placeholder launcher in `root`, if one is there. */
export const placeholderIn = (root: ShadowRoot | HTMLElement | DocumentFragment): HTMLButtonElement | null => root.querySelector<HTMLButtonElement>(`button[${MARK}]`);

/** Whether the visitor showed intent on the placeholder (pointer over, focus, a press). */
export const isIntent = (placeholder: Element): boolean => placeholder.hasAttribute(INTENT);

/**
 * Remove the placeholder from `root` once the element has rendered its own launcher. Returns
 * whether it had focus.
 */
export function takeOverPlaceholder(root: ShadowRoot): { focused: boolean } | undefined {
  const old = placeholderIn(root);
  if (!old) return undefined;
  const taken = { focused: root.activeElement === old };
  root.querySelectorAll(`[${MARK}]`).forEach((el) => el.remove());
  return taken;
}

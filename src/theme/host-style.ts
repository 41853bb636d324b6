import { accentTokens } from './color.js';

/**
 * The `accent` and `z-index` attributes as custom properties on the host, set through CSSOM
 * (allowed under a strict style-src). Shared by the element (attribute-controller.ts, which
 * reports bad values) and the script-tag build's launcher drawn before the element loads.
 */

const ACCENT_PROPERTIES = ['--sw-accent', '--sw-on-accent', '--sw-accent-text', '--sw-focus'];

/**
 * Set the accent tokens for `accent` (`#rgb` / `#rrggbb`) on `host`, or clear them when unset.
 * Returns false, with the tokens cleared, for any other value.
 */
export function applyAccent(host: HTMLElement, accent: string | null | undefined, theme: string | null | undefined): boolean {
  for (const n of ACCENT_PROPERTIES) host.style.removeProperty(n);
  if (!accent) return true;
  const tokens = accentTokens(accent);
  if (!tokens) return false;
  host.style.setProperty('--sw-accent', tokens.accent);
  host.style.setProperty('--sw-on-accent', tokens.onAccent);
  if (tokens.readableOnWhite && (theme ?? 'light') === 'light') {
    host.style.setProperty('--sw-accent-text', tokens.accent);
    host.style.setProperty('--sw-focus', tokens.accent);
  }
  return true;
}

/** Set `--sw-z-index` from `zIndex` (a whole number from 0 to 2147483647), or clear it. Returns false for any other value. */
export function applyZIndex(host: HTMLElement, zIndex: string | null | undefined): boolean {
  host.style.removeProperty('--sw-z-index');
  if (zIndex === undefined || zIndex === null) return true;
  const n = Number(zIndex);
  if (!Number.isInteger(n) || n < 0 || n > 2147483647) return false;
  host.style.setProperty('--sw-z-index', String(n));
  return true;
}

import type { UiKey, UiStrings } from '../content/types.js';

/** An interface string with `{name}` placeholders filled in. */
export function t(ui: UiStrings, key: UiKey, params: Record<string, string | number> = {}): string {
  return ui[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

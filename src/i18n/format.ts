import type { UiKey, UiStrings } from '../content/types.js';

/**
 * A plural block in an interface string, ICU style: `{count, plural, one {# result} other {# results}}`.
 * Each form is named by its CLDR category (`zero`, `one`, `two`, `few`, `many`, `other`) and `#`
 * stands for the number. One level of braces: a form holds text and `#`, nothing nested.
 */
export const PLURAL_BLOCK = /\{(\w+), *plural,((?: *[a-z]+ *\{[^{}]*\})+) *\}/g;

/**
 * An interface string with `{name}` placeholders filled in. A plural block takes the form
 * `Intl.PluralRules` picks for the number in `locale` (the language the string is written in),
 * or `other` when the string has no form for that category.
 */
export function t(ui: UiStrings, key: UiKey, params: Record<string, string | number> = {}, locale?: string): string {
  return ui[key]
    .replace(PLURAL_BLOCK, (whole, name: string, forms: string) => {
      const n = params[name];
      const form = (category: string) => forms.match(new RegExp(`(?:^| )${category} *\\{([^{}]*)\\}`))?.[1];
      return typeof n === 'number' ? (form(new Intl.PluralRules(locale).select(n)) ?? form('other') ?? whole).replace(/#/g, String(n)) : whole;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

import { VERSION } from '../../version.js';
import { defineOnce } from '../../internal/define.js';
import { viewRegistries } from '../../controllers/lazy-views-controller.js';
import { FaqView } from '../faq-view/faq-view.js';

/**
 * Register `widget` under `tag` in `registry`, with the FAQ view it renders at once (the
 * Contact and fallback views are defined there when their chunk loads). Safe to call twice:
 * the same version loaded twice (both builds, the script twice) is fine; another version
 * keeps the tag, with a warning.
 */
export function defineWidget(widget: CustomElementConstructor, tag: string, registry: CustomElementRegistry): void {
  viewRegistries.add(registry);
  const existing = registry.get(tag) as { version?: string } | undefined;
  if (existing && existing.version !== VERSION) console.warn(`<support-widget>: <${tag}> is taken by version ${existing.version}.`);
  defineOnce('sw-faq-view', FaqView, registry);
  defineOnce(tag, tag === 'support-widget' ? widget : class extends (widget as typeof HTMLElement) {}, registry);
}

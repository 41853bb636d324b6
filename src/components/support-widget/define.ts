import { VERSION } from '../../version.js';
import { defineOnce } from '../../internal/define.js';
import { viewRegistries } from '../../controllers/lazy-views-controller.js';

/**
 * Register `widget` under `tag` in `registry` (its views are defined there when their chunks
 * load, see controllers/lazy-views-controller.ts). Safe to call twice:
 * the same version loaded twice (both builds, the script twice) is fine; another version
 * keeps the tag, with a warning.
 */
export function defineWidget(widget: CustomElementConstructor, tag: string, registry: CustomElementRegistry): void {
  viewRegistries.add(registry);
  const existing = registry.get(tag) as { version?: string } | undefined;
  if (existing && existing.version !== VERSION) console.warn(`<support-widget>: <${tag}> is taken by version ${existing.version}.`);
  defineOnce(tag, tag === 'support-widget' ? widget : class extends (widget as typeof HTMLElement) {}, registry);
}

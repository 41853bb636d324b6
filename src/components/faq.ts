/**
 * The FAQ view with what only it needs (its styles, highlighting, answer rendering): a chunk
 * the widget loads on intent (pointer over or focus on the launcher), beside the pack, or on
 * open, so the page's load does not evaluate it. Until it is defined, `<sw-faq-view>` in the
 * panel is a light placeholder that upgrades in place.
 */
import { defineOnce } from '../internal/define.js';
import { FaqView } from './faq-view/faq-view.js';

export function defineFaqView(registry: CustomElementRegistry): void {
  defineOnce('sw-faq-view', FaqView, registry);
}

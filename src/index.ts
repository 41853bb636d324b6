/**
 * The npm entry: `import 'support-widget'`. Registers `<support-widget>` (and its internal
 * views) and exports the class, the types and the content validator. It inserts nothing,
 * installs no page hooks and sets no `window.SupportWidget`: the app renders the element
 * where it wants it and talks to it through the element's own methods. Inserting a widget,
 * `[data-support-widget-open]` links and `window.SupportWidget` belong to the script-tag
 * builds (see auto-register.ts). The npm build carries no bundled content either: give the
 * element its content with `content-src` or `setContent()`.
 */
import { SupportWidget } from './components/support-widget/support-widget.js';

SupportWidget.define();

export * from './element.js';

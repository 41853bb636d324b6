/**
 * The self-registering entry: `import 'support-widget'` or the script-tag builds.
 * Registers `<support-widget>`, inserts one when the page has none, opens it from
 * `[data-support-widget-open]` links, and exposes `window.SupportWidget`.
 */
import { SupportWidget } from './components/support-widget/support-widget.js';
import { installPageHooks } from './page-hooks.js';

export * from './element.js';

SupportWidget.define();
installPageHooks();

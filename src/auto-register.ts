/**
 * Registers `<support-widget>`, inserts one when the page has none, opens it from
 * `[data-support-widget-open]` links, and exposes `window.SupportWidget`. The entry of the
 * script-tag builds (it exports only the class, so the content validator stays a lazy
 * chunk); `import 'support-widget'` runs it too.
 */
import { SupportWidget } from './components/support-widget/support-widget.js';
import { installPageHooks } from './page-hooks.js';

export { SupportWidget };

SupportWidget.define();
installPageHooks();

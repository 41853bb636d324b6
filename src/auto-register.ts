/**
 * The entry of the script-tag builds (dist/support-widget.js, and the IIFE that loads it):
 * registers `<support-widget>`, inserts one when the page has none, opens it from
 * `[data-support-widget-open]` links, exposes `window.SupportWidget`, and shows the bundled
 * default content (dist/packs/) when the site supplies none. It exports only the class, so
 * the content validator stays a lazy chunk. The npm entry (index.ts) does none of this.
 */
import { SupportWidget } from './components/support-widget/support-widget.js';
import { installPageHooks } from './page-hooks.js';
import { useDefaultContent } from './content/default-content.js';
import { bundledContent } from './content/bundled.js';

export { SupportWidget };

useDefaultContent(bundledContent);
SupportWidget.define();
installPageHooks({ load: () => Promise.resolve() });

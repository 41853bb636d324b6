/**
 * The widget of the script-tag builds, `chunks/widget-*.js`: `src/script-tag.ts`
 * (dist/support-widget.js, and the IIFE that loads it) draws the launcher and imports this when
 * the visitor reaches for it. It registers `<support-widget>` (upgrading the elements in place),
 * installs the page hooks unless the entry did (`[data-support-widget-open]` links,
 * `window.SupportWidget`, inserting a widget), and shows the bundled default content
 * (dist/packs/) when the site supplies none. It exports only the class, so the content validator
 * stays a lazy chunk. The npm entry (index.ts) does none of this.
 */
import { SupportWidget } from './components/support-widget/support-widget.js';
import { installPageHooks } from './page-hooks.js';
import { useDefaultContent } from './content/default-content.js';
import { bundledContent } from './content/bundled.js';

export { SupportWidget };

useDefaultContent(bundledContent);
SupportWidget.define();
installPageHooks({ load: () => Promise.resolve() });

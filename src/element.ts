/**
 * The widget class and its types, without registering anything: for hosts that register
 * under their own tag (`SupportWidget.define('acme-help')`) or extend the class.
 */
export { SupportWidget } from './components/support-widget/support-widget.js';
export type { ContentPack, Channel, Schedule, FaqEntry, Block, Rich, Span, UiStrings, Fallback } from './content/types.js';
export type { SwEventDetails, ViewName } from './events/events.js';
export { validatePack, formatIssue } from './content/validate.js';
export type { ContentIssue } from './content/validate.js';

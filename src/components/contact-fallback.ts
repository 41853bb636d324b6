/**
 * The Contact and "Can't reach support?" views with what they need (the availability
 * engine, the contact checklist, the secret guard): a chunk the widget loads when the page
 * is idle or on first open, so the launcher costs only the FAQ and the shell.
 */
import type { Channel } from '../content/types.js';
import { isOpen, REAL_TIME_TYPES } from '../availability/index.js';
import { defineOnce } from '../internal/define.js';
import { ContactView } from './contact-view/contact-view.js';
import { ContactChecklist } from './contact-view/contact-checklist.js';
import { FallbackView } from './fallback-view/fallback-view.js';
// The fallback view sends visitors to FAQ categories, so the FAQ view comes with these. Its
// chunk (loaded on every first open anyway) then also carries what the views share (styles,
// formatting, the view-request event): one request on first open, not three.
import { defineFaqView } from './faq.js';

export function defineViews(registry: CustomElementRegistry): void {
  defineFaqView(registry);
  defineOnce('sw-contact-view', ContactView, registry);
  defineOnce('sw-contact-checklist', ContactChecklist, registry);
  defineOnce('sw-fallback-view', FallbackView, registry);
}

/** True when the pack has real-time channels (chat, phone) with hours and every one is closed at `now`. */
export function allLiveClosed(channels: readonly Channel[], now = new Date()): boolean {
  const live = channels.filter((c) => REAL_TIME_TYPES.has(c.type) && c.hours);
  return live.length > 0 && live.every((c) => !isOpen(c.hours!, now));
}

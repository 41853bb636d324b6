import type { ContentIssue } from '../content/validate.js';
import type { ViewName } from '../routing/views.js';

export type { ViewName };

/** The `detail` of every public event, by event name. */
export interface SwEventDetails {
  /** The panel is about to open. Cancelable. */
  'sw-open': { view: ViewName };
  /** The panel is about to close. Cancelable. `source` says what closed it. */
  'sw-close': { source: 'close-button' | 'escape' | 'launcher' | 'api' };
  /** A search settled (debounced: one event per settled query). */
  'sw-search': { query: string; resultIds: string[]; empty: boolean };
  /** An answer was opened. */
  'sw-answer-view': { id: string; source: 'search' | 'browse' | 'deep-link' | 'related' };
  /** A contact channel link was followed or copied. */
  'sw-contact': { channel: string; type: string };
  /** A runtime content pack (content-src or locale pack) loaded, validated and is now shown. */
  'sw-content-load': { src: string; pack: string; locale: string; version: string };
  /** A runtime content pack (content-src or locale pack) failed to load or validate; the previous content stays. */
  'sw-content-error': { src: string; reason: 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'too-large'; message: string; issues?: ContentIssue[] };
  /** A status endpoint answered (or failed). */
  'sw-status': { indicator: 'none' | 'minor' | 'major' | 'critical' | 'maintenance' | 'unknown'; description: string; ok: boolean };
  /** The visitor answered "Did this answer your question?". */
  'sw-feedback': { id: string; helpful: boolean };
}

export type SwEvent<K extends keyof SwEventDetails> = CustomEvent<SwEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sw-open': SwEvent<'sw-open'>;
    'sw-close': SwEvent<'sw-close'>;
    'sw-search': SwEvent<'sw-search'>;
    'sw-answer-view': SwEvent<'sw-answer-view'>;
    'sw-contact': SwEvent<'sw-contact'>;
    'sw-content-load': SwEvent<'sw-content-load'>;
    'sw-content-error': SwEvent<'sw-content-error'>;
    'sw-status': SwEvent<'sw-status'>;
    'sw-feedback': SwEvent<'sw-feedback'>;
  }
}

/** The widget events that feed insights (see insights/widget-insights.ts). */
export const INSIGHT_EVENTS = ['sw-search', 'sw-feedback', 'sw-answer-view', 'sw-contact'] as const;

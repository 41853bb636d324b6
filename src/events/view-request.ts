import type { ViewName } from './events.js';

/** What a view inside the panel asks the widget to show. Internal: not part of the public events. */
export interface ViewRequestDetail {
  view: ViewName;
  /** A FAQ category to open (the fallback's self-help links). */
  category?: string;
  /** The query no answer fitted, for the Contact view's message drafter. */
  draft?: string;
}

export type ViewRequest = CustomEvent<ViewRequestDetail>;

/** The internal event's name; the widget stops it at the panel. */
export const VIEW_REQUEST = 'sw-internal-view';

/** Ask the widget, from a view inside its panel, to show another view. */
export function requestView(from: EventTarget, detail: ViewRequestDetail): void {
  from.dispatchEvent(new CustomEvent(VIEW_REQUEST, { detail, bubbles: true, composed: true }));
}

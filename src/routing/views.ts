/** The panel's views, in tab order: the values of `view`, of deep links and of event details. */
export const VIEWS = ['faq', 'contact', 'fallback'] as const;

export type ViewName = (typeof VIEWS)[number];

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VIEWS, type ViewName } from '../routing/views.js';
import { LOADING_MODES, type LoadingMode, type LoadScheduler } from '../internal/load-scheduler.js';
import { applyAccent, applyZIndex } from '../theme/host-style.js';

export const POSITIONS = ['bottom-right', 'bottom-left'] as const;
export type Position = (typeof POSITIONS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** What the controller asks of its host. */
export interface AttributeHost extends ReactiveControllerHost, HTMLElement {
  position: Position;
  view: ViewName;
  theme: Theme;
  accent?: string;
  zIndex?: string;
  loading: LoadingMode;
}

/** Warn that `view` is not a view; the caller shows the FAQ instead. */
export function unknownView(view: string): ViewName {
  console.warn(`<support-widget>: view="${view}" is not one of ${VIEWS.join(', ')}; using "faq".`);
  return 'faq';
}

/**
 * The attributes with a fixed set of values: a bad `position`, `view`, `theme` or `loading`
 * is reported and replaced by its default before the update renders it. `accent` and
 * `z-index` become custom properties on the host (theme/host-style.ts). Runs before every
 * other controller's `hostUpdate`: the load scheduler gets its mode here.
 */
export class AttributeController implements ReactiveController {
  /** The values at the last update: each is checked and applied when it changes (unset is unchanged). */
  private seen: Partial<Record<keyof AttributeHost, unknown>> = {};

  constructor(
    private readonly host: AttributeHost,
    private readonly loads: LoadScheduler,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const host = this.host;
    if (this.changed('position') && !POSITIONS.includes(host.position)) {
      console.warn(`<support-widget>: position="${host.position}" is not one of ${POSITIONS.join(', ')}; using "bottom-right".`);
      host.position = 'bottom-right';
    }
    if (this.changed('view') && !VIEWS.includes(host.view)) host.view = unknownView(host.view);
    if (this.changed('theme') && !THEMES.includes(host.theme)) {
      console.warn(`<support-widget>: theme="${host.theme}" is not one of ${THEMES.join(', ')}; using "light".`);
      host.theme = 'light';
    }
    if (this.changed('accent')) this.applyAccent();
    if (this.changed('zIndex')) this.applyZIndex();
    if (this.changed('loading') && !LOADING_MODES.includes(host.loading)) {
      console.warn(`<support-widget>: loading="${host.loading}" is not one of ${LOADING_MODES.join(', ')}; using "interaction".`);
      host.loading = 'interaction';
    }
    this.loads.mode = host.loading;
    for (const key of ['position', 'view', 'theme', 'accent', 'zIndex', 'loading'] as const) this.seen[key] = host[key];
  }

  private changed(key: keyof AttributeHost): boolean {
    return this.seen[key] !== this.host[key];
  }

  private applyAccent(): void {
    const { host } = this;
    if (!applyAccent(host, host.accent, host.theme)) {
      console.warn(`<support-widget>: accent="${host.accent}" is not a #rgb or #rrggbb colour; using the default accent. Set --sw-accent in CSS for other colour formats.`);
    }
  }

  private applyZIndex(): void {
    const { host } = this;
    if (!applyZIndex(host, host.zIndex)) {
      console.warn(`<support-widget>: z-index="${host.zIndex}" must be a whole number from 0 to 2147483647; using the default (2147483000).`);
    }
  }
}

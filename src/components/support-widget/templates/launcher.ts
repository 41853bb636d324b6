import { html, nothing } from 'lit';
import { launcherIcon } from '../icons.js';

/** What the launcher shows. */
export interface LauncherState {
  /** Its accessible name and tooltip. */
  label: string;
  /** The language of `label`, when it is the built-in or the pack's (not the site's `launcher-label`). */
  locale?: string;
  /** The interface's direction: the launcher sits in the panel's corner (the end corner, mirrored right to left). */
  dir: 'ltr' | 'rtl';
  opened: boolean;
  /** The panel's id, once the panel is rendered. */
  controls?: string;
  /** The status page reports a problem: said in the name, and a badge. */
  degraded?: string;
}

/** What the launcher does: a click toggles the panel; pointer over or focus is intent to open. */
export interface LauncherActions {
  toggle(): void;
  onIntent(): void;
}

/**
 * The launcher button, with the badge while the service is degraded. Its name is its
 * `aria-label` (and tooltip): no hidden copy of the label to lay out in the first frame.
 */
export function launcher(s: LauncherState, on: LauncherActions) {
  return html`<button
    part="launcher"
    class="launcher"
    lang=${s.locale ?? nothing}
    dir=${s.dir}
    type="button"
    aria-label=${s.degraded ? `${s.label} — ${s.degraded}` : s.label}
    title=${s.label}
    aria-expanded=${s.opened ? 'true' : 'false'}
    aria-controls=${s.controls ?? nothing}
    @click=${on.toggle}
    @pointerenter=${on.onIntent}
    @focus=${on.onIntent}
  >
    ${launcherIcon(s.opened)}
    ${s.degraded ? html`<span part="launcher-badge" class="launcher-badge" title=${s.degraded}></span>` : nothing}
  </button>`;
}

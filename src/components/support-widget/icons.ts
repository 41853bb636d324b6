import { html, svg } from 'lit';
import { BUBBLE_PATH, QUESTION_PATH } from './launcher-icon.js';

/** The panel's close button: a cross. */
export const closeIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>`;

/** The launcher's icon: a speech bubble with a question mark, a cross while the panel is open. */
export const launcherIcon = (opened: boolean) =>
  html`<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
    ${opened
      ? svg`<path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" fill="none" />`
      : svg`<path d=${BUBBLE_PATH} fill="currentColor" />
          <path d=${QUESTION_PATH} stroke="var(--sw-accent)" stroke-width="1.7" stroke-linecap="round" fill="none" />`}
  </svg>`;

import { html, svg } from 'lit';

/** The panel's close button: a cross. */
export const closeIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>`;

/** The launcher's icon: a speech bubble with a question mark, a cross while the panel is open. */
export const launcherIcon = (opened: boolean) =>
  html`<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
    ${opened
      ? svg`<path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" fill="none" />`
      : svg`<path d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A2.5 2.5 0 0 1 4 13.5z" fill="currentColor" />
          <path d="M9.5 8.2a2.5 2.5 0 1 1 3.4 2.3c-.6.3-.9.7-.9 1.3v.4M12 14.6v.1" stroke="var(--sw-accent)" stroke-width="1.7" stroke-linecap="round" fill="none" />`}
  </svg>`;

import { css } from 'lit';

/** Styles every view shares: text, links, buttons, focus ring, screen-reader-only text. */
export const sharedStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h3,
  h4 {
    margin: 1em 0 0.4em;
    line-height: 1.3;
    font-size: 1em;
  }
  h4 {
    font-size: 0.875em;
  }
  h2,
  h3,
  h4,
  strong,
  b,
  th,
  label {
    font-weight: 600;
  }
  p,
  ul,
  ol {
    margin: 0.5em 0;
  }
  ul,
  ol {
    padding-inline-start: 1.4em;
  }
  a {
    color: var(--sw-link, var(--sw-accent-text));
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-height: 24px;
    min-width: 24px;
  }
  button.link {
    background: none;
    border: none;
    padding: 0.2em 0;
    color: var(--sw-link, var(--sw-accent-text));
    text-decoration: underline;
    text-align: start;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    border: 1px solid var(--sw-border);
    background: var(--sw-surface);
    border-radius: calc(var(--sw-radius) / 2);
    padding: 0.45em 0.8em;
    min-height: 36px;
    text-decoration: none;
    color: inherit;
  }
  .btn.primary {
    background: var(--sw-accent);
    border-color: var(--sw-accent);
    color: var(--sw-on-accent);
  }
  :focus-visible {
    outline: 3px solid var(--sw-focus);
    outline-offset: 2px;
  }
  input:not([type='search']),
  textarea {
    width: 100%;
    min-width: 0;
    font: inherit;
    color: inherit;
    background: var(--sw-bg);
    border: 1px solid var(--sw-border-strong);
    border-radius: 6px;
    padding: 0.45em 0.6em;
    min-height: 40px;
  }
  .warning {
    border-inline-start: 4px solid var(--sw-warning);
    background: var(--sw-warning-bg);
    padding: 0.5em 0.75em;
    border-radius: 4px;
  }
  .muted {
    color: var(--sw-muted);
    font-size: 0.875em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [hidden] {
    display: none !important;
  }
`;

import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

export const checklistStyles = [
  sharedStyles,
  css`
    .checklist {
      margin-top: 1em;
      border: 1px solid var(--sw-border);
      border-radius: calc(var(--sw-radius) / 2);
      padding: 0.4em 0.8em 0.8em;
      background: var(--sw-surface);
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      min-height: 32px;
      padding: 0.3em 0;
    }
    label {
      display: block;
      margin: 0.5em 0;
      font-size: 0.875em;
    }
    label span {
      display: block;
      margin-bottom: 0.2em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: 0.6em;
    }
    button[disabled] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .blocked {
      border-inline-start: 4px solid var(--sw-danger);
      background: var(--sw-danger-bg);
      padding: 0.5em 0.75em;
      border-radius: 4px;
    }
    textarea.out {
      margin-top: 0.6em;
    }
  `,
];

import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

export const fallbackViewStyles = [
  sharedStyles,
  css`
    .notice {
      border-inline-start: 4px solid var(--sw-warning);
      background: var(--sw-warning-bg);
      padding: 0.5em 0.75em;
      border-radius: 4px;
      font-weight: 600;
    }
    .safety {
      border: 2px solid var(--sw-ok);
      background: var(--sw-ok-bg);
      border-radius: calc(var(--sw-radius) / 2);
      padding: 0.2em 0.9em 0.4em;
    }
    .safety h3 {
      margin-top: 0.5em;
    }
    .items {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5em;
    }
    .item {
      border: 1px solid var(--sw-border);
      border-radius: calc(var(--sw-radius) / 2);
      padding: 0.3em 0.8em 0.5em;
      background: var(--sw-surface);
    }
    .item h4 {
      margin-top: 0.4em;
    }
    .item.caution {
      border-inline-start: 4px solid var(--sw-warning);
    }
    .verify {
      margin-top: 1.2em;
      border-top: 1px solid var(--sw-border);
    }
    .row {
      display: flex;
      gap: 0.5em;
      margin-top: 0.3em;
    }
    .row input {
      flex: 1;
    }
    .verdict {
      margin-top: 0.6em;
      padding: 0.4em 0.8em;
      border-radius: 6px;
    }
    .verdict.ok {
      border: 2px solid var(--sw-ok);
      background: var(--sw-ok-bg);
    }
    .verdict.bad {
      border: 2px solid var(--sw-danger);
      background: var(--sw-danger-bg);
    }
  `,
];

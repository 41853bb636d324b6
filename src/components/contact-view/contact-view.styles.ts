import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

export const contactViewStyles = [
  sharedStyles,
  css`
    .channels {
      list-style: none;
      padding: 0;
      margin: 0.5em 0;
      display: grid;
      gap: 0.6em;
    }
    .channel {
      border: 1px solid var(--sw-border);
      border-radius: calc(var(--sw-radius) / 2);
      padding: 0.6em 0.75em;
      background: var(--sw-surface);
    }
    .channel.fastest {
      border: 2px solid var(--sw-accent);
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em;
      margin: 0.1em 0;
    }
    .label {
      font-weight: 600;
    }
    .value {
      overflow-wrap: anywhere;
    }
    .badge {
      display: inline-block;
      font-size: 0.875em;
      padding: 0.05em 0.55em;
      border-radius: 999px;
      border: 1px solid currentColor;
    }
    .badge.open {
      color: var(--sw-ok);
      background: var(--sw-ok-bg);
    }
    .badge.closed {
      color: var(--sw-danger);
      background: var(--sw-danger-bg);
    }
    .badge.neutral,
    .badge.placeholder {
      color: var(--sw-muted);
    }
    .badge.accent {
      color: var(--sw-accent-text);
    }
    .opens {
      font-size: 0.875em;
    }
    .prompt p {
      margin: 0 0 0.4em;
      font-weight: 600;
    }
    .hint {
      font-size: 0.875em;
      background: var(--sw-surface-2);
      padding: 0.45em 0.7em;
      border-radius: 6px;
    }
    details summary {
      cursor: pointer;
    }
    .notes {
      margin: 0.3em 0 0;
    }
  `,
];

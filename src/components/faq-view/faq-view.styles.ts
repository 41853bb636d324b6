import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

export const faqViewStyles = [
  sharedStyles,
  css`
    .search-label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.3em;
    }
    input[type='search'] {
      width: 100%;
      font: inherit;
      color: inherit;
      background: var(--sw-surface);
      border: 1px solid var(--sw-border-strong);
      border-radius: calc(var(--sw-radius) / 2);
      padding: 0.6em 0.75em;
      line-height: normal;
      /*
       * Sized from its own font, not its text: with size and layout contained, a keystroke lays
       * out the box alone (the browser lays out the text's ancestors again otherwise, the whole
       * panel, before the results change anything): at 4× CPU throttling that was about half of
       * what a typed character costs the browser in this panel.
       */
      height: max(44px, calc(2.6em + 2px));
      /* Its line as the browser lays it out (Firefox keeps an input's line height normal). */
      height: max(44px, calc(1.2em + 1lh + 2px));
      contain: strict;
    }
    /*
     * Hidden while searching or reading an answer, the category lists keep their boxes and are
     * skipped (not painted, not focusable, not exposed) instead of taken out of the layout: the
     * first keystroke then does not tear their layout down, nor does clearing the box build it
     * again (with display: none that was about half of the first keystroke's style work, and
     * most of what clearing the box cost).
     */
    .browse[hidden] {
      display: block !important;
      content-visibility: hidden;
    }
    @supports not (content-visibility: hidden) {
      .browse[hidden] {
        display: none !important;
      }
    }
    [role='listbox'],
    .disclosures,
    .related {
      list-style: none;
      padding: 0;
      margin: 0.5em 0;
    }
    [role='option'] {
      display: flex;
      flex-direction: column;
      gap: 0.15em;
      padding: 0.6em 0.7em;
      border-radius: calc(var(--sw-radius) / 2);
      cursor: pointer;
      border: 1px solid transparent;
    }
    [role='option'][aria-selected='true'] {
      background: var(--sw-selected-bg);
      border-color: var(--sw-accent);
    }
    mark {
      background: var(--sw-mark-bg);
      color: inherit;
      border-radius: 2px;
    }
    .cat {
      font-size: 0.875em;
      color: var(--sw-muted);
      margin: 0;
    }
    .disclosure {
      display: block;
      width: 100%;
      text-align: start;
      background: none;
      border: none;
      border-bottom: 1px solid var(--sw-border);
      padding: 0.65em 1.6em 0.65em 0.2em;
      position: relative;
      min-height: 44px;
    }
    .disclosure::after {
      content: '+';
      position: absolute;
      inset-inline-end: 0.3em;
      top: 0.55em;
      color: var(--sw-muted);
    }
    .disclosure[aria-expanded='true']::after {
      content: '−';
    }
    .answer {
      padding: 0.3em 0.2em 0.6em;
    }
    article.answer h3 {
      margin-top: 0.2em;
    }
    .feedback {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin: 0.8em 0 0.4em;
      padding: 0.5em 0.7em;
      background: var(--sw-surface-2);
      border-radius: 6px;
      font-size: 0.875em;
    }
    .feedback .btn {
      min-height: 32px;
      padding: 0.2em 0.8em;
    }
    .empty .actions {
      display: flex;
      gap: 0.5em;
      flex-wrap: wrap;
    }
    .empty .actions button {
      border: 1px solid var(--sw-accent);
      background: var(--sw-surface);
      border-radius: calc(var(--sw-radius) / 2);
      padding: 0.45em 0.8em;
      min-height: 44px;
    }
  `,
];

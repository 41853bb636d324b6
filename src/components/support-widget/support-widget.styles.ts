import { css, unsafeCSS } from 'lit';
import { launcherCss } from './launcher.styles.js';

/** The host's tokens and the launcher (launcher.styles.ts, shared with the script-tag launcher), then the panel. */
export const supportWidgetStyles = [
  unsafeCSS(launcherCss),
  css`
  .status-banner {
    padding: 0.55em 1em;
    background: var(--sw-warning-bg);
    border-bottom: 1px solid var(--sw-warning);
    font-size: 0.875em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.6em;
  }
  .status-banner ul {
    flex-basis: 100%;
    margin: 0.2em 0;
    padding-inline-start: 1.2em;
  }
  .status-banner a,
  .status-banner .link {
    color: var(--sw-accent-text);
    font: inherit;
    background: none;
    border: none;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
    min-height: 24px;
  }
  .banner-actions {
    display: inline-flex;
    gap: 0.8em;
  }
  .panel {
    bottom: calc(var(--sw-offset) + 56px + 12px + env(safe-area-inset-bottom, 0px));
    width: min(var(--sw-panel-width), calc(100vw - 2 * var(--sw-offset)));
    height: min(var(--sw-panel-height), calc(100dvh - 2 * var(--sw-offset) - 68px));
    display: flex;
    flex-direction: column;
    background: var(--sw-bg);
    border: 1px solid var(--sw-border);
    border-radius: var(--sw-radius);
    box-shadow: var(--sw-shadow);
    overflow: hidden;
  }
  .panel:not([hidden]) {
    animation: sw-in 0.16s ease-out;
  }
  /* Closed, the panel keeps its styles and layout but its contents are skipped: not painted,
     not focusable, not exposed (content-visibility: hidden), and its own box is transparent and
     not hit by the pointer. Opening it changes no inherited property below the panel's children
     (they set pointer-events themselves), so it costs a paint, not a style recalculation of
     every element in the panel. */
  .panel[hidden] {
    opacity: 0;
    pointer-events: none;
    content-visibility: hidden;
  }
  .panel > * {
    pointer-events: auto;
  }
  /* The closed panel is laid out once, within one task, so it is never painted (prerender()). */
  .panel[hidden].laying-out {
    content-visibility: visible;
  }
  @supports not (content-visibility: hidden) {
    .panel[hidden] {
      visibility: hidden;
    }
  }
  @keyframes sw-in {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
  }
  header {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.7em 0.6em 0.5em 1em;
    background: var(--sw-surface-2);
  }
  header h2 {
    flex: 1;
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    border: none;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: var(--sw-border);
  }
  .tabs {
    display: flex;
    background: var(--sw-surface-2);
    border-bottom: 1px solid var(--sw-border);
    padding: 0 0.5em;
    gap: 0.25em;
  }
  [role='tab'] {
    flex: 1;
    font: inherit;
    font-size: 0.875em;
    color: var(--sw-muted);
    background: none;
    border: none;
    border-bottom: 3px solid transparent;
    padding: 0.55em 0.3em;
    min-height: 44px;
    cursor: pointer;
  }
  /* CJK and Korean tab labels break between words, never inside one ("連絡がつかない場 / 合"):
     keep-all for Chinese and Korean; Japanese by phrase where the browser can find phrases,
     elsewhere keep-all too (a label then wraps at its punctuation and spaces only). */
  [role='tab']:lang(zh),
  [role='tab']:lang(ja),
  [role='tab']:lang(ko) {
    word-break: keep-all;
  }
  @supports (word-break: auto-phrase) {
    [role='tab']:lang(ja) {
      word-break: auto-phrase;
    }
  }
  [role='tab'][aria-selected='true'] {
    color: var(--sw-text);
    font-weight: 600;
    border-bottom-color: var(--sw-accent);
  }
  :focus-visible {
    outline: 3px solid var(--sw-focus);
    outline-offset: -3px;
  }
  .body {
    flex: 1;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.9em 1em 1.2em;
  }
  /* Views take focus on open so screen readers start there; the ring belongs to controls. */
  [role='tabpanel']:focus {
    outline: none;
  }
  footer {
    padding: 0.4em 1em;
    border-top: 1px solid var(--sw-border);
    font-size: 0.875em;
    color: var(--sw-muted);
  }
  footer[hidden] {
    display: none;
  }
  /* Phones, upright or on their side: a full-screen sheet, clear of notches and home indicators.
     The query is SHEET_MEDIA (src/sheet/sheet.ts) written out: an interpolated one would keep
     the build from minifying this stylesheet; a test checks that the two agree. While open, the
     sheet follows the visual viewport above an on-screen keyboard (ScrollLock sets the two
     properties) and does not pass scrolling on to the page. The position rule is outdone too. */
  @media (max-width: 480px), (max-height: 520px) {
    .panel,
    :host([position]) .panel {
      inset: var(--sw-sheet-top, 0px) 0 auto;
      width: 100%;
      height: var(--sw-sheet-height, 100%);
      max-height: none;
      overscroll-behavior: contain;
      border-radius: 0;
      border: none;
      padding: env(safe-area-inset-top, 0px) env(safe-area-inset-right, 0px) env(safe-area-inset-bottom, 0px) env(safe-area-inset-left, 0px);
    }
    :host([open]) .launcher {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .panel:not([hidden]) {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .panel {
      border: 2px solid CanvasText;
    }
    [role='tab'][aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
  `,
];

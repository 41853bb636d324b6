import { css } from 'lit';

/**
 * Design tokens live on :host with defaults so a host overrides them with
 * `support-widget { --sw-accent: … }`. Layout sits on inner elements, not :host, so host CSS
 * aimed at the element itself (`* { all: unset }`) cannot move the launcher or panel.
 */
const darkTokens = css`
    --sw-accent: #8ab4f8;
    --sw-on-accent: #0b1b33;
    --sw-accent-text: #8ab4f8;
    --sw-bg: #1e2127;
    --sw-surface: #262a31;
    --sw-surface-2: #2d323a;
    --sw-text: #e8eaed;
    --sw-muted: #b4bac3;
    --sw-border: #3c424b;
    --sw-border-strong: #8a929c;
    --sw-focus: #8ab4f8;
    --sw-selected-bg: #2b3a55;
    --sw-mark-bg: #6b5b12;
    --sw-warning: #fbbc04;
    --sw-warning-bg: #3a3220;
    --sw-ok: #81c995;
    --sw-ok-bg: #1f3326;
    --sw-danger: #f28b82;
    --sw-danger-bg: #3c2320;
    --sw-shadow: 0 12px 40px rgb(0 0 0 / 0.6);
`;

export const supportWidgetStyles = css`
  :host {
    --sw-accent: #0b57d0;
    --sw-on-accent: #ffffff;
    --sw-accent-text: #0b57d0;
    --sw-radius: 14px;
    --sw-z-index: 2147483000;
    --sw-panel-width: 380px;
    --sw-panel-height: 640px;
    --sw-offset: 20px;
    --sw-bg: #ffffff;
    --sw-surface: #ffffff;
    --sw-surface-2: #f3f5f8;
    --sw-text: #1b1f24;
    --sw-muted: #545b64;
    --sw-border: #d9dde3;
    --sw-border-strong: #8a929c;
    --sw-focus: #0b57d0;
    --sw-selected-bg: #e8f0fe;
    --sw-mark-bg: #fde68a;
    --sw-warning: #b45309;
    --sw-warning-bg: #fff7e6;
    --sw-ok: #137333;
    --sw-ok-bg: #e6f4ea;
    --sw-danger: #b3261e;
    --sw-danger-bg: #fdecea;
    --sw-shadow: 0 12px 40px rgb(0 0 0 / 0.22);
    display: contents;
  }
  /* display: contents above would beat the browser's own [hidden] rule: hidden means hidden. */
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .launcher,
  .panel {
    position: fixed;
    z-index: var(--sw-z-index);
    inset-inline-end: calc(var(--sw-offset) + env(safe-area-inset-right, 0px));
    /* --sw-script-font: the interface language's stack, platform fonts of its script first
       (set on the panel from the catalog chunk, fonts.ts). */
    font-family: var(--sw-font, var(--sw-script-font, system-ui, sans-serif));
    font-size: medium;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    color: var(--sw-text);
    visibility: visible;
    opacity: 1;
  }
  /* The direction is the interface language's (the dir attribute the widget sets on both),
     never a host's CSS direction: the launcher and panel sit in the end corner, mirrored
     right to left. */
  .launcher,
  .panel {
    direction: ltr;
  }
  .launcher[dir='rtl'],
  .panel[dir='rtl'] {
    direction: rtl;
  }
  :host([position='bottom-left']) .launcher,
  :host([position='bottom-left']) .panel {
    inset-inline-end: auto;
    inset-inline-start: calc(var(--sw-offset) + env(safe-area-inset-left, 0px));
  }
  .launcher {
    bottom: calc(var(--sw-offset) + env(safe-area-inset-bottom, 0px));
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 56px;
    height: 56px;
    margin: 0;
    padding: 0;
    border: 2px solid transparent;
    border-radius: 50%;
    background: var(--sw-accent);
    color: var(--sw-on-accent);
    box-shadow: var(--sw-shadow);
    cursor: pointer;
    transition: transform 0.15s ease;
  }
  .launcher:hover {
    transform: scale(1.05);
  }
  .launcher:focus-visible {
    outline: 3px solid var(--sw-focus);
    outline-offset: 3px;
  }
  .launcher-badge {
    position: absolute;
    top: 2px;
    inset-inline-end: 2px;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--sw-warning);
    border: 2px solid var(--sw-on-accent);
  }
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
    .launcher {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .launcher,
    .panel {
      border: 2px solid CanvasText;
    }
    [role='tab'][aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
`;

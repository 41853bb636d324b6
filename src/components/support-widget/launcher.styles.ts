/**
 * The host's design tokens and the launcher, as a plain string: the script-tag build draws the
 * launcher with it before the widget's code (and lit) has loaded, and the element adopts the
 * same rules (support-widget.styles.ts), so the launcher looks the same before and after.
 */
// A tag of its own named css: the build minifies css`` templates (rollup.config.mjs).
const css = (strings: TemplateStringsArray, ...values: string[]): string => String.raw({ raw: strings }, ...values);

/*
 * Design tokens live on :host with defaults so a host overrides them with
 * `support-widget { --sw-accent: … }`. Layout sits on inner elements, not :host, so host CSS
 * aimed at the element itself (`* { all: unset }`) cannot move the launcher or panel.
 */
const darkTokens = `
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

export const launcherCss = css`
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
  @media (prefers-reduced-motion: reduce) {
    .launcher {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .launcher {
      border: 2px solid CanvasText;
    }
  }
`;

import { fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import './manual-mode.js';
import '../../src/auto-register.js';
import type { SupportWidget } from '../../src/element.js';
import { idle } from '../../src/internal/idle.js';

/**
 * A fresh widget with `attrs` set, once its content has loaded. Unless `attrs` say otherwise,
 * it loads when the page is idle (`loading="idle"`): the default, `interaction`, waits for the
 * visitor, and the tests of that default set it themselves.
 */
export async function mountWidget(attrs: Record<string, string> = {}): Promise<SupportWidget> {
  const el = await fixture<SupportWidget>(html`<support-widget></support-widget>`);
  for (const [k, v] of Object.entries({ loading: 'idle', ...attrs })) el.setAttribute(k, v);
  await el.updateComplete;
  // A bad `loading` value falls back to the default, `interaction`: nothing loads until asked.
  if (el.loading !== 'interaction') await contentShown(el);
  return el;
}

/** Wait until the widget shows a content pack. */
export async function contentShown(el: SupportWidget): Promise<void> {
  if (!el.pack) await oneEvent(el, 'sw-content-load');
  await el.updateComplete;
}

/**
 * Set attributes that make the widget load a runtime pack, and wait until it is shown
 * (`sw-content-load`); fails on `sw-content-error`.
 */
export async function loadPack(el: SupportWidget, attrs: Record<string, string>): Promise<{ src: string; pack: string; locale: string }> {
  const done = new Promise<{ src: string; pack: string; locale: string }>((resolve, reject) => {
    el.addEventListener('sw-content-load', (e) => resolve(e.detail), { once: true });
    el.addEventListener('sw-content-error', (e) => reject(new Error(e.detail.message)), { once: true });
  });
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const detail = await done;
  await settle(el);
  return detail;
}

/** Query inside the widget and its internal views' shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T | null {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const direct = scope.querySelector<T>(selector);
  if (direct) return direct;
  for (const el of scope.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = deepQuery<T>(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

export function deepQueryAll<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const out = [...scope.querySelectorAll<T>(selector)];
  for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepQueryAll<T>(el.shadowRoot, selector));
  return out;
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export const launcher = (el: SupportWidget) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="launcher"]')!;
export const panel = (el: SupportWidget) => el.shadowRoot!.querySelector<HTMLElement>('[part="panel"]');

/** Type into the FAQ search box like a person (one input event per character). */
export async function typeQuery(el: SupportWidget, text: string): Promise<void> {
  await settle(el); // the FAQ view's chunk has defined it
  const input = deepQuery<HTMLInputElement>(el, 'input[type="search"]')!;
  input.focus();
  for (let i = 1; i <= text.length; i++) {
    input.value = text.slice(0, i);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await settle(el);
}

/** Wait for the widget and its internal views to finish rendering. */
export async function settle(el: SupportWidget): Promise<void> {
  await el.updateComplete;
  // The views are lazy chunks: wait until the rendered ones are defined.
  for (const v of deepQueryAll(el, 'sw-faq-view, sw-contact-view, sw-fallback-view')) await customElements.whenDefined(v.localName);
  await el.updateComplete;
  for (const v of deepQueryAll(el, 'sw-faq-view, sw-contact-view, sw-fallback-view, sw-contact-checklist')) await (v as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // A query typed while search was being prepared shows first results at once and its final
  // ones once search is prepared: wait for those.
  for (const v of deepQueryAll(el, 'sw-faq-view')) {
    const view = v as unknown as { awaiting?: { prepare?(): Promise<void> }; updateComplete: Promise<unknown> };
    await view.awaiting?.prepare?.();
    await view.updateComplete;
  }
  await nextFrame();
  // Entry animations blend colours mid-flight; wait so what is checked is what a person sees.
  const animations = [...document.getAnimations(), ...(el.shadowRoot?.getAnimations() ?? [])];
  await Promise.all(animations.map((a) => a.finished.catch(() => undefined)));
}

/** Idle time has passed, and a little after it. The widget's own idle helper: Safari has no requestIdleCallback. */
export const idleTime = (): Promise<void> => new Promise((done) => idle(() => setTimeout(done, 200)));

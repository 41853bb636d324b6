import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { mountWidget, settle, launcher, panel, deepActiveElement, deepQuery, typeQuery } from '../helpers/widget.js';
import { SHEET_MEDIA, canScroll, openFocus, sheetBox } from '../../src/sheet/sheet.js';
import type { SupportWidget } from '../../src/element.js';
import { supportWidgetStyles } from '../../src/components/support-widget/support-widget.styles.js';
import type { SheetController } from '../../src/controllers/sheet-controller.js';

// Chromium emulates a touch screen through the DevTools protocol (real touch events, real
// scrolling). Firefox and WebKit drivers cannot here: their tests play the same gestures as
// the DOM events the element sees, and their names say so. Wheel input is real in Chromium and
// Firefox; WebKit's driver has none that scrolls reliably, so there it is the wheel event.
const CHROMIUM = /Chrome\//.test(navigator.userAgent);
const TOUCH = CHROMIUM ? 'real touch input' : 'touch events dispatched in the page: this engine cannot emulate touch';

const PHONE = { width: 375, height: 667 };
const START_Y = 400;

/** The middle of the part of `el` in the viewport (real input must land inside it). */
const centre = (el: Element) => {
  const r = el.getBoundingClientRect();
  const top = Math.max(r.top, 0);
  const bottom = Math.min(r.bottom, innerHeight);
  return { x: r.left + r.width / 2, y: Math.round((top + bottom) / 2) };
};
const closeButton = (el: SupportWidget) => el.shadowRoot!.querySelector<HTMLElement>('[part="close"]')!;
const header = (el: SupportWidget) => el.shadowRoot!.querySelector<HTMLElement>('[part="header"]')!;
const body = (el: SupportWidget) => el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;

/** Wait until the page has handled one more frame's input and scrolling. */
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

/** Wait until a smooth scroll of the page has come to rest (same position three frames running). */
async function pageAtRest(): Promise<void> {
  let last = NaN;
  let still = 0;
  await waitUntil(
    async () => {
      await nextFrame();
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
      return still >= 3;
    },
    'the page kept scrolling',
    { timeout: 5000 },
  );
}

/** Scroll the page back to the test's starting point once any scroll in flight has ended. */
async function backToStart(): Promise<void> {
  await pageAtRest();
  scrollTo({ top: START_Y, behavior: 'instant' });
}

/** A touch event as the element sees it, for engines without touch emulation. */
function touchEvent(target: EventTarget, type: 'touchstart' | 'touchmove', y: number): Event {
  const e = new Event(type, { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(e, 'touches', { value: [{ clientX: 100, clientY: y }] });
  target.dispatchEvent(e);
  return e;
}

/** A finger moving up by `dy` over `target` (content below moves into view). */
async function swipe(target: Element, dy: number): Promise<{ prevented: boolean }> {
  const { x, y } = centre(target);
  if (CHROMIUM) {
    await executeServerCommand('sw-touch', { gesture: 'swipe', x, y, dy });
    await frames();
    return { prevented: false };
  }
  touchEvent(target, 'touchstart', y);
  return { prevented: touchEvent(target, 'touchmove', y - dy).defaultPrevented };
}

/** A wheel turn over `target`: real where the driver has wheel input, else the wheel event the element sees. */
async function wheel(target: Element, dy: number): Promise<{ real: boolean; prevented: boolean }> {
  const { x, y } = centre(target);
  let seen: WheelEvent | undefined;
  const record = (e: WheelEvent) => (seen = e);
  addEventListener('wheel', record, { passive: true });
  try {
    if (await executeServerCommand('sw-wheel', { x, y, dy })) {
      await waitUntil(() => seen, 'the wheel event never reached the page');
      await frames();
      return { real: true, prevented: seen!.defaultPrevented };
    }
    const e = new WheelEvent('wheel', { deltaY: dy, bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(e);
    return { real: false, prevented: e.defaultPrevented };
  } finally {
    removeEventListener('wheel', record);
  }
}

/** Wait until the FAQ list in the sheet is long enough to scroll (it adds a category per idle task). */
const listScrolls = (el: SupportWidget) =>
  waitUntil(() => body(el).scrollHeight > body(el).clientHeight + 300, 'the FAQ list never grew long enough to scroll', { timeout: 10000 });

/** Open the sheet the way a finger does: a tap on the launcher. */
async function tap(el: SupportWidget): Promise<void> {
  const button = launcher(el);
  if (CHROMIUM) {
    await executeServerCommand('sw-touch', { gesture: 'tap', ...centre(button) });
  } else {
    button.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true, isPrimary: true }));
    button.click();
  }
  await waitUntil(() => el.opened, 'the tap did not open the sheet');
  await settle(el);
  // The page is held from the moment the lock's chunk has arrived (loaded on the tap).
  await waitUntil(() => (el as unknown as { sheet: SheetController }).sheet.holding, 'the page behind the sheet is not held');
}

describe('SheetController: the panel as a phone sheet (375×667; WebKit: its narrowest window, about 450×667)', () => {
  let spacer: HTMLElement;

  before(async () => {
    await executeServerCommand('sw-viewport', PHONE);
    // MiniBrowser's window is never narrower than about 450 px: still a phone's sheet.
    await waitUntil(() => innerHeight === PHONE.height && matchMedia(SHEET_MEDIA).matches, 'the viewport did not become phone-sized');
    // A page long enough to scroll, scrolled part way down.
    spacer = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'height: 4000px' }));
  });

  after(async () => {
    spacer.remove();
    scrollTo(0, 0);
    await executeServerCommand('sw-viewport', null);
    await executeServerCommand('sw-touch', null);
  });

  beforeEach(() => scrollTo({ top: START_Y, behavior: 'instant' }));

  it(`a tap on the launcher focuses the sheet's close button, not an input, so no on-screen keyboard rises (${TOUCH})`, async () => {
    const el = await mountWidget();
    await tap(el);
    await waitUntil(() => deepActiveElement() === closeButton(el), `focus went to ${deepActiveElement()?.localName}, not the close button`);
    expect(deepActiveElement()!.localName).to.not.be.oneOf(['input', 'textarea', 'select']);
    const r = panel(el)!.getBoundingClientRect();
    // The whole viewport, less a classic scrollbar where the engine draws one.
    const { clientWidth, clientHeight } = document.documentElement;
    expect([r.left, r.top, r.width, r.height]).to.deep.equal([0, 0, clientWidth, clientHeight]);
  });

  it(`a tap on the page's own Help link focuses the close button too (${TOUCH})`, async () => {
    const el = await mountWidget();
    const link = document.body.appendChild(
      Object.assign(document.createElement('a'), { href: '#help', textContent: 'Help', style: 'position: fixed; top: 10px; left: 10px; padding: 10px' }),
    );
    link.dataset.supportWidgetOpen = 'faq';
    try {
      if (CHROMIUM) await executeServerCommand('sw-touch', { gesture: 'tap', ...centre(link) });
      else {
        link.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true, isPrimary: true }));
        link.click();
      }
      await waitUntil(() => el.opened, 'the Help link did not open the sheet');
      await waitUntil(() => deepActiveElement() === closeButton(el), `focus went to ${deepActiveElement()?.localName}, not the close button`);
    } finally {
      link.remove();
    }
  });

  it('a bottom-left widget opens as the same full-screen sheet', async () => {
    const el = await mountWidget({ position: 'bottom-left' });
    await el.open();
    await settle(el);
    const r = panel(el)!.getBoundingClientRect();
    const { clientWidth, clientHeight } = document.documentElement;
    expect([r.left, r.top, r.width, r.height]).to.deep.equal([0, 0, clientWidth, clientHeight]);
  });

  it('Enter on the launcher still focuses the search box (keyboard)', async () => {
    const el = await mountWidget();
    launcher(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.opened, 'Enter did not open the panel');
    await waitUntil(() => deepActiveElement() === deepQuery(el, 'input[type="search"]'), 'focus did not reach the search box');
  });

  it('a mouse click on the launcher still focuses the search box (pointer type mouse)', async () => {
    const el = await mountWidget();
    const button = launcher(el);
    button.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', bubbles: true, composed: true, isPrimary: true }));
    button.click();
    await waitUntil(() => deepActiveElement() === deepQuery(el, 'input[type="search"]'), 'focus did not reach the search box');
  });

  it(`a swipe over the open sheet leaves window.scrollY unchanged, and closing leaves the page where it was (${TOUCH})`, async () => {
    const el = await mountWidget();
    if (CHROMIUM) {
      // The same swipe over the page while the widget is closed scrolls it: the gesture is real.
      await swipe(spacer, 200);
      await waitUntil(() => scrollY > START_Y, 'the swipe did not scroll the page while the widget was closed');
      await backToStart();
    }
    await tap(el);
    await listScrolls(el);
    const overHeader = await swipe(header(el), 200);
    const overList = await swipe(body(el), 200);
    expect(scrollY).to.equal(START_Y);
    if (!CHROMIUM) {
      expect(overHeader.prevented, 'a touchmove over the header must not scroll the page').to.be.true;
      expect(overList.prevented, 'a touchmove over the scrolling list is the list\'s').to.be.false;
    } else {
      // The list under the finger took the second swipe: input got through, and still the page did not move.
      await waitUntil(() => body(el).scrollTop > 0, 'the list under the finger did not scroll');
      await pageAtRest();
      expect(scrollY).to.equal(START_Y);
    }
    closeButton(el).click();
    await settle(el);
    expect(el.opened).to.be.false;
    expect(scrollY).to.equal(START_Y);
  });

  it('a wheel turn over the open sheet leaves window.scrollY unchanged; the list in the sheet still scrolls', async () => {
    const el = await mountWidget();
    // Closed, the widget leaves wheel scrolling alone.
    const control = await wheel(spacer, 200);
    if (control.real) await waitUntil(() => scrollY > START_Y, 'the wheel did not scroll the page while the widget was closed');
    else expect(control.prevented).to.be.false;
    await backToStart();

    await tap(el);
    await listScrolls(el);
    const overHeader = await wheel(header(el), 200);
    expect(overHeader.prevented, 'a wheel turn over the header must not reach the page').to.be.true;
    const overList = await wheel(body(el), 200);
    expect(overList.prevented, 'a wheel turn over the list scrolls the list').to.be.false;
    if (overList.real) await waitUntil(() => body(el).scrollTop > 0, 'the list did not scroll');
    await pageAtRest();
    expect(scrollY).to.equal(START_Y);
    el.close();
    await settle(el);
    expect(scrollY).to.equal(START_Y);
  });

  it('closing puts the page back where it was when something scrolled it while the sheet was open', async () => {
    const el = await mountWidget();
    await tap(el);
    scrollTo({ top: START_Y + 500, behavior: 'instant' }); // e.g. a browser bringing a focused box into view
    el.close();
    await settle(el);
    expect(scrollY).to.equal(START_Y);
  });

  it('opening and closing from script moves focus but never the page', async () => {
    const el = await mountWidget();
    await el.open();
    await settle(el);
    expect(scrollY).to.equal(START_Y);
    el.close();
    await settle(el);
    expect(scrollY).to.equal(START_Y);
  });

  it('the search box and the first results stay above an on-screen keyboard (the visual viewport shrunk to 300 px, its resize event)', async () => {
    const el = await mountWidget();
    await tap(el);
    const vv = visualViewport!;
    // What a phone's keyboard does where it shrinks only the visual viewport (iOS, Android's default).
    Object.defineProperty(vv, 'height', { value: 300, configurable: true });
    try {
      vv.dispatchEvent(new Event('resize'));
      await typeQuery(el, '转账');
      expect(panel(el)!.getBoundingClientRect().bottom).to.equal(300);
      const input = deepQuery<HTMLInputElement>(el, 'input[type="search"]')!;
      expect(input.getBoundingClientRect().bottom).to.be.at.most(300);
      const first = deepQuery(el, '[role="option"]');
      expect(first, 'no result for 转账').to.exist;
      expect(first!.getBoundingClientRect().top).to.be.below(300);
    } finally {
      delete (vv as unknown as { height?: number }).height;
      vv.dispatchEvent(new Event('resize'));
    }
    // The keyboard gone, the sheet fills the screen again.
    expect(panel(el)!.getBoundingClientRect().height).to.equal(document.documentElement.clientHeight);
  });
});

describe('SheetController: phones on their side (667×375)', () => {
  before(() => executeServerCommand('sw-viewport', { width: PHONE.height, height: PHONE.width }));
  after(() => executeServerCommand('sw-viewport', null));

  it('the panel is a full-screen sheet and the launcher steps aside while it is open', async () => {
    await waitUntil(() => innerWidth === PHONE.height, 'the viewport did not turn');
    const el = await mountWidget();
    await el.open();
    await settle(el);
    const r = panel(el)!.getBoundingClientRect();
    expect([r.width, r.height]).to.deep.equal([document.documentElement.clientWidth, document.documentElement.clientHeight]);
    expect(launcher(el).checkVisibility()).to.be.false;
  });
});

describe('SheetController: larger screens', () => {
  it('an open panel that is not a sheet leaves the page free to scroll', async () => {
    // Narrow, so the middle of it is beside the open panel.
    const spacer = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'height: 4000px; width: 200px' }));
    try {
      const el = await mountWidget();
      await el.open();
      await settle(el);
      const result = await wheel(spacer, 200);
      expect(result.prevented).to.be.false;
      if (result.real) await waitUntil(() => scrollY > 0, 'the page did not scroll beside the open panel');
    } finally {
      spacer.remove();
      scrollTo(0, 0);
    }
  });
});

describe('sheet rules (DOM-free)', () => {
  it("the stylesheet's phone query is SHEET_MEDIA, the one the controller watches", () => {
    const queries = supportWidgetStyles.flatMap((s) => [...s.styleSheet!.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule).map((r) => r.media.mediaText);
    expect(queries).to.include(matchMedia(SHEET_MEDIA).media);
  });

  it('a touch open focuses the close button; keyboard, mouse and unknown-on-fine-pointer focus the view', () => {
    expect(openFocus('touch', false)).to.equal('close');
    expect(openFocus(undefined, true)).to.equal('close');
    expect(openFocus('keyboard', true)).to.equal('view');
    expect(openFocus('mouse', false)).to.equal('view');
    expect(openFocus(undefined, false)).to.equal('view');
  });

  it('a scroller takes a scroll only towards an end it has not reached', () => {
    const box = { scrollTop: 0, scrollHeight: 1000, clientHeight: 400 };
    expect(canScroll(box, 10)).to.be.true;
    expect(canScroll(box, -10)).to.be.false;
    expect(canScroll({ ...box, scrollTop: 600 }, 10)).to.be.false;
    expect(canScroll({ ...box, scrollTop: 599.5 }, 10)).to.be.false;
    expect(canScroll({ ...box, scrollTop: 600 }, -10)).to.be.true;
  });

  it('the sheet box is the visible part of the page, and nothing when the whole page is visible', () => {
    expect(sheetBox({ height: 667, offsetTop: 0 }, 667)).to.be.undefined;
    expect(sheetBox({ height: 300, offsetTop: 0 }, 667)).to.deep.equal({ top: 0, height: 300 });
    expect(sheetBox({ height: 300, offsetTop: 120 }, 667)).to.deep.equal({ top: 120, height: 300 });
    expect(sheetBox({ height: 600, offsetTop: 200 }, 667)).to.deep.equal({ top: 200, height: 467 });
  });
});

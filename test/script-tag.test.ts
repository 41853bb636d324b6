import { expect, waitUntil } from '@open-wc/testing';
import type { SupportWidget } from '../src/element.js';

// The script-tag build as a page gets it (dist/support-widget.js, from `npm run build`), each
// test in a fresh same-origin frame: the launcher is drawn at page load and the widget's code
// loads only when a visitor reaches for it.

type FrameWindow = Window & typeof globalThis;

/** A frame with `body` (HTML), `lang` on <html>, then the script tag added. */
async function pageWith(body: string, { lang = 'en', hash = '', manual = false } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/__sw/host/empty.html${hash}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  doc.documentElement.lang = lang;
  if (manual) doc.documentElement.dataset.supportWidget = 'manual';
  doc.body.innerHTML = body;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/support-widget.js';
  doc.head.append(script);
  const widget = () => doc.querySelector('support-widget') as SupportWidget;
  const launchers = () => [...(widget()?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="launcher"]') ?? [])];
  await waitUntil(() => launchers().length === 1, 'the launcher was not drawn', { timeout: 10000 });
  const defined = () => !!win.customElements.get('support-widget');
  /** Wait until the widget's code has defined the element and it has rendered its own launcher. */
  const upgraded = async () => {
    await waitUntil(defined, "the widget's code did not load", { timeout: 10000 });
    await widget().updateComplete;
    await waitUntil(() => launchers().length === 1 && !launchers()[0].hasAttribute('data-sw-placeholder'), 'the drawn launcher was not replaced');
  };
  const widgetCodeRequested = () => win.performance.getEntriesByType('resource').some((e) => /\/chunks\/widget-/.test(e.name));
  return { frame, win, doc, widget, launcher: () => launchers()[0], defined, upgraded, widgetCodeRequested };
}

describe('script tag: the launcher before the widget loads', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('draws the launcher in the page language and loads nothing more at page load', async () => {
    const page = await pageWith('', { lang: 'ja' });
    const button = page.launcher();
    expect(button.getAttribute('aria-label')).to.equal('ヘルプとサポート');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.lang).to.equal('ja');
    expect(button.getBoundingClientRect().width).to.equal(56);
    // The page is loaded and idle: still no widget code.
    await new Promise((r) => page.win.requestIdleCallback?.(r) ?? page.win.setTimeout(r, 50));
    expect(page.defined(), 'the element is not defined yet').to.be.false;
    expect(page.widgetCodeRequested(), 'chunks/widget-*.js was not requested').to.be.false;
  });

  it('honours accent, position, z-index, launcher-label and right-to-left before the code loads', async () => {
    const page = await pageWith('<support-widget accent="#ff0000" position="bottom-left" z-index="7" launcher-label="Ask us"></support-widget>');
    const button = page.launcher();
    const style = page.win.getComputedStyle(button);
    expect(style.backgroundColor).to.equal('rgb(255, 0, 0)');
    expect(style.zIndex).to.equal('7');
    expect(button.getBoundingClientRect().left).to.be.below(100);
    expect(button.getAttribute('aria-label')).to.equal('Ask us');
    expect(button.hasAttribute('lang'), 'a label the site wrote is in the page language').to.be.false;
    const rtl = await pageWith('', { lang: 'ar' });
    expect(rtl.launcher().dir).to.equal('rtl');
    expect(rtl.launcher().getBoundingClientRect().left, 'the mirrored corner').to.be.below(100);
  });

  it('loads the widget on pointer over the launcher, which then replaces the launcher in place', async () => {
    const page = await pageWith('<support-widget></support-widget>', { lang: 'zh-CN' });
    page.launcher().dispatchEvent(new PointerEvent('pointerenter'));
    await page.upgraded();
    expect(page.launcher().getAttribute('aria-label')).to.equal('帮助与客服');
    expect(page.widget().opened).to.be.false;
  });

  it('moves focus to the widget’s launcher when the drawn one had it', async () => {
    const page = await pageWith('<support-widget></support-widget>');
    page.launcher().focus();
    await page.upgraded();
    expect(page.widget().shadowRoot!.activeElement).to.equal(page.launcher());
  });

  it('opens the panel on a click on the drawn launcher', async () => {
    const page = await pageWith('<support-widget></support-widget>');
    page.launcher().click();
    await page.upgraded();
    await waitUntil(() => page.widget().opened, 'the panel did not open', { timeout: 10000 });
    expect(page.launcher().getAttribute('aria-expanded')).to.equal('true');
  });

  it('window.SupportWidget loads the widget: open(), ready() and Element', async () => {
    const page = await pageWith('');
    const api = page.win.SupportWidget!;
    expect(api.Element, 'not loaded yet').to.be.undefined;
    api.close(); // nothing to close, nothing loaded
    expect(page.defined()).to.be.false;
    await api.open('contact');
    expect(page.widget().opened).to.be.true;
    expect(page.widget().view).to.equal('contact');
    expect(await api.ready()).to.equal(page.widget());
    expect(api.Element).to.equal(page.win.customElements.get('support-widget'));
  });

  it("the element's own methods work before its code has loaded: open() loads it", async () => {
    const page = await pageWith('<support-widget></support-widget>');
    const el = page.widget();
    el.close(); // nothing open yet, nothing loaded
    expect(page.defined()).to.be.false;
    await el.open('fallback');
    expect(el.opened).to.be.true;
    expect(el.view).to.equal('fallback');
    expect(Object.prototype.hasOwnProperty.call(el, 'open'), 'the stand-in left the instance').to.be.false;
    el.close();
    expect(el.opened).to.be.false;
  });

  it('opens from a [data-support-widget-open] link', async () => {
    const page = await pageWith('<a href="#help" data-support-widget-open="fallback">Help</a><support-widget></support-widget>');
    page.doc.querySelector('a')!.click();
    await page.upgraded();
    await waitUntil(() => page.widget().opened, 'the panel did not open', { timeout: 10000 });
    expect(page.widget().view).to.equal('fallback');
  });

  for (const [name, body, options] of [
    ['open', '<support-widget open></support-widget>', {}],
    ['loading="eager"', '<support-widget loading="eager"></support-widget>', {}],
    ['loading="idle"', '<support-widget loading="idle"></support-widget>', {}],
    ['status-src (the launcher shows the status)', '<support-widget status-src="/__sw/status/none.json"></support-widget>', {}],
    ['a #support/contact link', '<support-widget></support-widget>', { hash: '#support/contact' }],
    ['manual mode (the page scripts the element)', '<support-widget></support-widget>', { manual: true }],
  ] as const) {
    it(`loads the widget without waiting for the visitor: ${name}`, async () => {
      const page = await pageWith(body, options);
      await page.upgraded();
    });
  }

  it('gives a widget the page adds later its launcher', async () => {
    const page = await pageWith('', { manual: false });
    const later = page.doc.createElement('div');
    later.innerHTML = '<support-widget id="later" position="bottom-left"></support-widget>';
    page.doc.body.append(later);
    await waitUntil(() => page.doc.getElementById('later')!.shadowRoot?.querySelector('[part="launcher"]'), 'the added widget has no launcher');
    expect(page.defined()).to.be.false;
  });
});

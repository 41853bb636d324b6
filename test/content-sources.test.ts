import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { mountWidget, loadPack, settle, idleTime } from './helpers/widget.js';
import { captureConsole } from './helpers/console.js';
import { minimalPack } from './fixtures/packs.js';
import { saveLastGood, readLastGood } from '../src/content/last-good.js';
import type { SupportWidget } from '../src/element.js';

/** The packs a widget announces as shown, by `src`. */
function recordLoads(el: SupportWidget): string[] {
  const srcs: string[] = [];
  el.addEventListener('sw-content-load', (e) => srcs.push(e.detail.src));
  return srcs;
}

/** The site's own pack: nothing like the bundled product. */
const acme = () => minimalPack();

describe("content the site supplies is never replaced by another product's", () => {
  // First in the file: the page has not loaded dist/packs/ yet, so the bundled load is surely on its way.
  it('setContent() while the bundled pack is loading: that load is dropped', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget loading="eager"></support-widget>`);
    const loads = recordLoads(el);
    await el.updateComplete; // the bundled load has started
    await el.setContent(acme());
    await idleTime();
    expect(el.pack!.meta.id).to.equal('acme');
    expect(loads).to.be.empty;
  });

  it('setContent() before the page is idle: the bundled pack never loads', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget loading="idle"></support-widget>`);
    const loads = recordLoads(el);
    await el.setContent(acme());
    await idleTime();
    await el.open();
    expect(el.pack!.meta.id).to.equal('acme');
    expect(loads).to.be.empty;
  });

  it('setContent() after the bundled pack showed: a later locale change does not bring it back', async () => {
    const el = await mountWidget();
    await el.setContent(acme());
    expect(el.pack!.meta.id).to.equal('acme');
    const loads = recordLoads(el);
    el.setAttribute('locale', 'en');
    await idleTime();
    expect(el.pack!.meta.id).to.equal('acme');
    expect(loads).to.be.empty;
  });

  it('content-src set before connection: only the site pack loads', async () => {
    const el = document.createElement('support-widget') as SupportWidget;
    el.setAttribute('content-src', '/__sw/pack/renamed.json');
    el.setAttribute('loading', 'idle');
    const loads = recordLoads(el);
    const loaded = oneEvent(el, 'sw-content-load');
    document.body.append(el);
    try {
      await loaded;
      await idleTime();
      expect(loads).to.deep.equal(['/__sw/pack/renamed.json']);
    } finally {
      el.remove();
    }
  });

  it('content-src set after connection, while the bundled pack loads: the bundled pack never shows', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget loading="eager"></support-widget>`);
    const loads = recordLoads(el);
    await el.updateComplete;
    await loadPack(el, { 'content-src': '/__sw/pack/renamed.json' });
    await idleTime();
    expect(loads).to.deep.equal(['/__sw/pack/renamed.json']);
    expect(el.pack!.ui.panelTitle).to.equal('Runtime pack loaded');
  });

  it('content-src set after the bundled pack showed: a locale change keeps the site pack', async () => {
    const el = await mountWidget();
    await loadPack(el, { loading: 'eager', 'content-src': '/__sw/pack/renamed.json' });
    const loads = recordLoads(el);
    el.setAttribute('locale', 'zh-CN');
    await idleTime();
    expect(el.pack!.ui.panelTitle).to.equal('Runtime pack loaded');
    expect(loads).to.be.empty;
  });

  it('a newer content-src aborts the download of the one it replaces', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const el = await fixture<SupportWidget>(html`<support-widget loading="eager" content-src="/__sw/never-ending.json"></support-widget>`);
      await new Promise<void>((resolve) => {
        const check = () => (signals.length ? resolve() : requestAnimationFrame(check));
        check();
      });
      await loadPack(el, { 'content-src': '/__sw/pack/renamed.json' });
      expect(signals[0].aborted).to.be.true;
      expect(el.pack!.ui.panelTitle).to.equal('Runtime pack loaded');
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe("when the site's content fails", () => {
  it('shows the neutral state with the channels the site configured and the stay-safe advice, once reported', async () => {
    const errors: unknown[] = [];
    const { lines } = await captureConsole('error', async () => {
      const el = await fixture<SupportWidget>(html`<support-widget loading="eager" email="help@acme.example" content-src="/__sw/404.json"></support-widget>`);
      el.addEventListener('sw-content-error', (e) => errors.push(e.detail));
      await oneEvent(el, 'sw-content-error');
      await el.open();
      await settle(el);
      const notice = el.shadowRoot!.querySelector('[part="unavailable"]')!;
      expect(notice.querySelector('[role="status"]')!.textContent).to.match(/unavailable|暂时无法/);
      expect(notice.querySelector('a[href="mailto:help@acme.example"]')).to.exist;
      expect(notice.textContent).to.match(/recovery phrase|助记词|私钥|密码/);
      expect(el.pack!.faq).to.be.empty;
    });
    expect(lines).to.have.length(1);
    expect(errors).to.have.length(1);
  });

  it('shows the last good copy of the same pack when there is one', async () => {
    const src = '/__sw/404.json';
    const copy = { pack: { ...acme(), meta: { ...acme().meta, id: 'acme-saved' } } };
    saveLastGood(new URL(src, document.baseURI).href, '', copy);
    try {
      const { lines } = await captureConsole('error', async () => {
        const el = await fixture<SupportWidget>(html`<support-widget loading="eager" content-src=${src}></support-widget>`);
        await oneEvent(el, 'sw-content-error');
        expect(el.pack!.meta.id).to.equal('acme-saved');
      });
      expect(lines).to.have.length(1);
      expect(lines[0]).to.include('last good copy');
    } finally {
      localStorage.removeItem(`support-widget:last-good:${new URL(src, document.baseURI).href} `);
    }
  });

  it('keeps a good load as the last good copy, keyed by URL and locale', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget loading="eager" locales="en ja" locale="en"></support-widget>`);
    await loadPack(el, { 'content-src': '/__sw/pack/{locale}.json' });
    const saved = readLastGood(new URL('/__sw/pack/en.json', document.baseURI).href, 'en');
    expect((saved!.compiled as { pack: { meta: { id: string } } }).pack.meta.id).to.equal('tpwallet');
  });
});

describe('content-src with {locale}', () => {
  it('loads the listed locale that best fits the locale attribute', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget loading="eager" locales="ja en" locale="en-GB" content-src="/__sw/pack/{locale}.json"></support-widget>`);
    const loaded = (await oneEvent(el, 'sw-content-load')).detail;
    expect(loaded.src).to.equal('/__sw/pack/en.json');
  });

  it('without a locale attribute, follows the browser languages, else the first listed', async () => {
    // The suite's browser prefers zh-CN, which "ja en" does not have: the first listed wins.
    const el = await fixture<SupportWidget>(html`<support-widget loading="eager" locales="en ja" content-src="/__sw/pack/{locale}.json"></support-widget>`);
    expect((await oneEvent(el, 'sw-content-load')).detail.src).to.equal('/__sw/pack/en.json');
  });
});

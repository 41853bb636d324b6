import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { loadPack, mountWidget, settle, launcher, panel, deepQueryAll, idleTime } from './helpers/widget.js';
import { resolveLocale } from '../src/content/locale.js';
import { loadBundledPack } from '../src/content/bundled.js';
import { launcherStrings } from '../src/i18n/launcher.js';
import type { SupportWidget } from '../src/element.js';
import { captureConsole } from './helpers/console.js';
import { withLanguages } from './helpers/languages.js';

/** Capture console.error and unhandled rejections while `fn` runs. */
async function watch<T>(fn: () => Promise<T>): Promise<{ result: T; errors: string[]; rejections: unknown[] }> {
  const rejections: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const { result, lines } = await captureConsole('error', async () => {
      const r = await fn();
      await new Promise((done) => setTimeout(done, 50));
      return r;
    });
    return { result, errors: lines, rejections };
  } finally {
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

async function loadContentSrc(src: string, extra: Record<string, string> = {}): Promise<{ el: SupportWidget; detail: { reason: string; src: string } }> {
  const el = await mountWidget();
  const failed = oneEvent(el, 'sw-content-error');
  el.setAttribute('loading', 'eager');
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  el.setAttribute('content-src', src);
  const detail = (await failed).detail;
  return { el, detail };
}

describe('content-src: a good runtime pack', () => {
  it('swaps the content in place', async () => {
    const el = await mountWidget();
    const loaded = await loadPack(el, { loading: 'eager', 'content-src': '/__sw/pack/renamed.json' });
    expect(loaded).to.include({ src: '/__sw/pack/renamed.json', locale: 'en' });
    await el.open();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Runtime pack loaded');
    expect(el.pack.meta.locale).to.equal('en');
  });
});

describe("content-src: broken backends never show another product's content", () => {
  const cases: [string, string, string, Record<string, string>?][] = [
    ['404', '/__sw/404.json', 'http'],
    ['500', '/__sw/500.json', 'http'],
    ['HTML instead of JSON', '/__sw/html.json', 'parse'],
    ['truncated JSON', '/__sw/truncated.json', 'parse'],
    ['an 8 MB body (over the 2 MB cap)', '/__sw/huge.json', 'too-large'],
    ['a never-ending response', '/__sw/never-ending.json', 'timeout', { 'content-timeout': '800' }],
    ['a pack that fails validation', '/__sw/pack/invalid.json', 'invalid'],
    ['a CORS failure / offline host', 'http://127.0.0.1:9/pack.json', 'network'],
  ];
  for (const [name, src, reason, extra] of cases) {
    it(`${name}: one console error, an sw-content-error event, no unhandled rejection`, async () => {
      const { result, errors, rejections } = await watch(() => loadContentSrc(src, extra));
      expect(result.detail.reason).to.equal(reason);
      expect(result.detail.src).to.equal(src);
      expect(errors.filter((e) => e.includes(src))).to.have.length(1);
      expect(rejections).to.be.empty;
      // The bundled pack was shown before the site set content-src; now only the site's content may show.
      expect(result.el.pack!.meta.id).to.equal('unavailable');
      await result.el.open();
      await settle(result.el);
      expect(result.el.shadowRoot!.querySelector('[part="unavailable"]')).to.exist;
      expect(result.el.shadowRoot!.querySelector('sw-faq-view')).to.be.null;
    });
  }
});

describe('locale packs', () => {
  it('loads the English pack on demand (its own chunk of the script)', async () => {
    const el = await mountWidget();
    const loaded = await loadPack(el, { locale: 'en' });
    expect(loaded).to.include({ src: 'bundled', pack: 'tpwallet', locale: 'en' });
    expect(el.pack.meta.locale).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part="launcher"]')!.getAttribute('aria-label')).to.match(/[A-Za-z]/);
  });

  it('warns once for an unknown locale and uses the visitor\'s language, else the default', async () => {
    // What the visitor's browser prefers decides the fallback; compute it the way a visitor would see it.
    const expected = resolveLocale(undefined, navigator.languages, ['zh-CN', 'en'], 'zh-CN');
    const { lines: warnings } = await captureConsole('warn', async () => {
      const el = await mountWidget();
      if (expected === 'zh-CN') {
        el.setAttribute('locale', 'xx');
        await settle(el);
      } else {
        await loadPack(el, { locale: 'xx' });
      }
      expect(el.pack.meta.locale).to.equal(expected);
    });
    const named = warnings.filter((w) => w.includes('locale="xx"'));
    expect(named).to.have.length(1);
    expect(named[0]).to.include(`using "${expected}"`);
  });

  it('keeps the open answer and the query when the locale switches at runtime', async () => {
    const el = await mountWidget();
    await el.open({ view: 'faq', id: 'app-crash' });
    await settle(el);
    await loadPack(el, { locale: 'en' });
    const heading = el.shadowRoot!.querySelector('sw-faq-view')!.shadowRoot!.querySelector('#answer-heading')!;
    expect(heading.textContent).to.match(/[A-Za-z]/);
    expect(el.opened).to.be.true;
  });
});

describe('the launcher does not wait for content', () => {
  it('draws the launcher in the visitor\'s language before any pack loads, and loads none until asked', async () => {
    // A Chinese visitor (WebKitGTK here takes its languages from the system locale, not a flag).
    // The default `loading` (interaction): nothing loads while the visitor does not touch the widget.
    await withLanguages(['zh-CN', 'zh'], async () => {
      const el = await fixture<SupportWidget>(html`<support-widget></support-widget>`);
      expect(launcher(el).getAttribute('aria-label')).to.equal(launcherStrings('zh-CN').launcherLabel);
      expect(launcher(el).lang).to.equal('zh-CN');
      await idleTime();
      expect(el.pack).to.be.undefined;
      // Pointer over the launcher is intent: the content loads, then the panel is prepared hidden.
      const loaded = oneEvent(el, 'sw-content-load');
      launcher(el).dispatchEvent(new PointerEvent('pointerenter'));
      expect((await loaded).detail).to.include({ src: 'bundled', pack: 'tpwallet', locale: 'zh-CN' });
      expect(el.pack!.meta.locale).to.equal('zh-CN');
    });
  });

  it('by default, what the launcher shows (status-src) loads when the page is idle, the content does not', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget status-src="/__sw/status/none.json"></support-widget>`);
    expect((await oneEvent(el, 'sw-status')).detail.ok).to.be.true;
    await idleTime();
    expect(el.pack).to.be.undefined;
  });

  it('loading changed to eager loads the content that was waiting for the visitor', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget></support-widget>`);
    await idleTime();
    expect(el.pack).to.be.undefined;
    const loaded = oneEvent(el, 'sw-content-load');
    el.loading = 'eager';
    expect((await loaded).detail).to.include({ src: 'bundled' });
  });

  it('an open before the content has loaded shows the panel with it', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget loading="interaction"></support-widget>`);
    expect(el.pack).to.be.undefined;
    await el.open();
    await settle(el);
    expect(panel(el)!.hidden).to.be.false;
    const questions = deepQueryAll(el, '.q, summary, [part="result"], li').map((n) => n.textContent ?? '');
    expect(questions.some((q) => q.includes('转账'))).to.be.true;
  });

  it('with no locale set, follows the visitor\'s browser languages from the first frame on', async () => {
    await withLanguages(['en-GB', 'en'], async () => {
      const el = await fixture<SupportWidget>(html`<support-widget loading="idle"></support-widget>`);
      // The first frame already has the English label: no Chinese label flashes first.
      expect(launcher(el).getAttribute('aria-label')).to.equal(launcherStrings('en').launcherLabel);
      expect(launcher(el).lang).to.equal('en');
      const loaded = (await oneEvent(el, 'sw-content-load')).detail;
      expect(loaded).to.include({ src: 'bundled', locale: 'en' });
      expect(el.pack!.meta.locale).to.equal('en');
    });
    await withLanguages(['fr-FR', 'fr'], async () => {
      const el = await fixture<SupportWidget>(html`<support-widget loading="idle"></support-widget>`);
      await oneEvent(el, 'sw-content-load');
      expect(el.pack!.meta.locale, 'a language without a pack gets the default').to.equal('zh-CN');
    });
  });

  it('setContent() wins over the bundled pack still on its way', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget loading="idle"></support-widget>`);
    const own = structuredClone((await loadBundledPack('zh-CN')).pack);
    own.ui.panelTitle = 'Acme help';
    await el.setContent(own);
    await idleTime();
    await el.open();
    expect(el.pack!.faq).to.equal(own.faq);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Acme help');
  });

  it('a content-src that fails before anything is shown shows the neutral state, never the bundled pack', async () => {
    const { lines } = await captureConsole('error', async () => {
      const el = await fixture<SupportWidget>(html`<support-widget loading="eager" content-src="/__sw/500.json"></support-widget>`);
      const loads: string[] = [];
      el.addEventListener('sw-content-load', (e) => loads.push(e.detail.src));
      const failed = await oneEvent(el, 'sw-content-error');
      expect(failed.detail.reason).to.equal('http');
      expect(el.pack!.meta.id).to.equal('unavailable');
      await el.open();
      expect(loads).to.be.empty;
    });
    expect(lines.filter((l) => l.includes('/__sw/500.json'))).to.have.length(1);
  });
});

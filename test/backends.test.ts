import { expect, oneEvent } from '@open-wc/testing';
import { loadPack, mountWidget, settle } from './helpers/widget.js';
import { resolveLocale } from '../src/content/locale.js';
import { bundled } from '../src/content/bundled.js';
import type { SupportWidget } from '../src/element.js';
import { captureConsole } from './helpers/console.js';

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

describe('content-src: broken backends keep the bundled content', () => {
  const cases: [string, string, string, Record<string, string>?][] = [
    ['404', '/__sw/404.json', 'http'],
    ['500', '/__sw/500.json', 'http'],
    ['HTML instead of JSON', '/__sw/html.json', 'parse'],
    ['truncated JSON', '/__sw/truncated.json', 'parse'],
    ['a 50 MB body', '/__sw/huge.json', 'too-large'],
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
      expect(result.el.pack).to.equal(bundled.pack);
      await result.el.search('转账失败');
      await settle(result.el);
      expect(result.el.shadowRoot!.querySelector('sw-faq-view')!.shadowRoot!.querySelector('[role="option"]')).to.exist;
    });
  }
});

describe('locale packs', () => {
  it('loads the English pack on demand from dist/content', async () => {
    const el = await mountWidget();
    const loaded = await loadPack(el, { locale: 'en' });
    expect(loaded.src).to.match(/content\/tpwallet\/en\.json$/);
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

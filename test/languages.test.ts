import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportWidget } from '../src/element.js';
import { launcherStrings } from '../src/i18n/launcher.js';
import { loadCatalog } from '../src/i18n/catalog.js';
import { FONT_STACKS } from '../src/i18n/fonts.js';
import { contentShown, deepActiveElement, deepQuery, launcher, panel, settle } from './helpers/widget.js';
import { captureConsole } from './helpers/console.js';

/**
 * A widget inside `<div lang=…>`, standing for a page marked `<html lang=…>`, once rendered
 * (and, unless `loading="interaction"`, once its content is shown: it loads when the page is idle).
 */
async function inPage(lang: string, attrs: Record<string, string> = {}): Promise<SupportWidget> {
  const page = document.createElement('div');
  page.lang = lang;
  const el = page.appendChild(document.createElement('support-widget'));
  for (const [k, v] of Object.entries({ loading: 'idle', ...attrs })) el.setAttribute(k, v);
  await fixture(html`${page}`);
  await el.updateComplete;
  if (attrs.loading !== 'interaction') await contentShown(el);
  return el;
}

const title = (el: SupportWidget) => el.shadowRoot!.querySelector('[part="title"]')!.textContent;
const tabs = (el: SupportWidget) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="tab"]')];

describe('languages: the page lang, interface and content', () => {
  it('a zh-TW page on a product with only zh-CN content: Traditional interface around the Simplified answers', async () => {
    const el = await inPage('zh-TW', { loading: 'interaction' });
    // The launcher is right before any content loads.
    expect(launcher(el).title).to.equal(launcherStrings('zh-TW').launcherLabel);
    expect(launcher(el).lang).to.equal('zh-TW');
    await el.open();
    await settle(el);
    const zhTW = (await loadCatalog('zh-TW')).ui;
    expect(el.pack!.meta.locale).to.equal('zh-CN');
    expect(title(el)).to.equal(zhTW.panelTitle);
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([zhTW.tabFaq, zhTW.tabContact, zhTW.tabFallback]);
    expect(panel(el)!.lang).to.equal('zh-TW');
    expect(deepQuery(el, '.search-label')!.textContent).to.equal(zhTW.searchLabel);
    // The questions are the pack's, marked as Simplified Chinese.
    const questions = deepQuery(el, 'ul.disclosures')!;
    expect(questions.lang).to.equal('zh-CN');
    expect(questions.textContent).to.include('转账');
  });

  it('follows a lang change at run time: the other pack, catalog and launcher label', async () => {
    const el = await inPage('en');
    expect(el.pack!.meta.locale).to.equal('en');
    expect(launcher(el).title).to.equal(launcherStrings('en').launcherLabel);
    const loaded = oneEvent(el, 'sw-content-load');
    el.parentElement!.setAttribute('lang', 'zh-CN');
    expect((await loaded).detail.locale).to.equal('zh-CN');
    await settle(el);
    expect(launcher(el).title).to.equal(launcherStrings('zh-CN').launcherLabel);
    expect(launcher(el).lang).to.equal('zh-CN');
    // The host's own lang is the author's: never written by the widget.
    expect(el.hasAttribute('lang')).to.be.false;
  });

  it('a lang change that keeps the content changes only the interface', async () => {
    const el = await inPage('de');
    expect(el.pack!.meta.locale).to.equal('zh-CN'); // the suite's browser prefers zh-CN; no de pack
    await el.open();
    await settle(el);
    expect(title(el)).to.equal((await loadCatalog('de')).ui.panelTitle);
    el.parentElement!.setAttribute('lang', 'ja');
    const ja = (await loadCatalog('ja')).ui;
    await waitUntil(() => title(el) === ja.panelTitle, 'the interface did not switch to Japanese');
    expect(el.pack!.meta.locale).to.equal('zh-CN');
    expect(panel(el)!.lang).to.equal('ja');
  });

  it('the locale attribute wins over the page lang', async () => {
    const el = await inPage('zh-CN', { locale: 'en' });
    expect(el.pack!.meta.locale).to.equal('en');
    expect(launcher(el).lang).to.equal('en');
  });

  it('gives the panel the font stack of its script, Japanese fonts first for Japanese', async () => {
    const el = await inPage('ja');
    await el.open();
    await settle(el);
    // WebKit serialises the custom property with double quotes.
    const quotes = (v: string) => v.trim().replace(/'/g, '"');
    expect(quotes(getComputedStyle(panel(el)!).getPropertyValue('--sw-script-font'))).to.equal(quotes(FONT_STACKS.ja));
    expect(getComputedStyle(panel(el)!).fontFamily).to.match(/^"?Hiragino Sans/);
    // A site's --sw-font still wins.
    el.style.setProperty('--sw-font', 'serif');
    expect(getComputedStyle(panel(el)!).fontFamily).to.equal('serif');
  });

  it('keeps CJK and Korean tab labels whole', async () => {
    for (const [lang, expected] of [
      ['ko', ['keep-all']],
      ['zh-TW', ['keep-all']],
      ['ja', ['auto-phrase', 'keep-all']],
    ] as const) {
      const el = await inPage(lang);
      await el.open();
      await settle(el);
      for (const tab of tabs(el)) expect(expected, `${lang} tab`).to.include(getComputedStyle(tab).wordBreak);
    }
  });
});

describe('languages: right to left', () => {
  before(async () => {
    // @ts-expect-error axe-core's minified build has no types; it registers window.axe
    await import('axe-core/axe.min.js');
  });

  it('an Arabic page: the panel and launcher are right to left, in the mirrored corner', async () => {
    const el = await inPage('ar');
    await el.open();
    await settle(el);
    expect(panel(el)!.dir).to.equal('rtl');
    expect(launcher(el).dir).to.equal('rtl');
    expect(getComputedStyle(panel(el)!).direction).to.equal('rtl');
    expect(title(el)).to.equal((await loadCatalog('ar')).ui.panelTitle);
    // bottom-right is the end corner: bottom-left when right to left.
    expect(launcher(el).getBoundingClientRect().left).to.be.below(window.innerWidth / 2);
    expect(panel(el)!.getBoundingClientRect().left).to.be.below(window.innerWidth / 2);
  });

  it('ArrowLeft moves to the next tab and ArrowRight to the previous one', async () => {
    const el = await inPage('ar');
    await el.open();
    await settle(el);
    tabs(el)[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.view).to.equal('contact');
    expect(deepActiveElement()).to.equal(tabs(el)[1]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.view).to.equal('fallback');
  });

  for (const view of ['faq', 'contact', 'fallback'] as const) {
    it(`passes axe in Arabic on ${view}`, async () => {
      const el = await inPage('ar');
      await el.open(view);
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('languages: the "no content pack" warning', () => {
  const named = (lines: string[]) => lines.filter((l) => l.includes('no content pack'));

  it('warns once when the site asks for a locale it has no content for', async () => {
    const { lines } = await captureConsole('warn', async () => {
      const el = await inPage('en', { locale: 'ja' });
      // A re-render and a lang change later: still one warning.
      el.parentElement!.setAttribute('lang', 'ko');
      await settle(el);
      el.requestUpdate();
      await settle(el);
    });
    expect(named(lines)).to.have.length(1);
    expect(named(lines)[0]).to.include('locale="ja" has no content pack');
  });

  it("never for the page's lang or the visitor's browser language", async () => {
    const { lines } = await captureConsole('warn', async () => {
      await inPage('ja');
      await inPage('ar');
    });
    expect(named(lines)).to.deep.equal([]);
  });
});

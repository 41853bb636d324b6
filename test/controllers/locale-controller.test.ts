import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { LAUNCHER_LOCALES, RTL_LAUNCHER_LOCALES } from '../../src/i18n/launcher.js';
import { directionOf } from '../../src/i18n/direction.js';
import { captureConsole } from '../helpers/console.js';
import { withLanguages } from '../helpers/languages.js';

/** A host with the widget's two locale attributes that prints its interface language. */
class LocaleHost extends LitElement {
  static override properties = { locale: {}, locales: {} };
  locale?: string;
  locales?: string;
  /** What the content's language would be: the interface's last resort. */
  packDefault = 'zh-CN';
  readonly language = new LocaleController(this, () => this.packDefault);
  override render() {
    return html`<span lang=${this.language.ui} dir=${this.language.dir}>${this.language.ui}</span>`;
  }
}
customElements.define('locale-test-host', LocaleHost);


/** Mount a host inside `<div lang=…>` (no lang: none) and return it once rendered. */
async function mount(pageLang: string | undefined, attrs: Record<string, string> = {}): Promise<LocaleHost> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${pageLang ?? ''}><locale-test-host></locale-test-host></div>`);
  if (pageLang === undefined) wrapper.removeAttribute('lang');
  const host = wrapper.querySelector<LocaleHost>('locale-test-host')!;
  for (const [k, v] of Object.entries(attrs)) host.setAttribute(k, v);
  await host.updateComplete;
  return host;
}

const shown = (host: LocaleHost) => host.shadowRoot!.querySelector('span')!.textContent;

describe('LocaleController', () => {
  describe('one resolution order: locale attribute, closest lang, browser languages, pack default', () => {
    it('the locale attribute wins over the page lang and the browser', async () => {
      await withLanguages(['de-DE', 'de'], async () => {
        const host = await mount('fr', { locale: 'ja' });
        expect(host.language.requested).to.deep.equal(['ja', 'fr', 'de-DE', 'de']);
        expect(shown(host)).to.equal('ja');
      });
    });

    it('without a locale attribute, the closest lang wins over the browser', async () => {
      await withLanguages(['de-DE', 'de'], async () => {
        expect(shown(await mount('fr'))).to.equal('fr');
      });
    });

    it("the element's own lang is the closest, and the widget never rewrites it", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><locale-test-host lang="ko"></locale-test-host></div>`);
      const host = wrapper.querySelector<LocaleHost>('locale-test-host')!;
      await host.updateComplete;
      expect(shown(host)).to.equal('ko');
      expect(host.getAttribute('lang')).to.equal('ko');
    });

    it('without locale or lang, follows the browser languages, skipping those without a catalog', async () => {
      await withLanguages(['sw', 'tr-TR'], async () => {
        expect(shown(await mount(undefined))).to.equal('tr');
      });
    });

    it("with nothing that has a catalog, the interface is in the content's language", async () => {
      await withLanguages(['sw', 'yo'], async () => {
        const host = await mount(undefined);
        expect(shown(host)).to.equal('zh-CN');
      });
    });

    it('lang="" (unknown language) stops the search: the browser languages decide', async () => {
      await withLanguages(['de'], async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><div lang=""><locale-test-host></locale-test-host></div></div>`);
        const host = wrapper.querySelector<LocaleHost>('locale-test-host')!;
        await host.updateComplete;
        expect(shown(host)).to.equal('de');
      });
    });
  });

  describe('region fallbacks', () => {
    const cases: [string, string][] = [
      ['zh-HK', 'zh-TW'],
      ['zh-MO', 'zh-TW'],
      ['zh-Hant-CN', 'zh-TW'],
      ['zh-SG', 'zh-CN'],
      ['zh-Hans-HK', 'zh-CN'],
      ['zh', 'zh-CN'],
      ['pt', 'pt-BR'],
      ['pt-PT', 'pt-BR'],
      ['fr-CA', 'fr'],
      ['es-419', 'es'],
      ['ar-EG', 'ar'],
    ];
    for (const [tag, ui] of cases) {
      it(`a page in ${tag} gets the ${ui} interface`, async () => {
        expect(shown(await mount(tag))).to.equal(ui);
      });
    }
  });

  describe('interface and content locales are separate', () => {
    it('a zh-TW visitor on a product with only zh-CN content: zh-TW interface, zh-CN answers', async () => {
      const host = await mount('zh-TW');
      expect(host.language.ui).to.equal('zh-TW');
      expect(host.language.content(['zh-CN'], 'zh-CN')).to.equal('zh-CN');
      expect(host.language.content(['en', 'zh-CN', 'zh-TW'], 'en')).to.equal('zh-TW');
    });

    it("content falls to the pack's default when nothing asked for has a pack", async () => {
      await withLanguages(['de'], async () => {
        const host = await mount('fr');
        expect(host.language.ui).to.equal('fr');
        expect(host.language.content(['en', 'zh-CN'], 'zh-CN')).to.equal('zh-CN');
      });
    });
  });

  describe('lang changes at run time', () => {
    it('re-renders when <html lang> or a closer ancestor changes, and when the element leaves and comes back', async () => {
      const host = await mount('en');
      const wrapper = host.parentElement!;
      wrapper.setAttribute('lang', 'ja');
      await waitUntil(() => shown(host) === 'ja', 'the interface did not follow the new lang');
      wrapper.setAttribute('lang', 'ar');
      await waitUntil(() => shown(host) === 'ar');
      expect(host.shadowRoot!.querySelector('span')!.dir).to.equal('rtl');
      // Moved under another lang while disconnected: it reads the lang again when it comes back.
      const other = document.createElement('div');
      other.lang = 'ko';
      document.body.append(other);
      try {
        other.append(host);
        await waitUntil(() => shown(host) === 'ko');
      } finally {
        other.remove();
      }
    });

    it('follows the document element as well', async () => {
      const html = document.documentElement;
      const before = html.getAttribute('lang');
      try {
        const host = await mount(undefined);
        html.setAttribute('lang', 'vi');
        await waitUntil(() => shown(host) === 'vi');
      } finally {
        if (before === null) html.removeAttribute('lang');
        else html.setAttribute('lang', before);
      }
    });
  });

  describe('direction', () => {
    it('the built-in right-to-left interfaces agree with directionOf', () => {
      const rtl = LAUNCHER_LOCALES.filter((l) => directionOf(l) === 'rtl');
      expect([...RTL_LAUNCHER_LOCALES]).to.deep.equal(rtl);
    });
  });

  describe('the "no content pack" warning', () => {
    const warnings = (lines: string[]) => lines.filter((l) => l.includes('no content pack'));

    it('warns once when the locale attribute asks for a locale without content', async () => {
      const { lines } = await captureConsole('warn', async () => {
        const host = await mount(undefined, { locale: 'ja' });
        host.language.warnMissing(['en', 'zh-CN'], 'zh-CN');
        host.language.warnMissing(['en', 'zh-CN'], 'zh-CN');
      });
      expect(warnings(lines)).to.deep.equal(['<support-widget>: locale="ja" has no content pack (available: en, zh-CN); using "zh-CN".']);
    });

    it("never for the visitor's browser language or the page's lang", async () => {
      const { lines } = await captureConsole('warn', () =>
        withLanguages(['ja', 'ko'], async () => {
          const host = await mount('th');
          host.language.warnMissing(['en', 'zh-CN'], 'zh-CN', { listed: true });
        }),
      );
      expect(warnings(lines)).to.deep.equal([]);
    });

    it('warns for each listed locale without content, only when the list is checked', async () => {
      const { lines } = await captureConsole('warn', async () => {
        const host = await mount(undefined, { locales: 'en ja' });
        host.language.warnMissing(['en', 'zh-CN'], 'en');
        host.language.warnMissing(['en', 'zh-CN'], 'en', { listed: true });
      });
      expect(warnings(lines)).to.deep.equal(['<support-widget>: locales lists "ja", which has no content pack (available: en, zh-CN).']);
    });

    it('a locale served by another region of its language is not missing', async () => {
      const { lines } = await captureConsole('warn', async () => {
        const host = await mount(undefined, { locale: 'en-GB' });
        host.language.warnMissing(['en', 'zh-CN'], 'en');
      });
      expect(warnings(lines)).to.deep.equal([]);
    });
  });
});

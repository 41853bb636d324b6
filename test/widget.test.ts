import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadPack, mountWidget, launcher, panel, deepQuery, deepQueryAll, deepActiveElement, typeQuery, settle } from './helpers/widget.js';
import { SupportWidget } from '../src/element.js';
import { captureConsole } from './helpers/console.js';
import type { PackSearch } from '../src/search/index.js';

describe('<support-widget> launcher and panel', () => {
  it('shows a labelled launcher and renders no panel until first opened', async () => {
    const el = await mountWidget();
    expect(launcher(el)).to.exist;
    expect(launcher(el).getAttribute('aria-label')).to.equal('帮助与客服');
    expect(launcher(el).title).to.equal('帮助与客服');
    // The name is the label alone: no hidden copy of it in the button.
    expect(launcher(el).textContent!.trim()).to.equal('');
    expect(panel(el)).to.be.null;
  });

  it('opens a labelled dialog with three views when the launcher is clicked', async () => {
    const el = await mountWidget();
    launcher(el).click();
    await settle(el);
    const dialog = panel(el)!;
    expect(dialog.getAttribute('role')).to.equal('dialog');
    expect(dialog.hidden).to.be.false;
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent?.trim()).to.not.be.empty;
    expect(deepQueryAll(el, '[role="tab"]')).to.have.length(3);
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('closes with the close button and gives focus back to the launcher', async () => {
    const el = await mountWidget();
    await el.open();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!.click();
    await settle(el);
    expect(panel(el)!.hidden).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
  });

  it('closes with Esc pressed in the search box and focus returns to the launcher', async () => {
    const el = await mountWidget();
    launcher(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(deepActiveElement()?.getAttribute('type')).to.equal('search');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.opened).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
  });

  it('leaves Esc to the widget in the page when one removed while open updates again', async () => {
    const removed = await mountWidget();
    await removed.open();
    await settle(removed);
    removed.remove();
    const el = await mountWidget();
    launcher(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // The visitor types (user activation), then work the removed widget started ends after it
    // left the page, and updates it.
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'Backspace' });
    removed.requestUpdate();
    await removed.updateComplete;
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.opened).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
  });

  it('closes when the launcher is clicked again', async () => {
    const el = await mountWidget();
    launcher(el).click();
    await settle(el);
    launcher(el).click();
    await settle(el);
    expect(el.opened).to.be.false;
  });

  it('switches between the FAQ, Contact and fallback views', async () => {
    const el = await mountWidget();
    await el.open();
    const tabs = deepQueryAll<HTMLButtonElement>(el, '[role="tab"]');
    tabs[1].click();
    await settle(el);
    expect(el.view).to.equal('contact');
    expect(deepQuery(el, 'sw-contact-view')!.hidden).to.be.false;
    expect(deepQuery(el, 'sw-faq-view')!.hidden).to.be.true;
    expect(deepQueryAll(el, '[part="channel"]').length).to.be.greaterThan(3);
    tabs[2].click();
    await settle(el);
    expect(el.view).to.equal('fallback');
    expect(deepQuery(el, '[part="safety"]')?.textContent).to.match(/助记词|私钥/);
  });

  it('lets a host veto opening through a cancelable sw-open event', async () => {
    const el = await mountWidget();
    el.addEventListener('sw-open', (e) => e.preventDefault(), { once: true });
    await el.open();
    expect(el.opened).to.be.false;
  });
});

describe('<support-widget> FAQ search', () => {
  it('lists the transfer-failure answer first while typing 转账失败', async () => {
    const el = await mountWidget();
    await el.open();
    await typeQuery(el, '转账失败');
    const first = deepQuery(el, '[role="option"]');
    expect(first?.textContent).to.match(/转账.*失败|失败.*转账/);
    expect(first?.getAttribute('aria-selected')).to.equal('true');
  });

  it('opens the selected answer with Enter and shows it in place', async () => {
    const el = await mountWidget();
    await el.open();
    await typeQuery(el, '转账失败');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const answer = deepQuery(el, 'article[part="answer"]');
    expect(answer).to.exist;
    expect(answer!.querySelectorAll('p, li').length).to.be.greaterThan(1);
  });

  it('says so plainly when nothing matches and offers Contact and the fallback', async () => {
    const el = await mountWidget();
    await el.open();
    await typeQuery(el, 'zzqqxxyy');
    const empty = deepQuery(el, '[part="no-results"]')!;
    expect(empty).to.exist;
    const buttons = [...empty.querySelectorAll('button')];
    expect(buttons).to.have.length(2);
    buttons[1].click();
    await settle(el);
    expect(el.view).to.equal('fallback');
  });

  it('corrects an English typo once the typo-correction chunk has loaded', async () => {
    const el = await mountWidget();
    await loadPack(el, { locale: 'en' });
    await el.open();
    await typeQuery(el, 'pasword');
    // fuse.js arrives in its own chunk; the results update for what is typed when it does.
    await waitUntil(() => deepQuery(el, '[role="option"]'), 'no result for "pasword"', { timeout: 5000 });
    const expected = el.pack.faq.find((e) => e.id === 'login-forgot-password')!.question;
    expect(deepQuery(el, '[role="option"] .q')!.textContent).to.equal(expected);
  });

  it('opens a question in the category list, takes a rating there, and keeps both across a search', async () => {
    const el = await mountWidget();
    await el.open();
    const root = deepQuery(el, 'sw-faq-view')!.shadowRoot!;
    const question = root.querySelector<HTMLButtonElement>('button.disclosure')!;
    question.click();
    await settle(el);
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    const answer = () => root.getElementById(question.getAttribute('aria-controls')!)!;
    expect(answer().checkVisibility()).to.be.true;
    answer().querySelector<HTMLButtonElement>('[part="feedback"] button')!.click();
    await settle(el);
    expect(answer().querySelector('[part="feedback"]')!.textContent).to.contain(el.pack.ui.helpfulThanks);

    await typeQuery(el, '转账');
    expect(question.checkVisibility()).to.be.false;
    const input = deepQuery<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    expect(answer().checkVisibility()).to.be.true;
    expect(answer().querySelector('[part="feedback"]')!.textContent).to.contain(el.pack.ui.helpfulThanks);
  });

  it('search() opens the panel on the FAQ with the query', async () => {
    const el = await mountWidget();
    await el.search('闪退');
    await settle(el);
    expect(el.opened).to.be.true;
    expect(deepQuery(el, '[role="option"]')).to.exist;
  });
});

describe('<support-widget> on a page', () => {
  it('lets two widgets live on one page independently', async () => {
    const wrap = await fixture(html`<div><support-widget></support-widget><support-widget locale="zh-CN"></support-widget></div>`);
    const [a, b] = [...wrap.querySelectorAll<SupportWidget>('support-widget')];
    await a.open('contact');
    await b.updateComplete;
    expect(a.opened).to.be.true;
    expect(b.opened).to.be.false;
    const ids = [...a.shadowRoot!.querySelectorAll('[id]'), ...b.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('does not throw when the script is evaluated twice or define() is called again', async () => {
    const url = new URL('../src/index.ts', import.meta.url).href;
    await import(`${url}?again=1`);
    expect(() => SupportWidget.define()).not.to.throw();
    expect(customElements.get('support-widget')).to.exist;
  });

  it('registers under another tag with SupportWidget.define()', async () => {
    SupportWidget.define('acme-help');
    const el = await fixture<SupportWidget>(html`<acme-help></acme-help>`);
    expect(el).to.be.instanceOf(SupportWidget);
    expect(el.shadowRoot!.querySelector('[part="launcher"]')).to.exist;
  });

  it('opens from a host link marked data-support-widget-open', async () => {
    const wrap = await fixture(html`<div><a href="#support" data-support-widget-open="contact">Help</a><support-widget></support-widget></div>`);
    const el = wrap.querySelector<SupportWidget>('support-widget')!;
    const opened = oneEvent(el, 'sw-open');
    wrap.querySelector('a')!.click();
    expect((await opened).detail.view).to.equal('contact');
  });
});

describe('<support-widget> what a visitor sees', () => {
  it('shows only the selected view', async () => {
    const el = await mountWidget();
    await el.open('faq');
    await settle(el);
    const visible = (sel: string) => {
      const view = deepQuery(el, sel);
      return !!view && getComputedStyle(view).display !== 'none';
    };
    expect(visible('sw-faq-view')).to.be.true;
    expect(visible('sw-contact-view')).to.be.false;
    expect(visible('sw-fallback-view')).to.be.false;
  });

  it('keeps the search box tall enough for its text at any font size, and at least 44 px', async () => {
    const el = await mountWidget();
    await el.open();
    const box = deepQuery<HTMLInputElement>(el, 'input[type="search"]')!;
    // What the box needs for its text: its height laid out from its content, not contained.
    const fits = () => {
      const height = box.getBoundingClientRect().height;
      box.style.contain = 'none';
      box.style.height = 'auto';
      const needed = box.getBoundingClientRect().height;
      box.style.removeProperty('contain');
      box.style.removeProperty('height');
      return { height, needed };
    };
    expect(fits().height).to.be.at.least(44);
    // A site that enlarges the box's text through its part.
    const style = document.createElement('style');
    style.textContent = 'support-widget::part(search) { font-size: 32px; }';
    document.head.append(style);
    try {
      const { height, needed } = fits();
      expect(needed).to.be.greaterThan(44);
      expect(height).to.be.at.least(needed - 0.5);
    } finally {
      style.remove();
    }
  });

  it('draws an icon on the launcher', async () => {
    const el = await mountWidget();
    const path = launcher(el).querySelector('svg path') as SVGPathElement;
    expect(path).to.be.instanceOf(SVGPathElement);
    expect(path.getBBox().width).to.be.greaterThan(5);
  });
});

describe('<support-widget> main-thread work', () => {
  it('moves focus into the panel after the panel is painted, and not once it is closed again', async () => {
    const el = await mountWidget();
    launcher(el).focus();
    launcher(el).click();
    await el.updateComplete;
    // The click's own task only shows the panel; focus follows after the paint.
    expect(panel(el)!.hidden).to.be.false;
    expect(deepActiveElement()).to.equal(launcher(el));
    await waitUntil(() => deepActiveElement() === deepQuery(el, 'input[type="search"]'), 'focus never moved to the search box');

    const again = await mountWidget();
    launcher(again).click();
    again.close();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    expect(deepActiveElement()).to.not.equal(deepQuery(again, 'input[type="search"]'));
  });

  it('shows the popular questions in the first frame and the categories one task at a time after', async () => {
    const el = await mountWidget();
    await el.open();
    const faq = deepQuery(el, 'sw-faq-view')!;
    const sections = () => faq.shadowRoot!.querySelectorAll('section[part="category"]').length;
    expect(faq.shadowRoot!.querySelector('#h-popular')).to.exist;
    expect(sections()).to.equal(1);
    // Every rendering of the list is recorded: each adds one category.
    const seen: number[] = [];
    const observer = new MutationObserver(() => seen.push(sections()));
    observer.observe(faq.shadowRoot!, { childList: true, subtree: true });
    const categories = new Set(el.pack.faq.map((e) => e.category));
    await waitUntil(() => sections() === 1 + categories.size, 'the categories never all followed the popular questions', { timeout: 5000 });
    observer.disconnect();
    expect([...new Set(seen)]).to.deep.equal([...categories].map((_, i) => i + 2));
  });

  it('marks the panel and the launcher with the interface language', async () => {
    const el = await mountWidget();
    await el.open();
    expect(panel(el)!.lang).to.equal(el.pack.meta.locale);
    expect(launcher(el).lang).to.equal(el.pack.meta.locale);
    // A label the site owner wrote is in the page's language, not the pack's.
    el.launcherLabel = 'Help';
    await el.updateComplete;
    expect(launcher(el).hasAttribute('lang')).to.be.false;
  });

  it('searches once per keystroke when search was prepared before the first one (two keystrokes, two searches)', async () => {
    const el = await mountWidget();
    await el.open();
    await settle(el);
    const faq = deepQuery(el, 'sw-faq-view') as HTMLElement & { searcher: PackSearch };
    await faq.searcher.prepare!();
    const searcher = faq.searcher;
    let searches = 0;
    const search = searcher.search.bind(searcher);
    searcher.search = (...args) => (searches++, search(...args));
    const rendered = oneEvent(el, 'sw-search');
    await typeQuery(el, '转账');
    await rendered;
    expect(searches).to.equal(2);
    expect(faq.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.greaterThan(0);
  });

  it('keeps the category list while searching and shows it again when the box is cleared', async () => {
    const el = await mountWidget();
    await el.open();
    const faq = deepQuery(el, 'sw-faq-view')!;
    await waitUntil(() => faq.shadowRoot!.querySelectorAll('section[part="category"]').length > 1);
    const browse = faq.shadowRoot!.querySelector<HTMLElement>('.browse')!;
    const lists = () => [...browse.querySelectorAll<HTMLElement>('section[part="category"]')];
    await typeQuery(el, '转账');
    // Nothing of the lists shows or takes room below the results.
    expect(lists().some((s) => s.checkVisibility())).to.be.false;
    expect(browse.getBoundingClientRect().height).to.equal(0);
    expect(deepQuery(el, '[role="listbox"]')!.checkVisibility()).to.be.true;
    const input = deepQuery<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(faq.shadowRoot!.querySelector('.browse')).to.equal(browse);
    expect(lists().every((s) => s.checkVisibility())).to.be.true;
    expect(browse.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('<support-widget> defined twice', () => {
  it('says so when another version already holds the tag, and keeps it', async () => {
    class Older extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('older-help', Older);
    const { lines } = await captureConsole('warn', () => SupportWidget.define('older-help'));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.include('version 0.0.1');
    expect(customElements.get('older-help')).to.equal(Older);
  });

  it('is silent when the same version is defined again (both builds, the script twice)', async () => {
    const { lines } = await captureConsole('warn', () => SupportWidget.define());
    expect(lines).to.be.empty;
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountWidget, deepQuery, deepQueryAll, deepActiveElement, typeQuery, settle } from '../helpers/widget.js';
import type { SupportWidget } from '../../src/element.js';

/** A widget open on the FAQ, in a page of writing direction `dir`, with focus on the FAQ tab. */
async function onFaqTab(dir: 'ltr' | 'rtl' = 'ltr'): Promise<SupportWidget> {
  // The direction follows the interface language (Arabic here), not the page's dir.
  const wrap = await fixture(html`<div lang=${dir === 'rtl' ? 'ar' : 'zh-CN'}><support-widget loading="idle"></support-widget></div>`);
  const el = wrap.querySelector<SupportWidget>('support-widget')!;
  if (!el.pack) await oneEvent(el, 'sw-content-load');
  await el.open('faq');
  await settle(el);
  deepQueryAll<HTMLButtonElement>(el, '[role="tab"]')[0].focus();
  return el;
}

async function press(el: SupportWidget, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

describe('TabsController: the tab list, focus and views asking for another', () => {
  it('ArrowRight moves to the next tab left to right, and focus goes with it', async () => {
    const el = await onFaqTab('ltr');
    await press(el, 'ArrowRight');
    expect(el.view).to.equal('contact');
    expect(deepActiveElement()?.getAttribute('aria-selected')).to.equal('true');
    expect(deepActiveElement()?.id).to.match(/-tab-contact$/);
  });

  it('ArrowRight moves towards the left (the previous tab) right to left, ArrowLeft to the next', async () => {
    const rtl = await onFaqTab('rtl');
    await press(rtl, 'ArrowRight');
    expect(rtl.view).to.equal('fallback');
    const other = await onFaqTab('rtl');
    await press(other, 'ArrowLeft');
    expect(other.view).to.equal('contact');
  });

  it('End selects the last tab and Home the first; other keys change nothing', async () => {
    const el = await onFaqTab();
    await press(el, 'End');
    expect(el.view).to.equal('fallback');
    await press(el, 'Home');
    expect(el.view).to.equal('faq');
    await press(el, 'ArrowDown');
    expect(el.view).to.equal('faq');
  });

  it('a search with no answer takes its words to the Contact view and focus into it', async () => {
    const el = await mountWidget();
    await el.open();
    await settle(el);
    await typeQuery(el, 'zzqx blorf');
    const toContact = deepQuery<HTMLButtonElement>(el, '[part="no-results"] button')!;
    toContact.click();
    await settle(el);
    expect(el.view).to.equal('contact');
    const contact = deepQuery<HTMLElement & { draft: string }>(el, 'sw-contact-view')!;
    expect(contact.draft).to.equal('zzqx blorf');
    expect(deepActiveElement()).to.equal(contact);
  });
});

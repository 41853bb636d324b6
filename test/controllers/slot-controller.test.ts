import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { settle } from '../helpers/widget.js';
import type { SupportWidget } from '../../src/element.js';

const footer = (el: SupportWidget) => el.shadowRoot!.querySelector<HTMLElement>('[part="footer"]')!;

describe('HasSlotController: the footer shows only with something in it', () => {
  it('hides the footer while nothing is slotted, shows it when the page adds some, hides it again when it goes', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget loading="idle"></support-widget>`);
    if (!el.pack) await oneEvent(el, 'sw-content-load');
    await el.open();
    await settle(el);
    expect(footer(el).hidden).to.be.true;
    const note = Object.assign(document.createElement('p'), { slot: 'footer', textContent: 'Support answers within a day.' });
    el.append(note);
    await oneEvent(el.shadowRoot!, 'slotchange');
    await settle(el);
    expect(footer(el).hidden).to.be.false;
    expect(footer(el).checkVisibility()).to.be.true;
    note.remove();
    await oneEvent(el.shadowRoot!, 'slotchange');
    await settle(el);
    expect(footer(el).hidden).to.be.true;
  });

  it('shows a footer given in the markup from the first open', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget loading="idle"><p slot="footer">Support answers within a day.</p></support-widget>`);
    if (!el.pack) await oneEvent(el, 'sw-content-load');
    await el.open();
    await settle(el);
    expect(footer(el).hidden).to.be.false;
  });
});

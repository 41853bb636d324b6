import { expect, fixture, html } from '@open-wc/testing';
import { mountWidget, idleTime, deepQuery, deepActiveElement, settle } from '../helpers/widget.js';
import { loadFaqView } from '../../src/controllers/lazy-views-controller.js';
import { minimalPack } from '../fixtures/packs.js';
import type { SupportWidget } from '../../src/element.js';
import type { FaqView } from '../../src/components/faq-view/faq-view.js';

const defined = () => customElements.get('sw-faq-view') !== undefined;

// Runs in a page of its own: the FAQ view is not defined until a test loads its chunk.
describe('The FAQ view: a chunk loaded on intent, beside the pack, or on open', () => {
  it('is not defined at page load; an element rendered before its chunk keeps the pack it was given', async () => {
    // `loading` from the start: set after the first render, the idle-time content load (and the
    // FAQ view beside it) may already be on its way.
    const el = await fixture<SupportWidget>(html`<support-widget loading="interaction"></support-widget>`);
    await idleTime();
    expect(defined(), 'FAQ view defined at page load').to.be.false;
    const given = minimalPack();
    const early = await fixture<FaqView>(html`<sw-faq-view .pack=${given}></sw-faq-view>`);
    expect(early.shadowRoot, 'not upgraded yet').to.equal(null);
    await loadFaqView();
    await early.updateComplete;
    expect(early.pack).to.equal(given);
    expect(early.shadowRoot!.textContent).to.contain(given.faq[0].question);
    expect(el.isConnected).to.be.true;
  });

  it('opening moves focus into the search box once the view has upgraded', async () => {
    const el = await mountWidget({ loading: 'interaction' });
    await el.open();
    expect(deepActiveElement()).to.equal(deepQuery(el, 'input[type="search"]'));
    await settle(el);
    const shown = deepQuery(el, 'sw-faq-view')!.shadowRoot!.textContent!;
    expect(el.pack!.faq.some((e) => shown.includes(e.question)), 'the pack\'s questions show').to.be.true;
  });
});

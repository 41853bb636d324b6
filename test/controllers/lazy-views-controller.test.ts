import { expect, waitUntil } from '@open-wc/testing';
import { mountWidget, idleTime, launcher, deepQuery, deepQueryAll, settle } from '../helpers/widget.js';
import type { SupportWidget } from '../../src/element.js';

const tab = (el: SupportWidget, view: string) => deepQueryAll<HTMLButtonElement>(el, '[role="tab"]').find((t) => t.id.endsWith(`-tab-${view}`))!;
const chunkLoaded = () => customElements.get('sw-contact-view') !== undefined;

// Runs in a page of its own: the Contact and fallback views are not defined until the first test loads them.
describe('LazyViewsController: views rendered once shown, the Contact and fallback chunk on demand', () => {
  it('loads no Contact code at page load or while the panel is prepared on pointer intent; the open panel loads it', async () => {
    const el = await mountWidget();
    // The content loads in the page's idle time (see loading); the views' chunk did not come with it.
    await idleTime();
    expect(chunkLoaded()).to.be.false;
    // Pointer over the launcher prepares the FAQ's first screen only: a click meanwhile waits for nothing else.
    launcher(el).dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => deepQuery(el, 'input[type="search"]'), 'the FAQ view was not prepared on pointer intent', { timeout: 5000 });
    await idleTime();
    expect(chunkLoaded()).to.be.false;
    await el.open();
    await waitUntil(chunkLoaded, 'the open panel did not load the Contact and fallback views', { timeout: 10000 });
  });

  it('renders only the views shown so far: an open FAQ has no Contact view', async () => {
    const el = await mountWidget();
    await el.open('faq');
    await settle(el);
    expect(deepQuery(el, 'sw-faq-view')).to.exist;
    expect(deepQuery(el, 'sw-contact-view')).to.be.null;
    expect(tab(el, 'contact').hasAttribute('aria-controls')).to.be.false;
  });

  it('keeps a view once shown: switching away and back shows the same element, with its state', async () => {
    const el = await mountWidget();
    await el.open('contact');
    await settle(el);
    const contact = deepQuery(el, 'sw-contact-view')!;
    expect(tab(el, 'contact').getAttribute('aria-controls')).to.equal(contact.id);
    tab(el, 'faq').click();
    await settle(el);
    expect(contact.hidden).to.be.true;
    tab(el, 'contact').click();
    await settle(el);
    expect(deepQuery(el, 'sw-contact-view')).to.equal(contact);
    expect(contact.hidden).to.be.false;
  });
});

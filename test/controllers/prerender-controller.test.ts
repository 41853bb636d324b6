import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountWidget, launcher, panel, deepQuery, deepActiveElement, settle } from '../helpers/widget.js';
import type { SupportWidget } from '../../src/element.js';

describe('PrerenderController: the panel rendered on intent, before the first open', () => {
  it('prepares the panel hidden when the pointer rests on the launcher, and a click shows it', async () => {
    const el = await mountWidget();
    launcher(el).dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => deepQuery(el, 'input[type="search"]'), 'the FAQ view was not prepared on pointer intent', { timeout: 5000 });
    const p = panel(el)!;
    const input = deepQuery<HTMLInputElement>(el, 'input[type="search"]')!;
    // Prepared, not shown: not visible, not focusable, not exposed, not announced as expanded,
    // and the page under it still gets the pointer.
    expect(p.hidden).to.be.true;
    expect(p.getAttribute('aria-hidden')).to.equal('true');
    expect(input.checkVisibility({ visibilityProperty: true })).to.be.false;
    input.focus();
    expect(deepActiveElement()).to.not.equal(input);
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');
    const box = p.getBoundingClientRect();
    const centre = [box.left + box.width / 2, box.top + box.height / 2] as const;
    expect(box.width).to.be.greaterThan(100);
    expect(document.elementFromPoint(...centre)).to.not.equal(el);

    launcher(el).click();
    await settle(el);
    expect(p.hidden).to.be.false;
    expect(p.hasAttribute('aria-hidden')).to.be.false;
    expect(input.checkVisibility({ visibilityProperty: true })).to.be.true;
    expect(document.elementFromPoint(...centre)).to.equal(el);
    await waitUntil(() => deepActiveElement() === input, 'focus did not move to the search box after the panel was shown');
  });

  it('open set in the markup loads the content at once and shows the panel, whatever loading says', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget open loading="interaction"></support-widget>`);
    await waitUntil(() => el.pack && panel(el), 'the panel of a widget marked open never showed');
    await settle(el);
    expect(panel(el)!.hidden).to.be.false;
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('true');
  });
});

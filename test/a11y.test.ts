import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountWidget, launcher, deepActiveElement, deepQuery, typeQuery, settle } from './helpers/widget.js';
import type { SupportWidget } from '../src/element.js';

/** axe-core over the widget's shadow trees, in a given state. */
async function expectAccessible(el: SupportWidget): Promise<void> {
  await settle(el);
  await expect(el).to.be.accessible();
}

describe('accessibility (axe-core) in every state', () => {
  // axe-core is 500 KB of script: load it once before the first state instead of in its time.
  before(async () => {
    // @ts-expect-error axe-core's minified build has no types; it registers window.axe
    await import('axe-core/axe.min.js');
  });

  for (const theme of ['light', 'dark']) {
    describe(`${theme} theme`, () => {
      it('closed', async () => {
        await expectAccessible(await mountWidget({ theme }));
      });

      for (const view of ['faq', 'contact', 'fallback'] as const) {
        it(`open on ${view}`, async () => {
          const el = await mountWidget({ theme });
          await el.open(view);
          await expectAccessible(el);
        });
      }

      it('search with results', async () => {
        const el = await mountWidget({ theme });
        await el.open();
        await typeQuery(el, '转账');
        await expectAccessible(el);
      });

      it('search with no results', async () => {
        const el = await mountWidget({ theme });
        await el.open();
        await typeQuery(el, 'qqqzzzxxx');
        await expectAccessible(el);
      });

      it('an open answer', async () => {
        const el = await mountWidget({ theme });
        await el.open({ view: 'faq', id: 'app-crash' });
        await expectAccessible(el);
      });

      it('status banner', async () => {
        const el = await mountWidget({ theme, 'status-src': '/__sw/status/major.json', loading: 'interaction' });
        const status = oneEvent(el, 'sw-status');
        await el.open('contact');
        await status;
        await expectAccessible(el);
      });
    });
  }

  it('English interface', async () => {
    const el = await mountWidget({ locale: 'en' });
    await el.open();
    await expectAccessible(el);
  });
});

describe('keyboard-only walkthrough', () => {
  it('goes from the launcher to reading an answer and back to the launcher', async () => {
    const el = await mountWidget();
    launcher(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(deepActiveElement()?.getAttribute('role')).to.equal('combobox');
    await sendKeys({ type: '闪退' });
    await settle(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    const input = deepActiveElement()!;
    const active = input.getAttribute('aria-activedescendant');
    expect(active).to.equal('r-0');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const heading = deepActiveElement();
    expect(heading?.id).to.equal('answer-heading');
    expect(deepQuery(el, 'article[part="answer"]')!.textContent!.length).to.be.greaterThan(50);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.opened).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
  });

  it('moves between views with the arrow keys on the tabs', async () => {
    const el = await mountWidget();
    await el.open();
    el.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.view).to.equal('contact');
    expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('tab');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.view).to.equal('fallback');
  });
});

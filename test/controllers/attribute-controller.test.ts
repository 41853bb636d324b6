import { expect, fixture, html } from '@open-wc/testing';
import { mountWidget } from '../helpers/widget.js';
import { captureConsole } from '../helpers/console.js';
import type { SupportWidget } from '../../src/element.js';

describe('AttributeController: bad attribute values and the theming attributes', () => {
  for (const [attr, bad, used] of [
    ['position', 'top-left', 'bottom-right'],
    ['theme', 'neon', 'light'],
    ['view', 'settings', 'faq'],
    ['loading', 'lazy', 'interaction'],
  ] as const) {
    it(`${attr}="${bad}" is reported once, naming the allowed values, and "${used}" is used`, async () => {
      const { result: el, lines } = await captureConsole('warn', () => mountWidget({ [attr]: bad, loading: attr === 'loading' ? bad : 'interaction' }));
      expect(lines.filter((l) => l.includes(`${attr}="${bad}"`))).to.have.length(1);
      expect(lines.find((l) => l.includes(`${attr}="${bad}"`))).to.include(`using "${used}"`);
      expect((el as unknown as Record<string, string>)[attr]).to.equal(used);
    });
  }

  it('accent sets the accent custom properties on the host, and removing it takes them away', async () => {
    const el = await mountWidget({ accent: '#0a7d38', loading: 'interaction' });
    expect(el.style.getPropertyValue('--sw-accent')).to.equal('#0a7d38');
    expect(el.style.getPropertyValue('--sw-on-accent')).to.not.equal('');
    el.removeAttribute('accent');
    await el.updateComplete;
    expect(el.style.getPropertyValue('--sw-accent')).to.equal('');
  });

  it('leaves custom properties the page set on the element alone while accent and z-index are unset', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget loading="interaction" style="--sw-accent: #663399; --sw-z-index: 7"></support-widget>`);
    await el.updateComplete;
    expect(el.style.getPropertyValue('--sw-accent').trim()).to.equal('#663399');
    expect(el.style.getPropertyValue('--sw-z-index').trim()).to.equal('7');
  });

  it('an accent that is not #rgb or #rrggbb is reported and the default accent stays', async () => {
    const { result: el, lines } = await captureConsole('warn', () => mountWidget({ accent: 'rebeccapurple', loading: 'interaction' }));
    expect(lines.some((l) => l.includes('accent="rebeccapurple"') && l.includes('--sw-accent'))).to.be.true;
    expect(el.style.getPropertyValue('--sw-accent')).to.equal('');
  });
});

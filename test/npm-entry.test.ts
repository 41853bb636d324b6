import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { SupportWidget } from '../src/index.js';
import { captureConsole } from './helpers/console.js';
import { minimalPack } from './fixtures/packs.js';

// This page loads only the npm entry (no manual-mode flag): what `import 'support-widget'` does in an app.
describe("import 'support-widget' (the npm entry)", () => {
  it('registers the element', () => {
    expect(customElements.get('support-widget')).to.equal(SupportWidget);
  });

  it('inserts no widget of its own and installs no page hooks', async () => {
    if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    await nextFrame();
    expect(document.querySelectorAll('support-widget')).to.have.length(0);
    expect(window.SupportWidget).to.be.undefined;
  });

  it('an app that renders one gets exactly one', async () => {
    await fixture(html`<div><support-widget loading="interaction"></support-widget></div>`);
    await nextFrame();
    expect(document.querySelectorAll('support-widget')).to.have.length(1);
  });

  it('carries no bundled content: given none, an open shows the configured channels and says why', async () => {
    const { lines } = await captureConsole('warn', async () => {
      const el = await fixture<SupportWidget>(html`<support-widget email="help@acme.example"></support-widget>`);
      await el.open();
      await el.updateComplete;
      expect(el.pack!.meta.id).to.equal('unavailable');
      expect(el.shadowRoot!.querySelector('[part="unavailable"] a[href="mailto:help@acme.example"]')).to.exist;
    });
    expect(lines.filter((l) => l.includes('no content'))).to.have.length(1);
  });

  it('shows what the app gives it with setContent()', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget></support-widget>`);
    await el.setContent(minimalPack());
    await el.open();
    expect(el.pack!.meta.id).to.equal('acme');
  });
});

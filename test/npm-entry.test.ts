import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { SupportWidget } from '../src/index.js';

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
});

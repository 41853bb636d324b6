import { expect, oneEvent } from '@open-wc/testing';
import { mountWidget, launcher, settle } from '../helpers/widget.js';
import { captureConsole } from '../helpers/console.js';

describe('StatusController: status-src, the launcher badge and sw-status', () => {
  it('fetches the status when the page is idle, before any open: the launcher says the service is degraded', async () => {
    const el = await mountWidget();
    const status = oneEvent(el, 'sw-status');
    el.setAttribute('status-src', '/__sw/status/major.json');
    expect((await status).detail).to.include({ indicator: 'major', ok: true });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="launcher-badge"]')).to.exist;
    expect(launcher(el).getAttribute('aria-label')).to.include(el.pack!.ui.statusDegraded);
  });

  it('asks again on every open; a failing endpoint is logged once and reported every time', async () => {
    const { lines } = await captureConsole('error', async () => {
      const el = await mountWidget({ 'status-src': '/__sw/404.json', loading: 'interaction' });
      for (let i = 0; i < 2; i++) {
        const status = oneEvent(el, 'sw-status');
        await el.open();
        expect((await status).detail).to.deep.equal({ indicator: 'unknown', description: '', ok: false });
        el.close();
        await settle(el);
      }
      expect(el.shadowRoot!.querySelector('[part="launcher-badge"]')).to.be.null;
    });
    expect(lines.filter((l) => l.includes('status-src "/__sw/404.json" failed'))).to.have.length(1);
  });
});

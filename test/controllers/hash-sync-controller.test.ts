import { expect } from '@open-wc/testing';
import { mountWidget, settle } from '../helpers/widget.js';

describe('HashSyncController: the page hash and the panel', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it('opens the view a #support link names, on hashchange', async () => {
    const el = await mountWidget();
    location.hash = '#support/contact';
    await new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    await settle(el);
    expect(el.opened).to.be.true;
    expect(el.view).to.equal('contact');
  });

  it('with sync-hash, writes the open view into the hash and clears it on close, adding no history entries', async () => {
    const el = await mountWidget({ 'sync-hash': '' });
    const entries = history.length;
    await el.open('fallback');
    await settle(el);
    expect(location.hash).to.equal('#support/fallback');
    el.close();
    await settle(el);
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(entries);
  });
});

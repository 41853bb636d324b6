import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountWidget, settle } from '../helpers/widget.js';

type Global = { CloseWatcher?: unknown };
const real = (globalThis as Global).CloseWatcher;

/** A CloseWatcher that records itself, so a test can play the platform's close request. */
class FakeWatcher {
  static made: FakeWatcher[] = [];
  onclose: (() => void) | null = null;
  destroyed = false;
  constructor() {
    FakeWatcher.made.push(this);
  }
  destroy() {
    this.destroyed = true;
  }
}

describe('DismissController: Esc and the back gesture close the panel', () => {
  afterEach(() => {
    (globalThis as Global).CloseWatcher = real;
    FakeWatcher.made = [];
  });

  it('through CloseWatcher where the browser has it: one watcher while open, gone once closed', async () => {
    (globalThis as Global).CloseWatcher = FakeWatcher;
    const el = await mountWidget();
    await el.open();
    await settle(el);
    expect(FakeWatcher.made).to.have.length(1);
    FakeWatcher.made[0].onclose!(); // the visitor pressed Esc or went back
    await settle(el);
    expect(el.opened).to.be.false;
    await el.open();
    await settle(el);
    el.close();
    await settle(el);
    expect(FakeWatcher.made).to.have.length(2);
    expect(FakeWatcher.made[1].destroyed).to.be.true;
  });

  it('a host that vetoes the close keeps the panel open and Esc working', async () => {
    (globalThis as Global).CloseWatcher = FakeWatcher;
    const el = await mountWidget();
    await el.open();
    await settle(el);
    el.addEventListener('sw-close', (e) => e.preventDefault(), { once: true });
    FakeWatcher.made[0].onclose!();
    await settle(el);
    expect(el.opened).to.be.true;
    expect(FakeWatcher.made).to.have.length(2);
  });

  it('with a keydown listener where CloseWatcher is missing', async () => {
    (globalThis as Global).CloseWatcher = undefined;
    const el = await mountWidget();
    await el.open();
    await settle(el);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.opened).to.be.false;
  });
});

import { expect, oneEvent } from '@open-wc/testing';
import { mountWidget, deepQuery, deepQueryAll, settle, deepActiveElement } from './helpers/widget.js';
import type { Channel } from '../src/content/types.js';
import type { SupportWidget } from '../src/element.js';

const neverOpen: Channel[] = [
  { id: 'chat', type: 'live-chat', label: 'Chat', value: 'https://chat.example.com', hours: { timeZone: 'UTC', weekly: {} } },
  { id: 'site', type: 'website', label: 'Website', value: 'https://example.com' },
  { id: 'tg', type: 'telegram', label: 'Telegram', value: '@example_support' },
  { id: 'mail', type: 'email', label: 'Email', value: 'support@example.com' },
];

async function verify(el: SupportWidget, text: string): Promise<string | null> {
  const input = deepQuery<HTMLInputElement>(el, '#contact')!;
  input.value = text;
  input.form!.requestSubmit();
  for (let i = 0; i < 50 && deepQuery(el, '[data-verdict]')?.closest('[role="status"]') == null; i++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 50));
  await settle(el);
  return deepQuery(el, '[data-verdict]')?.getAttribute('data-verdict') ?? null;
}

describe('"Can\'t reach support?" is offered automatically', () => {
  it('when the status page reports an incident', async () => {
    const el = await mountWidget({ 'status-src': '/__sw/status/major.json', loading: 'interaction' });
    const status = oneEvent(el, 'sw-status');
    await el.open('contact');
    await status;
    await settle(el);
    const prompt = deepQuery(el, '[part="fallback-prompt"]')!;
    expect(prompt.textContent).to.contain('Partial System Outage');
    prompt.querySelector('button')!.click();
    await settle(el);
    expect(el.view).to.equal('fallback');
    expect(deepQuery(el, 'sw-fallback-view')!.shadowRoot!.querySelector('.notice')!.textContent).to.contain('Partial System Outage');
  });

  it('when every real-time channel is closed', async () => {
    const el = await mountWidget();
    el.channels = neverOpen;
    await el.open('contact');
    await settle(el);
    expect(deepQuery(el, '[part="fallback-prompt"]')).to.exist;
  });

  it('not when a real-time channel is open', async () => {
    const el = await mountWidget();
    el.channels = [{ ...neverOpen[0], hours: { timeZone: 'UTC', alwaysOpen: true } }];
    await el.open('contact');
    await settle(el);
    expect(deepQuery(el, '[part="fallback-prompt"]')).to.be.null;
  });
});

describe('fallback view', () => {
  it('always shows the stay-safe block with the recovery-phrase rule', async () => {
    const el = await mountWidget();
    await el.open('fallback');
    await settle(el);
    const safety = deepQuery(el, '[part="safety"]')!;
    expect(safety.textContent).to.match(/助记词|私钥/);
    expect(deepQueryAll(el, 'sw-fallback-view .item, .item').length).to.be.greaterThan(3);
  });

  it('jumps from a self-help action into the FAQ category', async () => {
    const el = await mountWidget();
    await el.open('fallback');
    await settle(el);
    const jump = deepQuery(el, 'sw-fallback-view')!.shadowRoot!.querySelector<HTMLButtonElement>('.item button.link')!;
    jump.click();
    await settle(el);
    expect(el.view).to.equal('faq');
    expect(deepActiveElement()?.tagName).to.match(/^H[34]$/);
  });
});

describe('verify a contact', () => {
  for (const [input, verdict] of [
    ['https://www.EXAMPLE.com/', 'official'],
    ['t.me/example_support', 'official'],
    ['https://examp1e.com/login', 'lookalike'],
    ['@example__support', 'lookalike'],
    ['https://totally-unrelated.io', 'unknown'],
  ] as const) {
    it(`answers "${verdict}" for ${input}`, async () => {
      const el = await mountWidget();
      el.channels = neverOpen;
      await el.open('fallback');
      await settle(el);
      expect(await verify(el, input)).to.equal(verdict);
      if (verdict !== 'official') expect(deepQuery(el, '[data-verdict]')!.textContent).to.match(/助记词|私钥/);
    });
  }

  it('says a demo placeholder channel is not a real channel, never official', async () => {
    const el = await mountWidget();
    await el.open('fallback');
    await settle(el);
    const demo = el.pack.contact.channels.find((c) => c.placeholder)!;
    expect(demo, 'the demo pack has placeholder channels').to.exist;
    expect(await verify(el, demo.value)).to.equal('placeholder');
    expect(deepQuery(el, '[data-verdict]')!.textContent).to.include(el.pack.ui.verifyPlaceholder);
  });

  it('shows a Punycode address decoded', async () => {
    const el = await mountWidget();
    el.channels = neverOpen;
    await el.open('fallback');
    await settle(el);
    expect(await verify(el, 'https://xn--xample-2of.com')).to.equal('lookalike');
    expect(deepQuery(el, '[data-verdict] .decoded')!.textContent).to.equal('еxample.com');
  });
});

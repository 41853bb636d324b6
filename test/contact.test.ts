import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { mountWidget, deepQuery, deepQueryAll, settle, panel, launcher } from './helpers/widget.js';
import { loadBundledPack } from '../src/content/bundled.js';
import { withCatalog } from '../src/i18n/catalog.js';
import type { CompiledPack } from '../src/content/compiled.js';

let bundled: CompiledPack;
before(async () => {
  bundled = await withCatalog(await loadBundledPack('zh-CN'));
});
import type { Channel } from '../src/content/types.js';
import type { ContactView } from '../src/components/contact-view/contact-view.js';
import type { ContactChecklist } from '../src/components/contact-view/contact-checklist.js';
import { captureConsole } from './helpers/console.js';
import { defineViews } from '../src/components/contact-fallback.js';

// The views are a lazy chunk of the widget; these tests use them on their own.
defineViews(customElements);

const sgChat: Channel = {
  id: 'chat',
  type: 'live-chat',
  label: 'Live chat',
  value: 'https://chat.example.com',
  priority: 10,
  responseMinutes: 5,
  hours: { timeZone: 'Asia/Singapore', weekly: { mon: ['09:00-18:00'], tue: ['09:00-18:00'], wed: ['09:00-18:00'], thu: ['09:00-18:00'], fri: ['09:00-18:00'] } },
};
const email: Channel = { id: 'mail', type: 'email', label: 'Email', value: 'support@example.com', responseMinutes: 1440 };
const phone: Channel = { ...sgChat, id: 'phone', type: 'phone', label: 'Phone', value: '+1 555 0100', priority: 20, responseMinutes: 10 };

async function contactView(now: Date, channels: Channel[], timeZone = 'America/Los_Angeles'): Promise<ContactView> {
  const el = await fixture<ContactView>(html`<sw-contact-view .pack=${bundled.pack} .channels=${channels} .timeZone=${timeZone}></sw-contact-view>`);
  el.now = now;
  await el.updateComplete;
  return el;
}

const channelEl = (view: ContactView, id: string) => view.shadowRoot!.querySelector<HTMLElement>(`[data-channel="${id}"]`)!;

describe('Contact view availability', () => {
  it('marks the Singapore chat open on a Singapore weekday morning and highlights it as fastest', async () => {
    const view = await contactView(new Date('2026-11-25T02:00:00Z'), [email, sgChat]); // Wed 10:00 SGT
    expect(channelEl(view, 'chat').dataset.state).to.equal('open');
    expect(channelEl(view, 'chat').classList.contains('fastest')).to.be.true;
    expect(view.shadowRoot!.querySelector('[part="channel"]')!.getAttribute('data-channel')).to.equal('chat');
  });

  it('tells a Los Angeles visitor on Saturday that chat opens Sun 17:00 their time', async () => {
    const view = await contactView(new Date('2026-11-28T12:00:00Z'), [sgChat]); // Sat 04:00 LA, Sat 20:00 SGT
    const chat = channelEl(view, 'chat');
    expect(chat.dataset.state).to.equal('closed');
    expect(chat.querySelector('.opens')!.textContent).to.match(/(明天|周日) 17:00/);
    expect(chat.querySelector('details')?.textContent).to.contain('Asia/Singapore');
  });

  it('lists open channels before closed ones, by priority', async () => {
    const view = await contactView(new Date('2026-11-28T12:00:00Z'), [sgChat, phone, email]);
    const order = [...view.shadowRoot!.querySelectorAll('[part="channel"]')].map((c) => c.getAttribute('data-channel'));
    expect(order[0]).to.equal('mail');
    expect(order.slice(1)).to.have.members(['chat', 'phone']);
  });

  it('gives email a mailto: link and never a javascript: link for a hostile value', async () => {
    const hostile: Channel = { id: 'bad', type: 'website', label: 'Site', value: 'javascript:alert(1)' };
    const view = await contactView(new Date(), [email, hostile]);
    expect(channelEl(view, 'mail').querySelector('a')!.getAttribute('href')).to.equal('mailto:support@example.com');
    expect(channelEl(view, 'bad').querySelector('a')).to.be.null;
    expect(channelEl(view, 'bad').textContent).to.contain('javascript:alert(1)');
  });

  it('marks demo placeholder channels visibly', async () => {
    const el = await mountWidget();
    await el.open('contact');
    await settle(el);
    const placeholders = deepQueryAll(el, '.badge.placeholder');
    expect(placeholders.length).to.be.greaterThan(0);
  });
});

describe('Status banner', () => {
  for (const indicator of ['minor', 'major', 'critical'] as const) {
    it(`shows a banner and a launcher badge for a ${indicator} status`, async () => {
      const el = await mountWidget({ 'status-src': `/__sw/status/${indicator}.json`, loading: 'interaction' });
      const status = oneEvent(el, 'sw-status');
      await el.open();
      expect((await status).detail.indicator).to.equal(indicator);
      await settle(el);
      const banner = el.shadowRoot!.querySelector('[part="status-banner"]')!;
      expect(banner.getAttribute('data-indicator')).to.equal(indicator);
      expect(el.shadowRoot!.querySelector('[part="launcher-badge"]')).to.exist;
    });
  }

  it('shows no banner when all systems are operational', async () => {
    const el = await mountWidget({ 'status-src': '/__sw/status/none.json', loading: 'interaction' });
    const status = oneEvent(el, 'sw-status');
    await el.open();
    await status;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="status-banner"]')).to.be.null;
  });

  it('lists in-progress maintenance from summary.json', async () => {
    const el = await mountWidget({ 'status-src': '/__sw/status/summary.json', loading: 'interaction' });
    const status = oneEvent(el, 'sw-status');
    await el.open();
    expect((await status).detail.indicator).to.equal('maintenance');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="status-banner"]')!.textContent).to.contain('Database upgrade');
  });

  for (const [name, src, extra] of [
    ['a timeout', '/__sw/slow.json', { 'status-timeout': '300' }],
    ['a malformed body', '/__sw/truncated.json', {}],
    ['an unexpected shape', '/__sw/status/shape.json', {}],
    ['an HTTP 500', '/__sw/500.json', {}],
  ] as const) {
    it(`stays quiet in the UI on ${name} and reports sw-status ok:false`, async () => {
      const { lines: errors } = await captureConsole('error', async () => {
        const el = await mountWidget({ 'status-src': src, loading: 'interaction', ...extra });
        const status = oneEvent(el, 'sw-status');
        await el.open();
        expect((await status).detail.ok).to.be.false;
        await settle(el);
        expect(el.shadowRoot!.querySelector('[part="status-banner"]')).to.be.null;
        expect(panel(el)!.hidden).to.be.false;
      });
      expect(errors.filter((e) => e.includes(src))).to.have.length(1);
    });
  }

  it('renders a hostile status description as inert text', async () => {
    const el = await mountWidget({ 'status-src': '/__sw/status/xss.json', loading: 'interaction' });
    const status = oneEvent(el, 'sw-status');
    await el.open();
    await status;
    await settle(el);
    const banner = el.shadowRoot!.querySelector('[part="status-banner"]')!;
    expect(banner.textContent).to.contain('<script>');
    expect(banner.querySelector('img, script, svg')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    expect(launcher(el).getAttribute('aria-label')).to.contain(bundled.pack.ui.statusDegraded);
  });
});

describe('Before you contact us', () => {
  async function openChecklist() {
    const el = await mountWidget();
    await el.open('contact');
    await settle(el);
    const list = deepQuery<ContactChecklist>(el, 'sw-contact-checklist')!;
    const details = list.shadowRoot!.querySelector('details')!;
    details.open = true;
    await settle(el);
    const fill = async (name: string, value: string) => {
      const field = list.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      field.value = value;
      field.dispatchEvent(new InputEvent('input'));
      await (list as unknown as { checking: Promise<unknown> }).checking;
      await list.updateComplete;
    };
    return { el, list, fill };
  }

  it('copies a prepared summary with the visitor details and browser facts', async () => {
    const { list, fill } = await openChecklist();
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      await fill('address', '0x52908400098527886E0F7030069857D2E4169EE7');
      await fill('tx-hash', '0x' + 'ab'.repeat(32));
      await fill('problem', '转账一直 pending');
      list.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      await waitUntil(() => copied !== '');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(copied).to.contain('0x52908400098527886E0F7030069857D2E4169EE7');
    expect(copied).to.contain('转账一直 pending');
    expect(copied).to.match(/Chrome \d+/);
  });

  it('blocks copying when a recovery phrase is pasted, and says why', async () => {
    const { list, fill } = await openChecklist();
    await fill('problem', 'my words: abandon ability able about above absent absorb abstract absurd abuse access accident');
    const copy = list.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!;
    expect(copy.disabled).to.be.true;
    expect(list.shadowRoot!.querySelector('[part="secret-blocked"]')!.textContent).to.equal(bundled.pack.ui.draftBlocked);
  });
});

describe('channel attributes', () => {
  it('email and chat-url replace the pack channels and drop the placeholder mark', async () => {
    const el = await mountWidget({ email: 'help@acme.test', 'chat-url': 'https://chat.acme.test' });
    await el.open('contact');
    await settle(el);
    const view = deepQuery(el, 'sw-contact-view')!.shadowRoot!;
    const mail = view.querySelector('[data-channel="email"]')!;
    expect(mail.querySelector('a')!.getAttribute('href')).to.equal('mailto:help@acme.test');
    expect(mail.querySelector('.badge.placeholder')).to.be.null;
    expect(view.querySelector('[data-channel="live-chat"] a')!.getAttribute('href')).to.equal('https://chat.acme.test');
  });

  it('an unusable value warns once, naming the attribute, and is not used', async () => {
    const { lines } = await captureConsole('warn', async () => {
      const el = await mountWidget({ 'chat-url': 'javascript:alert(1)' });
      await el.open('contact');
      await settle(el);
      expect(deepQuery(el, '[data-channel="live-chat"] a')!.getAttribute('href')).to.equal('https://chat.example.com');
    });
    expect(lines.filter((l) => l.includes('chat-url="javascript:alert(1)"'))).to.have.length(1);
  });
});

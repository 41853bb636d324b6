// The web.dev "Custom Element Best Practices" checklist, one test per item, in every engine.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountWidget, settle, launcher, panel, deepActiveElement } from './helpers/widget.js';
import { minimalPack } from './fixtures/packs.js';
import { SupportWidget } from '../src/element.js';
import type { SwEventDetails } from '../src/events/events.js';

const EVENTS = ['sw-open', 'sw-close', 'sw-search', 'sw-answer-view', 'sw-contact', 'sw-content-load', 'sw-content-error', 'sw-status', 'sw-feedback'] as const;

/** Every `sw-*` event `el` dispatches from now on, by name. */
function recordEvents(el: Element): { type: string; detail: unknown }[] {
  const seen: { type: string; detail: unknown }[] = [];
  for (const type of EVENTS) el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  return seen;
}

/** A widget that loads nothing until the visitor reaches for it (no network, no events of its own). */
async function quietWidget(): Promise<SupportWidget> {
  const el = document.createElement('support-widget') as SupportWidget;
  el.loading = 'interaction';
  return fixture<SupportWidget>(el);
}

/**
 * Primitive properties: [property, attribute, attribute value, property value, reflected].
 * Reflected: what a host styles or reads back from the markup (`:host([theme=dark])`,
 * `support-widget[open]`); URLs, contact details and numbers stay out of the markup.
 */
const PRIMITIVES: [keyof SupportWidget, string, string, unknown, boolean][] = [
  ['locale', 'locale', 'en', 'en', true],
  ['position', 'position', 'bottom-left', 'bottom-left', true],
  ['theme', 'theme', 'dark', 'dark', true],
  ['opened', 'open', '', true, true],
  ['view', 'view', 'contact', 'contact', true],
  ['accent', 'accent', '#aa3300', '#aa3300', false],
  ['zIndex', 'z-index', '7', '7', false],
  ['launcherLabel', 'launcher-label', 'Help me', 'Help me', false],
  ['contentSrc', 'content-src', '/__sw/pack/{locale}.json', '/__sw/pack/{locale}.json', false],
  ['locales', 'locales', 'en ja', 'en ja', false],
  ['email', 'email', 'help@acme.example', 'help@acme.example', false],
  ['phone', 'phone', '+65 6000 0000', '+65 6000 0000', false],
  ['chatUrl', 'chat-url', 'https://acme.example/chat', 'https://acme.example/chat', false],
  ['website', 'website', 'https://acme.example', 'https://acme.example', false],
  ['statusSrc', 'status-src', '/__sw/status/none.json', '/__sw/status/none.json', false],
  ['statusHref', 'status-href', 'https://status.acme.example', 'https://status.acme.example', false],
  ['statusTimeout', 'status-timeout', '1234', 1234, false],
  ['contentTimeout', 'content-timeout', '5678', 5678, false],
  ['insightsEndpoint', 'insights-endpoint', '/__sw/insights', '/__sw/insights', false],
  ['syncHash', 'sync-hash', '', true, false],
  ['loading', 'loading', 'idle', 'idle', false],
];

const CHANNELS = [{ id: 'mail', type: 'email', label: 'Email', value: 'help@acme.example' }];

describe('custom element checklist: shadow root', () => {
  it('creates its shadow root in the constructor', () => {
    const el = document.createElement('support-widget');
    expect(el.shadowRoot, 'no shadow root before the element is in the page').to.exist;
    expect(new SupportWidget().shadowRoot).to.exist;
  });
});

describe('custom element checklist: :host display respects hidden', () => {
  it('<support-widget hidden> shows nothing, and removing hidden shows the launcher', async () => {
    const el = await fixture<SupportWidget>(html`<support-widget hidden loading="interaction"></support-widget>`);
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('none');
    expect(launcher(el).checkVisibility()).to.be.false;
    el.hidden = false;
    expect(launcher(el).checkVisibility()).to.be.true;
  });

  it('an open panel is hidden too when the host hides the element', async () => {
    const el = await mountWidget();
    await el.open();
    await settle(el);
    el.hidden = true;
    expect(panel(el)!.checkVisibility()).to.be.false;
    expect(launcher(el).checkVisibility()).to.be.false;
  });
});

describe('custom element checklist: author-set global attributes are never overridden', () => {
  it('keeps tabindex, role, dir, lang and hidden as the author wrote them, through open, view changes, a locale switch and close', async () => {
    const attrs = { tabindex: '-1', role: 'complementary', dir: 'rtl', lang: 'fr', hidden: '' };
    const el = await mountWidget(attrs);
    el.hidden = false; // shown for the interactions, then hidden again by the author
    await el.open('contact');
    await settle(el);
    el.locale = 'en';
    await waitUntil(() => el.pack?.meta.locale === 'en', 'the English pack did not load');
    el.close();
    el.hidden = true;
    await settle(el);
    for (const [name, value] of Object.entries(attrs)) expect(el.getAttribute(name), name).to.equal(value);
    // dir is followed, not only left alone: the panel reads right to left.
    expect(getComputedStyle(panel(el)!).direction).to.equal('rtl');
  });
});

describe('custom element checklist: primitive data as attributes and properties', () => {
  for (const [prop, attr, attrValue, value, reflects] of PRIMITIVES) {
    it(`${attr}: the attribute sets ${String(prop)}, and ${reflects ? 'the property is reflected to the attribute' : 'the property stays out of the markup'}`, async () => {
      const fromAttr = document.createElement('support-widget') as SupportWidget;
      fromAttr.setAttribute(attr, attrValue);
      expect(fromAttr[prop]).to.equal(value);

      const el = await quietWidget();
      (el as unknown as Record<string, unknown>)[prop] = value;
      await el.updateComplete;
      if (reflects) expect(el.getAttribute(attr)).to.equal(attrValue);
      else expect(el.hasAttribute(attr)).to.be.false;
    });
  }
});

describe('custom element checklist: rich data as properties only', () => {
  it('channels is a property, never read from or written to an attribute', async () => {
    const el = await quietWidget();
    el.setAttribute('channels', JSON.stringify(CHANNELS));
    expect(el.channels).to.be.undefined;
    el.removeAttribute('channels');
    el.channels = CHANNELS as SupportWidget['channels'];
    await el.updateComplete;
    expect(el.hasAttribute('channels')).to.be.false;
  });

  it('pack is a property (same as setContent), never read from or written to an attribute', async () => {
    const el = await quietWidget();
    el.setAttribute('pack', JSON.stringify(minimalPack()));
    await el.updateComplete;
    expect(el.pack).to.be.undefined;
    el.removeAttribute('pack');
    (el as unknown as { pack: unknown }).pack = minimalPack();
    await waitUntil(() => el.pack?.meta.id === 'acme', 'the pack given as a property is not shown');
    expect(el.hasAttribute('pack')).to.be.false;
  });
});

/** Every public property with a value unlike its default. */
function publicValues(): Record<string, unknown> {
  const values: Record<string, unknown> = Object.fromEntries(PRIMITIVES.map(([prop, , , value]) => [prop, value]));
  // Content from the test server; loaded now, so the test can see it arrive.
  return { ...values, contentSrc: '/__sw/pack/en.json', loading: 'eager', channels: CHANNELS };
}

/**
 * A fresh same-origin frame with widgets whose properties are set before any build is loaded,
 * then `entry` (the npm entry or the script-tag entry) loaded, and `tag` defined if it is not
 * the default one. Resolves with the frame's widgets once upgraded.
 */
async function upgradeInFrame(entry: 'src/index.ts' | 'src/auto-register.ts', tag: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = '/__sw/host/empty.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  doc.documentElement.dataset.supportWidget = 'manual';
  const all = doc.createElement(tag) as SupportWidget;
  Object.assign(all, publicValues());
  const packed = doc.createElement(tag) as SupportWidget;
  (packed as unknown as { pack: unknown }).pack = minimalPack();
  packed.setAttribute('loading', 'interaction');
  doc.body.append(all, packed);
  // Not upgraded yet: the values sit on the plain elements.
  expect(win.customElements.get(tag)).to.be.undefined;

  const url = new URL(`/${entry}`, location.href).href;
  const define =
    tag === 'support-widget'
      ? ''
      : entry === 'src/index.ts'
      ? `SupportWidget.define(${JSON.stringify(tag)});`
      : `window.SupportWidget.Element.define(${JSON.stringify(tag)});`;
  const script = doc.createElement('script');
  script.type = 'module';
  script.textContent = `import { SupportWidget } from ${JSON.stringify(url)}; ${define} window.__swReady = true;`;
  doc.head.append(script);
  await waitUntil(() => (win as unknown as { __swReady?: boolean }).__swReady, `${entry} did not load in the frame`, { timeout: 15000 });
  return { frame, all, packed };
}

describe('custom element checklist: properties set before the element upgrades are honoured', () => {
  const cases: ['src/index.ts' | 'src/auto-register.ts', string][] = [
    ['src/index.ts', 'support-widget'],
    ['src/auto-register.ts', 'support-widget'],
    ['src/index.ts', 'acme-help'],
    ['src/auto-register.ts', 'acme-help'],
  ];
  for (const [entry, tag] of cases) {
    it(`every public property, set on <${tag}> before ${entry === 'src/index.ts' ? 'the npm entry' : 'the script-tag entry'} loads`, async () => {
      const { frame, all, packed } = await upgradeInFrame(entry, tag);
      try {
        await all.updateComplete;
        const values = publicValues();
        for (const [prop, value] of Object.entries(values)) {
          expect((all as unknown as Record<string, unknown>)[prop], prop).to.deep.equal(value);
          // Taken over by the element's accessor, not left on the instance where it would hide it.
          expect(Object.prototype.hasOwnProperty.call(all, prop), `${prop} still shadows the accessor`).to.be.false;
        }
        // And acted on: reflected, applied, loaded, shown.
        expect(all.getAttribute('theme')).to.equal('dark');
        expect(all.getAttribute('position')).to.equal('bottom-left');
        expect(all.hasAttribute('open')).to.be.true;
        expect(all.style.getPropertyValue('--sw-accent')).to.equal('#aa3300');
        expect(all.style.getPropertyValue('--sw-z-index')).to.equal('7');
        expect(launcher(all).getAttribute('aria-label')).to.equal('Help me');
        await waitUntil(() => all.pack?.meta.locale === 'en', 'content-src set before the upgrade was not loaded', { timeout: 10000 });
        await waitUntil(() => panel(all), 'the panel opened before the upgrade is not shown');
        expect(Object.prototype.hasOwnProperty.call(packed, 'pack')).to.be.false;
        await waitUntil(() => packed.pack?.meta.id === 'acme', 'the pack set before the upgrade is not shown', { timeout: 10000 });
      } finally {
        frame.remove();
      }
    });
  }
});

describe('custom element checklist: no classes added to the host', () => {
  it('leaves class alone through open, view changes, theme and close', async () => {
    const bare = await mountWidget();
    const theirs = await mountWidget({ class: 'theirs' });
    for (const el of [bare, theirs]) {
      await el.open('contact');
      await settle(el);
      el.view = 'fallback';
      el.theme = 'dark';
      await settle(el);
      el.close();
      await settle(el);
    }
    expect(bare.hasAttribute('class')).to.be.false;
    expect(theirs.getAttribute('class')).to.equal('theirs');
  });
});

describe('custom element checklist: events for the visitor\'s actions and the element\'s own work, never as an echo', () => {
  it('setting opened, view, theme, position or locale fires none of the visitor events', async () => {
    const el = await mountWidget();
    const seen = recordEvents(el);
    el.opened = true;
    await settle(el);
    el.view = 'contact';
    el.theme = 'dark';
    el.position = 'bottom-left';
    await settle(el);
    el.setAttribute('view', 'faq');
    el.removeAttribute('open');
    await settle(el);
    expect(seen.map((e) => e.type)).to.deep.equal([]);
  });

  it('the open attribute in the markup shows the panel without an event and without taking focus', async () => {
    const before = document.activeElement;
    const el = await fixture<SupportWidget>(html`<support-widget open></support-widget>`);
    const seen = recordEvents(el);
    await waitUntil(() => panel(el) && !panel(el)!.hidden, 'the panel is not shown');
    await settle(el);
    expect(seen.filter((e) => e.type === 'sw-open')).to.deep.equal([]);
    expect(document.activeElement).to.equal(before);
  });

  it('open() and close() from script fire sw-open and sw-close (source "api"), as a visitor\'s open and close do', async () => {
    const el = await mountWidget();
    const seen = recordEvents(el);
    await el.open('contact');
    await settle(el);
    el.close();
    await settle(el);
    const expected: { type: string; detail: SwEventDetails['sw-open'] | SwEventDetails['sw-close'] }[] = [
      { type: 'sw-open', detail: { view: 'contact' } },
      { type: 'sw-close', detail: { source: 'api' } },
    ];
    expect(seen.filter((e) => e.type === 'sw-open' || e.type === 'sw-close')).to.deep.equal(expected);
  });

  it('a language switch loads content and says so (sw-content-load: the element\'s own work)', async () => {
    const el = await mountWidget();
    const seen = recordEvents(el);
    el.locale = 'en';
    await waitUntil(() => seen.some((e) => e.type === 'sw-content-load'), 'no sw-content-load for the new language');
    expect(seen.map((e) => e.type)).to.deep.equal(['sw-content-load']);
  });
});

describe('custom element checklist: nothing on load', () => {
  it('takes no focus and leaves the page scroll alone when it loads', async () => {
    const spacer = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'height: 3000px' }));
    try {
      scrollTo({ top: 300, behavior: 'instant' });
      const before = document.activeElement;
      const el = await mountWidget();
      await settle(el);
      expect(deepActiveElement()).to.equal(before);
      expect(scrollY).to.equal(300);
    } finally {
      spacer.remove();
      scrollTo(0, 0);
    }
  });
});

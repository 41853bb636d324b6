import { expect, oneEvent } from '@open-wc/testing';
import { mountWidget, deepQuery, deepQueryAll, typeQuery, settle } from './helpers/widget.js';
import { InsightsQueue, privacyOptOut, MAX_QUERY } from '../src/insights/insights-queue.js';
import { parseDeepLink, formatDeepLink } from '../src/routing/deep-link.js';
import { checkBeacon } from '../src/insights/beacon-schema.js';
import { toInsightEvent } from '../src/insights/widget-insights.js';
import { scrubSecrets } from '../src/secrets/secret-guard.js';
import type { SupportWidget } from '../src/element.js';
import { captureConsole } from './helpers/console.js';

const MNEMONIC = 'abandon ability able about above absent absorb abstract absurd abuse access accident';

async function openAnswer(el: SupportWidget, id: string) {
  await el.open({ view: 'faq', id });
  await settle(el);
  return deepQuery(el, 'article[part="answer"]')!;
}

describe('"Did this answer your question?"', () => {
  it('emits sw-feedback once, however often the visitor clicks', async () => {
    const el = await mountWidget();
    const answer = await openAnswer(el, 'app-crash');
    const events: unknown[] = [];
    el.addEventListener('sw-feedback', (e) => events.push(e.detail));
    const yes = answer.querySelector<HTMLButtonElement>('[part="feedback"] button')!;
    yes.click();
    yes.click();
    await settle(el);
    expect(events).to.deep.equal([{ id: 'app-crash', helpful: true }]);
    expect(answer.querySelector('[part="feedback"] button')).to.be.null;
  });

  it('offers Contact and the fallback after "no", and they switch the view', async () => {
    const el = await mountWidget();
    const answer = await openAnswer(el, 'transfer-pending');
    answer.querySelectorAll<HTMLButtonElement>('[part="feedback"] button')[1].click();
    await settle(el);
    const offers = answer.querySelectorAll<HTMLButtonElement>('[part="feedback"] button');
    expect(offers).to.have.length(2);
    offers[0].click();
    await settle(el);
    expect(el.view).to.equal('contact');
  });
});

describe('sw-search', () => {
  it('fires once per settled query, not per keystroke', async () => {
    const el = await mountWidget();
    await el.open();
    const seen: { query: string; resultIds: string[]; empty: boolean }[] = [];
    el.addEventListener('sw-search', (e) => seen.push(e.detail));
    await typeQuery(el, '转账失败了');
    await new Promise((r) => setTimeout(r, 600));
    expect(seen).to.have.length(1);
    expect(seen[0].query).to.equal('转账失败了');
    expect(seen[0].resultIds[0]).to.be.a('string');
    expect(seen[0].empty).to.be.false;
  });
});

describe('insights beacon', () => {
  it('sends one minimal batch with a scrubbed query', async () => {
    const sent: string[] = [];
    const q = new InsightsQueue('https://owner.example/insights', { pack: 'tpwallet', locale: 'en' }, scrubSecrets, {
      sendBeacon: (_url, data) => (sent.push(data), true),
    });
    await q.add({ type: 'search', query: `紧急 ${MNEMONIC}`, resultIds: [], empty: true });
    await q.add({ type: 'search', query: 'x'.repeat(500), resultIds: ['a'], empty: false });
    await q.add({ type: 'feedback', id: 'app-crash', helpful: false });
    expect(q.flush()).to.be.true;
    expect(q.flush()).to.be.false;
    expect(sent).to.have.length(1);
    const body = JSON.parse(sent[0]);
    expect(Object.keys(body).sort()).to.deep.equal(['events', 'locale', 'pack', 'v']);
    expect(body.events[0].query).to.not.contain('abandon ability');
    expect(body.events[0].query).to.match(/^紧急 \[redacted:mnemonic\]$/);
    expect(body.events[1].query).to.have.length(MAX_QUERY);
    expect(body.events[2]).to.deep.equal({ type: 'feedback', id: 'app-crash', helpful: false });
    expect(sent[0]).to.not.contain(navigator.userAgent);
    expect(checkBeacon(body)).to.deep.equal({ ok: true, value: body });
  });

  it('records the channel type of a contact, so the report can count channels by type', () => {
    const event = toInsightEvent('sw-contact', { channel: 'live-chat', type: 'live-chat' });
    expect(event).to.deep.equal({ type: 'contact', channel: 'live-chat', channelType: 'live-chat' });
    expect(checkBeacon({ v: 1, pack: 'tpwallet', locale: 'en', events: [event] }).ok).to.be.true;
  });

  it('keeps only the last step of a query typed word by word, so a phrase is never kept in pieces', async () => {
    const sent: string[] = [];
    const q = new InsightsQueue('/i', { pack: 'tpwallet', locale: 'en' }, scrubSecrets, { sendBeacon: (_u, d) => (sent.push(d), true) });
    const words = MNEMONIC.split(' ');
    for (let n = 1; n <= words.length; n++) await q.add({ type: 'search', query: words.slice(0, n).join(' '), resultIds: [], empty: true });
    await q.add({ type: 'feedback', id: 'app-crash', helpful: false });
    await q.add({ type: 'search', query: 'pass', resultIds: ['a'], empty: false });
    await q.add({ type: 'search', query: 'password', resultIds: ['a'], empty: false });
    await q.add({ type: 'search', query: 'seed', resultIds: ['b'], empty: false });
    q.flush();
    const queries = JSON.parse(sent[0]).events.filter((e: { type: string }) => e.type === 'search').map((e: { query: string }) => e.query);
    expect(queries).to.deep.equal(['[redacted:mnemonic]', 'password', 'seed']);
    expect(sent[0]).to.not.contain('abandon');
  });

  it('falls back to fetch with keepalive when sendBeacon refuses', async () => {
    const calls: RequestInit[] = [];
    const q = new InsightsQueue('/i', { pack: 'p', locale: 'en' }, async (t) => t, {
      sendBeacon: () => false,
      fetch: async (_u, init) => calls.push(init),
    });
    await q.add({ type: 'contact', channel: 'email' });
    q.flush();
    expect(calls[0].keepalive).to.be.true;
    expect(calls[0].credentials).to.equal('omit');
  });

  it('respects Do Not Track and Global Privacy Control', () => {
    expect(privacyOptOut({ doNotTrack: '1' })).to.be.true;
    expect(privacyOptOut({ globalPrivacyControl: true })).to.be.true;
    expect(privacyOptOut({ doNotTrack: null, globalPrivacyControl: false })).to.be.false;
  });

  it('sends nothing from the widget unless insights-endpoint is set', async () => {
    const el = await mountWidget();
    const original = navigator.sendBeacon;
    let beacons = 0;
    navigator.sendBeacon = () => (beacons++, true);
    try {
      await el.open();
      await typeQuery(el, '闪退');
      await new Promise((r) => setTimeout(r, 500));
      el.remove();
    } finally {
      navigator.sendBeacon = original;
    }
    expect(beacons).to.equal(0);
  });

  it('batches the widget events and beacons them when the widget goes away', async () => {
    const el = await mountWidget({ 'insights-endpoint': '/__sw/insights' });
    const original = navigator.sendBeacon;
    const bodies: string[] = [];
    navigator.sendBeacon = (_u: string | URL, d?: BodyInit | null) => (bodies.push(String(d)), true);
    try {
      await el.open();
      await typeQuery(el, '闪退');
      await new Promise((r) => setTimeout(r, 600));
      el.remove();
    } finally {
      navigator.sendBeacon = original;
    }
    expect(bodies).to.have.length(1);
    expect(JSON.parse(bodies[0]).events.map((e: { type: string }) => e.type)).to.include('search');
  });
});

describe('deep links', () => {
  it('parses every documented form', () => {
    expect(parseDeepLink('#support')).to.deep.equal({ view: 'faq' });
    expect(parseDeepLink('#support/faq/app-crash')).to.deep.equal({ view: 'faq', id: 'app-crash' });
    expect(parseDeepLink('#support/contact')).to.deep.equal({ view: 'contact' });
    expect(parseDeepLink('#support/fallback')).to.deep.equal({ view: 'fallback' });
    expect(parseDeepLink('#pricing')).to.be.null;
    expect(formatDeepLink({ view: 'faq', id: 'app-crash' })).to.equal('#support/faq/app-crash');
  });

  for (const [hash, view] of [
    ['#support/contact', 'contact'],
    ['#support/fallback', 'fallback'],
    ['#support', 'faq'],
  ] as const) {
    it(`opens the ${view} view for ${hash}`, async () => {
      const el = await mountWidget();
      location.hash = hash;
      await oneEvent(window, 'hashchange');
      await settle(el);
      history.replaceState(null, '', location.pathname + location.search);
      expect(el.opened).to.be.true;
      expect(el.view).to.equal(view);
    });
  }

  it('opens one answer for #support/faq/<id> and reports the deep-link source', async () => {
    const el = await mountWidget();
    const viewed = oneEvent(el, 'sw-answer-view');
    location.hash = '#support/faq/security-fake-support';
    const detail = (await viewed).detail;
    history.replaceState(null, '', location.pathname + location.search);
    expect(detail).to.deep.equal({ id: 'security-fake-support', source: 'deep-link' });
  });

  it('falls back to the FAQ with a console warning for an unknown id', async () => {
    const el = await mountWidget();
    const { lines: warnings } = await captureConsole('warn', async () => {
      await el.open({ view: 'faq', id: 'no-such-answer' });
      await settle(el);
    });
    expect(el.view).to.equal('faq');
    expect(deepQueryAll(el, 'article[part="answer"]')).to.have.length(0);
    expect(warnings.join()).to.contain('no-such-answer');
  });

  it('leaves the host history alone unless sync-hash is set', async () => {
    const before = history.length;
    const el = await mountWidget();
    await el.open('contact');
    await settle(el);
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(before);
    el.syncHash = true;
    el.view = 'fallback';
    await settle(el);
    expect(location.hash).to.equal('#support/fallback');
    expect(history.length).to.equal(before);
    el.close();
    await settle(el);
    expect(location.hash).to.equal('');
  });
});

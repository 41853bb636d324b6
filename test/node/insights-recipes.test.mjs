// The analytics recipes of docs/insights.md, run as written against stubs of each client's
// public API shape: what each one sends, and that a recovery phrase never goes out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MNEMONIC } from './helpers/collector.mjs';

const doc = readFileSync('docs/insights.md', 'utf8');
const blocks = [...doc.matchAll(/```js( recipe=(\w+))?\n([\s\S]*?)```/g)].map((m) => ({ name: m[2], code: m[3] }));
const shared = blocks.find((b) => !b.name && b.code.includes('shareable'))?.code;
const recipe = (name) => blocks.find((b) => b.name === name)?.code;

const primitive = (v) => ['string', 'number', 'boolean'].includes(typeof v);

/** Runs a recipe on a fake page and fires one visit's events at the widget. */
function visit(name, globals) {
  assert.ok(shared, 'docs/insights.md has the shared block');
  assert.ok(recipe(name), `docs/insights.md has a recipe=${name} block`);
  const widget = new EventTarget();
  const document = { querySelector: (s) => (s === 'support-widget' ? widget : null) };
  new Function('document', ...Object.keys(globals), shared + recipe(name))(document, ...Object.values(globals));
  const fire = (type, detail) => widget.dispatchEvent(new CustomEvent(type, { detail }));
  fire('sw-search', { query: 'withdrawal stuck', resultIds: [], empty: true });
  fire('sw-search', { query: `help ${MNEMONIC}`, resultIds: [], empty: true });
  fire('sw-search', { query: '紧急 0x' + 'ab'.repeat(32), resultIds: [], empty: true });
  fire('sw-answer-view', { id: 'app-crash', source: 'search' });
  fire('sw-feedback', { id: 'app-crash', helpful: false });
  fire('sw-contact', { channel: 'live-chat', type: 'live-chat' });
}

function assertNoSecret(calls) {
  const text = JSON.stringify(calls);
  assert.ok(!text.includes('abandon'), 'a recovery phrase went out');
  assert.ok(!text.includes('abab'), 'a private key went out');
  assert.ok(text.includes('[withheld]'));
}

test('GA4: gtag("event", name, params) with flat params', () => {
  const calls = [];
  visit('ga4', { gtag: (...args) => calls.push(args) });
  for (const [command, name, params] of calls) {
    assert.equal(command, 'event');
    assert.match(name, /^[a-z_]{1,40}$/, 'GA4 event names are snake_case, at most 40 characters');
    assert.ok(Object.values(params).every(primitive));
  }
  assert.deepEqual(calls[0], ['event', 'search', { search_term: 'withdrawal stuck', results: 0 }]);
  assert.deepEqual(calls.at(-2), ['event', 'support_feedback', { answer_id: 'app-crash', helpful: false }]);
  assert.deepEqual(calls.at(-1), ['event', 'support_contact', { channel_type: 'live-chat' }]);
  assertNoSecret(calls);
});

test('Plausible: plausible(name, { props }) with string props, no-result queries only', () => {
  const calls = [];
  visit('plausible', { plausible: (name, options) => calls.push([name, options]) });
  for (const [name, options] of calls) {
    assert.equal(typeof name, 'string');
    assert.deepEqual(Object.keys(options), ['props']);
    assert.ok(Object.values(options.props).every((v) => typeof v === 'string'));
  }
  assert.deepEqual(calls[0], ['Support search without result', { props: { query: 'withdrawal stuck' } }]);
  assert.deepEqual(calls.at(-2), ['Support feedback', { props: { answer: 'app-crash', helpful: 'false' } }]);
  assertNoSecret(calls);
});

test('PostHog: posthog.capture(event, properties)', () => {
  const calls = [];
  visit('posthog', { posthog: { capture: (event, properties) => calls.push([event, properties]) } });
  assert.ok(calls.every(([e, p]) => typeof e === 'string' && Object.values(p).every(primitive)));
  assert.deepEqual(calls[0], ['support_search', { query: 'withdrawal stuck', results: 0 }]);
  assert.deepEqual(calls.at(-1), ['support_contact', { channel_type: 'live-chat' }]);
  assertNoSecret(calls);
});

test('Matomo: _paq.push([method, …args]) with trackSiteSearch and trackEvent', () => {
  const _paq = [];
  visit('matomo', { _paq });
  for (const [method, ...args] of _paq) {
    if (method === 'trackSiteSearch') {
      assert.equal(typeof args[0], 'string');
      assert.equal(typeof args[1], 'string');
      assert.equal(typeof args[2], 'number', 'the result count makes Matomo list no-result searches');
    } else {
      assert.equal(method, 'trackEvent');
      assert.ok(args.length >= 2 && args.length <= 4 && args.slice(0, 3).every((a) => typeof a === 'string'));
    }
  }
  assert.deepEqual(_paq[0], ['trackSiteSearch', 'withdrawal stuck', 'support-widget', 0]);
  assert.deepEqual(_paq.at(-2), ['trackEvent', 'Support', 'Unhelpful', 'app-crash']);
  assertNoSecret(_paq);
});

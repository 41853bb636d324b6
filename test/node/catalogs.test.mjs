// The built-in interface catalogs: complete, and what a pack that brings only content gets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from '../../scripts/lib/load-ts.mjs';

const { CATALOG_LOCALES, loadCatalog, completePack, catalogLocale } = await loadTs('src/i18n/catalog.ts');
const { UI_KEYS } = await loadTs('src/content/types.ts');
const { validatePack } = await loadTs('src/content/validate.ts');

const contentOnly = {
  meta: { id: 'acme-notes', locale: 'en', product: 'Acme Notes', version: '1.0.0' },
  categories: [{ id: 'sync', label: 'Sync' }],
  faq: [{ id: 'sync-stuck', category: 'sync', question: 'My notes do not sync', answer: [{ type: 'p', content: 'Check that you are online.' }] }],
  contact: { channels: [{ id: 'mail', type: 'email', label: 'Email', value: 'help@acme.example', placeholder: true }] },
};

for (const locale of CATALOG_LOCALES) {
  test(`the ${locale} catalog has every interface string, with its placeholders`, async () => {
    const { ui, fallback } = await loadCatalog(locale);
    assert.deepEqual(Object.keys(ui).sort(), [...UI_KEYS].sort());
    for (const [key, value] of Object.entries(ui)) assert.ok(value.trim(), `${locale} ui.${key} is empty`);
    const pack = { ...contentOnly, meta: { ...contentOnly.meta, locale }, ui, fallback };
    assert.deepEqual(validatePack(pack, `${locale} catalog`).filter((i) => i.severity === 'error'), []);
  });
}

test('a pack with only meta, categories, faq and contact is valid and gets the whole interface', async () => {
  assert.deepEqual(validatePack(contentOnly, 'acme/en.json').filter((i) => i.severity === 'error'), []);
  const full = completePack(contentOnly, await loadCatalog('en'));
  assert.equal(full.ui.tabFallback, "Can't reach support?");
  assert.ok(full.fallback.reasons.length && full.fallback.safety.length && full.fallback.escalation.length);
  assert.deepEqual(full.checklist.map((f) => f.id), ['account', 'when', 'problem']);
  assert.equal(full.faq, contentOnly.faq);
});

test('a pack overrides single strings and declares its own checklist', async () => {
  const pack = { ...contentOnly, ui: { tabFaq: 'Help articles' }, checklist: [{ id: 'note-title', label: 'Title of the note' }] };
  const full = completePack(pack, await loadCatalog('en'));
  assert.equal(full.ui.tabFaq, 'Help articles');
  assert.equal(full.ui.tabContact, 'Contact');
  assert.deepEqual(full.checklist, pack.checklist);
});

test('a fallback replaces the built-in parts it has, or extends them', async () => {
  const catalog = await loadCatalog('en');
  const own = { id: 'sync-outage', title: 'Sync is down', body: [{ type: 'p', content: 'We are on it.' }] };
  const replaced = completePack({ ...contentOnly, fallback: { reasons: [own] } }, catalog);
  assert.deepEqual(replaced.fallback.reasons, [own]);
  assert.equal(replaced.fallback.safety, catalog.fallback.safety);
  const extended = completePack({ ...contentOnly, fallback: { mode: 'extend', reasons: [own, { ...own, id: 'busy' }] } }, catalog);
  assert.deepEqual(extended.fallback.reasons.map((r) => r.id), [...catalog.fallback.reasons.map((r) => r.id), 'sync-outage']);
  assert.equal(extended.fallback.reasons[0].title, 'Sync is down', 'an item with a built-in id replaces it');
});

test('the interface language follows the visitor: regions and scripts fall back sensibly', () => {
  assert.equal(catalogLocale('en-GB'), 'en');
  assert.equal(catalogLocale('zh'), 'zh-CN');
  assert.equal(catalogLocale('zh-Hans-SG'), 'zh-CN');
  assert.equal(catalogLocale('zh-HK'), CATALOG_LOCALES.includes('zh-TW') ? 'zh-TW' : 'zh-CN');
  assert.equal(catalogLocale('tlh'), 'en');
});

// Plurals, launcher strings, writing direction and font stacks of the built-in languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from '../../scripts/lib/load-ts.mjs';

const { CATALOG_LOCALES, loadCatalog } = await loadTs('src/i18n/catalog.ts');
const { t } = await loadTs('src/i18n/format.ts');
const { LAUNCHER_LOCALES, launcherStrings } = await loadTs('src/i18n/launcher.ts');
const { directionOf } = await loadTs('src/i18n/direction.ts');
const { fontStackFor, fontScriptOf, FONT_STACKS } = await loadTs('src/i18n/fonts.ts');
const { validatePack } = await loadTs('src/content/validate.ts');

const catalogs = Object.fromEntries(await Promise.all(CATALOG_LOCALES.map(async (l) => [l, (await loadCatalog(l)).ui])));
const count = (locale, n) => t(catalogs[locale], 'resultsCount', { count: n }, locale);

test('the results count takes the plural form of the visitor language', () => {
  assert.equal(count('en', 1), '1 result');
  assert.equal(count('en', 7), '7 results');
  assert.equal(count('ru', 1), '1 результат');
  assert.equal(count('ru', 3), '3 результата');
  assert.equal(count('ru', 5), '5 результатов');
  assert.equal(count('ru', 21), '21 результат');
  assert.equal(count('uk', 2), '2 результати');
  assert.equal(count('uk', 11), '11 результатів');
  assert.equal(count('fr', 0), '0 résultat', 'French counts 0 as singular');
  assert.equal(count('fr', 2), '2 résultats');
  assert.equal(count('de', 1), '1 Ergebnis');
  assert.equal(count('ar', 1), 'نتيجة واحدة');
  assert.equal(count('ar', 2), 'نتيجتان');
  assert.equal(count('ar', 4), '4 نتائج');
  assert.equal(count('ar', 11), '11 نتيجة');
  assert.equal(count('hi', 1), '1 नतीजा');
  assert.equal(count('hi', 3), '3 नतीजे');
  assert.equal(count('ja', 3), '3 件見つかりました');
  assert.equal(count('zh-CN', 3), '找到 3 条结果');
});

test('a plural block falls back to "other", and a string without one is filled in as before', () => {
  const ui = { resultsCount: '{count, plural, other {# hits}}', opensAt: 'Opens {time}' };
  assert.equal(t(ui, 'resultsCount', { count: 1 }, 'en'), '1 hits');
  assert.equal(t(ui, 'opensAt', { time: 'Mon 09:00' }), 'Opens Mon 09:00');
  assert.equal(t(ui, 'opensAt', {}), 'Opens {time}', 'a missing value leaves the placeholder visible');
});

test('a pack string must keep its placeholder, plainly or as a plural block with an "other" form', () => {
  const pack = (resultsCount) => ({
    meta: { id: 'acme', locale: 'en', product: 'Acme', version: '1.0.0' },
    categories: [{ id: 'a', label: 'A' }],
    faq: [{ id: 'q', category: 'a', question: 'Q?', answer: [{ type: 'p', content: 'A.' }] }],
    contact: { channels: [{ id: 'mail', type: 'email', label: 'Email', value: 'help@acme.example', placeholder: true }] },
    ui: { resultsCount },
  });
  const errors = (s) => validatePack(pack(s), 'acme/en.json').filter((i) => i.severity === 'error').map((i) => i.message);
  assert.deepEqual(errors('{count} hits'), []);
  assert.deepEqual(errors('{count, plural, one {# hit} other {# hits}}'), []);
  assert.match(errors('{count, plural, one {# hit}}')[0], /plural block with an "other" form/);
  assert.match(errors('Some hits')[0], /placeholder \{count\}/);
});

for (const locale of CATALOG_LOCALES) {
  test(`${locale}: the launcher built into the core says what the ${locale} catalog says`, () => {
    assert.ok(LAUNCHER_LOCALES.includes(locale), `launcher.ts has no strings for ${locale}`);
    const { launcherLabel, statusDegraded } = catalogs[locale];
    assert.deepEqual(launcherStrings(locale), { launcherLabel, statusDegraded });
  });
}

test('the launcher follows the visitor region by region, English when nothing matches', () => {
  assert.equal(launcherStrings('zh-HK').launcherLabel, catalogs['zh-TW'].launcherLabel);
  assert.equal(launcherStrings('pt-PT').launcherLabel, catalogs['pt-BR'].launcherLabel);
  assert.equal(launcherStrings('ja-JP').launcherLabel, catalogs.ja.launcherLabel);
  assert.equal(launcherStrings('tlh').launcherLabel, catalogs.en.launcherLabel);
});

// Characters whose Simplified and Traditional forms differ, common in support text.
const SIMPLIFIED_ONLY = /[这们发时间说联网护务关闭问题复还没进让应该请码钥词证设备览语选择结单号条热门类开启动态寻]/u;
const TRADITIONAL_ONLY = /[這們發時間說聯網護務關閉問題複還沒進讓應該請碼鑰詞證設備覽語選擇結單號條熱門類開啟動態尋]/u;
const strings = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

test('zh-TW is written in Traditional characters and zh-CN in Simplified', async () => {
  for (const s of strings(await loadCatalog('zh-TW'))) assert.doesNotMatch(s, SIMPLIFIED_ONLY, `zh-TW: ${s}`);
  for (const s of strings(await loadCatalog('zh-CN'))) assert.doesNotMatch(s, TRADITIONAL_ONLY, `zh-CN: ${s}`);
});

test('Chinese and Japanese use full-width punctuation', async () => {
  for (const locale of ['zh-CN', 'zh-TW', 'ja'])
    for (const s of strings(await loadCatalog(locale)).filter((s) => s !== locale))
      assert.doesNotMatch(s.replace(/\{[^{}]*\}/g, ''), /[,.;:?!()]/, `${locale}: ${s}`);
});

test('every translation keeps the placeholders of the English string', () => {
  const names = (s) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
  for (const locale of CATALOG_LOCALES)
    for (const [key, en] of Object.entries(catalogs.en)) assert.deepEqual(names(catalogs[locale][key]), names(en), `${locale} ui.${key}`);
});

test('Arabic, Hebrew, Persian and Urdu are right to left; the rest, and Latin-script variants, left to right', () => {
  for (const tag of ['ar', 'ar-EG', 'he', 'iw', 'fa-IR', 'ur', 'ps', 'ckb', 'yi', 'az-Arab', 'pa-Arab', 'ms_Arab'])
    assert.equal(directionOf(tag), 'rtl', tag);
  for (const tag of ['en', 'zh-TW', 'ja', 'hi', 'ru', 'tr', 'uz-Latn', 'ku', 'ar-Latn'])
    assert.equal(directionOf(tag), 'ltr', tag);
});

test('each script gets a stack that starts with its platform fonts', () => {
  const first = (locale) => fontStackFor(locale).split(',')[0];
  assert.equal(first('zh-CN'), "'PingFang SC'");
  assert.equal(first('zh-SG'), "'PingFang SC'");
  assert.equal(first('zh-TW'), "'PingFang TC'");
  assert.equal(first('zh-Hant'), "'PingFang TC'");
  assert.equal(first('zh-HK'), "'PingFang HK'");
  assert.equal(first('zh-Hans-HK'), "'PingFang SC'");
  assert.equal(first('ja'), "'Hiragino Sans'");
  assert.equal(first('ko-KR'), "'Apple SD Gothic Neo'");
  assert.equal(first('th'), 'Thonburi');
  assert.equal(first('hi'), "'Kohinoor Devanagari'");
  assert.equal(first('mr'), "'Kohinoor Devanagari'");
  assert.equal(first('ar'), "'Geeza Pro'");
  assert.equal(first('ur'), "'Geeza Pro'");
  assert.equal(fontScriptOf('pa-Arab'), 'arab');
  assert.equal(fontScriptOf('sr-Latn'), 'default');
  for (const tag of ['en', 'ru', 'uk', 'vi', 'tr', 'de', 'tlh']) assert.equal(fontStackFor(tag), FONT_STACKS.default, tag);
});

test('every stack ends with a generic family and is a valid font-family list', () => {
  for (const [script, stack] of Object.entries(FONT_STACKS)) {
    assert.match(stack, /, sans-serif$/, script);
    for (const family of stack.split(', ')) assert.match(family, /^(?:'[A-Za-z0-9 ]+'|[A-Za-z-]+)$/, `${script}: ${family}`);
  }
  const cjk = ['zh-CN', 'zh-TW', 'zh-HK', 'ja', 'ko'].map(fontStackFor);
  assert.equal(new Set(cjk).size, cjk.length, 'each CJK language has its own stack, so its own glyph forms');
});

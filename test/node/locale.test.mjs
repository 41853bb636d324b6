// Which content or interface locale a visitor gets for the tag their browser or page gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from '../../scripts/lib/load-ts.mjs';

const { matchLocale, resolveLocale } = await loadTs('src/content/locale.ts');

const INTERFACE = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'vi', 'th', 'id', 'ru', 'uk', 'es', 'pt-BR', 'fr', 'de', 'it', 'tr', 'ar', 'hi'];

const cases = [
  // Traditional Chinese: Hong Kong, Macau and any zh-Hant tag read zh-TW.
  ['zh-TW', 'zh-TW'],
  ['zh-HK', 'zh-TW'],
  ['zh-MO', 'zh-TW'],
  ['zh-Hant', 'zh-TW'],
  ['zh-Hant-HK', 'zh-TW'],
  ['zh-Hant-TW', 'zh-TW'],
  ['zh-Hant-US', 'zh-TW'],
  // Simplified Chinese: Singapore, zh-Hans and a bare zh read zh-CN.
  ['zh', 'zh-CN'],
  ['zh-CN', 'zh-CN'],
  ['zh-SG', 'zh-CN'],
  ['zh-Hans', 'zh-CN'],
  ['zh-Hans-SG', 'zh-CN'],
  ['zh-Hans-HK', 'zh-CN'],
  // Portuguese: pt and pt-PT read the one Portuguese there is, pt-BR.
  ['pt', 'pt-BR'],
  ['pt-PT', 'pt-BR'],
  ['pt-br', 'pt-BR'],
  // Any other xx-YY reads xx; case and underscores as browsers and servers spell them.
  ['en-GB', 'en'],
  ['fr-CA', 'fr'],
  ['es-419', 'es'],
  ['de-AT', 'de'],
  ['ja-JP', 'ja'],
  ['ko-KR', 'ko'],
  ['ar-EG', 'ar'],
  ['hi-IN', 'hi'],
  ['sr-Latn-RS', undefined],
  ['tlh', undefined],
];

for (const [tag, expected] of cases) {
  test(`a visitor who reads ${tag} gets ${expected ?? 'no match'}`, () => {
    assert.equal(matchLocale(tag, INTERFACE), expected);
  });
}

test('a Traditional Chinese reader gets Simplified when that is all there is, and the reverse', () => {
  assert.equal(matchLocale('zh-HK', ['en', 'zh-CN']), 'zh-CN');
  assert.equal(matchLocale('zh-Hant-TW', ['en', 'zh-CN']), 'zh-CN');
  assert.equal(matchLocale('zh-SG', ['en', 'zh-TW']), 'zh-TW');
  assert.equal(matchLocale('zh-HK', ['en', 'zh-HK', 'zh-TW']), 'zh-HK', 'an exact match wins');
});

test('xx-YY falls back to another region of the same language when xx itself is missing', () => {
  assert.equal(matchLocale('en-US', ['en-GB', 'fr']), 'en-GB');
  assert.equal(matchLocale('pt-PT', ['en', 'pt-BR']), 'pt-BR');
  assert.equal(matchLocale('es', ['es-MX']), 'es-MX');
});

test('the requested locale wins, then the first of the visitor languages that matches, then the default', () => {
  assert.equal(resolveLocale('zh-HK', ['en-US'], ['en', 'zh-CN', 'zh-TW'], 'en'), 'zh-TW');
  assert.equal(resolveLocale(undefined, ['tlh', 'pt', 'en'], ['en', 'pt-BR'], 'en'), 'pt-BR');
  assert.equal(resolveLocale('tlh', ['fr-CH'], ['en', 'fr'], 'en'), 'fr');
  assert.equal(resolveLocale(undefined, ['tlh'], ['en', 'zh-CN'], 'zh-CN'), 'zh-CN');
});

// The published DOM-free search entry works in plain Node on a pack read from content/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createSearch } from '../../dist/search.js';

const pack = (locale) => JSON.parse(readFileSync(`content/tpwallet/${locale}.json`, 'utf8'));

test('dist/search.js runs without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test('finds the transfer-failure answer first for 转账失败', () => {
  const [first] = createSearch(pack('zh-CN')).search('转账失败');
  assert.equal(first.id, 'transfer-failed');
  assert.ok(first.score >= 0 && first.score <= 1);
});

test('finds the password answer for the typo "pasword"', () => {
  assert.equal(createSearch(pack('en')).search('pasword', { limit: 3 })[0].id, 'login-forgot-password');
});

// content/schema.json describes the same format as the TypeScript types and the validator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { tpwallet as pack } from './packs.mjs';

const schema = JSON.parse(readFileSync('content/schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

for (const locale of ['zh-CN', 'en']) {
  test(`the ${locale} pack conforms to content/schema.json`, () => {
    assert.ok(validate(pack(locale)), JSON.stringify(validate.errors?.slice(0, 5)));
  });
}

test('the schema rejects what the validator rejects structurally', () => {
  const p = pack('en');
  p.faq[0].questoin = p.faq[0].question;
  p.faq[1].answer[0].content = [{ text: 'x', href: 'javascript:alert(1)' }];
  p.contact.channels[0].type = 'fax';
  assert.equal(validate(p), false);
  const paths = validate.errors.map((e) => e.instancePath);
  assert.ok(paths.some((x) => x.startsWith('/faq/0')));
  assert.ok(paths.some((x) => x.startsWith('/faq/1/answer')));
  assert.ok(paths.some((x) => x.startsWith('/contact/channels/0')));
});

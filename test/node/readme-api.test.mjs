// The README documents exactly the public surface the analyser finds in the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { apiMarkdown, stylingMarkdown, START, END } from '../../scripts/docs.mjs';

test('README API tables match custom-elements.json (run `npm run docs` after changing the API)', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(START)[1]?.split(END)[0]?.trim();
  assert.equal(section, apiMarkdown(manifest).trim());
});

test('docs/styling.md parts, custom properties and slots match custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const section = readFileSync('docs/styling.md', 'utf8').split(START)[1]?.split(END)[0]?.trim();
  assert.equal(section, stylingMarkdown(manifest).trim());
});

test('every public attribute, event, part and custom property has a description', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.name === 'SupportWidget');
  for (const list of ['attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
    assert.ok(d[list]?.length, `no ${list} in the manifest`);
    for (const item of d[list]) assert.ok(item.description, `${list}: ${item.name} has no description`);
  }
});

// `support-widget preview`: serves the widget page and the packs, rebuilds on change, and
// keeps the last good content when a change breaks the sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTs } from '../../scripts/lib/load-ts.mjs';
import { cli, scratch } from './helpers/cli.mjs';

const { startPreview } = await loadTs('src/cli/lib/preview-server.ts');

test('preview rebuilds after a change and keeps the last good content after a bad one', { timeout: 60_000 }, async (t) => {
  const dir = join(scratch('preview'), 'acme');
  cli('init', dir);
  const log = [];
  const preview = await startPreview(dir, { port: 0, distDir: 'dist', log: (l) => log.push(l) });
  t.after(() => preview.close());
  const page = await (await fetch(preview.url)).text();
  assert.match(page, /<support-widget content-src="content\/en\.json" locale="en">/);
  assert.equal((await fetch(`${preview.url}support-widget.js`)).status, 200);
  const pack = async () => (await (await fetch(`${preview.url}content/en.json`)).json()).pack;
  assert.equal((await pack()).faq.length, 3);

  let built = preview.nextBuild();
  writeFileSync(join(dir, 'en', 'billing.md'), '---\nquestion: How do I change my plan?\ncategory: account\n---\nOpen billing.\n');
  assert.equal((await built).ok, true);
  assert.ok((await pack()).faq.some((e) => e.question === 'How do I change my plan?'));

  built = preview.nextBuild();
  writeFileSync(join(dir, 'en', 'billing.md'), '---\nquestion: How do I change my plan?\ncategory: nope\n---\nOpen billing.\n');
  assert.equal((await built).ok, false);
  assert.ok(log.some((l) => /billing\.md:3:1 › category/.test(l)), log.join('\n'));
  assert.ok((await pack()).faq.some((e) => e.question === 'How do I change my plan?'), 'last good content still served');
});

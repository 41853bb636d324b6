// `npm run check:content` (and the build): validate every product under content/: Markdown sources
// (content/<product>/<locale>/) or JSON packs (content/<product>/<locale>.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadTs, root } from './lib/load-ts.mjs';
import { productPacks } from './lib/product-packs.mjs';

/** Line:column of a JSON.parse error position, for a message a person can act on. */
function where(text, message) {
  const pos = Number(/position (\d+)/.exec(message)?.[1]);
  if (!Number.isFinite(pos)) return '';
  const before = text.slice(0, pos).split('\n');
  return ` at line ${before.length}, column ${before.at(-1).length + 1}`;
}

/** Validate all packs; prints issues; resolves to true when there is no error. */
export async function checkContent({ quiet = false } = {}) {
  const { validatePack, validatePackSet, formatIssue } = await loadTs('src/content/validate.ts');
  const contentDir = join(root, 'content');
  let errors = 0;
  let files = 0;
  const summary = [];
  const bad = new Set();
  for (const packId of readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    // Markdown sources are validated by the CLI's compiler, errors at file:line:column.
    const product = await productPacks(packId);
    if (product.markdown) {
      for (const line of product.issues) if (!line.startsWith('warning') || !quiet) console.error(line);
      if (quiet && product.issues.length > product.errors) console.warn(`  content/${packId}: ${product.issues.length - product.errors} warning(s)`);
      errors += product.errors;
      if (product.errors) bad.add(`content/${packId}`);
      files += product.packs.length;
      for (const { source, pack } of product.packs) summary.push(`${source} (${pack.faq.length} entries)`);
      continue;
    }
    const set = [];
    for (const name of readdirSync(join(contentDir, packId)).filter((f) => f.endsWith('.json'))) {
      const file = relative(root, join(contentDir, packId, name));
      files++;
      const text = readFileSync(join(root, file), 'utf8');
      let pack;
      try {
        pack = JSON.parse(text);
      } catch (e) {
        console.error(`${file}: invalid JSON${where(text, e.message)}: ${e.message}`);
        errors++;
        bad.add(file);
        continue;
      }
      set.push({ file, pack });
      const issues = validatePack(pack, file);
      if (pack?.meta?.id !== packId) issues.push({ file, field: 'meta.id', message: `is "${pack?.meta?.id}" but the folder is "${packId}"`, severity: 'error' });
      if (pack?.meta?.locale && `${pack.meta.locale}.json` !== name) issues.push({ file, field: 'meta.locale', message: `is "${pack.meta.locale}" but the file is named ${name}`, severity: 'error' });
      const warnings = issues.filter((i) => i.severity === 'warning');
      for (const i of issues.filter((i) => i.severity === 'error')) {
        console.error(formatIssue(i));
        errors++;
        bad.add(file);
      }
      if (warnings.length && !quiet) for (const w of warnings) console.warn(formatIssue(w));
      else if (warnings.length) console.warn(`  ${file}: ${warnings.length} warning(s), e.g. ${formatIssue(warnings[0])}`);
      summary.push(`${file} (${Array.isArray(pack?.faq) ? pack.faq.length : 0} entries)`);
    }
    for (const i of validatePackSet(set)) {
      console.error(formatIssue(i));
      errors++;
      bad.add(i.file);
    }
  }
  if (errors) console.error(`\n${errors} error(s) in ${bad.size} file(s) of ${files}`);
  else console.log(`content OK: ${summary.join(', ')}`);
  return errors === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit((await checkContent()) ? 0 : 1);
}

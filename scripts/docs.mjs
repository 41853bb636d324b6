// `npm run docs`: regenerate the API tables from custom-elements.json (built by `npm run build`),
// so the documented surface is exactly the analysed one: attributes, properties, methods and
// events in the README; parts, custom properties and slots in docs/styling.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/load-ts.mjs';

/** The <support-widget> declaration in the manifest. */
export function widgetDeclaration(manifest) {
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.name === 'SupportWidget') return d;
  throw new Error('SupportWidget not found in custom-elements.json');
}

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

export function apiMarkdown(manifest) {
  const d = widgetDeclaration(manifest);
  const attrs = (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', a.type?.text ?? '', a.default ?? '', a.description ?? '']);
  const props = (d.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !(d.attributes ?? []).some((a) => a.fieldName === m.name));
  const methods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && m.description);
  return [
    '## API reference',
    '',
    'Generated from `custom-elements.json` by `npm run docs`; a test keeps it in step.',
    '',
    '### Attributes',
    '',
    table(['attribute', 'property', 'type', 'default', 'description'], attrs),
    '',
    '### Properties (JS only)',
    '',
    table(['property', 'type', 'description'], props.map((p) => [`\`${p.name}\``, p.type?.text ?? '', p.description ?? ''])),
    '',
    '### Methods',
    '',
    table(['method', 'description'], methods.map((m) => [`\`${m.static ? 'static ' : ''}${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\``, m.description])),
    '',
    '### Events',
    '',
    'All bubble and are composed (listen on the element or on `document`).',
    '',
    table(['event', 'description'], (d.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? ''])),
    '',
    'Parts, CSS custom properties and slots: [docs/styling.md](docs/styling.md).',
  ].join('\n');
}

/** Styling surface for docs/styling.md. */
export function stylingMarkdown(manifest) {
  const d = widgetDeclaration(manifest);
  return [
    '### CSS parts',
    '',
    table(['part', 'description'], (d.cssParts ?? []).map((p) => [`\`::part(${p.name})\``, p.description ?? ''])),
    '',
    '### CSS custom properties',
    '',
    table(['property', 'default', 'description'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.default ?? '', p.description ?? ''])),
    '',
    '### Slots',
    '',
    table(['slot', 'description'], (d.slots ?? []).map((s) => [`\`${s.name}\``, s.description ?? ''])),
  ].join('\n');
}

export const START = '<!-- API:START -->';
export const END = '<!-- API:END -->';
const SIZES_START = '<!-- SIZES:START -->';
const SIZES_END = '<!-- SIZES:END -->';

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  for (const [file, markdown] of [['README.md', apiMarkdown], ['docs/styling.md', stylingMarkdown]]) {
    const path = join(root, file);
    const [before, rest] = readFileSync(path, 'utf8').split(START);
    const after = rest.split(END)[1];
    writeFileSync(path, `${before}${START}\n${markdown(manifest)}\n${END}${after}`);
  }
  console.log('README.md and docs/styling.md API tables updated from custom-elements.json');
  // The size table of docs/performance.md, from the files the last build wrote.
  const { budgetMarkdown } = await import('./lib/budgets.mjs');
  const perf = join(root, 'docs/performance.md');
  const [before, rest] = readFileSync(perf, 'utf8').split(SIZES_START);
  writeFileSync(perf, `${before}${SIZES_START}\n${budgetMarkdown()}\n${SIZES_END}${rest.split(SIZES_END)[1]}`);
  console.log('docs/performance.md size table updated from dist/');
}

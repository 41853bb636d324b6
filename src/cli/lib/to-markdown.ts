/**
 * A JSON pack → Markdown sources (`support-widget convert`): one `<id>.md` per answer and a
 * `_pack.yaml` with the rest. Every answer is parsed back and compared, so nothing is lost
 * without a message.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Block, ContentPack, FaqEntry, Rich, Span } from '../../content/types.js';
import type { SerializedSearchIndex } from '../../search/engine.js';
import { FRONT_MATTER_KEYS, parseAnswer } from './markdown.js';

type Flags = { em?: boolean; strong?: boolean; href?: string };
type Run = { text: string; flags: Flags };

const formatted = (f: Flags) => !!(f.em || f.strong || f.href);
const same = (a: Flags, b: Flags) => !!a.em === !!b.em && !!a.strong === !!b.strong && a.href === b.href;

function runsOf(rich: Rich): Run[] {
  const spans = typeof rich === 'string' ? [rich] : rich;
  return spans.map((s) => (typeof s === 'string' ? { text: s, flags: {} } : { text: s.text, flags: { em: s.em, strong: s.strong, href: s.href } }));
}

/**
 * The one form Markdown can express for a rich text: spaces at the edges of bold, italic and
 * link runs moved outside them (they render the same), neighbours with the same formatting
 * merged, unformatted runs as strings, a lone string as a string.
 */
export function canonicalRich(rich: Rich): Rich {
  const runs: Run[] = [];
  const push = (text: string, flags: Flags) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && same(last.flags, flags)) last.text += text;
    else runs.push({ text, flags });
  };
  for (const { text, flags } of runsOf(rich)) {
    if (!formatted(flags)) {
      push(text, {});
      continue;
    }
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    push(lead, {});
    push(core, flags);
    push(trail, {});
  }
  const spans: Span[] = runs.map(({ text, flags }) =>
    formatted(flags) ? { text, ...(flags.em && { em: true }), ...(flags.strong && { strong: true }), ...(flags.href && { href: flags.href }) } : text,
  );
  if (spans.length === 1 && typeof spans[0] === 'string') return spans[0];
  return spans.length ? spans : '';
}

/** Backslash-escape what Markdown would read as syntax. */
function escapeText(text: string, atLineStart: boolean): string {
  let s = text.replace(/[\\`*_[\]<>&]/g, '\\$&');
  if (atLineStart) s = s.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return s;
}

/** Rich text as one line of Markdown. */
export function richToMarkdown(rich: Rich): string {
  return runsOf(canonicalRich(rich))
    .map(({ text, flags }, i) => {
      let s = escapeText(text, i === 0);
      if (flags.href) s = `[${s}](${/[\s()]/.test(flags.href) ? `<${flags.href}>` : flags.href})`;
      if (flags.em) s = `*${s}*`;
      if (flags.strong) s = `**${s}**`;
      return s;
    })
    .join('');
}

/** Blocks as Markdown paragraphs, lists and `> [!WARNING]` quotes, separated by blank lines. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  let previous: Block | undefined;
  const out = blocks.map((b) => {
    // Two lists of the same kind in a row would merge; a different marker keeps them apart.
    const alternate = previous?.type === b.type;
    previous = b;
    switch (b.type) {
      case 'p':
        return richToMarkdown(b.content);
      case 'warning':
        return `> [!WARNING]\n> ${richToMarkdown(b.content)}`;
      case 'ul':
        return b.items.map((item) => `${alternate ? '*' : '-'} ${richToMarkdown(item)}`).join('\n');
      case 'ol':
        return b.items.map((item, i) => `${i + 1}${alternate ? ')' : '.'} ${richToMarkdown(item)}`).join('\n');
    }
  });
  return `${out.join('\n\n')}\n`;
}

const canonicalBlocks = (blocks: readonly Block[]): Block[] =>
  blocks.map((b) => (b.type === 'ul' || b.type === 'ol' ? { ...b, items: b.items.map(canonicalRich) } : { ...b, content: canonicalRich(b.content) }));

/** How the converter writes YAML: one line per value, `[a, b]` as in docs/authoring.md. */
const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * Short lists of plain values on one line (`[zh, en]`, `mon: ["09:00-21:00"]`, one synonym
 * group per line; not the items of a text list), so a settings file reads like the
 * documented example and an edit to one group is a one-line diff.
 */
function inlineShortLists(doc: Document): Document {
  visit(doc, {
    Seq(_, node, path) {
      const parent = path.at(-1);
      if (isPair(parent) && isScalar(parent.key) && parent.key.value === 'items') return; // list items are prose
      if (node.items.every(isScalar) && node.items.reduce((n, i) => n + String(i.value).length + 2, 0) <= 100) node.flow = true;
    },
  });
  return doc;
}

/** One answer file: front matter, then the body. The id is the file name. */
export function answerToMarkdown(entry: FaqEntry): string {
  const front: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_KEYS) if (key !== 'id' && key in entry) front[key] = entry[key];
  const doc = new Document(front);
  for (const key of ['keywords', 'related']) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  return `---\n${doc.toString(YAML_OPTIONS)}---\n\n${blocksToMarkdown(entry.answer)}`;
}

export interface ConvertResult {
  /** Path relative to the sources folder (`en/_pack.yaml`, `en/reset-password.md`) → text. */
  files: Map<string, string>;
  /** Answers Markdown cannot hold exactly as they are: refuse to write. */
  errors: string[];
  /** Changes that render the same (spaces moved out of bold), counted per answer. */
  notes: string[];
}

/** The Markdown sources of one pack (raw or `{ pack, index }`). */
export function packToSources(input: ContentPack | { pack: ContentPack; index?: SerializedSearchIndex }): ConvertResult {
  // A built pack keeps its answers' phrasings and keywords in its search index: they go back to the answers.
  const index = 'meta' in input ? undefined : input.index;
  const given = 'meta' in input ? input : input.pack;
  const back = (e: FaqEntry): FaqEntry => {
    const keywords = !e.keywords && index?.keywords?.[e.id];
    const asked = !e.asked && index?.asked?.[e.id];
    // In the order a pack's answer keys come in: keywords, asked, related.
    const { related, ...rest } = e;
    return { ...rest, ...(keywords && { keywords }), ...(asked && { asked }), ...(related && { related }) };
  };
  const pack = index?.asked || index?.keywords ? { ...given, faq: given.faq.map(back) } : given;
  const { locale } = pack.meta;
  const files = new Map<string, string>();
  const errors: string[] = [];
  const notes: string[] = [];
  const ids = pack.faq.map((e) => e.id);
  for (const entry of pack.faq) {
    const path = `${locale}/${entry.id}.md`;
    const text = answerToMarkdown(entry);
    const back = parseAnswer(text, path, entry.id);
    const expected = { ...entry, answer: canonicalBlocks(entry.answer) };
    const problems = back.issues.filter((i) => i.severity === 'error');
    if (problems.length || !isDeepStrictEqual(back.entry, expected)) {
      errors.push(`${path}: answer "${entry.id}" cannot be written as Markdown without a change${problems.length ? ` (${problems[0].message})` : ''}; simplify its formatting in the JSON and convert again`);
      continue;
    }
    if (!isDeepStrictEqual(expected.answer, entry.answer)) notes.push(`${path}: spaces at the edge of bold/italic/link text moved outside it (renders the same)`);
    files.set(path, text);
  }
  const { faq: _faq, $schema: _schema, meta, ...rest } = pack;
  const { locale: _locale, ...metaRest } = meta;
  const settings: Record<string, unknown> = { meta: metaRest, ...rest };
  // Files are read in name order; `order` keeps the pack's order when it differs.
  if (ids.join('\n') !== [...ids].sort().join('\n')) settings.order = ids;
  files.set(`${locale}/_pack.yaml`, `# Settings of the ${locale} pack; the answers are the .md files beside this one (docs/authoring.md).\n${inlineShortLists(new Document(settings)).toString(YAML_OPTIONS)}`);
  return { files, errors, notes };
}

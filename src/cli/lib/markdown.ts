/**
 * One answer in Markdown: YAML front matter for the fields, the body for the structured
 * blocks. Everything the pack format cannot show is an error at its line and column.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Block, Rich, Span } from '../../content/types.js';
import { safeHref } from '../../content/safe-url.js';
import { didYouMean, type SourceIssue } from './issues.js';
import { parseYamlSource, type Position, type YamlSource } from './yaml-source.js';

/** Front-matter keys of an answer, in the order `convert` writes them. */
export const FRONT_MATTER_KEYS = ['id', 'question', 'category', 'keywords', 'related', 'popular'] as const;

/** Where each part of a parsed answer was written, so pack-level errors can point back to it. */
export interface AnswerSourceMap {
  file: string;
  frontMatter?: YamlSource;
  body: Position;
  /** One entry per block: the block and, for lists, each item. */
  blocks: { at: Position; items: Position[] }[];
}

export interface ParsedAnswer {
  /** The entry as far as it could be read; the pack validator judges its fields. */
  entry: Record<string, unknown>;
  issues: SourceIssue[];
  map: AnswerSourceMap;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parse one answer file; `defaultId` (the file name) is the id unless the front matter sets one. */
export function parseAnswer(text: string, file: string, defaultId: string): ParsedAnswer {
  const issues: SourceIssue[] = [];
  const error = (at: Position, message: string, field?: string) => issues.push({ file, ...at, field, message, severity: 'error' });
  const entry: Record<string, unknown> = { id: defaultId };
  const fence = FENCE.exec(text.replace(/^\uFEFF/, ''));
  let frontMatter: YamlSource | undefined;
  let bodyLine = 1;
  if (!fence) {
    error({ line: 1, column: 1 }, 'no front matter: start the file with a "---" line, then "question: …" and "category: …", then a closing "---" line');
  } else {
    frontMatter = parseYamlSource(fence[1], 1);
    bodyLine = fence[0].split("\n").length - 1;
    for (const e of frontMatter.errors) error(e, `front matter is not valid YAML: ${e.message}`);
    const fm = frontMatter.value;
    if (fm !== undefined && fm !== null && (typeof fm !== 'object' || Array.isArray(fm))) {
      error({ line: 2, column: 1 }, 'front matter must be "key: value" lines (question, category, keywords, related, popular)');
    } else if (fm) {
      for (const [key, value] of Object.entries(fm)) {
        if ((FRONT_MATTER_KEYS as readonly string[]).includes(key)) entry[key] = value;
        else
          issues.push({
            file,
            ...frontMatter.locate([key]),
            field: key,
            message: `unknown front-matter key '${key}' is ignored${didYouMean(key, FRONT_MATTER_KEYS)}; known keys: ${FRONT_MATTER_KEYS.join(', ')}`,
            severity: 'warning',
          });
      }
    }
  }
  // Scaffolded text to rewrite is marked TODO: say so until it is gone.
  text.split('\n').forEach((line, i) => {
    const column = line.indexOf('TODO') + 1;
    if (column) issues.push({ file, line: i + 1, column, message: 'placeholder text (TODO) left in this answer; rewrite it before publishing', severity: 'warning' });
  });
  const body = fence ? text.replace(/^\uFEFF/, '').slice(fence[0].length) : text;
  const map: AnswerSourceMap = { file, frontMatter, body: { line: bodyLine + 1, column: 1 }, blocks: [] };
  entry.answer = markdownBlocks(body, bodyLine, map.blocks, error);
  return { entry, issues, map };
}

type ErrorAt = (at: Position, message: string) => void;

/**
 * The blocks of a Markdown body. `lineOffset` is the number of lines before the body in its
 * file; `positions` receives where each block (and list item) starts.
 */
export function markdownBlocks(markdown: string, lineOffset: number, positions: AnswerSourceMap['blocks'], error: ErrorAt): Block[] {
  const at = (node: Nodes): Position => ({ line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 });
  const blocks: Block[] = [];
  // CJK-friendly emphasis: `**注意：**请…` is bold in Chinese text as it is on GitHub.
  for (const node of fromMarkdown(markdown, { extensions: [cjkFriendlyExtension()] }).children) {
    const block = toBlock(node, at, error);
    if (!block) continue;
    blocks.push(block.block);
    positions.push({ at: at(node), items: block.items });
  }
  return blocks;
}

const UNSUPPORTED: Record<string, string> = {
  heading: 'a heading cannot be part of an answer: the question (front matter) is its title; use **bold** text for a short lead-in',
  code: 'code blocks are not supported in answers; write the text as a paragraph',
  html: 'HTML is not allowed in answers; use Markdown: **bold**, *italic*, [links](https://…), lists',
  thematicBreak: 'a horizontal rule (---, ***) is not supported in answers; remove it (a "---" line can only open and close the front matter)',
  definition: 'link reference definitions are not supported; write links inline: [text](https://…)',
  table: 'tables are not supported in answers; use a list',
};

function toBlock(node: RootContent, at: (n: Nodes) => Position, error: ErrorAt): { block: Block; items: Position[] } | undefined {
  switch (node.type) {
    case 'paragraph':
      return { block: { type: 'p', content: rich(node.children, at, error) }, items: [] };
    case 'list': {
      if (node.ordered && node.start !== 1 && node.start !== null && node.start !== undefined) error(at(node), `a numbered list always starts at 1 in the widget; number the first item 1. (it is ${node.start}.)`);
      const items: Rich[] = [];
      for (const item of node.children) {
        const [first, ...rest] = item.children;
        if (!first) error(at(item), 'empty list item; write its text or remove the line');
        else if (first.type !== 'paragraph') error(at(first), `a list item holds one line of text; ${first.type === 'list' ? 'nested lists are not supported: write the sub-points in the item text or as a separate list' : UNSUPPORTED[first.type] ?? `a ${first.type} is not supported in a list item`}`);
        else items.push(rich(first.children, at, error));
        for (const extra of rest) error(at(extra), extra.type === 'list' ? 'nested lists are not supported: write the sub-points in the item text or as a separate list after a paragraph' : 'a list item holds one paragraph; start a new item with "- " or end the list with a blank line and a paragraph');
      }
      return { block: { type: node.ordered ? 'ol' : 'ul', items }, items: node.children.map(at) };
    }
    case 'blockquote':
      return warning(node, at, error);
    default:
      error(at(node), UNSUPPORTED[node.type] ?? `${node.type} is not supported in answers`);
      return undefined;
  }
}

const ALERT = /^\[!(\w+)\][ \t]*(?:\n|$)/;

/** `> [!WARNING]` followed by one paragraph (on the same or the next lines). */
function warning(node: Extract<RootContent, { type: 'blockquote' }>, at: (n: Nodes) => Position, error: ErrorAt): { block: Block; items: Position[] } | undefined {
  const [first, ...rest] = node.children;
  const head = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0] : undefined;
  const marker = head && ALERT.exec(head.value);
  if (!first || !head || !marker) {
    error(at(node), 'a quote block must be a warning: start it with "> [!WARNING]" on its own line (plain quotes are not supported)');
    return undefined;
  }
  if (marker[1] !== 'WARNING') {
    error(at(node), `"[!${marker[1]}]" is not supported; the widget has one alert, "> [!WARNING]" (for a note, write a plain paragraph)`);
    return undefined;
  }
  const remainder = head.value.slice(marker[0].length);
  const children: PhrasingContent[] = [...(remainder ? [{ ...head, value: remainder }] : []), ...(first as Paragraph).children.slice(1)];
  const content = children.length ? children : rest[0]?.type === 'paragraph' ? rest[0].children : undefined;
  const extra = children.length ? rest : rest.slice(1);
  if (!content) {
    error(at(node), rest[0] ? `a warning holds one paragraph of text; ${UNSUPPORTED[rest[0].type] ?? `a ${rest[0].type} is not supported here`}` : 'empty warning: write its text on the lines after "> [!WARNING]"');
    return undefined;
  }
  for (const e of extra) error(at(e), 'a warning holds one paragraph; end the quote (a line without ">") and continue with a normal paragraph, or start another "> [!WARNING]"');
  return { block: { type: 'warning', content: rich(content, at, error) }, items: [] };
}

type Flags = { em?: boolean; strong?: boolean; href?: string };

/** Inline Markdown → spans: adjacent runs with the same formatting merge, plain runs are strings. */
function rich(nodes: PhrasingContent[], at: (n: Nodes) => Position, error: ErrorAt): Rich {
  const spans: { text: string; flags: Flags }[] = [];
  const walk = (list: PhrasingContent[], flags: Flags) => {
    for (const n of list) {
      switch (n.type) {
        case 'text': {
          // A soft line break is a space between words, nothing between CJK characters.
          const text = n.value.replace(/(.?)[ \t]*\n[ \t]*(.?)/gu, (_, a: string, b: string) => (CJK.test(a) && CJK.test(b) ? a + b : `${a} ${b}`));
          const last = spans.at(-1);
          if (last && sameFlags(last.flags, flags)) last.text += text;
          else spans.push({ text, flags });
          break;
        }
        case 'emphasis':
          walk(n.children, { ...flags, em: true });
          break;
        case 'strong':
          walk(n.children, { ...flags, strong: true });
          break;
        case 'link':
          if (flags.href) error(at(n), 'a link inside a link; remove the inner one');
          else if (!safeHref(n.url)) error(at(n), `link "${n.url.slice(0, 80)}" must use https:, mailto: or tel:; change it to an https:// address`);
          else if (n.title) error(at(n), `link titles ("${n.title.slice(0, 40)}") are not shown; remove the quoted title after the address`);
          else walk(n.children, { ...flags, href: n.url });
          break;
        case 'image':
        case 'imageReference':
          error(at(n), 'images are not supported in answers; describe it in words or link to a page that shows it');
          break;
        case 'html':
          error(at(n), `HTML is not allowed in answers ("${n.value.slice(0, 40)}"); use Markdown, or write < as \\< if you meant the character`);
          break;
        case 'inlineCode':
          error(at(n), 'inline code (`…`) is not supported; write it as text, in **bold** if it names something to type');
          break;
        case 'break':
          error(at(n), 'a hard line break (two trailing spaces or a trailing \\) is not supported; start a new paragraph with a blank line');
          break;
        case 'linkReference':
          error(at(n), 'reference links ([text][ref]) are not supported; write the address inline: [text](https://…)');
          break;
        default:
          error(at(n), `${n.type} is not supported in answers`);
      }
    }
  };
  walk(nodes, {});
  const out: Span[] = spans
    .filter((s) => s.text)
    .map(({ text, flags }) => (flags.em || flags.strong || flags.href ? { text, ...(flags.em && { em: true }), ...(flags.strong && { strong: true }), ...(flags.href && { href: flags.href }) } : text));
  if (out.length === 1 && typeof out[0] === 'string') return out[0];
  return out.length ? out : '';
}

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const sameFlags = (a: Flags, b: Flags) => !!a.em === !!b.em && !!a.strong === !!b.strong && a.href === b.href;

/**
 * The body of an answer: Markdown (CommonMark, with CJK-friendly emphasis) to pack blocks.
 * markdown-it reads it; this file keeps what the widget can show and turns everything else
 * into an error at its line and column.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import cjkFriendly from 'markdown-it-cjk-friendly';
import type { Block, Rich, Span } from '../../content/types.js';
import { safeHref } from '../../content/safe-url.js';
import type { Position } from './yaml-source.js';

export type ErrorAt = (at: Position, message: string) => void;

/** Where each block (and list item) of a body starts. */
export type BlockPositions = { at: Position; items: Position[] }[];

// CJK-friendly emphasis: `**注意：**请…` is bold in Chinese text, as on GitHub.
const md = new MarkdownIt('commonmark').use(cjkFriendly);
// Links are kept exactly as written and judged here (markdown-it would turn a javascript:
// link silently into text, and percent-encode the others).
md.validateLink = () => true;
md.normalizeLink = (url) => url;
md.normalizeLinkText = (text) => text;

const UNSUPPORTED: Record<string, string> = {
  heading_open: 'a heading cannot be part of an answer: the question (front matter) is its title; use **bold** text for a short lead-in',
  code_block: 'code blocks are not supported in answers; write the text as a paragraph',
  fence: 'code blocks are not supported in answers; write the text as a paragraph',
  html_block: 'HTML is not allowed in answers; use Markdown: **bold**, *italic*, [links](https://…), lists',
  hr: 'a horizontal rule (---, ***) is not supported in answers; remove it (a "---" line can only open and close the front matter)',
  blockquote_open: 'a quote block is not supported here',
  bullet_list_open: 'nested lists are not supported: write the sub-points in the item text or as a separate list',
  ordered_list_open: 'nested lists are not supported: write the sub-points in the item text or as a separate list',
};

const NESTED_LIST = 'nested lists are not supported: write the sub-points in the item text or as a separate list after a paragraph';

/** The index of the token that closes `tokens[i]` (itself when it does not open anything). */
function closing(tokens: Token[], i: number): number {
  if (tokens[i].nesting !== 1) return i;
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j].level === tokens[i].level && tokens[j].nesting === -1) return j;
  return tokens.length - 1;
}

/**
 * The blocks of a Markdown body. `lineOffset` is the number of lines before the body in its
 * file; `positions` receives where each block (and list item) starts.
 */
export function markdownBlocks(markdown: string, lineOffset: number, positions: BlockPositions, error: ErrorAt): Block[] {
  const lines = markdown.split('\n');
  /** Position of the first character of a block on body line `index`, past quote markers. */
  const at = (index: number, quoted = false): Position => {
    const text = lines[index] ?? '';
    const m = (quoted ? /^(?:\s*>\s?)*\s*/ : /^\s*/).exec(text)!;
    return { line: index + 1 + lineOffset, column: m[0].length + 1 };
  };
  const start = (t: Token, quoted = false) => at(t.map?.[0] ?? 0, quoted);
  const env: { references?: Record<string, unknown> } = {};
  const tokens = md.parse(markdown, env);
  const blocks: Block[] = [];

  // Reference definitions leave no token; find their lines to say where they are.
  if (env.references && Object.keys(env.references).length) {
    lines.forEach((line, index) => {
      if (/^ {0,3}\[[^\]]+\]:/.test(line)) error(at(index), 'link reference definitions are not supported; write links inline: [text](https://…)');
    });
  }

  for (let i = 0; i < tokens.length; i = closing(tokens, i) + 1) {
    const t = tokens[i];
    if (t.type === 'paragraph_open') {
      blocks.push({ type: 'p', content: rich(tokens[i + 1], lines, lineOffset, error) });
      positions.push({ at: start(t), items: [] });
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      const list = listBlock(tokens, i, lines, lineOffset, error, at);
      blocks.push(list.block);
      positions.push({ at: start(t), items: list.items });
    } else if (t.type === 'blockquote_open') {
      const warning = warningBlock(tokens, i, lines, lineOffset, error, at);
      if (warning) {
        blocks.push(warning);
        positions.push({ at: start(t), items: [] });
      }
    } else {
      error(start(t), UNSUPPORTED[t.type] ?? `${t.type.replace(/_open$/, '')} is not supported in answers`);
    }
  }
  return blocks;
}

function listBlock(tokens: Token[], open: number, lines: string[], lineOffset: number, error: ErrorAt, at: (index: number, quoted?: boolean) => Position): { block: Block; items: Position[] } {
  const list = tokens[open];
  const ordered = list.type === 'ordered_list_open';
  const first = Number(list.attrGet('start') ?? 1);
  if (ordered && first !== 1) error(at(list.map![0]), `a numbered list always starts at 1 in the widget; number the first item 1. (it is ${first}.)`);
  const items: Rich[] = [];
  const positions: Position[] = [];
  const end = closing(tokens, open);
  for (let i = open + 1; i < end; i = closing(tokens, i) + 1) {
    const item = tokens[i];
    const itemAt = at(item.map![0]);
    positions.push(itemAt);
    const itemEnd = closing(tokens, i);
    if (itemEnd === i + 1) {
      error(itemAt, 'empty list item; write its text or remove the line');
      continue;
    }
    let firstChild = true;
    for (let j = i + 1; j < itemEnd; j = closing(tokens, j) + 1) {
      const child = tokens[j];
      const childAt = at(child.map?.[0] ?? item.map![0]);
      if (firstChild && child.type === 'paragraph_open') items.push(rich(tokens[j + 1], lines, lineOffset, error));
      else if (child.type === 'bullet_list_open' || child.type === 'ordered_list_open') error(childAt, NESTED_LIST);
      else if (firstChild) error(childAt, `a list item holds one line of text; ${UNSUPPORTED[child.type] ?? `${child.type.replace(/_open$/, '')} is not supported in a list item`}`);
      else error(childAt, 'a list item holds one paragraph; start a new item with "- " or end the list with a blank line and a paragraph');
      firstChild = false;
    }
  }
  return { block: { type: ordered ? 'ol' : 'ul', items }, items: positions };
}

const ALERT = /^\[!(\w+)\][ \t]*/;

/** `> [!WARNING]` followed by one paragraph (on the same or the next lines). */
function warningBlock(tokens: Token[], open: number, lines: string[], lineOffset: number, error: ErrorAt, at: (index: number, quoted?: boolean) => Position): Block | undefined {
  const quote = tokens[open];
  const quoteAt = at(quote.map![0]);
  const end = closing(tokens, open);
  const children: number[] = [];
  for (let j = open + 1; j < end; j = closing(tokens, j) + 1) children.push(j);
  const firstInline = tokens[children[0]]?.type === 'paragraph_open' ? tokens[children[0] + 1] : undefined;
  const head = firstInline?.children?.[0];
  const marker = head?.type === 'text' ? ALERT.exec(head.content) : null;
  if (!firstInline || !head || !marker) {
    error(quoteAt, 'a quote block must be a warning: start it with "> [!WARNING]" on its own line (plain quotes are not supported)');
    return undefined;
  }
  if (marker[1] !== 'WARNING') {
    error(quoteAt, `"[!${marker[1]}]" is not supported; the widget has one alert, "> [!WARNING]" (for a note, write a plain paragraph)`);
    return undefined;
  }
  // The text after the marker: on the marker's line, or from the next line on.
  const rest = firstInline.children!.slice(1);
  const remainder = head.content.slice(marker[0].length);
  const sameLine = remainder.length > 0;
  const inline = Object.assign(Object.create(Object.getPrototypeOf(firstInline)), firstInline, {
    children: sameLine ? [{ ...head, content: remainder }, ...rest] : rest[0]?.type === 'softbreak' ? rest.slice(1) : rest,
    map: firstInline.map && (sameLine ? firstInline.map : [firstInline.map[0] + 1, firstInline.map[1]]),
  }) as Token;
  let content: Token | undefined = inline.children!.length ? inline : undefined;
  let extra = children.slice(1);
  if (!content && tokens[children[1]]?.type === 'paragraph_open') {
    content = tokens[children[1] + 1];
    extra = children.slice(2);
  }
  if (!content) {
    error(quoteAt, 'empty warning: write its text on the lines after "> [!WARNING]"');
    return undefined;
  }
  for (const j of extra) error(at(tokens[j].map![0], true), 'a warning holds one paragraph; end the quote (a line without ">") and continue with a normal paragraph, or start another "> [!WARNING]"');
  return { type: 'warning', content: rich(content, lines, lineOffset, error) };
}

type Flags = { em?: boolean; strong?: boolean; href?: string };
const sameFlags = (a: Flags, b: Flags) => !!a.em === !!b.em && !!a.strong === !!b.strong && a.href === b.href;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Inline Markdown → spans: adjacent runs with the same formatting merge, plain runs are strings. */
function rich(inline: Token, lines: string[], lineOffset: number, error: ErrorAt): Rich {
  const spans: { text: string; flags: Flags }[] = [];
  let line = inline.map?.[0] ?? 0;
  let cursor = 0;
  /** Column of `needle` on the current line from the cursor (moving the cursor past it). */
  const find = (needle: string): Position => {
    const index = needle ? (lines[line] ?? '').indexOf(needle, cursor) : -1;
    if (index >= 0) cursor = index + needle.length;
    return { line: line + 1 + lineOffset, column: (index >= 0 ? index : cursor) + 1 };
  };
  const add = (text: string, flags: Flags) => {
    const last = spans.at(-1);
    if (last && sameFlags(last.flags, flags)) last.text += text;
    else spans.push({ text, flags });
  };
  let em = 0;
  let strong = 0;
  let href: string | undefined;
  let skipping = false; // inside a link that was refused
  for (const t of inline.children ?? []) {
    const flags: Flags = { em: em > 0 || undefined, strong: strong > 0 || undefined, href };
    switch (t.type) {
      case 'text':
      case 'text_special':
        find(t.content);
        if (!skipping) add(t.content, flags);
        break;
      case 'softbreak':
        line++;
        cursor = 0;
        if (!skipping) add('\n', flags);
        break;
      case 'hardbreak': {
        const text = lines[line] ?? '';
        error({ line: line + 1 + lineOffset, column: text.replace(/[ \t\\]+$/, '').length + 1 }, 'a hard line break (two trailing spaces or a trailing \\) is not supported; start a new paragraph with a blank line');
        line++;
        cursor = 0;
        break;
      }
      case 'em_open':
      case 'em_close':
        find(t.markup);
        em += t.nesting;
        break;
      case 'strong_open':
      case 'strong_close':
        find(t.markup);
        strong += t.nesting;
        break;
      case 'link_open': {
        const where = find(t.markup === 'autolink' ? '<' : '[');
        const url = t.attrGet('href') ?? '';
        const title = t.attrGet('title');
        if (href !== undefined) error(where, 'a link inside a link; remove the inner one');
        else if (!safeHref(url)) error(where, `link "${url.slice(0, 80)}" must use https:, mailto: or tel:; change it to an https:// address`);
        else if (title) error(where, `link titles ("${title.slice(0, 40)}") are not shown; remove the quoted title after the address`);
        else {
          href = url;
          break;
        }
        skipping = true;
        break;
      }
      case 'link_close':
        if (skipping) skipping = false;
        else href = undefined;
        find(')');
        break;
      case 'image':
        error(find('!['), 'images are not supported in answers; describe it in words or link to a page that shows it');
        break;
      case 'html_inline':
        error(find(t.content), `HTML is not allowed in answers ("${t.content.slice(0, 40)}"); use Markdown, or write < as \\< if you meant the character`);
        break;
      case 'code_inline':
        error(find(t.markup), 'inline code (`…`) is not supported; write it as text, in **bold** if it names something to type');
        break;
      default:
        error(find(''), `${t.type} is not supported in answers`);
    }
  }
  // A soft line break is a space between words, nothing between CJK characters.
  const out: Span[] = spans
    .map(({ text, flags }) => ({ text: text.replace(/(.?)[ \t]*\n[ \t]*(.?)/gu, (_, a: string, b: string) => (CJK.test(a) && CJK.test(b) ? a + b : `${a} ${b}`)), flags }))
    .filter((s) => s.text)
    .map(({ text, flags }) => (flags.em || flags.strong || flags.href ? { text, ...(flags.em && { em: true }), ...(flags.strong && { strong: true }), ...(flags.href && { href: flags.href }) } : text));
  if (out.length === 1 && typeof out[0] === 'string') return out[0];
  return out.length ? out : '';
}

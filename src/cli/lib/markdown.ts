/**
 * One answer in Markdown: YAML front matter for the fields, the body for the structured
 * blocks. Everything the pack format cannot show is an error at its line and column.
 */
import { didYouMean, type SourceIssue } from './issues.js';
import { markdownBlocks } from './markdown-body.js';
import { parseYamlSource, type Position, type YamlSource } from './yaml-source.js';

/** Front-matter keys of an answer, in the order `convert` writes them. */
export const FRONT_MATTER_KEYS = ['id', 'question', 'category', 'keywords', 'asked', 'related', 'popular'] as const;

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
export function parseAnswer(source: string, file: string, defaultId: string): ParsedAnswer {
  const text = source.replace(/^\uFEFF/, '');
  const issues: SourceIssue[] = [];
  const error = (at: Position, message: string) => issues.push({ file, ...at, message, severity: 'error' });
  const entry: Record<string, unknown> = { id: defaultId };
  const fence = FENCE.exec(text);
  let frontMatter: YamlSource | undefined;
  let linesBefore = 0;
  if (!fence) {
    error({ line: 1, column: 1 }, 'no front matter: start the file with a "---" line, then "question: …" and "category: …", then a closing "---" line');
  } else {
    frontMatter = parseYamlSource(fence[1], 1);
    linesBefore = fence[0].split('\n').length - 1;
    for (const e of frontMatter.errors) error(e, `front matter is not valid YAML: ${e.message}`);
    const fm = frontMatter.value;
    if (fm !== undefined && fm !== null && (typeof fm !== 'object' || Array.isArray(fm))) {
      error({ line: 2, column: 1 }, 'front matter must be "key: value" lines (question, category, keywords, asked, related, popular)');
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
  const body = fence ? text.slice(fence[0].length) : text;
  const map: AnswerSourceMap = { file, frontMatter, body: { line: linesBefore + 1, column: 1 }, blocks: [] };
  entry.answer = markdownBlocks(body, linesBefore, map.blocks, error);
  return { entry, issues, map };
}

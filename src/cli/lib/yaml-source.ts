import { LineCounter, parse, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML (or JSON, which YAML 1.2 reads too) text that can say where a field is. */
export interface YamlSource {
  value: unknown;
  /** Syntax errors, each at its line and column. */
  errors: { message: string; line: number; column: number }[];
  /** Where the field at `path` is written, or the closest enclosing field that is. */
  locate(path: readonly (string | number)[]): Position;
}

/** `contact.channels[0].value` → `['contact', 'channels', 0, 'value']`; `(pack)` → `[]`, `(pack).ui` → `['ui']`. */
export function fieldPath(field: string): (string | number)[] {
  const rest = field.replace(/^\(pack\)\.?/, '');
  return [...rest.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/**
 * Parse YAML keeping positions; `lineOffset` shifts reported lines for YAML embedded in a
 * larger file (front matter). Core schema: `09:00` and `2026-12-25` stay strings.
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const options = { prettyErrors: false, uniqueKeys: true, schema: 'core' } as const;
  // Most files are valid and never asked for a position: read the value alone (about twice
  // as fast, which counts for a thousand answers), and build the positioned document only
  // for an error or a locate().
  let value: unknown = simpleMap(text);
  let fast = true;
  if (value === undefined) {
    try {
      value = parse(text, { ...options, logLevel: 'error' });
    } catch {
      fast = false;
    }
  }
  let positioned: { doc: ReturnType<typeof parseDocument>; at: (offset: number) => Position } | undefined;
  const full = () => {
    if (!positioned) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { ...options, lineCounter });
      positioned = {
        doc,
        at: (offset) => {
          const p = lineCounter.linePos(offset);
          return { line: p.line + lineOffset, column: p.col };
        },
      };
    }
    return positioned;
  };
  const errors = fast ? [] : (() => {
    const { doc, at } = full();
    const found = [...doc.errors, ...doc.warnings].map((e) => ({ message: e.message.split('\n')[0], ...at(e.pos[0]) }));
    return found.length ? found : [{ message: 'could not be read (too many aliases?)', line: 1 + lineOffset, column: 1 }];
  })();
  return {
    value: errors.length ? undefined : value,
    errors,
    locate(path) {
      const { doc, at } = full();
      let node = doc.contents as Node | null;
      let pos: Position = node?.range ? at(node.range[0]) : { line: 1 + lineOffset, column: 1 };
      for (const [i, key] of path.entries()) {
        let next: Node | null | undefined;
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
          if (!pair) break;
          const keyNode = pair.key as Node;
          if (keyNode.range) pos = at(keyNode.range[0]);
          next = pair.value as Node | null;
        } else if (isSeq(node) && typeof key === 'number') next = node.items[key] as Node | undefined;
        else break;
        if (!next) break;
        // A map value is reported at its key (`question:`), the last segment's list item at itself.
        if (next.range && !(isMap(node) && i === path.length - 1)) pos = at(next.range[0]);
        node = next;
      }
      return pos;
    },
  };
}

const KEY_LINE = /^([A-Za-z_][\w-]*):[ \t]+(\S.*?)[ \t]*$/;
/** `key:` alone, opening a block list, and one `  - item` of it. */
const LIST_KEY_LINE = /^([A-Za-z_][\w-]*):[ \t]*$/;
const ITEM_LINE = /^  - (\S.*?)[ \t]*$/;
/** A plain scalar with nothing YAML could read as syntax: no indicator first, no ": " or " #". */
const PLAIN = /^(?![-?:,[\]{}#&*!|>'"%@`\s])(?!.*(?::\s|\s#|:$))[^[\]{},\t]*$/;

/** The YAML 1.2 core schema's reading of a plain scalar. */
function coreScalar(s: string): unknown {
  if (/^(?:null|Null|NULL|~)$/.test(s)) return null;
  if (/^(?:true|True|TRUE)$/.test(s)) return true;
  if (/^(?:false|False|FALSE)$/.test(s)) return false;
  if (/^[-+]?[0-9]+$/.test(s)) return Number(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s)) return Number(s);
  if (/^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(s)) return undefined;
  return s;
}

/**
 * The value of the simplest front matter — one `key: value` or `key: [a, b]` per line, or
 * `key:` then `  - item` lines; plain scalars (and list items in double quotes without escapes)
 * only — read directly; undefined for anything else, which the yaml parser reads.
 * A thousand answers' front matter goes through here.
 */
export function simpleMap(text: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  /** The block list being read (`key:` then `  - item` lines), if any. */
  let list: unknown[] | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const item = list && ITEM_LINE.exec(line.replace(/\r$/, ''));
    if (item) {
      const quoted = /^"([^"\\]*)"$/.exec(item[1]);
      const value = quoted ? quoted[1] : PLAIN.test(item[1]) ? coreScalar(item[1]) : undefined;
      if (value === undefined) return undefined;
      list!.push(value);
      continue;
    }
    if (list && !list.length) return undefined;
    list = undefined;
    const open = LIST_KEY_LINE.exec(line.replace(/\r$/, ''));
    if (open) {
      if (open[1] in out) return undefined;
      out[open[1]] = list = [];
      continue;
    }
    const m = KEY_LINE.exec(line.replace(/\r$/, ''));
    if (!m || m[1] in out) return undefined;
    const raw = m[2];
    let value: unknown;
    if (raw.startsWith('[') && raw.endsWith(']')) {
      const inner = raw.slice(1, -1).trim();
      const items = inner ? inner.split(',').map((x) => x.trim()) : [];
      if (items.some((x) => !x || !PLAIN.test(x))) return undefined;
      value = items.map(coreScalar);
      if ((value as unknown[]).includes(undefined)) return undefined;
    } else {
      if (!PLAIN.test(raw)) return undefined;
      value = coreScalar(raw);
      if (value === undefined) return undefined;
    }
    out[m[1]] = value;
  }
  if (list && !list.length) return undefined;
  return Object.keys(out).length ? out : undefined;
}

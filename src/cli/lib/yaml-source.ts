import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';

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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const errors = [...doc.errors, ...doc.warnings].map((e) => ({ message: e.message.split('\n')[0], ...at(e.pos[0]) }));
  return {
    value: errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    errors,
    locate(path) {
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

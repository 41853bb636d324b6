// The widget runs under strict CSP with Trusted Types on other people's pages: these
// constructs would need 'unsafe-eval', a second Trusted Types policy, or open an XSS hole.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FORBIDDEN = [
  [/\binnerHTML\b|\bouterHTML\b|\binsertAdjacentHTML\b/, 'HTML string sinks (innerHTML/outerHTML/insertAdjacentHTML): render with Lit templates'],
  [/\bunsafeHTML\b|\bunsafeSVG\b/, 'unsafeHTML/unsafeSVG: content is structured data, render it with templates'],
  [/\beval\s*\(|\bnew\s+Function\s*\(/, 'eval / new Function: needs unsafe-eval'],
  [/\bdocument\.write\b/, 'document.write'],
  [/setTimeout\(\s*['"`]|setInterval\(\s*['"`]/, 'string timers: needs unsafe-eval'],
  [/<[a-z][^>]*\son[a-z]+\s*=\s*["']/, 'inline event handler attribute: use @event bindings'],
];

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.(ts|js|mjs)$/.test(name)) yield p;
  }
}

/** Lines in `dir` that use a forbidden construct, as "file:line: reason". */
export function checkSourcePatterns(dir) {
  const out = [];
  for (const file of walk(dir)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return; // comments may name what is forbidden
        for (const [re, why] of FORBIDDEN) if (re.test(line)) out.push(`${relative(process.cwd(), file)}:${i + 1}: ${why}`);
      });
  }
  return out;
}

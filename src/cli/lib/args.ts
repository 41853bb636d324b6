import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
export type Parsed<O extends Options> = { exit: number } | { values: Values<O>; positionals: string[] };

/**
 * Parse a command's arguments with node:util; `--help` prints `usage`. Returns `{ exit }`
 * (after printing why) when the command should stop there.
 */
export function commandArgs<O extends Options>(args: string[], usage: string, options: O, positionals: { min: number; max: number }): Parsed<O> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${usage}`);
    return { exit: 1 };
  }
  if (parsed.values.help) {
    console.log(usage);
    return { exit: 0 };
  }
  const n = parsed.positionals.length;
  if (n < positionals.min || n > positionals.max) {
    console.error(`${n < positionals.min ? 'missing argument' : `unexpected argument "${parsed.positionals[positionals.max]}"`}\n\n${usage}`);
    return { exit: 1 };
  }
  return { values: parsed.values as Values<O>, positionals: parsed.positionals };
}

/**
 * `npx support-widget <command>`: the command-line tool shipped in the npm package.
 * Each command is a module in `commands/` (or `insights/`) exporting `run(args)`, loaded
 * only when asked for, so `--help` stays instant.
 */
type Command = { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> };

const COMMANDS: Record<string, Command> = {};

/** Adds a command to the dispatcher; command modules are listed in `commands/index.ts`. */
export function command(name: string, summary: string, load: Command['load']): void {
  COMMANDS[name] = { summary, load };
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'usage: support-widget <command> [options]',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'support-widget <command> --help shows the options of one command.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    console.error(`support-widget: unknown command "${name}".\n\n${usage()}`);
    return 1;
  }
  return (await cmd.load()).run(args);
}

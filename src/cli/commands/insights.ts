/** `support-widget insights collect|report`: the collector and the report (see docs/insights.md). */
const SUBCOMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  collect: () => import('../insights/collect.js'),
  report: () => import('../insights/report.js'),
};

const USAGE = `usage: support-widget insights <collect|report> [options]

  collect   receive the widget's beacons and append them to an NDJSON file
  report    turn that file into one self-contained HTML report (or --json)

support-widget insights <collect|report> --help shows the options.`;

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const load = sub ? SUBCOMMANDS[sub] : undefined;
  if (!load) {
    if (sub && sub !== '--help' && sub !== '-h') console.error(`support-widget insights: unknown subcommand "${sub}".\n`);
    (sub === '--help' || sub === '-h' ? console.log : console.error)(USAGE);
    return sub === '--help' || sub === '-h' ? 0 : 1;
  }
  return (await load()).run(rest);
}

import { commandArgs } from '../lib/args.js';
import { packageDist } from '../lib/package-dist.js';
import { startPreview } from '../lib/preview-server.js';

const USAGE = `usage: support-widget preview <dir> [--port N] [--default-locale <locale>]

Serves a page with the widget showing the Markdown sources in <dir>, and rebuilds when a
file changes (the page reloads; a failed rebuild shows its errors and keeps the last good
content). Placeholder channels are allowed here. Stop with Ctrl+C.

  --port N   the port to listen on (default 4300; 0 picks a free one)`;

/** `support-widget preview <dir> [--port N]` */
export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs(args, USAGE, { port: { type: 'string', short: 'p' }, 'default-locale': { type: 'string' } }, { min: 1, max: 1 });
  if ('exit' in parsed) return parsed.exit;
  const port = Number(parsed.values.port ?? 4300);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`error: --port ${parsed.values.port} is not a port number (0–65535)`);
    return 1;
  }
  const [dir] = parsed.positionals;
  let preview;
  try {
    preview = await startPreview(dir, { port, distDir: packageDist(), defaultLocale: parsed.values['default-locale'] });
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
  console.log(`\nsupport-widget preview of ${dir}: ${preview.url}\n(watching for changes; Ctrl+C to stop)`);
  await new Promise<void>((done) => {
    const stop = () => void preview.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

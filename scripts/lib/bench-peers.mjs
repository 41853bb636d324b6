// Other widgets for `npm run bench:browser`, each on the same host page as ours.
// They are installed into .bench/peers (ignored by git) from scripts/bench-peers/package.json on
// first run, so the project's own dependency tree never holds them, and bundled with esbuild
// the way a site would ship them: minified, production React.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './load-ts.mjs';

const source = join(root, 'scripts', 'bench-peers');
const dir = join(root, '.bench', 'peers');
const pages = join(root, '.bench', 'pages');

/** The peers measured: name, entry in scripts/bench-peers, what the table calls it. */
export const PEERS = [
  { name: 'papercups', entry: 'papercups.js', label: 'Papercups chat widget 1.3.1 (React 16)' },
  { name: 'docsearch', entry: 'docsearch.js', label: 'Algolia DocSearch 5 (@docsearch/js)' },
];

/** Install the peers once (again when their package.json changed). */
function install() {
  const wanted = readFileSync(join(source, 'package.json'), 'utf8');
  const manifest = join(dir, 'package.json');
  if (existsSync(join(dir, 'node_modules')) && existsSync(manifest) && readFileSync(manifest, 'utf8') === wanted) return;
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(source, 'package.json'), manifest);
  console.log('Installing the peer widgets into .bench/peers (first run only)…');
  // React 16 against chat-widget's older peer ranges: --legacy-peer-deps, as their docs say.
  execFileSync('npm', ['install', '--legacy-peer-deps', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: dir, stdio: 'inherit' });
}

/**
 * Bundle each peer (minified, production) into .bench/peers/dist. A peer's CSS, if it imports
 * some, lands next to its script as <name>.css and the page links it.
 */
async function bundle() {
  for (const peer of PEERS) {
    copyFileSync(join(source, peer.entry), join(dir, peer.entry));
    await build({
      entryPoints: [join(dir, peer.entry)],
      outfile: join(dir, 'dist', `${peer.name}.js`),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2020',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
  }
}

/**
 * The same host page for every measurement: demo/bench-bare.html, with `extra` markup added at
 * the end of its body. The pages live in .bench/pages; a <base> keeps the page's own links.
 */
function hostPage(name, extra) {
  const bare = readFileSync(join(root, 'demo', 'bench-bare.html'), 'utf8');
  const html = bare.replace('<head>', '<head>\n    <base href="/demo/" />').replace('</body>', `${extra}\n  </body>`);
  writeFileSync(join(pages, `${name}.html`), html);
  return `/.bench/pages/${name}.html`;
}

/**
 * Install and bundle the peers, write the host pages, and return what to measure: the bare
 * page, ours with the default `loading` and with `loading="idle"`, ours twice more for the
 * keystroke's floors, COMPARE's build if given, and each peer.
 */
export async function preparePages({ compare } = {}) {
  install();
  await bundle();
  mkdirSync(pages, { recursive: true });
  const ours = '<script type="module" src="../dist/support-widget.js"></script>';
  const list = [
    { key: 'bare', label: 'host page, no widget', path: hostPage('bare', '') },
    { key: 'ours', label: 'support-widget (default loading)', path: hostPage('ours', ours), ours: true },
    { key: 'ours-idle', label: 'support-widget loading="idle"', path: hostPage('ours-idle', `<support-widget loading="idle"></support-widget>\n    ${ours}`), ours: true },
    // Our page again, but the first keystroke's rows are put in by hand (no search, no lit): what
    // the browser alone needs to show them, the floor under the keystroke target.
    { key: 'ours-rows', label: 'support-widget, rows put in by hand', path: hostPage('ours-rows', ours), ours: true, keystrokeOnly: 'rows' },
    // And with the keystroke not handled at all: what the browser needs to show a character typed
    // into the widget's search box (the panel's style, layout and paint), the floor under the rows.
    { key: 'ours-typing', label: 'support-widget, keystroke not handled', path: hostPage('ours-typing', ours), ours: true, keystrokeOnly: 'typing' },
  ];
  // COMPARE=<ref>: that commit's build (in .bench/compare), on the same host page.
  if (compare) list.push({ key: 'compare', label: `support-widget at ${compare}`, path: hostPage('compare', ours.replace('../dist/', '../.bench/compare/dist/')), ours: true });
  for (const peer of PEERS) {
    const css = existsSync(join(dir, 'dist', `${peer.name}.css`)) ? `<link rel="stylesheet" href="../.bench/peers/dist/${peer.name}.css" />\n    ` : '';
    list.push({ key: peer.name, label: peer.label, path: hostPage(peer.name, `${css}<script type="module" src="../.bench/peers/dist/${peer.name}.js"></script>`), peer: true });
  }
  return list;
}

/** The CLI's commands, in the order `--help` lists them. One line each. */
import { command } from '../main.js';

command('init', 'create Markdown sources for a new product, with example answers', () => import('./init.js'));
command('check', 'validate Markdown sources or a JSON pack (file:line:column for each problem)', () => import('./check.js'));
command('build', 'compile sources into a drop-in folder: scripts + your packs', () => import('./build.js'));
command('preview', 'serve a page with the widget and your content, rebuilt as you edit', () => import('./preview.js'));
command('convert', 'turn a JSON pack into Markdown sources', () => import('./convert.js'));
command('version', 'print the version of support-widget', () => import('./version.js'));
command('insights', 'collect the widget\'s insights beacons and report what visitors could not find', () => import('./insights.js'));

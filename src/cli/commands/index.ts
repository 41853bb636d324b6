/** The CLI's commands, in the order `--help` lists them. One line each. */
import { command } from '../main.js';

command('version', 'print the version of support-widget', () => import('./version.js'));

/** The CLI's commands, in the order `--help` lists them. One line each. */
import { command } from '../main.js';

command('version', 'print the version of support-widget', () => import('./version.js'));
command('insights', 'collect the widget\'s insights beacons and report what visitors could not find', () => import('./insights.js'));

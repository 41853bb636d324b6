/**
 * What the "Before you contact us" checklist collects, by field id (the pack declares the
 * fields). Never a recovery phrase or key: the secret guard checks the summary first.
 */
export type ContactDetails = Record<string, string | undefined>;

/** One line of the summary: a checklist field or an environment fact, with its label. */
export interface SummaryField {
  id: string;
  label: string;
}

/** Facts the browser can tell us, so the visitor does not have to look them up. */
export interface EnvironmentInfo {
  browser?: string;
  os?: string;
  device?: string;
  language?: string;
  timeZone?: string;
  page?: string;
}

type Rule = [RegExp, (m: RegExpExecArray) => string];

const BROWSERS: Rule[] = [
  [/Edg\/(\d+)/, (m) => `Edge ${m[1]}`],
  [/(?:Chrome|CriOS)\/(\d+)/, (m) => `Chrome ${m[1]}`],
  [/(?:Firefox|FxiOS)\/(\d+)/, (m) => `Firefox ${m[1]}`],
  [/Version\/([\d.]+).*Safari/, (m) => `Safari ${m[1]}`],
];
const SYSTEMS: Rule[] = [
  [/Android ([\d.]+)/, (m) => `Android ${m[1]}`],
  [/(?:iPhone|iPad|iPod).* OS ([\d_]+)/, (m) => `iOS ${m[1].replace(/_/g, '.')}`],
  [/Windows NT/, () => 'Windows'],
  [/Mac OS X/, () => 'macOS'],
  [/Linux/, () => 'Linux'],
];

function firstMatch(text: string, rules: Rule[]): string | undefined {
  for (const [re, label] of rules) {
    const m = re.exec(text);
    if (m) return label(m);
  }
  return undefined;
}

/** Describe the browser from a user-agent string (best effort; only for the visitor's own message). */
export function describeEnvironment(userAgent: string, extra: Omit<EnvironmentInfo, 'browser' | 'os' | 'device'> = {}): EnvironmentInfo {
  const ua = userAgent.slice(0, 500);
  const device = /iPad|Tablet/.test(ua) ? 'tablet' : /Mobi|iPhone|Android/.test(ua) ? 'mobile' : 'desktop';
  return { browser: firstMatch(ua, BROWSERS), os: firstMatch(ua, SYSTEMS), device, ...extra };
}

/** Labels of the environment lines, from the pack's UI strings. */
export type EnvironmentLabels = Record<keyof EnvironmentInfo, string>;

/**
 * A plain-text summary to paste into an email, chat or ticket: the checklist's fields in their
 * order, then the environment. Empty fields are left out.
 */
export function buildContactSummary(details: ContactDetails, fields: readonly SummaryField[], env: EnvironmentInfo, envLabels: EnvironmentLabels): string {
  const lines: string[] = [];
  for (const f of fields) {
    const v = details[f.id]?.trim();
    if (v) lines.push(`${f.label}: ${v}`);
  }
  for (const [key, value] of Object.entries(env) as [keyof EnvironmentInfo, string | undefined][]) {
    const v = value?.trim();
    if (v) lines.push(`${envLabels[key]}: ${v}`);
  }
  return lines.join('\n');
}

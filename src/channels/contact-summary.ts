/** What the "Before you contact us" checklist collects. Never a recovery phrase or key. */
export interface ContactDetails {
  /** The email or phone number used to register, for identity checks. */
  account?: string;
  /** Public wallet address. */
  address?: string;
  /** Transaction hash of the transfer in question. */
  txHash?: string;
  /** When it happened, in the visitor's words. */
  when?: string;
  /** What went wrong. */
  problem?: string;
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

/** Labels for the summary lines, from the pack's UI strings. */
export type SummaryLabels = Record<keyof ContactDetails | keyof EnvironmentInfo, string>;

/** A plain-text summary to paste into an email, chat or ticket. Empty fields are left out. */
export function buildContactSummary(details: ContactDetails, env: EnvironmentInfo, labels: SummaryLabels): string {
  const lines: string[] = [];
  for (const [key, value] of [...Object.entries(details), ...Object.entries(env)] as [keyof SummaryLabels, string | undefined][]) {
    const v = value?.trim();
    if (v) lines.push(`${labels[key]}: ${v}`);
  }
  return lines.join('\n');
}

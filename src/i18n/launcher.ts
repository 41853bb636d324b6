/**
 * The launcher's strings for each built-in interface language, built into the core so the
 * launcher is drawn in the visitor's language before any content or catalog loads.
 */
export interface LauncherStrings {
  launcherLabel: string;
  statusDegraded: string;
}

export const LAUNCHER_STRINGS: Record<string, LauncherStrings> = {
  en: { launcherLabel: 'Help & support', statusDegraded: 'Service problem' },
  'zh-CN': { launcherLabel: '帮助与客服', statusDegraded: '服务异常' },
};

/** The launcher strings of `locale` (a locale the interface has), English otherwise. */
export function launcherStrings(locale: string): LauncherStrings {
  return LAUNCHER_STRINGS[locale] ?? LAUNCHER_STRINGS.en;
}

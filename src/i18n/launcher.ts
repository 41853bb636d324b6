/**
 * The launcher's strings for each built-in interface language, built into the core so the
 * launcher is drawn in the visitor's language before any content or catalog loads. Each
 * locale here has a catalog in `catalogs/` with the same two strings (a test checks it).
 */
import { matchLocale } from '../content/locale.js';

export interface LauncherStrings {
  launcherLabel: string;
  statusDegraded: string;
}

// [launcherLabel, statusDegraded] per locale: pairs rather than objects, since this ships in the core.
const PAIRS: Record<string, [string, string]> = {
  en: ['Help & support', 'Service problem'],
  'zh-CN': ['帮助与客服', '服务异常'],
  'zh-TW': ['幫助與客服', '服務異常'],
  ja: ['ヘルプとサポート', 'サービス障害'],
  ko: ['도움말 및 고객지원', '서비스 장애'],
  vi: ['Trợ giúp & hỗ trợ', 'Sự cố dịch vụ'],
  th: ['ศูนย์ช่วยเหลือ', 'บริการขัดข้อง'],
  id: ['Bantuan & dukungan', 'Gangguan layanan'],
  ru: ['Помощь и поддержка', 'Сбой сервиса'],
  uk: ['Допомога і підтримка', 'Збій сервісу'],
  es: ['Ayuda y soporte', 'Problema en el servicio'],
  'pt-BR': ['Ajuda e suporte', 'Problema no serviço'],
  fr: ['Aide et assistance', 'Incident en cours'],
  de: ['Hilfe & Support', 'Störung'],
  it: ['Aiuto e assistenza', 'Problema al servizio'],
  tr: ['Yardım ve destek', 'Hizmet sorunu'],
  ar: ['المساعدة والدعم', 'مشكلة في الخدمة'],
  hi: ['मदद और सहायता', 'सेवा में समस्या'],
};

/** The locales the launcher has strings for (the built-in interface languages). */
export const LAUNCHER_LOCALES: readonly string[] = Object.keys(PAIRS);

/**
 * Those written right to left, so the launcher takes the mirrored corner before any catalog
 * loads (the full table, `directionOf`, rides in the catalog chunk; a test checks they agree).
 */
export const RTL_LAUNCHER_LOCALES: readonly string[] = ['ar'];

/**
 * The launcher strings for a visitor who reads `locale` (any BCP 47 tag: `zh-HK` gets zh-TW,
 * `pt-PT` pt-BR, `fr-CA` fr; see `matchLocale`), English when no built-in language matches.
 */
export function launcherStrings(locale: string): LauncherStrings {
  const [launcherLabel, statusDegraded] = PAIRS[matchLocale(locale, LAUNCHER_LOCALES) ?? 'en'];
  return { launcherLabel, statusDegraded };
}

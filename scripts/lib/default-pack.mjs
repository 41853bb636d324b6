/** The product and locale the script bundles by default (the sources in content/<id>/<locale>/). */
export const DEFAULT_PACK = { id: 'tpwallet', locale: 'zh-CN' };

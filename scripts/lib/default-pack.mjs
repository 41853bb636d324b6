/** The product and locale the script bundles by default (content/<id>/<locale>.json). */
export const DEFAULT_PACK = { id: 'tpwallet', locale: 'zh-CN' };

/** OpenCC's dictionaries as opencc-js ships them: `from to|from to|…` (build time only). */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}

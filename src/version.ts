/** This build's version (package.json's; test/node/version.test.mjs keeps them equal). */
export const VERSION = '0.1.0';

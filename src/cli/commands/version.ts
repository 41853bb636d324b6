import { createRequire } from 'node:module';

/** Prints the package version. */
export async function run(): Promise<number> {
  const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
  console.log(pkg.version);
  return 0;
}

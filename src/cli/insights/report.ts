/** `support-widget insights report`: the collector's NDJSON file as an HTML report or JSON. */
import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ContentPack } from '../../content/types.js';
import { InsightsAggregator, type GroupFigures, type InsightsFigures } from './aggregate.js';
import { readRecords } from './read-records.js';
import { reportHtml } from './report-html.js';
import { dataTexts, packTexts, suggestSynonyms } from './synonyms.js';

export const REPORT_USAGE = `usage: support-widget insights report <insights.ndjson> [--out report.html] [--json] [--pack <pack.json> …]

Reads the collector's file line by line and writes one self-contained HTML report (no
external requests, printable), one section per product and language.

  --out <file>     the HTML report (default report.html, or none with --json)
  --json           print the same figures as JSON on standard output
  --pack <file>    a JSON content pack, as written or as built (the content/<locale>.json of
                   "support-widget build"): names the answers and finds synonym suggestions
                   with the pack's own search; repeat per locale`;

function loadPack(path: string): ContentPack {
  let pack: ContentPack;
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as ContentPack | { pack: ContentPack };
    // A built pack is `{ pack, index }`: the search here builds its own index.
    pack = json && typeof json === 'object' && 'pack' in json && !('meta' in json) ? json.pack : (json as ContentPack);
  } catch (err) {
    throw new Error(`--pack ${path}: ${err instanceof Error ? err.message : err}`);
  }
  if (!pack?.meta?.id || !pack.meta.locale || !Array.isArray(pack.faq)) throw new Error(`--pack ${path}: not a content pack (expected meta.id, meta.locale and faq)`);
  return pack;
}

/** Read `path` and compute every figure of the report. */
export async function buildFigures(path: string, packs: ContentPack[] = []): Promise<InsightsFigures> {
  const aggregator = new InsightsAggregator();
  const read = await readRecords(path, (r) => aggregator.add(r));
  const createSearch = packs.length ? (await import('../../search/index.js')).createSearch : undefined;
  const groups: GroupFigures[] = aggregator.groups().map(({ figures, foundBy, noResultAll }) => {
    const pack = packs.find((p) => p.meta.id === figures.pack && p.meta.locale === figures.locale);
    if (!pack) return { ...figures, synonyms: suggestSynonyms(noResultAll, dataTexts(foundBy)) };
    const questions = new Map(pack.faq.map((q) => [q.id, q.question]));
    return {
      ...figures,
      unhelpful: figures.unhelpful.map((a) => ({ ...a, question: questions.get(a.id) })),
      synonyms: suggestSynonyms(noResultAll, packTexts(pack), createSearch!(pack)),
    };
  });
  return { ...read, groups };
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      pack: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(REPORT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`insights report: give one NDJSON file written by "insights collect".\n\n${REPORT_USAGE}`);
    return 1;
  }
  const [input] = positionals;
  const packs = values.pack.map(loadPack);
  let figures: InsightsFigures;
  try {
    figures = await buildFigures(input, packs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    console.error(`insights report: ${code === 'ENOENT' ? `${input} does not exist (start "insights collect --out ${input}" first)` : err instanceof Error ? err.message : err}`);
    return 1;
  }
  for (const p of packs) if (!figures.groups.some((g) => g.pack === p.meta.id && g.locale === p.meta.locale)) console.error(`insights report: no beacons for the pack ${p.meta.id} (${p.meta.locale}); it was not used.`);
  if (figures.skipped) console.error(`insights report: skipped ${figures.skipped} of ${figures.lines} lines that are not records (${figures.skippedExamples[0]}).`);
  const out = values.out ?? (values.json ? undefined : 'report.html');
  if (out) {
    // Written beside the target and renamed, so a report is never left half written.
    const tmp = `${out}.${process.pid}.tmp`;
    await writeFile(tmp, reportHtml(figures, input, packs.length > 0));
    await rename(tmp, out);
    if (!values.json) console.log(`insights report: ${figures.lines - figures.skipped} visits, ${figures.groups.length} product/language section(s) → ${out}`);
  }
  if (values.json) console.log(JSON.stringify(figures, null, 2));
  return 0;
}

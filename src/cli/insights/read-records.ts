import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkRecord, type InsightsRecord } from '../../insights/beacon-schema.js';

/**
 * Read the collector's NDJSON file line by line (never whole), handing each valid record to
 * `each`. Lines that are not a record are counted, with the first few reasons kept.
 */
export async function readRecords(path: string, each: (record: InsightsRecord) => void): Promise<{ lines: number; skipped: number; skippedExamples: string[] }> {
  const lines = createInterface({ input: createReadStream(path, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let n = 0;
  let skipped = 0;
  const skippedExamples: string[] = [];
  const skip = (reason: string) => {
    skipped++;
    if (skippedExamples.length < 5) skippedExamples.push(`line ${n}: ${reason}`);
  };
  for await (const line of lines) {
    n++;
    if (!line.trim()) {
      n--; // blank lines (a newline added after a cut-off write) are not records
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skip('not JSON (a line cut off by a crash?)');
      continue;
    }
    const checked = checkRecord(value);
    if (checked.ok) each(checked.value);
    else skip(checked.errors[0]);
  }
  return { lines: n, skipped, skippedExamples };
}

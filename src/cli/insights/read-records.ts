import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { checkRecord, type InsightsRecord } from '../../insights/beacon-schema.js';

/**
 * Hands the lines of a file to `each`, 64 KiB at a time (never the whole file): each chunk is
 * decoded once (StringDecoder keeps a character cut at the chunk's edge for the next one) and
 * split. Measured: as fast as node:readline, and twice as fast as 1 MiB chunks, whose big
 * strings fall out of the CPU cache and cost 50 MB more memory.
 */
async function forEachLine(path: string, each: (line: string) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of createReadStream(path, { highWaterMark: 64 << 10 }) as AsyncIterable<Buffer>) {
    const lines = (rest + decoder.write(chunk)).split('\n');
    rest = lines.pop()!;
    for (const line of lines) each(line);
  }
  rest += decoder.end();
  if (rest) each(rest);
}

/**
 * Read the collector's NDJSON file line by line, handing each valid record to `each`. Lines
 * that are not a record are counted, with the first few reasons kept.
 */
export async function readRecords(path: string, each: (record: InsightsRecord) => void): Promise<{ lines: number; skipped: number; skippedExamples: string[] }> {
  let n = 0;
  let lineNo = 0;
  let skipped = 0;
  const skippedExamples: string[] = [];
  const skip = (reason: string) => {
    skipped++;
    if (skippedExamples.length < 5) skippedExamples.push(`line ${lineNo}: ${reason}`);
  };
  await forEachLine(path, (line) => {
    lineNo++;
    // Blank lines (the newline the collector adds after a cut-off write) are not records.
    if (line.length < 2 && !line.trim()) return;
    n++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return skip('not JSON (a line cut off by a crash?)');
    }
    const checked = checkRecord(value);
    if (checked.ok) each(checked.value);
    else skip(checked.errors[0]);
  });
  return { lines: n, skipped, skippedExamples };
}

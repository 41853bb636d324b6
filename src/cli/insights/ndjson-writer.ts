import { open, type FileHandle } from 'node:fs/promises';

/**
 * Appends lines to one file through a single writer, so concurrent beacons never interleave.
 * Lines queued while a write is under way go out together in the next write, followed by one
 * `fdatasync` (group commit): `append()` resolves only once its line is on disk, and the
 * collector answers the beacon after that. A crash or kill therefore loses at most the lines
 * not yet acknowledged, never an acknowledged one.
 */
export class NdjsonWriter {
  private pending: { line: string; done: () => void; failed: (e: unknown) => void }[] = [];
  private writing?: Promise<void>;

  private constructor(private readonly file: FileHandle) {}

  /**
   * Open `path` for appending (created if missing). A file whose last line was cut short (a
   * power loss mid-write) gets a newline first, so the next record starts on its own line.
   */
  static async open(path: string): Promise<NdjsonWriter> {
    const file = await open(path, 'a+');
    const { size } = await file.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      await file.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) await file.appendFile('\n');
    }
    return new NdjsonWriter(file);
  }

  /** Queue one record (serialized as one line); resolves once it is written and synced. */
  append(record: unknown): Promise<void> {
    const line = JSON.stringify(record) + '\n';
    return new Promise((done, failed) => {
      this.pending.push({ line, done, failed });
      this.writing ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.file.appendFile(batch.map((p) => p.line).join(''));
        await this.file.datasync();
        for (const p of batch) p.done();
      } catch (e) {
        for (const p of batch) p.failed(e);
      }
    }
    this.writing = undefined;
  }

  /** Wait for queued lines, then close the file. */
  async close(): Promise<void> {
    await this.writing;
    await this.file.close();
  }
}

import { fsync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let serial = 0;

/**
 * Keeps a checkpoint file up to date without holding up the batch: each `request()` asks for the
 * file to reflect the current state; the write (temporary file, fsync, rename) happens off the
 * main thread, and requests made while a write is under way coalesce into one more write of the
 * then-current state. Every version on disk is whole and consistent; a crash leaves the last one.
 */
export class CheckpointWriter {
  private writing: Promise<void> | undefined;
  private dirty = false;
  private failure: unknown;

  /**
   * @param path the checkpoint file
   * @param snapshot serialises the current state, synchronously (so it is consistent), and names
   *   a file descriptor to flush to disk before the checkpoint that counts its bytes is written
   */
  constructor(private readonly path: string, private readonly snapshot: () => { text: string; flushFirst: number | undefined }) {}

  request(): void {
    if (this.writing !== undefined) { this.dirty = true; return; }
    this.start();
  }

  /** Waits until every requested state is on disk; throws if a write failed. */
  async flush(): Promise<void> {
    while (this.writing !== undefined) await this.writing;
    if (this.failure !== undefined) throw this.failure;
  }

  private start(): void {
    this.dirty = false;
    const { text, flushFirst } = this.snapshot();
    this.writing = this.write(text, flushFirst).then(
      () => { this.writing = undefined; if (this.dirty) this.start(); },
      (error: unknown) => { this.failure ??= error; this.writing = undefined; },
    );
  }

  private async write(text: string, flushFirst: number | undefined): Promise<void> {
    if (flushFirst !== undefined) await new Promise<void>((resolve, reject) => fsync(flushFirst, (e) => (e ? reject(e) : resolve())));
    const temp = join(dirname(this.path), `.${basename(this.path)}.tmp-${process.pid}-${serial++}`);
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, this.path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}

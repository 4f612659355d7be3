import { fsync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let serial = 0;

/** Bytes written at a time; a UTF-16 code unit is at most 3 bytes of UTF-8 (a pair, 4 bytes for 2). */
const BLOCK_BYTES = 3 << 18;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Time between two snapshots, at least, as a multiple of what the last one took: serialising a
 * checkpoint is synchronous work on the main thread (a korea-2024 batch over the judgments holds
 * forty draws' aggregates, ~1.4 MB of text), which on a two-core machine is taken from the workers.
 * Written back to back, checkpoints cost a 20,000-run korea-2024 batch 0.56 CPU-s of the main
 * thread and 10% of its time (docs/performance.md, fifteenth pass); at a tenth of the main thread
 * they cost that at most, and a small checkpoint (milliseconds to serialise) is still written
 * almost as often as asked.
 */
export const CHECKPOINT_SPACING = 10;

/**
 * Keeps a checkpoint file up to date without holding up the batch: each `request()` asks for the
 * file to reflect the current state; the write (temporary file, fsync, rename) happens off the
 * main thread, and requests made while a write is under way, or too soon after the last snapshot
 * ({@link CHECKPOINT_SPACING}), coalesce into one later write of the then-current state; `flush()`
 * writes it at once. Every version on disk is whole and consistent; a crash leaves the last one.
 */
export class CheckpointWriter {
  private writing: Promise<void> | undefined;
  private dirty = false;
  private failure: unknown;
  /** A deferred write, and when the next snapshot may be taken (performance.now() ms). */
  private timer: ReturnType<typeof setTimeout> | undefined;
  private notBefore = 0;
  private flushing = false;
  /**
   * One block of the file's bytes at a time, reused by every write: a checkpoint of a batch over
   * the judgments is megabytes, and a buffer of the whole text per write (what writeFile(text)
   * makes) is external memory that lives until a full collection — tens of MB of a long batch's
   * peak.
   */
  private readonly block = Buffer.allocUnsafe(BLOCK_BYTES);

  /**
   * @param path the checkpoint file
   * @param snapshot serialises the current state, synchronously (so it is consistent), and names
   *   a file descriptor to flush to disk before the checkpoint that counts its bytes is written
   */
  constructor(private readonly path: string, private readonly snapshot: () => { text: string; flushFirst: number | undefined }, private readonly spacing = CHECKPOINT_SPACING) {}

  request(): void {
    this.dirty = true;
    if (this.writing !== undefined || this.timer !== undefined) return;
    const wait = this.flushing ? 0 : this.notBefore - performance.now();
    if (wait > 0) { this.timer = setTimeout(() => { this.timer = undefined; if (this.dirty && this.writing === undefined) this.start(); }, wait); return; }
    this.start();
  }

  /** Writes the latest requested state now, and waits until it is on disk; throws if a write failed. */
  async flush(): Promise<void> {
    this.flushing = true;
    try {
      if (this.timer !== undefined) { clearTimeout(this.timer); this.timer = undefined; }
      for (;;) {
        if (this.writing !== undefined) { await this.writing; continue; }
        if (!this.dirty || this.failure !== undefined) break;
        this.start();
      }
    } finally {
      this.flushing = false;
    }
    if (this.failure !== undefined) throw this.failure;
  }

  private start(): void {
    this.dirty = false;
    const began = performance.now();
    const { text, flushFirst } = this.snapshot();
    const now = performance.now();
    this.notBefore = now + this.spacing * (now - began);
    this.writing = this.write(text, flushFirst).then(
      () => { this.writing = undefined; if (this.dirty && !this.flushing) this.request(); },
      (error: unknown) => { this.failure ??= error; this.writing = undefined; },
    );
  }

  private async write(text: string, flushFirst: number | undefined): Promise<void> {
    if (flushFirst !== undefined) await new Promise<void>((resolve, reject) => fsync(flushFirst, (e) => (e ? reject(e) : resolve())));
    const temp = join(dirname(this.path), `.${basename(this.path)}.tmp-${process.pid}-${serial++}`);
    const handle = await open(temp, 'w');
    try {
      // Block by block (only one write is ever under way, so the block is free); a block's
      // characters never end between the two halves of a surrogate pair.
      let position = 0;
      for (let from = 0; from < text.length;) {
        let to = Math.min(text.length, from + BLOCK_BYTES / 3);
        if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
        const bytes = this.block.write(text.slice(from, to), 0, 'utf8');
        for (let done = 0; done < bytes;) done += (await handle.write(this.block, done, bytes - done, position + done)).bytesWritten;
        position += bytes;
        from = to;
      }
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

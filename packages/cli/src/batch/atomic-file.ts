import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, ftruncateSync, fstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let serial = 0;

/**
 * Writes a file (text or bytes) so that it appears whole or not at all: the content goes to a temporary file in the
 * same directory, is flushed to disk (fsync), then renamed over the target; the directory is
 * synced so the rename itself survives a crash.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, mode?: number): void {
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${serial++}`);
  // With `mode` (0o600 for a file of secrets), the file is never readable by others, not even
  // between its creation and a chmod.
  const fd = openSync(temp, 'w', mode);
  try {
    if (typeof content === 'string') writeSync(fd, content);
    else for (let off = 0; off < content.length;) off += writeSync(fd, content, off, content.length - off);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dirname(path));
}

/** fsync a directory where the platform allows it (not on Windows). */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms and file systems refuse to sync directories; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A file written by appending, under a temporary name, and renamed into place only by `commit`:
 * readers never see half a file. `sync` flushes and returns the bytes written so far, so a
 * checkpoint can record a length to truncate back to when the batch resumes.
 */
export class AtomicAppendFile {
  private fd: number;
  private length: number;

  /**
   * Opens `tempPath` for appending: from empty, or — when `resumeAt` is given — truncated to that
   * many bytes (a file shorter than that throws, since what it should hold is gone).
   */
  constructor(readonly path: string, readonly tempPath: string, resumeAt?: number) {
    if (resumeAt === undefined) {
      this.fd = openSync(tempPath, 'w');
      this.length = 0;
    } else {
      this.fd = openSync(tempPath, 'r+');
      const size = fstatSync(this.fd).size;
      if (size < resumeAt) {
        closeSync(this.fd);
        throw new Error(`${tempPath} holds ${size} bytes, fewer than the ${resumeAt} the checkpoint recorded`);
      }
      ftruncateSync(this.fd, resumeAt);
      this.length = resumeAt;
    }
  }

  write(text: string): void {
    if (text.length === 0) return;
    const buffer = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < buffer.length) off += writeSync(this.fd, buffer, off, buffer.length - off, this.length + off);
    this.length += buffer.length;
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.length;
  }

  /** The open file, for an asynchronous fsync before a checkpoint counts its bytes. */
  get descriptor(): number {
    return this.fd;
  }

  /** Flushes, closes and renames the file into place. */
  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tempPath, this.path);
    syncDirectory(dirname(this.path));
  }

  /** Closes the file and leaves the temporary file where it is (for a later resume). */
  keep(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
  }

  /** Closes and deletes the temporary file. */
  discard(): void {
    closeSync(this.fd);
    rmSync(this.tempPath, { force: true });
  }
}

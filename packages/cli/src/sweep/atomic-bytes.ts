import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { syncDirectory } from '../batch/atomic-file.js';

let serial = 0;

/**
 * `writeFileAtomic` (batch/atomic-file.ts) for binary content: the bytes go to a temporary file in
 * the same directory, are flushed (fsync), then renamed over the target, and the directory synced.
 */
export function writeBytesAtomic(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-b${serial++}`);
  const fd = openSync(temp, 'w');
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
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

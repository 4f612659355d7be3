import type { CliIo } from '../io.js';

/**
 * Ctrl-C for any chunked job: the first press stops handing out chunks and lets those in flight
 * finish (so their work is kept), the second drops them. Returns the unsubscribe function.
 */
export function stopOnInterrupt(io: CliIo, execution: { stop(): void; abort(): void }, progress: { stop(): void }): (() => void) | undefined {
  let interrupts = 0;
  return io.onInterrupt?.(() => {
    interrupts++;
    if (interrupts === 1) {
      progress.stop();
      io.stderr('\ncasus: stopping — finishing the chunks in flight (Ctrl-C again to drop them)…\n');
      execution.stop();
    } else {
      execution.abort();
    }
  });
}

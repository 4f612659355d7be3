import type { CliIo } from '../io.js';

/**
 * What a sweep or sensitivity job says on stderr when it ends: failed runs (counted exactly, the
 * first ones kept by run index) and, unless quiet, how fast it went. Returns the failed runs.
 */
export function reportJobFooter(job: { points: readonly { aggregates: { failed: number } }[]; simulatedHere: number; durationMs: number; workers: number }, quiet: boolean, io: CliIo): number {
  const errors = job.points.reduce((n, p) => n + p.aggregates.failed, 0);
  if (errors > 0) io.stderr(`casus: ${errors} run${errors === 1 ? '' : 's'} failed (the first of them are listed by run index in aggregates.json); the probabilities count the others\n`);
  if (!quiet && job.simulatedHere > 0) {
    const seconds = job.durationMs / 1000;
    io.stderr(`casus: ${job.simulatedHere.toLocaleString('en-US')} runs in ${seconds.toFixed(1)} s — ${Math.round(job.simulatedHere / Math.max(seconds, 1e-3)).toLocaleString('en-US')} runs/s with ${job.workers} worker${job.workers === 1 ? '' : 's'}\n`);
  }
  return errors;
}

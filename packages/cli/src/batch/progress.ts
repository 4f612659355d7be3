import { SingleBar } from 'cli-progress';

/** Shows how a batch is going; a no-op when stderr is not a terminal or with --quiet. */
export interface Progress {
  add(runs: number): void;
  stop(): void;
}

const NONE: Progress = { add: () => {}, stop: () => {} };

/**
 * A progress bar on stderr: runs done of the total, runs per second (over the last few seconds)
 * and the time left. Only for a terminal; logs and pipes get nothing.
 */
export function createProgress(enabled: boolean, total: number, startAt: number, now: () => number = Date.now): Progress {
  if (!enabled || total <= 0) return NONE;
  const bar = new SingleBar({
    stream: process.stderr,
    format: '{bar} {percentage}% | {value}/{total} runs | {speed} runs/s | ETA {eta_formatted}',
    formatValue: (v, _o, type) => (type === 'value' || type === 'total' ? v.toLocaleString('en-US') : String(v)),
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 8,
  });
  let done = startAt;
  const samples: { t: number; done: number }[] = [{ t: now(), done }];
  bar.start(total, done, { speed: '…' });
  return {
    add(runs) {
      done += runs;
      const t = now();
      samples.push({ t, done });
      while (samples.length > 2 && t - samples[0]!.t > 5_000) samples.shift();
      const first = samples[0]!;
      const speed = t > first.t ? Math.round(((done - first.done) * 1000) / (t - first.t)) : 0;
      bar.update(Math.min(done, total), { speed: speed.toLocaleString('en-US') });
    },
    stop() {
      bar.stop();
    },
  };
}

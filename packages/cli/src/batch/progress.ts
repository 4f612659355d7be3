import { SingleBar } from 'cli-progress';
import type { CliIo } from '../io.js';

/** Shows how a batch is going: a bar on a terminal, NDJSON lines for scripts, or nothing. */
export interface Progress {
  add(runs: number): void;
  stop(): void;
}

/**
 * How progress is shown: `bar` on a terminal, `ndjson` when `CASUS_PROGRESS=ndjson` (for scripts,
 * dashboards and cluster logs: it wins over --quiet and works without a terminal), else nothing.
 */
export type ProgressMode = 'bar' | 'ndjson' | 'none';

/** The mode for a command of `io`: see {@link ProgressMode}. */
export function progressMode(io: CliIo, quiet: boolean): ProgressMode {
  if (io.env.CASUS_PROGRESS === 'ndjson') return 'ndjson';
  return !quiet && (io.stderrIsTTY ?? io.isTTY) ? 'bar' : 'none';
}

const NONE: Progress = { add: () => {}, stop: () => {} };

/** At most one NDJSON line a second (besides the first and the last). */
const NDJSON_EVERY_MS = 1_000;
/** Runs per second are measured over the last few seconds. */
const RATE_WINDOW_MS = 5_000;

/** Runs per second over the last {@link RATE_WINDOW_MS}, from samples pushed as runs finish. */
function rateMeter(start: { t: number; done: number }): (t: number, done: number) => number {
  const samples = [start];
  return (t, done) => {
    samples.push({ t, done });
    while (samples.length > 2 && t - samples[0]!.t > RATE_WINDOW_MS) samples.shift();
    const first = samples[0]!;
    return t > first.t ? ((done - first.done) * 1000) / (t - first.t) : 0;
  };
}

/**
 * Progress of `total` runs, `startAt` of them done already (a resumed batch): a bar on stderr
 * (runs done, runs per second, time left), or with `ndjson` one JSON object per line on stderr —
 * `{"event":"progress","done","total","elapsedSeconds","runsPerSecond","etaSeconds"}` at the
 * start, at most once a second, and `"event":"done"` at the end.
 */
export function createProgress(mode: ProgressMode, io: CliIo, total: number, startAt: number, now: () => number = Date.now): Progress {
  if (mode === 'none' || total <= 0) return NONE;
  return mode === 'bar' ? barProgress(total, startAt, now) : ndjsonProgress(io, total, startAt, now);
}

function barProgress(total: number, startAt: number, now: () => number): Progress {
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
  const rate = rateMeter({ t: now(), done });
  bar.start(total, done, { speed: '…' });
  return {
    add(runs) {
      done += runs;
      bar.update(Math.min(done, total), { speed: Math.round(rate(now(), done)).toLocaleString('en-US') });
    },
    stop() {
      bar.stop();
    },
  };
}

function ndjsonProgress(io: CliIo, total: number, startAt: number, now: () => number): Progress {
  const started = now();
  let done = startAt;
  let last = started;
  let speed = 0;
  const rate = rateMeter({ t: started, done });
  const line = (event: 'progress' | 'done', t: number): void => {
    const left = total - Math.min(done, total);
    io.stderr(`${JSON.stringify({
      event, done: Math.min(done, total), total,
      elapsedSeconds: round((t - started) / 1000), runsPerSecond: Math.round(speed),
      etaSeconds: event === 'done' ? 0 : speed > 0 ? round(left / speed) : null,
    })}\n`);
  };
  line('progress', started);
  let stopped = false;
  return {
    add(runs) {
      done += runs;
      const t = now();
      speed = rate(t, done);
      if (t - last >= NDJSON_EVERY_MS) { last = t; line('progress', t); }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      line('done', now());
    },
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

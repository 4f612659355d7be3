import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChunkOutput, ChunkTask } from './chunk-simulator.js';
import { writeFileAtomic } from './atomic-file.js';
import { chunkSimulatorFor, type RunnerInit, type StepSimulator } from './simulator-factory.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

/**
 * Something that simulates chunks: a pool of worker threads, or this thread. `capacity` chunks
 * may be in flight at once; results come back in completion order and the caller merges them in
 * chunk order.
 */
export interface ChunkRunner {
  /** Chunks that may be in flight now. */
  readonly capacity: number;
  /** The most it can grow to (a pool that starts small); its capacity when it cannot grow. */
  readonly limit?: number;
  /** Raises the capacity to `to` (at most `limit`): a pool starts more workers. */
  grow?(to: number): void;
  run(task: ChunkTask): Promise<ChunkOutput>;
  /** Stops everything at once; chunks in flight reject. */
  close(): Promise<void>;
}

/** Called with the number of runs finished since the last call (for progress bars only). */
export type ProgressSink = (runs: number) => void;

/**
 * The runner of a command's batch, sweep or comparison. With `workers` given: a pool of that many
 * worker threads for a batch (with one, the main thread only merges, checkpoints and shows
 * progress, and the worker's heap is capped, which the main thread's cannot be), and for a sweep
 * or a comparison with one, this thread (its context is built here anyway: docs/performance.md,
 * Memory, fourth pass). Growing (no `--workers`; batch/ramp.ts decides when), every kind starts in
 * this thread and adds worker threads beside it ({@link GrowingRunner}).
 */
export function createRunner(workers: number, init: RunnerInit, onProgress: ProgressSink, options: { readonly grow?: boolean } = {}): ChunkRunner {
  if (workers <= 1 && 'kind' in init) return new InProcessRunner(init, onProgress);
  if (options.grow === true) return new GrowingRunner(workers, init, onProgress);
  return new WorkerPool(Math.max(1, workers), init, onProgress);
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs chunks in the calling thread (a sweep's or a comparison's with one worker), giving the
 * event loop a turn between slices so progress, interrupts and file writes still happen.
 */
export class InProcessRunner implements ChunkRunner {
  readonly capacity = 1;
  private readonly simulator: StepSimulator;
  private closed = false;

  constructor(init: RunnerInit, private readonly onProgress: ProgressSink) {
    this.simulator = chunkSimulatorFor(init);
  }

  async run(task: ChunkTask): Promise<ChunkOutput> {
    const steps = this.simulator.steps(task);
    for (;;) {
      if (this.closed) throw new Error('runner closed');
      const step = steps.next();
      if (step.done) return step.value;
      this.onProgress(step.value);
      await yieldToEventLoop();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/**
 * This thread first, worker threads beside it once grown: a batch, a comparison or a sweep without
 * `--workers`. This thread is the fastest way to a small one: the main thread has loaded the
 * engine and built the scenario's first model already, where a worker would start, load and warm
 * up on its own (korea-2024 over the judgments, two cores: 2,000 runs 1.8 s against 2.1 s with
 * one worker, 20,000 runs 4.1 against 4.8 s; 5,000 comparison pairs 3.1 against 4.1 s), and a long
 * one still gets the cores (batch/ramp.ts decides when). The price is memory: this thread's heap
 * cannot be capped (korea-2024, 100,000 runs: ~214 MB at the peak against ~187 MB with workers
 * only; 1,000,000 runs 175 MB). Counts as one of `limit`.
 */
export class GrowingRunner implements ChunkRunner {
  private readonly here: InProcessRunner;
  private hereBusy = false;
  private pool: WorkerPool | undefined;

  constructor(readonly limit: number, private readonly init: RunnerInit, private readonly onProgress: ProgressSink) {
    this.here = new InProcessRunner(init, onProgress);
  }

  get capacity(): number {
    return 1 + (this.pool?.capacity ?? 0);
  }

  grow(to: number): void {
    const workers = Math.min(to, this.limit) - 1;
    if (workers <= 0) return;
    if (this.pool === undefined) this.pool = new WorkerPool(this.limit - 1, this.init, this.onProgress, { start: workers });
    else this.pool.grow(workers);
  }

  run(task: ChunkTask): Promise<ChunkOutput> {
    if (!this.hereBusy) {
      this.hereBusy = true;
      return this.here.run(task).finally(() => { this.hereBusy = false; });
    }
    if (this.pool !== undefined) return this.pool.run(task);
    return Promise.reject(new Error('no idle worker (more chunks in flight than workers)'));
  }

  async close(): Promise<void> {
    await Promise.all([this.here.close(), this.pool?.close()]);
  }
}

interface Slot {
  worker: Worker;
  job: { readonly task: ChunkTask; resolve(o: ChunkOutput): void; reject(e: Error): void } | undefined;
}

/**
 * Young generation of a worker's heap, in MB (V8's default is ~48). A run allocates tens of KB of
 * objects that die with it; a small young generation collects them just as cheaply, and keeps
 * each worker smaller: ~25 MB at 8 (docs/performance.md, Memory of the command), ~4 MB more at 4
 * with no loss of speed (two workers, 1,000,000 korea-2024 runs: 192 MB against 197–205).
 */
export const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * Old generation of a batch worker's heap, in MB, when it keeps no per-run records. V8 lets a
 * thread's old generation fill with garbage up to a limit it sets from the heap's maximum; a
 * batch worker lives on 10–20 MB (korea-2024 over the judgments), so a cap makes it collect
 * sooner: two workers peaked ~40 MB lower under a cap of 64 than without, ~8 MB lower again
 * under 32, and ~5 MB lower again under 24, with no loss of speed (docs/performance.md, Memory of
 * the command, its fourth pass, and the sixth session's figures of record). A worker that runs
 * out of memory under the cap (a much larger scenario) is replaced by one without it, which
 * simulates its chunk again from the start.
 */
export const WORKER_OLD_GENERATION_MB = 24;

/**
 * The same cap for a sweep's or a comparison's workers, which keep two contexts (design points,
 * or the two variants) and live on ~20–25 MB: two comparison workers peaked ~40 MB lower under it.
 */
export const CONTEXTS_WORKER_OLD_GENERATION_MB = 64;

/** Options of a {@link WorkerPool}; tests shrink the cap to exercise the fallback. */
export interface WorkerPoolOptions {
  readonly oldGenerationMb?: number;
  /** Workers started at once (default: all); the rest when {@link WorkerPool.grow} asks (batch/ramp.ts). */
  readonly start?: number;
}

/**
 * A pool of worker threads, each holding its own copy of the batch (built from the scenario
 * text and options, sent once at start). Each is handed one chunk at a time. It starts `start`
 * of its `size` workers and the others when asked ({@link grow}).
 */
export class WorkerPool implements ChunkRunner {
  readonly limit: number;
  private readonly slots: Slot[] = [];
  private broken: Error | undefined;
  private readonly entry: WorkerEntry;
  /** The old-generation cap new workers start with; none with per-run records, or after one ran out of memory. */
  private oldGenerationMb: number | undefined;
  private restarts = 0;

  constructor(size: number, private readonly init: RunnerInit, private readonly onProgress: ProgressSink, options: WorkerPoolOptions = {}) {
    this.limit = size;
    this.entry = workerEntry();
    // None with per-run records: a chunk's records are held as text until it is done, so a
    // worker's needs grow with the chunk. (Sweeps and comparisons keep none.)
    const records = (init as { records?: unknown }).records;
    const cap = 'kind' in init ? CONTEXTS_WORKER_OLD_GENERATION_MB : records === null ? WORKER_OLD_GENERATION_MB : undefined;
    this.oldGenerationMb = cap === undefined ? undefined : options.oldGenerationMb ?? cap;
    this.grow(Math.max(1, Math.min(size, options.start ?? size)));
  }

  /** Workers running (chunks that may be in flight). */
  get capacity(): number {
    return this.slots.length;
  }

  grow(to: number): void {
    if (this.broken) return;
    while (this.slots.length < Math.min(to, this.limit)) {
      const slot = { job: undefined } as Slot;
      this.start(slot);
      this.slots.push(slot);
    }
  }

  /** Starts a worker in `slot` (replacing the one there, if any). */
  private start(slot: Slot): void {
    const { url, workerData, execArgv } = this.entry;
    const cap = this.oldGenerationMb;
    const worker = new Worker(url, {
      workerData: { ...workerData, init: this.init }, execArgv,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, ...(cap !== undefined ? { maxOldGenerationSizeMb: cap } : {}) },
    });
    slot.worker = worker;
    worker.on('message', (m: FromWorker) => {
      if (slot.worker !== worker) return;
      if (m.type === 'progress') { this.onProgress(m.runs); return; }
      const job = slot.job;
      slot.job = undefined;
      if (!job) return;
      if (m.type === 'chunk') job.resolve(m.output);
      else {
        const e = new Error(`worker failed on chunk ${m.index}: ${m.message}`);
        if (m.stack) e.stack = m.stack;
        job.reject(e);
      }
    });
    const fail = (error: Error): void => {
      if (slot.worker !== worker) return;
      if (cap !== undefined && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        // Chunks are pure functions of their run indices: the new worker's output is the same.
        // (The progress already reported for the chunk is reported again.)
        this.oldGenerationMb = undefined;
        this.restarts++;
        this.start(slot);
        if (slot.job) slot.worker.postMessage({ type: 'chunk', task: slot.job.task } satisfies ToWorker);
        return;
      }
      this.broken ??= error;
      const job = slot.job;
      slot.job = undefined;
      job?.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => { if (slot.job) fail(new Error(`worker stopped (exit code ${code})`)); });
  }

  /** Workers replaced because they ran out of memory under the cap (for the tests). */
  get outOfMemoryRestarts(): number {
    return this.restarts;
  }

  run(task: ChunkTask): Promise<ChunkOutput> {
    if (this.broken) return Promise.reject(this.broken);
    const slot = this.slots.find((s) => s.job === undefined);
    if (!slot) return Promise.reject(new Error('no idle worker (more chunks in flight than workers)'));
    return new Promise<ChunkOutput>((resolve, reject) => {
      slot.job = { task, resolve, reject };
      const message: ToWorker = { type: 'chunk', task };
      slot.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    const closing = new Error('runner closed');
    for (const slot of this.slots) { slot.job?.reject(closing); slot.job = undefined; }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** How to start a worker: its script, the data it needs to find its code, and its Node options. */
export interface WorkerEntry {
  readonly url: URL;
  readonly workerData: Record<string, unknown>;
  readonly execArgv: string[];
}

let batchWorkerEntry: WorkerEntry | undefined;

/**
 * Where a worker starts. Compiled (dist/batch/pool.js): dist/batch/worker.js. From source (tsx,
 * vitest), Node 20 cannot start a .ts worker, so the worker and the engine sources are bundled
 * once with esbuild (a dev dependency, as tsx is) into a temporary .mjs file: workers then start
 * in ~0.1 s instead of ~1.5 s through tsx's loader hooks. If esbuild is missing, a plain-JS entry
 * registers tsx inside each worker instead (see TOOLCHAIN.md).
 */
function workerEntry(): WorkerEntry {
  // Once per process: from source, finding the entry bundles the worker (a fraction of a second).
  batchWorkerEntry ??= workerEntryFor(new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url));
  return batchWorkerEntry;
}

/**
 * How to start the worker whose body is `script` (a compiled .js file, or a .ts source file bundled
 * or loaded as described above). Also used by `casus serve` for its odds worker.
 */
export function workerEntryFor(script: URL): WorkerEntry {
  if (!script.href.endsWith('.ts')) return { url: script, workerData: {}, execArgv: process.execArgv };
  // The workers need neither tsx's hooks (they would only slow the start) nor to repeat them.
  const execArgv = process.execArgv.filter((a, i, all) => !/tsx/.test(a) && !(['--import', '--require', '--loader'].includes(a) && /tsx/.test(all[i + 1] ?? '')));
  const bundled = bundleWorker(fileURLToPath(script));
  if (bundled !== undefined) return { url: pathToFileURL(bundled), workerData: {}, execArgv };
  return {
    url: new URL('./worker-entry.mjs', import.meta.url),
    workerData: { target: script.href },
    execArgv: execArgv.includes('--conditions=source') ? execArgv : [...execArgv, '--conditions=source'],
  };
}

/**
 * Bundles worker.ts with the workspace sources into an ESM file in the temporary directory, named
 * by the hash of its contents: processes running the same sources share it, it is written once
 * (atomically), and a killed process leaves nothing new behind. Undefined without esbuild.
 */
function bundleWorker(entry: string): string | undefined {
  let esbuild: { buildSync(options: Record<string, unknown>): { outputFiles?: { text: string }[] } };
  try {
    esbuild = createRequire(import.meta.url)('esbuild') as typeof esbuild;
  } catch {
    return undefined;
  }
  const result = esbuild.buildSync({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', conditions: ['source'],
    write: false, logLevel: 'silent',
    // Bundled CommonJS dependencies call require(); give the ES module one.
    banner: { js: "import { createRequire as __casusRequire } from 'node:module'; const require = __casusRequire(import.meta.url);" },
  });
  const text = result.outputFiles?.[0]?.text;
  if (text === undefined) return undefined;
  const file = join(tmpdir(), `casus-worker-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) writeFileAtomic(file, text);
  return file;
}

import type { ChunkOutput, ChunkTask } from './chunk-simulator.js';

/** Main thread → worker. */
export type ToWorker = { type: 'chunk'; task: ChunkTask };

/** Worker → main thread. Aggregates travel as plain structured-cloned objects, never in a transfer list. */
export type FromWorker =
  | { type: 'progress'; runs: number }
  | { type: 'chunk'; output: ChunkOutput }
  | { type: 'failed'; index: number; message: string; stack: string | undefined };

import type { ChunkOutput, ChunkTask, SimulatorInit } from './chunk-simulator.js';
import { ChunkSimulator } from './chunk-simulator.js';
import { SweepChunkSimulator, type SweepSimulatorInit } from '../sweep/sweep-simulator.js';
import { CompareChunkSimulator, isCompareInit, type CompareSimulatorInit } from '../compare/chunk-simulator.js';

/** What a runner (worker pool or this thread) is started with: a batch's inputs or a sweep's. */
export type RunnerInit = SimulatorInit | SweepSimulatorInit | CompareSimulatorInit;

/** Anything that simulates chunks step by step: {@link ChunkSimulator} or {@link SweepChunkSimulator}. */
export interface StepSimulator {
  steps(task: ChunkTask): Generator<number, ChunkOutput>;
}

/**
 * The chunk simulator for a runner's inputs. The pool and the worker build their simulator
 * through here, so batches and sweeps share the same threads, chunk protocol and progress.
 */
export function chunkSimulatorFor(init: RunnerInit): StepSimulator {
  if (isCompareInit(init)) return new CompareChunkSimulator(init);
  return isSweep(init) ? new SweepChunkSimulator(init) : new ChunkSimulator(init as SimulatorInit);
}

function isSweep(init: RunnerInit): init is SweepSimulatorInit {
  return (init as Partial<SweepSimulatorInit>).kind === 'sweep';
}

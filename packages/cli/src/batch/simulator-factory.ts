import type { ChunkOutput, ChunkTask, SimulatorInit } from './chunk-simulator.js';
import { ChunkSimulator } from './chunk-simulator.js';
import { SweepChunkSimulator, type SweepSimulatorInit } from '../sweep/sweep-simulator.js';
import { CompareChunkSimulator, isCompareInit, type CompareSimulatorInit } from '../compare/chunk-simulator.js';

/** What a runner (worker pool or this thread) is started with: a batch's inputs, a sweep's or a comparison's. */
export type RunnerInit = SimulatorInit | SweepSimulatorInit | CompareSimulatorInit;

/** Anything that simulates chunks step by step: {@link ChunkSimulator}, {@link SweepChunkSimulator} or {@link CompareChunkSimulator}. */
export interface StepSimulator {
  steps(task: ChunkTask): Generator<number, ChunkOutput>;
}

/**
 * The chunk simulator for a runner's inputs. The pool and the worker build their simulator
 * through here, so batches, sweeps and comparisons share the same threads, chunk protocol and progress.
 */
export function chunkSimulatorFor(init: RunnerInit): StepSimulator {
  if (isCompareInit(init)) return new CompareChunkSimulator(init);
  return isSweep(init) ? new SweepChunkSimulator(init) : new ChunkSimulator(init);
}

function isSweep(init: RunnerInit): init is SweepSimulatorInit {
  return (init as Partial<SweepSimulatorInit>).kind === 'sweep';
}

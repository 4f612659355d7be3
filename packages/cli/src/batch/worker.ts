/*
 * The body of a batch worker thread: rebuilds the batch from plain data (scenario text and
 * options) and simulates the chunks the main thread assigns, one at a time, posting progress
 * counts and, per chunk, its aggregates (and records) as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { chunkSimulatorFor, type RunnerInit } from './simulator-factory.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

const PROGRESS_EVERY_MS = 50;

const port = parentPort;
if (port === null) throw new Error('worker.ts must run in a worker thread');
const simulator = chunkSimulatorFor((workerData as { init: RunnerInit }).init);
const post = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  const { task } = message;
  try {
    const steps = simulator.steps(task);
    let unreported = 0;
    let last = Date.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        if (unreported > 0) post({ type: 'progress', runs: unreported });
        post({ type: 'chunk', output: step.value });
        return;
      }
      unreported += step.value;
      const now = Date.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        post({ type: 'progress', runs: unreported });
        unreported = 0;
        last = now;
      }
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ type: 'failed', index: task.index, message: e.message, stack: e.stack });
  }
});

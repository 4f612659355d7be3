import { Worker } from 'node:worker_threads';
import { workerEntryFor } from '../batch/pool.js';
import type { OddsReport } from '../play/odds.js';
import type { OddsReply, OddsRequest, OddsWorkerInit } from './odds-protocol.js';

/** Computes the odds from a saved session's current state, off the server's thread. */
export interface OddsSource {
  /** `onProgress` is told the runs done of the total now and then. */
  compute(sessionText: string, runs: number, onProgress?: (done: number, total: number) => void, decision?: OddsRequest['decision'], withhold?: OddsRequest['withhold']): Promise<OddsReport>;
  close(): Promise<void>;
}

/**
 * One worker thread (the odds of a seminar are asked one state at a time; a second thread would
 * only compete with the first on a small machine). Requests queue in the order they are made.
 */
export class OddsWorker implements OddsSource {
  private readonly worker: Worker;
  private readonly jobs = new Map<number, { resolve(r: OddsReport): void; reject(e: Error): void; progress?: ((done: number, total: number) => void) | undefined }>();
  private nextId = 0;
  private broken: Error | undefined;

  constructor(init: OddsWorkerInit) {
    const script = new URL(import.meta.url.endsWith('.ts') ? './odds-worker.ts' : './odds-worker.js', import.meta.url);
    const { url, workerData, execArgv } = workerEntryFor(script);
    this.worker = new Worker(url, { workerData: { ...workerData, init }, execArgv });
    this.worker.on('message', (reply: OddsReply) => {
      const job = this.jobs.get(reply.id);
      if (!job) return;
      if (reply.type === 'progress') { job.progress?.(reply.done, reply.total); return; }
      this.jobs.delete(reply.id);
      if (reply.type === 'done') job.resolve(reply.report);
      else job.reject(new Error(reply.message));
    });
    const fail = (error: Error): void => {
      this.broken ??= error;
      for (const job of this.jobs.values()) job.reject(error);
      this.jobs.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the odds worker stopped (exit code ${code})`)));
  }

  compute(sessionText: string, runs: number, onProgress?: (done: number, total: number) => void, decision?: OddsRequest['decision'], withhold?: OddsRequest['withhold']): Promise<OddsReport> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject, progress: onProgress });
      const request: OddsRequest = { id, sessionText, runs, ...(decision !== undefined ? { decision } : {}), ...(withhold?.length ? { withhold } : {}) };
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

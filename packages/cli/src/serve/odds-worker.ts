/*
 * The body of the seminar server's odds worker thread: rebuilds a session from its saved text
 * (exactly as `casus play --session` does) and computes the odds from its current state with the
 * play code's own `computeOdds`, so the wall shows what `casus play`'s `odds` shows. The baseline
 * (runs from tick 0) depends only on the run's identity and the number of runs: it is kept.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PendingDecision } from '../play/frame.js';
import { computeOdds, type OddsColumn } from '../play/odds.js';
import { parseSessionText, sessionFromFile } from '../play/session-file.js';
import type { OddsReply, OddsRequest, OddsWorkerInit } from './odds-protocol.js';

const port = parentPort;
if (port === null) throw new Error('odds-worker.ts must run in a worker thread');
const init = (workerData as { init: OddsWorkerInit }).init;
const baselines = new Map<string, OddsColumn>();
const PROGRESS_EVERY_MS = 200;

port.on('message', (request: OddsRequest) => {
  let reply: OddsReply;
  try {
    const session = sessionFromFile(parseSessionText(request.sessionText, 'the session'), 'the session', init.scenario, init.scenarioArg, init.scenarioHash);
    const { setup } = session;
    const key = JSON.stringify([setup.seed, setup.runIndex, setup.situation ?? null, setup.parameters, request.runs]);
    const frame = session.frame;
    if (frame.ended) throw new Error('the run is over: its outcomes are as shown');
    let decision: PendingDecision | null | undefined;
    if (request.decision === null) decision = null;
    else if (request.decision !== undefined) {
      const want = request.decision;
      const found = session.open.find((d) => d.request.actor === want.actor && d.request.key === want.key && d.occurrence === want.occurrence);
      if (found === undefined) throw new Error(`${want.actor}'s decision ${want.key} is not open in this session`);
      decision = { request: found.request, occurrence: found.occurrence };
    }
    let last = Date.now();
    const report = computeOdds({
      worlds: session.worlds, identity: session.identity, course: session.course(), played: session.played, frame, runs: request.runs, withhold: request.withhold,
      baseline: baselines.get(key), decision,
      onProgress: (done, total) => {
        const now = Date.now();
        if (now - last < PROGRESS_EVERY_MS) return;
        last = now;
        port.postMessage({ id: request.id, type: 'progress', done, total } satisfies OddsReply);
      },
    });
    baselines.set(key, report.baseline);
    reply = { id: request.id, type: 'done', report };
  } catch (error) {
    reply = { id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

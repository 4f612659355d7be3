import fc from 'fast-check';
import { compile, simulate } from '@casus/engine';
import { validScenario } from './arbitrary-scenario.js';
let scen = 0, withReq = 0, unreq = 0, asked = 0, runsN = 0, reqDecisions = 0;
for (const { scenario } of fc.sample(validScenario(), { numRuns: 150, seed: 42 })) {
  scen++;
  const has = scenario.pacts.some((p) => p.obligations.some((o) => o.request));
  if (has) withReq++;
  const model = compile(scenario);
  for (let r = 0; r < 3; r++) {
    runsN++;
    const res = simulate(model, { seed: 7, runIndex: r, trace: true, situation: 'crisis' in scenario.situations ? 'crisis' : undefined, decider: (q) => { if (q.kind === 'request') reqDecisions++; return undefined; } });
    for (const e of res.events ?? []) { if (e.detail === 'unrequested') unreq++; if (e.detail === 'invoked' && e.attacked) asked++; }
  }
}
console.log({ scen, withReq, runsN, unreq, asked, reqDecisions });

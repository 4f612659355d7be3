// Likelihood fit of `dprk_escalation_logit` to the incident record (CALIBRATION.md, "P(war | use
// of force)"). For each value θ on a grid, the model's chance that a use of force becomes a war
// within 12 weeks is measured on korea-2024-no-treaty (the world of the record, 1990–2025) from
// the situations `yeonpyeong-clash` (a lethal attack) and `exchange-of-fire` (a non-lethal one).
// The record has 31 uses of force since 1990 — 13 lethal, 18 not — and no war, so the likelihood
// is (1 − p_lethal(θ))^13 · (1 − p_fire(θ))^18. Times the judgment prior N(−4.5, 0.75) on
// [−7, −2], it gives the posterior whose mean and sd the scenario's parameter carries.
//
//   pnpm tsx --conditions=source packages/scenarios/test/tools/fit-escalation.ts [runs per point]
import { compile, masterSeedOf, resolveParameters, Simulator } from '@casus/engine';
import { loadBundled } from '../helpers.js';

const RUNS = Number(process.argv[2] ?? 1500);
const WEEKS = 12;
const GRID = Array.from({ length: 11 }, (_, i) => -7 + 0.5 * i);
const PRIOR = { mean: -4.5, sd: 0.75 };
const RECORD = { lethal: 13, fire: 18 };

const scenario = loadBundled('korea-2024-no-treaty');
const warIndex = (model: ReturnType<typeof compile>): number => model.outcomes.findIndex((o) => o.id === 'regional_war');

function pWar(theta: number, situation: string): number {
  const model = compile(scenario, resolveParameters(scenario, { dprk_escalation_logit: theta }));
  const sim = new Simulator(model);
  const w = warIndex(model);
  let wars = 0;
  for (let run = 0; run < RUNS; run++) {
    const s = sim.run(masterSeedOf(20260101), run, { situation });
    const t = s.outcomeTick[w]!;
    if (t >= 0 && t <= 1 + WEEKS) wars++;
  }
  return wars / RUNS;
}

const rows = GRID.map((theta) => {
  const lethal = pWar(theta, 'yeonpyeong-clash');
  const fire = pWar(theta, 'exchange-of-fire');
  const logLik = RECORD.lethal * Math.log1p(-lethal) + RECORD.fire * Math.log1p(-fire);
  const logPrior = -0.5 * ((theta - PRIOR.mean) / PRIOR.sd) ** 2;
  return { theta, lethal, fire, logLik, logPost: logLik + logPrior, logPrior };
});
const maxPost = Math.max(...rows.map((r) => r.logPost));
const maxPrior = Math.max(...rows.map((r) => r.logPrior));
const post = rows.map((r) => Math.exp(r.logPost - maxPost));
const prior = rows.map((r) => Math.exp(r.logPrior - maxPrior));
const moments = (w: number[]): { mean: number; sd: number } => {
  const z = w.reduce((a, b) => a + b, 0);
  const mean = rows.reduce((a, r, i) => a + r.theta * w[i]!, 0) / z;
  const sd = Math.sqrt(rows.reduce((a, r, i) => a + (r.theta - mean) ** 2 * w[i]!, 0) / z);
  return { mean, sd };
};
const pMix = (r: (typeof rows)[number]): number => (RECORD.lethal * r.lethal + RECORD.fire * r.fire) / (RECORD.lethal + RECORD.fire);
console.log(`P(regional war within ${WEEKS} weeks | use of force), korea-2024-no-treaty, ${RUNS} runs a point, seed 20260101`);
console.log('theta   P(war|lethal)  P(war|fire)  P(war|MID-4, record mix)  P(0 of 31)  log-lik');
for (const r of rows) {
  console.log(`${r.theta.toFixed(1).padStart(5)}  ${r.lethal.toFixed(4).padStart(12)}  ${r.fire.toFixed(4).padStart(11)}  ${pMix(r).toFixed(4).padStart(24)}  ${Math.exp(r.logLik).toFixed(3).padStart(10)}  ${r.logLik.toFixed(2).padStart(7)}`);
}
const pr = moments(prior);
const po = moments(post);
const expected = (w: number[]): number => {
  const z = w.reduce((a, b) => a + b, 0);
  return rows.reduce((a, r, i) => a + pMix(r) * w[i]!, 0) / z;
};
console.log(`prior N(${PRIOR.mean}, ${PRIOR.sd}) on the grid: mean ${pr.mean.toFixed(2)}, sd ${pr.sd.toFixed(2)}; E[P(war | MID-4)] = ${expected(prior).toFixed(4)}`);
console.log(`posterior: mean ${po.mean.toFixed(2)}, sd ${po.sd.toFixed(2)}; E[P(war | MID-4)] = ${expected(post).toFixed(4)}`);

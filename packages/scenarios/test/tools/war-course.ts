// How wars move in korea-2024 (docs/results.md, "Wars that move"): from the `dprk-invasion`
// situation, how long the peninsula war lasts, how it ends (an obeyed Council ceasefire, the war
// rung's hazard or the regime's fall), how many ceasefires are defied, and how far the allies advance.
//
//   pnpm tsx --conditions=source packages/scenarios/test/tools/war-course.ts [runs] [scenario]
import { compile, masterSeedOf, resolveParameters, Simulator } from '@casus/engine';
import { loadBundled } from '../helpers.js';

const RUNS = Number(process.argv[2] ?? 2000);
const scenario = loadBundled(process.argv[3] ?? 'korea-2024');
const model = compile(scenario, resolveParameters(scenario));
const sim = new Simulator(model);
const PRK = model.actorIndex.get('PRK')!;
const ROK = model.actorIndex.get('ROK')!;
const isPair = (a: number, b: number): boolean => (a === PRK && b === ROK) || (a === ROK && b === PRK);
const lengths: number[] = [];
let byCouncil = 0; let byHazard = 0; let byFall = 0; let ongoing = 0; let defied = 0; let adopted = 0; let advances = 0;
for (let run = 0; run < RUNS; run++) {
  const s = sim.run(masterSeedOf(20260101), run, { situation: 'dprk-invasion' });
  const start = s.events.find((e) => e.kind === 'armedAttack' && e.actor === PRK && e.target === ROK && e.tick >= 1)?.tick ?? 1;
  const end = s.events.find((e) => e.tick > start && (e.kind === 'ceasefire' || e.kind === 'deescalation') && isPair(e.actor, e.target));
  defied += s.events.filter((e) => e.kind === 'signal' && e.detail === 'ceasefire_defied').length;
  adopted += s.events.filter((e) => e.kind === 'draftResult' && e.detail === 'adopted:ceasefire').length;
  advances += s.events.filter((e) => e.kind === 'armedAttack' && (e.actor === ROK) && e.target === PRK).length;
  if (end === undefined) { ongoing++; lengths.push(model.clock.horizon - start); continue; }
  lengths.push(end.tick - start);
  if (end.kind === 'deescalation') byHazard++;
  else if (end.cause === 'trigger:dprk-regime-falls') byFall++;
  else byCouncil++;
}
lengths.sort((a, b) => a - b);
const q = (f: number): number => lengths[Math.floor(f * (lengths.length - 1))]!;
console.log(`${scenario.id}, situation dprk-invasion, ${RUNS} runs, seed 20260101`);
console.log(`war length in weeks: median ${q(0.5)}, quartiles ${q(0.25)}–${q(0.75)}, 90th ${q(0.9)} (censored at the horizon: ${ongoing} runs still at war)`);
console.log(`ended by an obeyed Council ceasefire ${byCouncil}, by the war rung's hazard ${byHazard}, by the regime's fall ${byFall}, still at war ${ongoing}`);
console.log(`ceasefires adopted ${adopted}, defied ${defied} (${(defied / Math.max(1, adopted)).toFixed(2)} of adopted); ROK attacks on the DPRK per run ${(advances / RUNS).toFixed(1)}`);

// How wars move in korea-2024 (docs/results.md, "Wars that move"): from the `dprk-invasion`
// situation, how long the peninsula war lasts, how it ends (an obeyed Council ceasefire, the war
// rung's hazard, the regime's fall or an armistice with China in the war), how many ceasefires are
// defied, and how far the allies advance; then the wars China fights, from its entry.
//
//   pnpm tsx --conditions=source packages/scenarios/test/tools/war-course.ts [runs] [scenario id or .yaml file]
//
// A file lets an earlier version be measured beside the current one:
//   git show REV:packages/scenarios/scenarios/korea-2024.yaml > before.yaml
import { readFileSync } from 'node:fs';
import { compile, masterSeedOf, resolveParameters, Simulator } from '@casus/engine';
import { loadBundled, loadText } from '../helpers.js';

const RUNS = Number(process.argv[2] ?? 2000);
const which = process.argv[3] ?? 'korea-2024';
const scenario = which.endsWith('.yaml') ? loadFile(which) : loadBundled(which);
const model = compile(scenario, resolveParameters(scenario));
const sim = new Simulator(model);
const PRK = model.actorIndex.get('PRK')!;
const ROK = model.actorIndex.get('ROK')!;
const CHN = model.actorIndex.get('CHN')!;
const USA = model.actorIndex.get('USA')!;
const WAR = model.rungs.findIndex((r) => r.id === 'war');
const isPair = (a: number, b: number): boolean => (a === PRK && b === ROK) || (a === ROK && b === PRK);
const isWarEnd = (e: { kind: string; actor: number; target: number; from: number; to: number }): boolean =>
  (e.kind === 'ceasefire' || e.kind === 'deescalation') && isPair(e.actor, e.target) && e.from >= WAR && e.to < WAR;
const lengths: number[] = [];
const chinaEnds = new Map<string, number>();
const chinaWeeks: number[] = [];
let byCouncil = 0; let byHazard = 0; let byFall = 0; let byArmistice = 0; let ongoing = 0; let defied = 0; let adopted = 0; let advances = 0;
for (let run = 0; run < RUNS; run++) {
  const s = sim.run(masterSeedOf(20260101), run, { situation: 'dprk-invasion' });
  const start = s.events.find((e) => e.kind === 'armedAttack' && e.actor === PRK && e.target === ROK && e.tick >= 1)?.tick ?? 1;
  // The war is over when the pair's relation drops below war (a step down from the nuclear rung
  // to war is not an end; until 6 Dec 2026 this tool counted it as one, a story audit found).
  const end = s.events.find((e) => e.tick > start && isWarEnd(e));
  defied += s.events.filter((e) => e.kind === 'signal' && e.detail === 'ceasefire_defied').length;
  adopted += s.events.filter((e) => e.kind === 'draftResult' && e.detail === 'adopted:ceasefire').length;
  advances += s.events.filter((e) => e.kind === 'armedAttack' && (e.actor === ROK) && e.target === PRK).length;
  // China at war with the ROK or the US: its first move to the war rung (an attack or an entry under Art. II).
  const china = s.events.find((e) => e.actor === CHN && (e.target === ROK || e.target === USA) && (e.kind === 'armedAttack' || e.kind === 'escalation') && e.to >= WAR);
  if (china !== undefined) {
    const over = s.events.find((e) => e.tick >= china.tick && isWarEnd(e));
    const how = over === undefined ? 'still at war' : over.kind === 'deescalation' ? "the war rung's hazard" : over.cause === 'trigger:armistice' ? 'an armistice' : over.cause === 'trigger:dprk-regime-falls' ? "the regime's fall" : 'an obeyed Council ceasefire';
    chinaEnds.set(how, (chinaEnds.get(how) ?? 0) + 1);
    chinaWeeks.push((over?.tick ?? model.clock.horizon) - china.tick);
  }
  if (end === undefined) { ongoing++; lengths.push(model.clock.horizon - start); continue; }
  lengths.push(end.tick - start);
  if (end.kind === 'deescalation') byHazard++;
  else if (end.cause === 'trigger:dprk-regime-falls') byFall++;
  else if (end.cause === 'trigger:armistice') byArmistice++;
  else byCouncil++;
}
lengths.sort((a, b) => a - b);
chinaWeeks.sort((a, b) => a - b);
const quantile = (xs: number[], f: number): number => xs[Math.floor(f * (xs.length - 1))] ?? NaN;
const q = (f: number): number => quantile(lengths, f);
console.log(`${scenario.id}, situation dprk-invasion, ${RUNS} runs, seed 20260101`);
console.log(`war length in weeks: median ${q(0.5)}, quartiles ${q(0.25)}–${q(0.75)}, 90th ${q(0.9)} (censored at the horizon: ${ongoing} runs still at war)`);
console.log(`ended by an obeyed Council ceasefire ${byCouncil}, by the war rung's hazard ${byHazard}, by the regime's fall ${byFall}, by an armistice ${byArmistice}, still at war ${ongoing}`);
console.log(`ceasefires adopted ${adopted}, defied ${defied} (${(defied / Math.max(1, adopted)).toFixed(2)} of adopted); ROK attacks on the DPRK per run ${(advances / RUNS).toFixed(1)}`);
console.log(`China at war in ${chinaWeeks.length} runs; from its entry the war lasts a median ${quantile(chinaWeeks, 0.5)} weeks (quartiles ${quantile(chinaWeeks, 0.25)}–${quantile(chinaWeeks, 0.75)}), ended by ${[...chinaEnds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);

function loadFile(path: string): ReturnType<typeof loadBundled> {
  const loaded = loadText(readFileSync(path, 'utf8'), 'korea-2024');
  if (!loaded.ok) throw new Error(`${path}: not a valid scenario`);
  return loaded.scenario;
}

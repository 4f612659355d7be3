import { BatchContext, compile, loadScenario } from '@casus/engine';
import { resolveScenario } from '@casus/scenarios';
import { stillHeard } from '../packages/engine/src/run/doctrine.ts';
const id = process.argv[2] ?? 'korea-2024';
const runs = Number(process.argv[3] ?? 2000), from = Number(process.argv[4] ?? 0), to = Number(process.argv[5] ?? runs);
const loaded = loadScenario(resolveScenario(id)!.text, { filename: id + '.yaml' });
if (!loaded.ok) throw new Error('no load');
const ctx: any = new BatchContext(loaded.scenario, { seed: 1, runs: runs / Number(process.argv[6] ?? 20), parameterDraws: Number(process.argv[6] ?? 20), drawLuck: 'own' } as any);
const d = ctx.design;
const lapses = new Map<string, number>(); const lapseRuns = new Map<string, number[]>();
const gap: { run: number; ticks: number; who: string }[] = [];
let chnEntry = 0, hits = 0;
for (let run = from; run < to; run++) {
  const sim = ctx.simulator(d.drawOf(run));
  const m = sim.model;
  const A = (x: string) => m.actorIndex.get(x)!;
  const P = (a: string, b: string) => m.pairOf[A(a) * m.actors.length + A(b)];
  const warRung = m.warRung;
  const s = sim.reset(ctx.master, d.seedIndexOf(run), { lean: false });
  s.roundHook = (round: any[], choices: any[]) => {
    for (let k = 0; k < round.length; k++) {
      const x = round[k];
      if (x.type !== 'doctrine' || choices[k] !== -1) continue;
      if (stillHeard(s, x)) continue;
      const dp = m.decisionPoints[x.point];
      const ev = s.events[x.parent];
      const key = `${m.actors[dp.actor].id}/${dp.id} on ${ev.kind}:${ev.detail} ${m.actors[ev.actor]?.id}->${m.actors[ev.target]?.id}`;
      lapses.set(key, (lapses.get(key) ?? 0) + 1);
      const l = lapseRuns.get(key) ?? []; if (l.length < 6 && !l.includes(run)) l.push(run); lapseRuns.set(key, l);
    }
  };
  const gt: Record<string, number> = {};
  let scan = 0; const fought = new Set<string>(); let entered = false;
  while (sim.step()) {
    for (; scan < s.events.length; scan++) {
      const e = s.events[scan];
      if (e.kind === 'armedAttack' && m.actors[e.actor]?.id === 'USA') fought.add(m.actors[e.target]?.id);
    }
    for (const gp of ['CHN', 'RUS']) {
      const inWar = s.rung[P(gp, 'ROK')] >= warRung || s.rung[P(gp, 'USA')] >= warRung;
      if (gp === 'CHN' && inWar) entered = true;
      if (inWar && s.rung[P('PRK', 'USA')] >= warRung && !fought.has(gp)) gt[gp] = (gt[gp] ?? 0) + 1;
    }
  }
  if (entered) chnEntry++;
  if (s.outcomeTick[m.outcomes.findIndex((o: any) => o.id === 'chinese_intervention')] >= 0) hits++;
  for (const [who, t] of Object.entries(gt)) gap.push({ run, ticks: t, who });
}
console.log('runs', from, to, 'chinese_intervention hits', hits, 'runs with CHN at war with ROK/USA', chnEntry);
console.log('GAP runs (PRK-USA war, GP at war with ROK/USA, US never attacked GP):', gap.length, JSON.stringify(gap));
console.log('lapses:'); for (const [k, v] of [...lapses].sort((a, b) => b[1] - a[1])) console.log(v, k, 'runs', lapseRuns.get(k)!.join(','));

// Invariant: the compiled start of a tick reads the calendar of candidate ticks one 32-bit word per
// 32 triggers, and fires the triggers that fire from their bits. Random scenarios have at most six
// triggers and the bundled ones at most 31, so this scenario has 39 — a second word, and a trigger
// on bit 31 (the sign bit) — with cooldowns, conditions and frequent firing, and rare triggers that
// the compiler moves into functions of their own (one in each word): the compiled batch engine and
// the xstate reference must record the same events, outcomes and draws in every run.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, loadScenario, Simulator } from '@casus/engine';
import { splitTriggers, tickSource } from '../../packages/engine/src/compiler/tick-program.js';
import { SCENARIO_DIR } from '@casus/scenarios';

function manyTriggers(): string {
  const tutorial = readFileSync(join(SCENARIO_DIR, 'tutorial.yaml'), 'utf8');
  let fill = '';
  for (let i = 0; i < 36; i++) {
    const rate = [0.5, 3, 12, 40, 200][i % 5];
    fill += `  - id: filler-${i}\n    rate: { per: year, value: ${rate} }\n`
      + (i % 3 === 0 ? '    cooldown: 3\n' : '')
      + (i % 4 === 1 ? '    when: { variable: { id: tension, gt: 0.2 } }\n' : '')
      + `    effect: [ { signal: { kind: f${i}, by: A } }, { variable: { id: tension, add: ${i % 2 ? 0.01 : -0.01} } } ]\n`;
  }
  return tutorial.replace('triggers:\n', `triggers:\n${fill}`);
}

describe('a scenario with more triggers than one calendar word holds', () => {
  it('gives the same events, outcomes and draws in the compiled batch engine and the reference engine', () => {
    const loaded = loadScenario(manyTriggers());
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    const model = compile(loaded.scenario);
    expect(model.triggers.length).toBeGreaterThan(32);
    // Its start of a tick is long enough to be split; fillers 5, 10, 20, 25 and 35 (rare, no
    // cooldown) and the tutorial's border clash (37) get functions of their own, 35 and 37 in
    // the second word.
    expect(tickSource(model).body.length).toBeGreaterThan(4000);
    expect([...splitTriggers(model)]).toEqual([5, 10, 20, 25, 35, 37]);
    const batch = new Simulator(model, { engine: 'batch' });
    const reference = new Simulator(model, { engine: 'reference' });
    const line = (e: { tick: number; kind: string; detail: string; cause: string; actor: number; target: number }): string =>
      `${e.tick}|${e.kind}|${e.detail}|${e.cause}|${e.actor}|${e.target}`;
    let fired = 0;
    for (let run = 0; run < 16; run++) {
      const options = run % 2 ? { situation: 'invasion' } : {};
      const a = batch.run(7, run, { ...options, recordDraws: true });
      const seen = { events: a.events.map(line), ticks: Array.from(a.outcomeTick), at: Array.from(a.outcomeEvent), draws: a.drawLog!.slice() };
      const b = reference.run(7, run, { ...options, recordDraws: true });
      expect({ events: b.events.map(line), ticks: Array.from(b.outcomeTick), at: Array.from(b.outcomeEvent), draws: b.drawLog!.slice() }, `run ${run}`).toEqual(seen);
      fired += seen.events.filter((e) => /\|trigger:filler-3[1-5]\|/.test(e)).length;
    }
    // The trigger on bit 31 and those in the second word did fire (filler-31…35 are triggers 31–35).
    expect(fired).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { compile, loadScenario, resolveParameters, simulate } from '@casus/engine';
import { clockCauses, clockNote, isFoldedClockLine } from './clock-rules.js';

const yaml = `
version: "1.17"
id: clocks
title: Clocks
clock: { start: 2025-01-06, tick: week, horizon: 10 }
actors:
  A: { name: Aland }
  B: { name: Borduria }
variables:
  weeks: { initial: 0, max: 20 }
  alarm: { initial: 0 }
triggers:
  - id: clock
    every: tick
    effect: { variable: { id: weeks, add: 1 } }
  - id: loud-clock
    every: tick
    when: { variable: { id: weeks, gte: 8 } }
    effect: [ { variable: { id: alarm, set: 1 } }, { signal: { kind: alarm, by: A } } ]
  - id: yearly
    every: { month: 1, day: 13 }
    effect: { variable: { id: alarm, add: 1 } }
outcomes:
  eight_weeks: { when: { variable: { id: weeks, gte: 8 } } }
`;

function model() {
  const loaded = loadScenario(yaml);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
  return { scenario: loaded.scenario, model: compile(loaded.scenario, resolveParameters(loaded.scenario)) };
}

describe('clock rules', () => {
  it('are the rules fired every tick that only move variables', () => {
    // loud-clock also signals, so it is an event worth reading; yearly fires once a year.
    expect([...clockCauses(model().model)]).toEqual(['trigger:clock']);
  });

  it('fold every clock line but the one an outcome first held after, and say how many', () => {
    const { scenario, model: m } = model();
    const r = simulate(scenario, { seed: 1, runIndex: 0, trace: true });
    const clocks = clockCauses(m);
    const lines = r.events!.filter((e) => e.cause === 'trigger:clock');
    expect(lines).toHaveLength(11);
    const kept = lines.filter((e) => !isFoldedClockLine(e, clocks, r.outcomes));
    expect(kept.map((e) => e.seq)).toEqual([r.outcomes.eight_weeks!.event]);
    expect(r.events!.filter((e) => e.cause !== 'trigger:clock').every((e) => !isFoldedClockLine(e, clocks, r.outcomes))).toBe(true);
    expect(clockNote(lines.slice(0, 10), 'week')).toBe('clock rules (clock) move weeks every week: their 10 lines are not shown (--json has them)');
    expect(clockNote([], 'week')).toBeUndefined();
  });
});

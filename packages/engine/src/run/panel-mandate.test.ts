// A panel renewal extends the mandate from its current end (res. 1928: 7 Jun 2010 → 12 Jun 2011);
// a renewal adopted after the mandate has run out restores it from the day of the vote; a mandate
// without an end keeps none. The same on both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { dayOf, isoOf } from '../model/calendar.js';
import { masterSeedOf } from '../rng/index.js';
import { Simulator, type EngineKind } from './simulator.js';

const FAR_FUTURE = 2 ** 31 - 1;

function scenario(o: { start: string; tick: string; horizon: number; mandate: string; vote: string }): string {
  return `
version: "1.0"
id: panel
title: A panel renewal
clock: { start: ${o.start}, tick: ${o.tick}, horizon: ${o.horizon} }
actors:
  USA: { name: US }
  PRK: { name: DPRK }
variables:
  un_enforcement: { initial: 0.6 }
council:
  rule: { minYes: 1, permanentVeto: true }
  seats: [{ actor: USA, permanent: true }]
  policies: [{ member: default, rules: [{ vote: { yes: 1 } }] }]
sanctions:
  - { id: un-1718, authority: un, target: PRK, enforcement: un_enforcement, monitoring: { ${o.mandate}renewalMonths: 12 } }
situations:
  s:
    title: a renewal
    inject: [{ at: ${o.vote}, effect: { draft: { kind: panel_renewal, target: PRK, regime: un-1718, sponsor: USA } } }]
outcomes:
  adopted: { when: { council: { result: adopted } } }
`;
}

function run(yaml: string, engine: EngineKind): { monitoring: string[]; until: number } {
  const r = loadScenario(yaml);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const s = new Simulator(compile(r.scenario, resolveParameters(r.scenario)), { engine }).run(masterSeedOf(1), 0, { situation: 's' });
  const monitoring = s.events.filter((e) => e.kind === 'monitoring').map((e) => `${e.detail} ${isoOf(e.day)}`);
  return { monitoring, until: s.regimeMonitoredUntil[0]! };
}

describe.each(['batch', 'reference'] as const)('panel mandates (%s engine)', (engine) => {
  it('a timely renewal adds renewalMonths to the mandate\'s end, not to the day of the vote', () => {
    const r = run(scenario({ start: '2023-03-23', tick: 'week', horizon: 4, mandate: 'mandateUntil: 2023-04-30, ', vote: '2023-03-23' }), engine);
    expect(r.monitoring).toEqual(['renewed 2023-03-23']);
    expect(r.until).toBe(dayOf('2024-04-30'));
  });
  it('a renewal after the lapse was recorded restores the mandate from the day of the vote', () => {
    const r = run(scenario({ start: '2024-04-25', tick: 'day', horizon: 20, mandate: 'mandateUntil: 2024-04-30, ', vote: '2024-05-10' }), engine);
    expect(r.monitoring).toEqual(['lapsed 2024-05-01', 'restored 2024-05-10']);
    expect(r.until).toBe(dayOf('2025-05-10'));
  });
  it('a renewal dated after the end, inside the tick before the lapse is recorded, restores it too', () => {
    // Weekly ticks from Thursday 25 April: the mandate ends on Saturday 27th, the vote is on Monday 29th.
    const r = run(scenario({ start: '2024-04-25', tick: 'week', horizon: 3, mandate: 'mandateUntil: 2024-04-27, ', vote: '2024-04-29' }), engine);
    expect(r.monitoring).toEqual(['restored 2024-04-29']);
    expect(r.until).toBe(dayOf('2025-04-29'));
  });
  it('a mandate without an end keeps none', () => {
    const r = run(scenario({ start: '2024-04-25', tick: 'week', horizon: 3, mandate: '', vote: '2024-04-29' }), engine);
    expect(r.monitoring).toEqual(['renewed 2024-04-29']);
    expect(r.until).toBe(FAR_FUTURE);
  });
});

// Invariant: on random scenarios built around the 1.13 forms — counts about the actors of the look
// (`happened` and `council` counts naming $self, $actor or $target) in a casus's condition, a
// doctrine and a Council voting policy, and attacks that wait in their war for the casus's
// condition (`awaitWhen`), with or without support to wait for too — the two engines give
// identical runs, a run saved at any tick and restored ends as the uninterrupted run, and the
// forms are reached often enough that neither check passes vacuously.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '@casus/engine';
import { runs } from './arbitrary-scenario.js';
import { compileData, expectEnginesAgree } from './engines-agree.js';

type Json = Record<string, unknown>;
const DAYS = ['2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-10', '2025-03-12'] as const;

/** Conditions on the act that name its actors in a count. */
const WHENS: readonly unknown[] = [
  { council: { kind: 'condemnation', target: '$actor', result: ['vetoed', 'failed'] } },
  { happened: { event: 'signal', kind: 'ultimatum', by: '$actor', on: '$target' } },
  { any: [{ council: { target: '$actor', result: ['adopted'] } }, { relation: { between: ['$self', '$actor'], atLeast: 'crisis' } }] },
  { not: { happened: { event: 'threat', by: '$actor' } } },
  { happened: { event: 'armedAttack', by: '$actor', on: '$target', atLeast: 2 } },
  // One that comes to hold on a quiet day: the calendar, and no threat from the attacker.
  { all: [{ date: { from: '2025-03-13' } }, { not: { happened: { event: 'threat', by: '$actor' } } }] },
];

const scenarioArb: fc.Arbitrary<Json> = fc.record({
  when: fc.constantFrom(...WHENS),
  awaitWhen: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
  supported: fc.boolean(),
  pretext: fc.boolean(),
  atLeast: fc.constantFrom('materiel', 'forces'),
  within: fc.nat({ max: 2 }),
  attacks: fc.array(fc.record({ day: fc.constantFrom(...DAYS), by: fc.constantFrom('A', 'S', 'R'), on: fc.constantFrom('B', 'B', 'X'), aid: fc.boolean() }), { maxLength: 3 }),
  signals: fc.array(fc.record({ day: fc.constantFrom(...DAYS), by: fc.constantFrom('A', 'A', 'S', 'B'), on: fc.constantFrom('B', 'B', 'A') }), { maxLength: 3 }),
  threats: fc.array(fc.record({ day: fc.constantFrom(...DAYS), by: fc.constantFrom('A', 'S', 'R') }), { maxLength: 2 }),
  drafts: fc.array(fc.record({ day: fc.constantFrom(...DAYS), on: fc.constantFrom('A', 'A', 'S', 'R') }), { minLength: 1, maxLength: 3 }),
  end: fc.option(fc.record({ day: fc.constantFrom(...DAYS), how: fc.constantFrom('ceasefire', 'peace') }), { nil: undefined }),
  // R vetoes a draft on a state unless that state sent an ultimatum ($target: the draft's), or always.
  rPolicy: fc.constantFrom('role', 'no', 'abstain'),
  // A doctrine of S answering an attack on B by a state that threatened B before ($actor, $target).
  doctrine: fc.boolean(),
}).map((p): Json => {
  const duty: Json = {
    id: 'duty', type: 'defense', obligated: ['X'],
    casus: {
      armedAttack: { on: ['B'], ...(p.supported ? { supportedBy: ['S', 'R'] } : {}) },
      when: p.when,
      ...(p.awaitWhen ? { awaitWhen: true } : {}),
    },
    response: { atLeast: p.atLeast, within: p.within },
    ...(p.pretext ? { judgment: { pretext: 0.5 } } : {}),
  };
  // A on B on the first day, then the others: what comes after it may complete its casus.
  const inject: Json[] = [{ at: DAYS[0], effect: { armedAttack: { by: 'A', on: 'B', intensity: 'war' } } }];
  for (const a of p.attacks) {
    inject.push({ at: a.day, effect: { armedAttack: { by: a.by, on: a.on, intensity: 'war', ...(a.aid && a.by !== 'A' ? { inAidOf: 'A' } : {}) } } });
  }
  for (const x of p.signals) if (x.by !== x.on) inject.push({ at: x.day, effect: { signal: { kind: 'ultimatum', by: x.by, on: x.on } } });
  for (const t of p.threats) inject.push({ at: t.day, effect: { threat: { by: t.by, on: 'B' } } });
  for (const d of p.drafts) inject.push({ at: d.day, effect: { draft: { kind: 'condemnation', target: d.on, sponsor: 'C' } } });
  if (p.end !== undefined) {
    inject.push({ at: p.end.day, effect: p.end.how === 'peace' ? { peace: { between: ['A', 'B'] } } : { ceasefire: { between: ['A', 'B'], scope: 'episode' } } });
  }
  inject.sort((a, b) => String(a.at).localeCompare(String(b.at)));
  const rRules: Json[] = p.rPolicy === 'role'
    ? [{ when: { happened: { event: 'signal', kind: 'ultimatum', by: '$target' } }, vote: { yes: 1 } }, { vote: { no: 1 } }]
    : [{ vote: p.rPolicy === 'no' ? { no: 1 } : { abstain: 1 } }];
  return {
    version: '1.13', id: 'forms-1-13', title: 'The 1.13 forms at random',
    clock: { start: '2025-03-03', tick: 'day', horizon: 20 },
    ladder: {
      crisis: 'crisis',
      rungs: [{ id: 'peace' }, { id: 'tension' }, { id: 'crisis', intensity: 3 }, { id: 'clash', intensity: 4, deescalation: { per: 'year', value: 0 } }, { id: 'war', intensity: 5, war: true, deescalation: { per: 'year', value: 0 } }],
      responses: { diplomatic: 'tension', materiel: 'crisis', forces: 'war', war: 'war' },
    },
    actors: { A: { name: 'A' }, B: { name: 'B' }, S: { name: 'S' }, R: { name: 'R' }, X: { name: 'X' }, C: { name: 'C' } },
    pacts: [{ id: 'xb', name: 'X–B', parties: ['X', 'B'], inForce: '2000-01-01', obligations: [duty] }],
    ...(p.doctrine ? {
      doctrine: {
        S: [{
          id: 'answer', on: { event: 'armedAttack', on: 'B' },
          when: { happened: { event: 'threat', by: '$actor', on: '$target' } },
          options: [{ id: 'threaten', weight: 1, effect: { threat: { by: '$self', on: '$actor' } } }, { id: 'wait', weight: 1 }],
        }],
      },
    } : {}),
    council: {
      rule: { minYes: 1, permanentVeto: true },
      seats: [{ actor: 'R', permanent: true }, { actor: 'C' }],
      policies: [{ member: 'R', rules: rRules }, { member: 'C', rules: [{ vote: { yes: 1 } }] }],
    },
    situations: { event: { title: 'the war under test', inject } },
    outcomes: { x_at_war: { when: { posture: { actor: 'X', atLeast: 'war' } } } },
  };
});

describe('the 1.13 forms on random scenarios', () => {
  it('load, give identical runs on both engines, and continue from a snapshot as the uninterrupted run', () => {
    fc.assert(fc.property(scenarioArb, fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 20 }), (data, seed, at) => {
      expectEnginesAgree(compileData(data), seed, at, 'event');
    }), { numRuns: runs(200) });
  });

  it('reach the forms: casus judged at the attack and after it, drafts the role policy lets through and vetoes', () => {
    const seen = { atAttack: 0, waited: 0, waitedUnmet: 0, adopted: 0, vetoed: 0, doctrine: 0 };
    for (const data of fc.sample(scenarioArb, { numRuns: 600, seed: 113 })) {
      const model = compileData(data);
      const r = simulate(model, { seed: 3, trace: true, situation: 'event' });
      const events = r.events!;
      for (const ev of events) {
        if (ev.kind === 'obligation' && ev.detail?.startsWith('judged')) {
          const parent = events.find((e) => e.seq === ev.parent);
          if (parent?.kind !== 'armedAttack') continue;
          if (parent.tick === ev.tick) seen.atAttack++;
          else if (ev.detail === 'judged') seen.waited++;
          else seen.waitedUnmet++;
        }
        if (ev.kind === 'draftResult' && ev.detail?.startsWith('adopted')) seen.adopted++;
        if (ev.kind === 'draftResult' && ev.detail?.startsWith('vetoed')) seen.vetoed++;
        if (ev.kind === 'decision' && ev.cause.startsWith('decision:S/answer')) seen.doctrine++;
      }
    }
    // At seed 113: 138, 44, 0, 475, 709, 29.
    expect(seen.atAttack).toBeGreaterThan(70);
    expect(seen.waited).toBeGreaterThan(25);
    // A casus that waited is judged met: never an unmet one claimed late.
    expect(seen.waitedUnmet).toBe(0);
    expect(seen.adopted).toBeGreaterThan(200);
    expect(seen.vetoed).toBeGreaterThan(300);
    expect(seen.doctrine).toBeGreaterThan(12);
  });
});

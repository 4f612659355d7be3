// (1.16) A `no_separate_peace` duty written `partners: at_war` leaves behind a partner at war with
// the enemy in law only — a declared war without hostilities — as well as one still fighting it.
// The Anglo-Soviet Treaty of 1942, Art. II, binds each party "not to conclude except by mutual
// consent any armistice" with Germany's European associates, whatever the fighting: the United
// Kingdom, at war with Finland since 6 Dec 1941 without hostilities, signed the Soviet armistice
// with Finland of 19 Sep 1944 (conformance AS42-02, AS42-05). Without it (the default,
// `fighting`), such a partner is not asked. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';

/** A fights E from tick 1 and makes a truce at tick 2; B has been at war with E in law only since 2024. */
function scenario(clause: string): string {
  return `version: "1.16"
id: separate-peace-in-law
title: a partner at war in law only
clock: { start: 2025-03-03, tick: day, horizon: 4 }
${CALM_LADDER}
actors:
  A: { name: A }
  B: { name: B }
  E: { name: E }
relations:
  - { between: [B, E], rung: crisis, war: declared, initiator: B, since: 2024-01-01 }
pacts:
  - id: alliance
    name: Alliance against E
    parties: [A, B]
    inForce: 2000-01-01
    obligations:
      - { id: together, type: no_separate_peace, obligated: [A], reliability: 1${clause} }
triggers:
  - { id: war, at: [1], effect: { armedAttack: { by: E, on: A, intensity: war } } }
  - { id: truce, at: [2], effect: { ceasefire: { between: [A, E] } } }
outcomes:
  a_at_war: { when: { relation: { between: [A, E], atLeast: war } } }
`;
}

function run(clause: string, engine: 'batch' | 'reference') {
  const loaded = loadScenario(scenario(clause), { filename: 'sp.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  expect(loaded.warnings).toEqual([]);
  const r = simulate(loaded.scenario, { seed: 1, trace: true, engine });
  const ae = r.final.relations.find((x) => [...x.between].sort().join() === 'A,E')?.rung;
  return { duties: r.events!.filter((e) => e.kind === 'duty').map((e) => `${e.detail}:${e.detail === 'consented' ? e.actor : e.target}`), ae };
}

describe('a partner at war in law only (format 1.16, partners: at_war)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`is not left behind by default; with at_war it is, and asked for its consent (${engine})`, () => {
      // Default: B does not fight E, so the truce leaves no partner behind.
      expect(run('', engine)).toEqual({ duties: [], ae: 'crisis' });
      expect(run(', partners: fighting', engine)).toEqual({ duties: [], ae: 'crisis' });
      // B at war with E in law: the duty binds (respected at reliability 1: no truce) …
      expect(run(', partners: at_war', engine)).toEqual({ duties: ['respected:B'], ae: 'war' });
      // … unless B consents; refusing, the duty is asked.
      expect(run(', partners: at_war, consent: 1', engine)).toEqual({ duties: ['consented:B'], ae: 'crisis' });
      expect(run(', partners: at_war, consent: 0', engine)).toEqual({ duties: ['respected:B'], ae: 'war' });
    });
  }
});

// A pretext is a judgment of the war (engine 0.15.0): an unmet casus let pass is not drawn again at
// the next strike of the same attacker on the same protected party in the same war, as a met casus
// is judged once. Drawn at every strike, a pretext of chance p was claimed in a war of k strikes
// with chance 1 − (1 − p)^k (a story audit of korea-2024 found China claiming its treaty in 42% of
// the wars the DPRK began, for a chance of 0.12 a war). An attack that later meets the clause in
// the same war is still judged. Both engines.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { simulate } from './simulate.js';
import { CALM_LADDER } from '../../test/calm-ladder.js';
import { XB_TREATY } from '../../test/xb-treaty.js';

/** X protects B against attacks of war intensity; E strikes B below it at ticks 1–8 (one war), then at war intensity at tick 10. */
const TEXT = `version: "1.16"
id: pretext-once
title: a pretext drawn once a war
clock: { start: 2025-03-03, tick: day, horizon: 12 }
${CALM_LADDER}
actors:
  X: { name: X }
  B: { name: B }
  E: { name: E }
${XB_TREATY}
      - { id: duty, type: defense, obligated: [X], casus: { armedAttack: { on: party, minIntensity: 5 } }, response: { atLeast: diplomatic }, judgment: { pretext: 0.5, pretextAtMost: diplomatic } }
triggers:
  - { id: strikes, at: [1, 2, 3, 4, 5, 6, 7, 8], effect: { armedAttack: { by: E, on: B, intensity: 4 } } }
  - { id: invasion, at: [10], effect: { armedAttack: { by: E, on: B, intensity: 5 } } }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

describe('a pretext is drawn once for each war (engine 0.15.0)', () => {
  const loaded = loadScenario(TEXT, { filename: 'pretext-once.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const model = compile(loaded.scenario);
  for (const engine of ['batch', 'reference'] as const) {
    it(`claims it at the first strike or never, with its chance; a later met casus is judged (${engine})`, () => {
      const runs = engine === 'batch' ? 2000 : 400;
      let claimed = 0;
      for (let runIndex = 0; runIndex < runs; runIndex++) {
        const r = simulate(model, { seed: 3, runIndex, trace: true, engine });
        const fates = r.events!.filter((e) => e.kind === 'obligation').map((e) => `${e.tick}:${e.detail ?? ''}`);
        const episodes = new Set(r.events!.filter((e) => e.kind === 'armedAttack').map((e) => e.episode));
        expect(episodes.size, `run ${runIndex}: one war`).toBe(1);
        if (fates.includes('1:invoked:pretext')) {
          claimed++;
          // The war's judgment: the invasion at tick 10 is not judged again.
          expect(fates.filter((f) => f.includes('judged'))).toEqual(['1:judged:unmet']);
        } else {
          // Let pass at the first strike: no later strike claims it, and the invasion is judged.
          expect(fates.filter((f) => f.includes('judged'))).toEqual(['10:judged']);
        }
      }
      // One draw of chance 0.5 a war (drawn at each of 8 strikes it would be 1 − 0.5^8 ≈ 0.996).
      const share = claimed / runs;
      const sd = Math.sqrt(0.25 / runs);
      expect(Math.abs(share - 0.5)).toBeLessThan(4 * sd);
    });
  }
});

// (engine 0.16.0) A pretext is claimed only by a party that will act on it: the clause's
// reliability is drawn with the claim. A party that would not act has judged the war as a claim
// followed by a defection had, so the invasion that meets the clause later is not judged again,
// and the chance that the duty acts in a war stays pretext × reliability (a review found it at
// 74% for 0.5, when the failed reliability draw was remembered as a pretext let pass).
const UNWILLING_TEXT = TEXT
  .replace('response: { atLeast: diplomatic }, judgment: { pretext: 0.5, pretextAtMost: diplomatic } }', 'reliability: 0.5, response: { atLeast: diplomatic }, judgment: { pretext: 1, pretextAtMost: diplomatic } }');

describe('a pretext is claimed only by a party that will act on it (engine 0.16.0)', () => {
  const loaded = loadScenario(UNWILLING_TEXT, { filename: 'pretext-unwilling.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const model = compile(loaded.scenario);
  for (const engine of ['batch', 'reference'] as const) {
    it(`acts on it in a share of wars equal to its reliability, and never claims then defects (${engine})`, () => {
      const runs = engine === 'batch' ? 2000 : 400;
      let acted = 0;
      for (let runIndex = 0; runIndex < runs; runIndex++) {
        const r = simulate(model, { seed: 3, runIndex, trace: true, engine });
        const fates = r.events!.filter((e) => e.kind === 'obligation').map((e) => `${e.tick}:${e.detail ?? ''}`);
        expect(fates.some((f) => f.startsWith('defected') || f.includes(':defected')), `run ${runIndex}: ${fates.join(', ')}`).toBe(false);
        if (fates.length === 0) continue;
        // Claimed at the first strike, honoured, and the war's judgment: the invasion is not judged.
        expect(fates.filter((f) => f.includes('judged'))).toEqual(['1:judged:unmet']);
        expect(fates.some((f) => f.includes('honoured'))).toBe(true);
        acted++;
      }
      const share = acted / runs;
      expect(Math.abs(share - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / runs));
    });
    it(`is the same run with a decider that keeps every model choice (${engine})`, () => {
      const asked: string[] = [];
      for (let runIndex = 0; runIndex < 100; runIndex++) {
        const plain = simulate(model, { seed: 3, runIndex, trace: true, engine });
        const kept = simulate(model, { seed: 3, runIndex, trace: true, engine, decider: (req) => { asked.push(req.options[req.chosen]!); return undefined; } });
        expect(kept.events, `run ${runIndex}`).toEqual(plain.events);
      }
      // The pretexts the party would not act on were put to the decider as let_pass.
      expect(asked).toContain('let_pass');
    });
  }
});

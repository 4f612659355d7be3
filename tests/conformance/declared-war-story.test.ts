// A war-level response is an attack with a declaration of war (docs/semantics.md, levels): the
// story must say war was declared, since a declaration outlives a ceasefire and changes what the
// relation is afterwards; a forces-level response declares nothing and must not say so.
import { describe, expect, it } from 'vitest';
import { EPISODE_CASES } from './cases/episodes.js';
import { loadCase, runCase } from './harness.js';

const attacksBy = (id: string, actor: string): { text: string; detail?: string | undefined }[] => {
  const c = EPISODE_CASES.find((x) => x.id === id)!;
  const { result } = runCase(c, loadCase(c), 'batch', 1);
  return result.events!.filter((e) => e.kind === 'armedAttack' && e.actor === actor).map((e) => ({ text: e.text, detail: e.detail }));
};

describe('the story of a war-level response', () => {
  it('says the attack declared war, and the event carries detail "declared"', () => {
    const us = attacksBy('E-05', 'USA');
    expect(us).toHaveLength(1);
    expect(us[0]!.detail).toBe('declared');
    expect(us[0]!.text).toMatch(/^USA attacks PRK in \S+ \(intensity 5\) and declares war on PRK; USA–PRK /);
  });
  it('a forces-level response declares nothing, and its story does not say it does', () => {
    const c = { ...EPISODE_CASES.find((x) => x.id === 'E-05')!, decisions: { 'respond us-rok-1953/art3@USA': 'honour:forces' } };
    const { result } = runCase(c, loadCase(c), 'batch', 1);
    const usPrk = result.final.relations.find((r) => r.between.includes('USA') && r.between.includes('PRK'))!;
    expect(usPrk.war).toBe('hostilities');
    expect(result.events!.filter((e) => e.text.includes('declares war'))).toEqual([]);
    expect(result.events!.filter((e) => e.kind === 'armedAttack' && e.detail === 'declared')).toEqual([]);
  });
});

describe('`happened: { event: armedAttack, kind: declared }`', () => {
  // E-05 with two declaring attacks injected after the ceasefire: the ROK's on the DPRK declares
  // war (the invasion had declared none), the US's second on the DPRK declares nothing, the pair
  // being at declared war since the US answered at war level, and is not counted. Injects are
  // scenario effects, which the batch engine runs as generated code whose follow-up cannot know
  // the detail in advance.
  const base = EPISODE_CASES.find((x) => x.id === 'E-05')!;
  const c = {
    ...base,
    yaml: base.yaml
      .replace("{ at: 3, effect: { ceasefire: { between: [PRK, ROK] } } }", "{ at: 3, effect: { ceasefire: { between: [PRK, ROK] } } }\n      - { at: 4, effect: { armedAttack: { by: ROK, on: PRK, in: dprk, intensity: war, declare: true } } }\n      - { at: 4, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war, declare: true } } }")
      .replace('outcomes:\n', 'outcomes:\n  us_declared: { when: { happened: { event: armedAttack, kind: declared, by: USA } } }\n  us_declared_twice: { when: { happened: { event: armedAttack, kind: declared, by: USA, atLeast: 2 } } }\n  rok_declared: { when: { happened: { event: armedAttack, kind: declared, by: ROK } } }\n'),
  };
  for (const engine of ['batch', 'reference'] as const) {
    it(`counts only attacks that declared war (${engine} engine)`, () => {
      const { result } = runCase(c, loadCase(c), engine, 1);
      const us = result.events!.filter((e) => e.kind === 'armedAttack' && e.actor === 'USA');
      expect(us.map((e) => e.detail ?? '')).toEqual(['declared', '']);
      expect(result.outcomes['us_declared']!.tick).not.toBeNull();
      expect(result.outcomes['us_declared_twice']!.tick).toBeNull();
      expect(result.events!.filter((e) => e.kind === 'armedAttack' && e.actor === 'ROK').map((e) => e.detail ?? '')).toEqual(['declared']);
      expect(result.outcomes['rok_declared']!.tick).toBe(4);
    });
  }
});

// The story of a procedural vote says why two permanent members' votes against did not stop it,
// and counts the votes the Council's own rule needs (nine today, seven before 1966).
import { describe, expect, it } from 'vitest';
import { simulate } from '@casus/engine';
import { UNSC_CASES } from './cases/unsc.js';
import { loadCase } from './harness.js';

const storyOf = (id: string, edit: (yaml: string) => string = (y) => y): string[] => {
  const c = UNSC_CASES.find((x) => x.id === id)!;
  const scenario = loadCase({ ...c, yaml: edit(c.yaml) });
  const r = simulate(scenario, { seed: 1, situation: c.situation, trace: true });
  return r.events!.filter((e) => e.kind === 'draft' || e.kind === 'draftResult').map((e) => e.text);
};

describe('the story of a procedural (agenda) vote', () => {
  it('adopted over two permanent members\' votes against: no veto, and why', () => {
    expect(storyOf('SC-11')).toEqual([
      'a procedural motion to take up the situation of PRK is tabled by USA: 9 votes carry it, and no member has a veto',
      expect.stringMatching(/^the procedural motion on PRK is adopted \(9 in favour, 4 against, 2 abstaining; a procedural vote, so no "no" is a veto\) — /),
    ]);
  });
  it('short of the votes it fails, and the threshold is the Council\'s rule', () => {
    const [tabled, result] = storyOf('SC-12', (y) => y.replace('minYes: 9', 'minYes: 7'));
    expect(tabled).toContain('7 votes carry it');
    expect(result).toMatch(/^the procedural motion on PRK is adopted \(8 in favour/);
    expect(storyOf('SC-12')[1]).toMatch(/^the procedural motion on PRK fails \(8 in favour, 4 against, 3 abstaining;/);
  });
});

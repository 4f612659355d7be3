// What a variant changes from its base, section by section: items added, removed and changed, and
// for a changed item which fields or parts (obligations, decision points, Council members) changed.
// A scenario compared with itself, or with a copy that writes a default out, has no change.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffScenarios, loadScenario, type Scenario } from '../index.js';

const base = readFileSync(fileURLToPath(new URL('../../test/scenarios/two-states.yaml', import.meta.url)), 'utf8');
const load = (text: string): Scenario => {
  const r = loadScenario(text, { filename: 'v.yaml', resolve: () => ({ text: base, filename: 'two-states.yaml' }) });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.scenario;
};
const A = load(base);
const variant = (body: string): Scenario => load(`extends: two-states\nid: v\ntitle: V\n${body}`);

describe('diffScenarios', () => {
  it('finds nothing between a scenario and itself, nor in its id and title alone', () => {
    expect(diffScenarios(A, A)).toEqual([]);
    expect(diffScenarios(A, variant(''))).toEqual([]);
  });

  it('finds nothing where a variant writes out a value equal to the base\'s, in another key order', () => {
    expect(diffScenarios(A, variant('relations:\n  - { alignment: rival, rung: tension, between: [B, A] }\n'))).toEqual([]);
  });

  it('names items added, removed and changed, with the fields that changed', () => {
    const B = variant([
      'parameters:',
      '  ally_reliability: { value: 0.3, basis: judgment, rationale: "a doubtful ally" }',
      '  spare: { value: 2, basis: judgment, rationale: "r" }',
      'situations:',
      '  invasion: null',
      'relations:',
      '  - { between: [B, A], rung: crisis, alignment: rival }',
      'remove:',
      '  triggers: [sanctions-draft]',
    ].join('\n'));
    expect(diffScenarios(A, B)).toEqual([
      { section: 'parameters', id: 'ally_reliability', change: 'changed', parts: ['rationale', 'beta', 'value'] },
      { section: 'parameters', id: 'spare', change: 'added', parts: [] },
      { section: 'relations', id: 'A–B', change: 'changed', parts: ['rung'] },
      { section: 'triggers', id: 'sanctions-draft', change: 'removed', parts: [] },
      { section: 'situations', id: 'invasion', change: 'removed', parts: [] },
    ]);
  });

  it('names the obligations of a changed pact, the decision points of a changed doctrine and the Council members whose seats or policy changed', () => {
    const B = variant([
      'pacts:',
      '  - id: a-c-1960',
      '    name: Aland–Carpania Mutual Defence Treaty (1960)',
      '    parties: [A, C]',
      '    inForce: 1960-06-01',
      '    obligations:',
      '      - { type: consultation, casus: { threat: {} } }',
      'doctrine:',
      '  A:',
      '    - id: hold',
      '      on: { event: armedAttack, on: $self }',
      '      options: [{ id: protest, weight: 1, effect: { signal: { kind: protest, by: $self, on: $actor } } }]',
      'council:',
      '  rule: { minYes: 2 }',
      '  seats: { E: null }',
    ].join('\n'));
    const changes = diffScenarios(A, B);
    expect(changes.find((c) => c.section === 'pacts')).toEqual({ section: 'pacts', id: 'a-c-1960', change: 'changed', parts: ['obligation defense removed', 'obligation consultation added'] });
    expect(changes.find((c) => c.section === 'doctrine')).toEqual({ section: 'doctrine', id: 'A', change: 'changed', parts: ['decision point respond-to-attack removed', 'decision point hold added'] });
    expect(changes.find((c) => c.section === 'council')).toEqual({ section: 'council', id: '', change: 'changed', parts: ['rule.minYes', 'seats of E removed'] });
  });

  it('is the mirror image when the two are swapped: what one adds the other removes', () => {
    const B = variant('actors:\n  F: { name: Freedonia }\nremove:\n  pacts: [a-c-1960]\n');
    const fate = { added: 'removed', removed: 'added', changed: 'changed' } as const;
    const there = diffScenarios(A, B).map((c) => `${c.section}/${c.id}/${c.change}`).sort();
    const back = diffScenarios(B, A).map((c) => `${c.section}/${c.id}/${fate[c.change]}`).sort();
    expect(there).toEqual(['actors/F/added', 'pacts/a-c-1960/removed']);
    expect(back).toEqual(there);
  });
});

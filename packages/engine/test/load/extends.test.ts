// A variant that `extends` a base is the base with the variant's changes applied by the documented
// rules, and every issue still names the file, line and column where the faulty value was written.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatIssue, loadScenario, type ScenarioResolver } from '@casus/engine';

const base = readFileSync(fileURLToPath(new URL('../scenarios/two-states.yaml', import.meta.url)), 'utf8');
const files: Record<string, string> = { 'two-states.yaml': base };
const resolve: ScenarioResolver = (ref) => {
  const name = ref.endsWith('.yaml') ? ref : `${ref}.yaml`;
  return files[name] === undefined ? undefined : { text: files[name]!, filename: name };
};
const load = (text: string) => loadScenario(text, { filename: 'variant.yaml', resolve });

describe('extends', () => {
  it('overlays maps by id, lists by id, relations by pair, and removes', () => {
    const r = load(`
extends: two-states
id: variant
title: A variant
parameters:
  ally_reliability: { value: 0.3, basis: judgment, rationale: "a doubtful ally" }
actors:
  E: null
relations:
  - { between: [B, A], rung: crisis, alignment: adversary }
pacts:
  - id: a-c-1960
    name: Aland–Carpania treaty, renegotiated
    parties: [A, C]
    inForce: 1960-06-01
    obligations: [{ type: consultation, casus: { threat: {} } }]
triggers:
  - { id: extra, at: [1], effect: { signal: { kind: ping } } }
remove:
  triggers: [sanctions-draft]
council:
  seats: [{ actor: B, permanent: true }, { actor: C, permanent: true }, { actor: D }]
  rule: { minYes: 2 }
  policies: [{ member: default, rules: [{ vote: { yes: 1, no: 0 } }] }]
`);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    const s = r.scenario;
    expect(s.id).toBe('variant');
    expect(s.parameters.ally_reliability!.value).toBe(0.3);
    expect(Object.keys(s.actors)).toEqual(['A', 'B', 'C', 'D']);
    expect(s.relations.map((x) => [x.between, x.rung])).toEqual([[['B', 'A'], 'crisis'], [['A', 'C'], undefined]]);
    expect(s.pacts.map((p) => p.name)).toEqual(['Aland–Carpania treaty, renegotiated']);
    expect(s.triggers.map((t) => t.id)).toEqual(['border-clash', 'extra']);
    expect(s.clock.horizon).toBe(52);
    expect(s).not.toHaveProperty('extends');
  });

  it('locates an error written in the variant in the variant file', () => {
    const r = load('extends: two-states\nid: variant\ntitle: V\ntriggers:\n  - { id: border-clash, rate: { per: year, value: -1 }, effect: { signal: { kind: x } } }\n');
    expect(r.ok).toBe(false);
    const issue = !r.ok ? r.issues.find((i) => i.code === 'E_RANGE') : undefined;
    expect(issue?.file).toBe('variant.yaml');
    expect(issue?.line).toBe(5);
  });

  it('locates an error the variant exposes in the base in the base file', () => {
    // Deleting actor E is fine; deleting D leaves the base's Council seat for D dangling.
    const r = load('extends: two-states\nid: variant\ntitle: V\nactors:\n  D: null\n');
    expect(r.ok).toBe(false);
    const issue = !r.ok ? r.issues.find((i) => i.code === 'E_UNKNOWN_ACTOR') : undefined;
    expect(issue?.file).toBe('two-states.yaml');
    expect(issue?.line).toBe(base.split('\n').findIndex((l) => l.includes('{ actor: D }')) + 1);
  });

  it('reports an unknown base, a cycle, and a missing resolver at the extends key', () => {
    const unknown = load('id: v\nextends: nowhere\n');
    expect(!unknown.ok && unknown.issues[0]).toMatchObject({ code: 'E_EXTENDS', file: 'variant.yaml', line: 2, column: 10 });
    files['loop-a.yaml'] = 'extends: loop-b.yaml\nid: a\n';
    files['loop-b.yaml'] = 'extends: loop-a.yaml\nid: b\n';
    const cycle = loadScenario(files['loop-a.yaml'], { filename: 'loop-a.yaml', resolve });
    expect(!cycle.ok && cycle.issues[0]!.code).toBe('E_EXTENDS');
    expect(!cycle.ok && cycle.issues[0]!.message).toMatch(/cycle/);
    const none = loadScenario('extends: two-states\n', { filename: 'v.yaml' });
    expect(!none.ok && none.issues[0]!.code).toBe('E_EXTENDS');
  });
});

// A variant that `extends` a base is the base with the variant's changes applied by the documented
// rules, and every issue still names the file, line and column where the faulty value was written.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatIssue, loadScenario, simulate, type ScenarioResolver } from '@casus/engine';

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

  it('keeps the base\'s episodes judgment when the variant does not write one, and takes the variant\'s when it does', () => {
    files['strict.yaml'] = `${base.replace(/^version: .*$/m, 'version: "1.7"')}\nepisodes: { allyStruck: new_war }\n`;
    const silent = load('extends: strict\nid: v1\ntitle: V\n');
    if (!silent.ok) throw new Error(silent.issues.map(formatIssue).join('\n'));
    expect(silent.scenario.episodes?.allyStruck).toBe('new_war');
    const broad = load('extends: strict\nid: v2\ntitle: V\nversion: "1.7"\nepisodes: { allyStruck: ally_side }\n');
    if (!broad.ok) throw new Error(broad.issues.map(formatIssue).join('\n'));
    expect(broad.scenario.episodes?.allyStruck).toBe('ally_side');
    delete files['strict.yaml'];
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

// A variant changes one Council seat or one voting policy without restating the Council: seats and
// policies written as maps patch the base by member, `rule` merges field by field, lists still
// replace whole, and every issue is located where it was written.
describe('extends: the Council patched by member', () => {
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('replaces, removes and adds seats and policies by member, keeping the base order', () => {
    const r = load(`
extends: two-states
id: variant
title: A variant
council:
  rule: { minYes: 2 }
  seats:
    D: { permanent: true }
    E: null
    A: [{ to: 2025-06-30 }, { from: 2025-09-01 }]
  policies:
    B: { rules: [{ vote: { abstain: 1 } }] }
    D: { shield: [A], rules: [{ vote: { no: 1 } }] }
`);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    const c = r.scenario.council!;
    expect(c.rule).toEqual({ minYes: 2, permanentVeto: true });
    expect(c.seats.map((x) => [x.actor, x.permanent, x.from ?? null, x.to ?? null])).toEqual([
      ['B', true, null, null], ['C', true, null, null], ['D', true, null, null], ['A', false, null, '2025-06-30'], ['A', false, '2025-09-01', null],
    ]);
    expect(c.policies.map((p) => [p.member, p.shield, p.rules[0]!.vote])).toEqual([
      ['B', [], { yes: 0, no: 0, abstain: 1, absent: 0 }],
      ['default', [], { yes: 0.8, no: 0.1, abstain: 0.1, absent: 0 }],
      ['D', ['A'], { yes: 0, no: 1, abstain: 0, absent: 0 }],
    ]);
  });

  it('replaces anticipation and (1.9) vetoDebate whole, and takes them away with null', () => {
    files['debating.yaml'] = 'extends: two-states\nid: debating\ntitle: D\nversion: "1.9"\ncouncil:\n  vetoDebate: { workingDays: 9 }\n  anticipation: { vetoExpectedAbove: 0.5, forceVote: 0 }\n';
    const debating = load(files['debating.yaml']);
    if (!debating.ok) throw new Error(debating.issues.map(formatIssue).join('\n'));
    expect(debating.scenario.council!.vetoDebate).toEqual({ workingDays: 9 });
    expect(debating.scenario.council!.anticipation).toEqual({ vetoExpectedAbove: 0.5, forceVote: 0 });
    const kept = load('extends: debating\nid: v\ntitle: V\nversion: "1.9"\ncouncil:\n  vetoDebate: {}\n');
    if (!kept.ok) throw new Error(kept.issues.map(formatIssue).join('\n'));
    expect(kept.scenario.council!.vetoDebate).toEqual({ workingDays: 10 });
    expect(kept.scenario.council!.anticipation).toEqual({ vetoExpectedAbove: 0.5, forceVote: 0 });
    const none = load('extends: debating\nid: v\ntitle: V\nversion: "1.9"\ncouncil:\n  vetoDebate: null\n  anticipation: null\n');
    if (!none.ok) throw new Error(none.issues.map(formatIssue).join('\n'));
    expect(none.scenario.council).not.toHaveProperty('vetoDebate');
    expect(none.scenario.council).not.toHaveProperty('anticipation');
    expect(none.scenario.council!.seats).toEqual(debating.scenario.council!.seats);
    delete files['debating.yaml'];
  });

  it('keeps the base rule when the variant gives none, and lets lists replace whole', () => {
    const r = load('extends: two-states\nid: v\ntitle: V\ncouncil:\n  seats: [{ actor: B, permanent: true }, { actor: C }, { actor: D }]\n');
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    expect(r.scenario.council!.rule).toEqual({ minYes: 3, permanentVeto: true });
    expect(r.scenario.council!.seats.map((x) => x.actor)).toEqual(['B', 'C', 'D']);
    expect(r.scenario.council!.policies.map((p) => p.member)).toEqual(['B', 'default']);
  });

  it('locates an error in a patched seat at the variant entry that wrote it', () => {
    const text = 'extends: two-states\nid: v\ntitle: V\ncouncil:\n  seats:\n    C: { permanent: maybe }\n';
    const r = load(text);
    expect(r.ok).toBe(false);
    const issue = !r.ok ? r.issues.find((i) => i.code === 'E_TYPE') : undefined;
    expect(issue).toMatchObject({ file: 'variant.yaml', line: 6, path: ['council', 'seats', 1, 'permanent'] });
  });

  it('locates an unknown member written as a key at that key, and an error left in the base in the base', () => {
    const unknown = load('extends: two-states\nid: v\ntitle: V\ncouncil:\n  seats:\n    Q: {}\n');
    const issue = !unknown.ok ? unknown.issues.find((i) => i.code === 'E_UNKNOWN_ACTOR') : undefined;
    expect(issue).toMatchObject({ file: 'variant.yaml', line: 6 });
    // The variant removes B's seat; B's policy, written in the base, now names a member with no seat.
    const orphan = load('extends: two-states\nid: v\ntitle: V\ncouncil:\n  rule: { permanentVeto: false }\n  seats: { B: null }\n');
    const p5 = !orphan.ok ? orphan.issues.find((i) => i.code === 'E_COUNCIL_P5') : undefined;
    expect(p5).toMatchObject({ file: 'two-states.yaml', line: lineOf(base, 'member: B') });
  });

  it('locates a rule field at the layer that wrote it', () => {
    const r = load('extends: two-states\nid: v\ntitle: V\ncouncil:\n  rule: { minYes: 9 }\n');
    const issue = !r.ok ? r.issues.find((i) => i.code === 'E_RANGE') : undefined;
    expect(issue).toMatchObject({ file: 'variant.yaml', line: 5, path: ['council', 'rule', 'minYes'] });
  });

  it('E_COUNCIL_PATCH: an entry that names another member than its key', () => {
    const r = load('extends: two-states\nid: v\ntitle: V\ncouncil:\n  policies:\n    B: { member: C, rules: [{ vote: { yes: 1 } }] }\n');
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'E_COUNCIL_PATCH', file: 'variant.yaml', line: 6, column: 18, path: ['council', 'policies', 'B', 'member'] });
  });

  it('changes only the patched member\'s votes: every other member votes as in the base, run by run', () => {
    const baseRun = loadScenario(base, { filename: 'two-states.yaml' });
    const variant = load('extends: two-states\nid: v\ntitle: V\ncouncil:\n  policies:\n    B: { shield: [B], rules: [{ vote: { yes: 1 } }] }\n');
    if (!baseRun.ok || !variant.ok) throw new Error('does not load');
    const votesOf = (r: ReturnType<typeof simulate>) => (r.events ?? []).filter((e) => e.kind === 'draftResult').map((e) => String(e.votes ?? '').split(' '));
    let compared = 0;
    for (let run = 0; run < 40; run++) {
      const a = votesOf(simulate(baseRun.scenario, { seed: 3, runIndex: run, trace: true, situation: 'invasion' }));
      const b = votesOf(simulate(variant.scenario, { seed: 3, runIndex: run, trace: true, situation: 'invasion' }));
      // Votes are compared draft by draft while both runs table the same drafts.
      for (let k = 0; k < Math.min(a.length, b.length); k++) {
        expect(b[k]!.filter((v) => !v.startsWith('B:'))).toEqual(a[k]!.filter((v) => !v.startsWith('B:')));
        expect(b[k]!.find((v) => v.startsWith('B:'))).toBe('B:yes');
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});

// A restated item replaces the base's whole, so a part the copy leaves out is lost silently; the
// loader warns (W_VARIANT_DROPS), and `remove: { SECTION: [ITEM/PART] }` takes a part out on
// purpose. A `remove` entry that names nothing is an error (E_REMOVE): a misspelt id would leave in
// what the author meant to take out.
describe('extends: parts of restated items, and what remove names', () => {
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const RESTATED_DOCTRINE = 'extends: two-states\nid: v\ntitle: V\ndoctrine:\n  A:\n    - id: hold\n      on: { event: armedAttack, on: $self }\n      options: [{ id: protest, weight: 1, effect: { signal: { kind: protest, by: $self, on: $actor } } }]\n';

  it('warns at a restated doctrine that leaves out a decision point of the base, naming it and the fix', () => {
    const r = load(RESTATED_DOCTRINE);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    const w = r.warnings.find((i) => i.code === 'W_VARIANT_DROPS');
    expect(w).toMatchObject({ severity: 'warning', file: 'variant.yaml', line: 5, path: ['doctrine', 'A'] });
    expect(w!.message).toContain('decision point respond-to-attack');
    expect(w!.hint).toContain('remove: { doctrine: [A/respond-to-attack] }');
    expect(r.scenario.doctrine!.A!.map((p) => p.id)).toEqual(['hold']);
  });

  it('is silent when the variant removes that decision point on purpose, and removes one point alone', () => {
    const r = load(`${RESTATED_DOCTRINE}remove:\n  doctrine: [A/respond-to-attack]\n`);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    expect(r.warnings.filter((i) => i.code === 'W_VARIANT_DROPS')).toEqual([]);
    const alone = load('extends: two-states\nid: v\ntitle: V\nremove:\n  doctrine: [A/respond-to-attack]\n');
    if (!alone.ok) throw new Error(alone.issues.map(formatIssue).join('\n'));
    expect(alone.scenario.doctrine!.A).toEqual([]);
  });

  it('warns at a restated pact that leaves out a field or an obligation, and at a restated trigger that leaves out a field', () => {
    const text = 'extends: two-states\nid: v\ntitle: V\npacts:\n  - id: a-c-1960\n    name: Renegotiated\n    parties: [A, C]\n    inForce: 1960-06-01\n    obligations: [{ type: consultation, casus: { threat: {} } }]\ntriggers:\n  - id: border-clash\n    rate: { per: year, value: 1 }\n    effect: { armedAttack: { by: B, on: A, in: aland, intensity: 4 } }\n';
    const r = load(text);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    const drops = r.warnings.filter((i) => i.code === 'W_VARIANT_DROPS');
    expect(drops.map((w) => [w.path, w.line])).toEqual([[['pacts', 0], lineOf(text, 'id: a-c-1960')], [['triggers', 0], lineOf(text, 'id: border-clash')]]);
    expect(drops[0]!.message).toContain('leaves out what two-states.yaml has: obligation defense');
    expect(drops[1]!.message).toContain('field when');
    const meant = load(`${text}remove:\n  pacts: [a-c-1960/defense]\n  triggers: [border-clash/when]\n`);
    if (!meant.ok) throw new Error(meant.issues.map(formatIssue).join('\n'));
    expect(meant.warnings.filter((i) => i.code === 'W_VARIANT_DROPS')).toEqual([]);
    // Taken out of the base alone, the trigger fires whatever the relation.
    const unconditional = load('extends: two-states\nid: v\ntitle: V\nremove:\n  triggers: [border-clash/when]\n');
    if (!unconditional.ok) throw new Error(unconditional.issues.map(formatIssue).join('\n'));
    expect(unconditional.scenario.triggers[0]).not.toHaveProperty('when');
  });

  it('E_REMOVE: an id, a part or a section that the base does not have, located where it is written, with the nearest name', () => {
    const text = 'extends: two-states\nid: v\ntitle: V\nremove:\n  triggers: [border-clsh]\n  doctrine: [A/respond-to-atack, Q]\n  pacts: [a-c-1960/nothing]\n  pact: [a-c-1960]\n  relations: [[A, E]]\n  actors: [C/x]\n';
    const r = load(text);
    expect(r.ok).toBe(false);
    const issues = !r.ok ? r.issues.filter((i) => i.code === 'E_REMOVE') : [];
    expect(issues.map((i) => [i.line, i.hint ?? ''])).toEqual([
      [5, 'did you mean "border-clash"?'],
      [6, 'did you mean "respond-to-attack"?'],
      [6, ''],
      [7, ''],
      [8, 'did you mean "pacts"?'],
      [9, ''],
      [10, ''],
    ]);
    expect(issues.every((i) => i.file === 'variant.yaml' && i.severity === 'error')).toBe(true);
    const notList = load('extends: two-states\nid: v\ntitle: V\nremove:\n  pacts: a-c-1960\n');
    expect(!notList.ok && notList.issues[0]).toMatchObject({ code: 'E_REMOVE', line: 5 });
  });
});

// A review's cases (5 Dec 2026): a part removed from an item the variant restates goes from the
// result; an unnamed obligation's neighbours keep their names; a later layer that replaces an item
// makes an earlier layer's warning about it moot; an item removed whole draws no warning.
describe('extends: remove and restated items together, and chains', () => {
  const TWO_DEFENCES = base.replace(
    "        judgment: { deny: 0.1, pretext: 0 }\n",
    "        judgment: { deny: 0.1, pretext: 0 }\n      - { type: defense, article: Art. 3, casus: { threat: {} }, response: { atLeast: consult } }\n",
  );

  it('removes a part from the variant\'s own copy of an item too', () => {
    const r = load('extends: two-states\nid: v\ntitle: V\ntriggers:\n  - id: border-clash\n    rate: { per: year, value: 1 }\n    when: { relation: { between: [A, B], atLeast: tension } }\n    effect: { armedAttack: { by: B, on: A, in: aland, intensity: 4 } }\nremove:\n  triggers: [border-clash/when]\n');
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    expect(r.scenario.triggers.find((t) => t.id === 'border-clash')).not.toHaveProperty('when');
  });

  it('keeps the names of the unnamed obligations left when one of them is removed, so either may be named', () => {
    files['two-def.yaml'] = TWO_DEFENCES;
    for (const order of ['[a-c-1960/defense]', '[a-c-1960/defense2]', '[a-c-1960/defense2, a-c-1960/consultation]']) {
      const r = load(`extends: two-def\nid: v\ntitle: V\nremove:\n  pacts: ${order}\n`);
      if (order.includes('consultation')) { expect(!r.ok && r.issues[0]!.code).toBe('E_REMOVE'); continue; }
      if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
      const left = r.scenario.pacts[0]!.obligations.map((o) => [o.id, o.article]);
      expect(left).toEqual(order === '[a-c-1960/defense]' ? [['defense2', 'Art. 3']] : [['defense', 'Art. 2']]);
    }
    const both = load('extends: two-def\nid: v\ntitle: V\nremove:\n  pacts: [a-c-1960/defense, a-c-1960/defense2]\nactors:\n  F: { name: F }\n');
    expect(!both.ok && both.issues.map((i) => i.message).join()).toMatch(/too small|at least|obligations/);
    delete files['two-def.yaml'];
  });

  it('drops an earlier layer\'s warning once a later layer restates, deletes or removes the item', () => {
    files['v1.yaml'] = 'extends: two-states\nid: v1\ntitle: V1\ndoctrine:\n  A:\n    - id: hold\n      on: { event: armedAttack, on: $self }\n      options: [{ id: protest, weight: 1, effect: { signal: { kind: protest, by: $self, on: $actor } } }]\n';
    const kept = load('extends: v1\nid: v2\ntitle: V2\n');
    expect(kept.ok && kept.warnings.filter((w) => w.code === 'W_VARIANT_DROPS').map((w) => w.file)).toEqual(['v1.yaml']);
    for (const body of ['doctrine:\n  A: null\n', 'remove:\n  doctrine: [A]\n']) {
      const r = load(`extends: v1\nid: v2\ntitle: V2\n${body}`);
      if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
      expect(r.warnings.filter((w) => w.code === 'W_VARIANT_DROPS')).toEqual([]);
    }
    delete files['v1.yaml'];
  });

  it('warns of nothing for an item the variant restates and removes whole; accepts an empty remove and a part named twice', () => {
    const gone = load('extends: two-states\nid: v\ntitle: V\ntriggers:\n  - { id: border-clash, rate: { per: year, value: 1 }, effect: { signal: { kind: x } } }\nremove:\n  triggers: [border-clash]\n');
    if (!gone.ok) throw new Error(gone.issues.map(formatIssue).join('\n'));
    expect(gone.warnings.filter((w) => w.code === 'W_VARIANT_DROPS')).toEqual([]);
    expect(gone.scenario.triggers.map((t) => t.id)).toEqual(['sanctions-draft']);
    expect(load('extends: two-states\nid: v\ntitle: V\nremove:\n').ok).toBe(true);
    expect(load('extends: two-states\nid: v\ntitle: V\nremove:\n  triggers: [border-clash/when, border-clash/when]\n').ok).toBe(true);
  });

  it('E_REMOVE: a relation that is not a pair, a required field, a part of an item this file adds — each at its entry', () => {
    const text = 'extends: two-states\nid: v\ntitle: V\ntriggers:\n  - { id: extra, at: [1], effect: { signal: { kind: ping } } }\nremove:\n  relations: [A/C]\n  pacts: [a-c-1960/parties]\n  triggers: [extra/at]\n';
    const r = load(text);
    const issues = !r.ok ? r.issues : [];
    expect(issues.map((i) => [i.code, i.file, i.line])).toEqual([['E_REMOVE', 'variant.yaml', 7], ['E_REMOVE', 'variant.yaml', 8], ['E_REMOVE', 'variant.yaml', 9]]);
    expect(issues[0]!.message).toContain('by its pair of actors');
    expect(issues[1]!.message).toContain('parties is required of a pact');
    expect(issues[2]!.message).toContain('this file adds it');
  });
});

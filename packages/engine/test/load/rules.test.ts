// Invariant: every issue code the loader can report has a test that triggers it from a small
// YAML fixture and pins the code and the line and column it points at (the `»` marker). The last
// test checks that no code in ISSUE_CODES is left without one.
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue, ISSUE_CODES, loadScenario, validateScenarioData, type Issue, type IssueCode } from '../../src/index.js';
import { dedent, marked } from './marked.js';

const covered = new Set<IssueCode>();

const BASE = dedent(`
  version: "0.1"
  id: t
  title: T
  clock: { start: 2025-01-06, tick: week, horizon: 52 }
  actors:
    A: { name: Aland }
    B: { name: Borduria }
    C: { name: Carpania }
`);
const OUTCOMES = 'outcomes:\n  war: { when: { relation: { between: [A, B], war: true } } }\n';

/** A scenario from the base and extra top-level sections (outcomes added unless given). */
function scenario(extra: string, base = BASE): string {
  const more = dedent(extra);
  return `${base}${more}\n${/^outcomes:/m.test(more) ? '' : OUTCOMES}`;
}

function expectIssue(code: IssueCode, source: string, severity: Issue['severity'] = 'error', strict = false): Issue {
  const { text, line, column } = marked(source);
  const result = loadScenario(text, { filename: 'x.yaml', ...(strict ? { strict: true } : {}) });
  const all = result.ok ? result.warnings : result.issues;
  const hit = all.find((i) => i.code === code && i.line === line && i.column === column);
  expect(hit, `expected ${code} at ${line}:${column}, got:\n${all.map(formatIssue).join('\n')}`).toBeDefined();
  expect(hit!.severity).toBe(severity);
  expect(hit!.file).toBe('x.yaml');
  if (severity === 'warning') expect(result.ok, all.map(formatIssue).join('\n')).toBe(true);
  else expect(result.ok).toBe(false);
  covered.add(code);
  return hit!;
}

describe('the base fixture', () => {
  it('is valid', () => {
    const r = loadScenario(scenario(''));
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
  });
});

describe('YAML and data shape', () => {
  it('E_YAML: a syntax error', () => {
    expectIssue('E_YAML', 'version: "0.1"\nactors: [A, B\n»title: x\n');
  });
  it('E_YAML: a duplicate key', () => {
    const i = expectIssue('E_YAML', scenario('»id: u\n'));
    expect(i.message).toBe('duplicate key "id"');
  });
  it('E_YAML: an unknown tag', () => {
    expectIssue('E_YAML', scenario('description: »!foo x\n'));
  });
  it('E_YAML: an alias to nothing', () => {
    expectIssue('E_YAML', scenario('description: »*nothing\n'));
  });
  it('E_TOO_DEEP: absurd nesting', () => {
    const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
    const issue = expectIssue('E_TOO_DEEP', `description: [${'['.repeat(199)}»${deep}${']'.repeat(199)}]\n`);
    expect(issue.message).toContain('200');
  });
  it('E_FORBIDDEN_KEY: __proto__, constructor and prototype, at the key', () => {
    expectIssue('E_FORBIDDEN_KEY', scenario(`
      regions:
        »__proto__: { polluted: 1 }
    `));
    expectIssue('E_FORBIDDEN_KEY', scenario('sources: [{ id: s, title: S, »constructor: x }]\n'));
    expectIssue('E_FORBIDDEN_KEY', '{ "version": "0.1", »"prototype": 1 }');
  });
  it('E_TYPE: a value of the wrong type', () => {
    const i = expectIssue('E_TYPE', scenario('description: »[1, 2]\n'));
    expect([i.expected, i.received]).toEqual(['a string', 'a list']);
  });
  it('E_TYPE: the whole document is not a map', () => {
    expectIssue('E_TYPE', '»- just a list\n');
  });
  it('E_REQUIRED: a missing key points at the map it is missing from', () => {
    const i = expectIssue('E_REQUIRED', scenario('').replace('clock: { start: 2025-01-06, tick: week, horizon: 52 }', 'clock: »{ start: 2025-01-06, tick: week }'));
    expect(i.path).toEqual(['clock', 'horizon']);
  });
  it('E_UNKNOWN_KEY: at the key, with a suggestion', () => {
    const i = expectIssue('E_UNKNOWN_KEY', scenario('').replace('B: { name: Borduria }', 'B: { name: Borduria, »nuclaer: true }'));
    expect(i.hint).toBe('did you mean "nuclear"?');
    expect(i.path).toEqual(['actors', 'B', 'nuclaer']);
  });
  it('E_ONE_KEY: a condition with two keys', () => {
    expectIssue('E_ONE_KEY', scenario(`
      outcomes:
        war: { when: »{ relation: { between: [A, B], war: true }, outcome: war } }
    `));
  });
  it('E_ONE_KEY: a class of states that mixes two forms, named as one issue rather than as unknown keys of the nearest form', () => {
    const issue = expectIssue('E_ONE_KEY', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: { by: »{ tag: great, except: [B] } } } }] }
    `));
    expect(issue.message).toBe('this object mixes "tag" and "except", which belong to different forms; expected one form: { except }, or { tag }');
  });
  it('E_ONE_KEY: a parameter with two distributions', () => {
    expectIssue('E_ONE_KEY', scenario(`
      parameters:
        p: »{ value: 1, beta: [1, 2], basis: data }
    `));
  });
  it('E_ENUM: a value outside a closed list, with a suggestion', () => {
    const i = expectIssue('E_ENUM', scenario('').replace('tick: week', 'tick: »wek'));
    expect(i.hint).toBe('did you mean "week"?');
    expect(i.expected).toBe('one of: day, week, month');
  });
  it('E_FORMAT: an id that is not an id, and an impossible date', () => {
    expectIssue('E_FORMAT', scenario('').replace('id: t', 'id: »"two words"'));
    expectIssue('E_FORMAT', scenario('').replace('start: 2025-01-06', 'start: »2025-02-30'));
    const key = expectIssue('E_FORMAT', scenario('').replace('C: { name: Carpania }', '»"C D": { name: Carpania }'));
    expect(key.received).toBe('"C D"');
  });
  it('E_RANGE: a probability above 1 names the range and the parameter alternative', () => {
    const i = expectIssue('E_RANGE', scenario(`
      pacts:
        - id: p
          name: P
          parties: [A, C]
          inForce: 1960-06-01
          obligations:
            - type: defense
              reliability: »1.4
    `));
    expect(i.message).toBe('expected a number in [0, 1] or the name of a parameter, got 1.4');
    expect(formatIssue(i)).toBe(`x.yaml:${i.line}:${i.column} pacts[0].obligations[0].reliability: expected a number in [0, 1] or the name of a parameter, got 1.4 [E_RANGE]`);
  });
  it('E_RANGE: an intensity outside the MID scale', () => {
    const i = expectIssue('E_RANGE', scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { armedAttack: { by: B, on: A, intensity: »7 } } }
    `));
    expect(i.expected).toBe('an integer in [1, 5]');
  });
  it('E_SIZE: a pact with no party (one is a unilateral undertaking, 1.8)', () => {
    const i = expectIssue('E_SIZE', scenario(`
      pacts:
        - { id: p, name: P, parties: »[], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expect(i.message).toBe('expected at least 1 item, got 0 items');
  });
  it('E_VERSION: an unsupported version, and the unquoted 0.1', () => {
    const i = expectIssue('E_VERSION', scenario('').replace('version: "0.1"', 'version: »"0.2"'));
    expect(i.message).toContain('"0.1"');
    const j = expectIssue('E_VERSION', scenario('').replace('version: "0.1"', 'version: »0.1'));
    expect(j.hint).toBe('quote it: version: "0.1" — unquoted, YAML reads 0.1 as the number 0.1');
    // YAML reads 1.0 as the number 1: the hint names the version meant, not "1".
    const k = expectIssue('E_VERSION', scenario('').replace('version: "0.1"', 'version: »1.0'));
    expect(k.hint).toBe('quote it: version: "1.0" — unquoted, YAML reads 1.0 as the number 1');
  });

  it('E_NOT_TEXT: a NUL byte or bytes that are not UTF-8, one issue at the first', () => {
    const i = expectIssue('E_NOT_TEXT', scenario('').replace('id: ', 'id: »\u0000'));
    expect(i.message).toContain('U+0000 (NUL)');
    const r = loadScenario(`\uFFFD\u0000${'\u0001'.repeat(1000)}`, { filename: 'x.yaml' });
    expect(r.ok ? [] : r.issues.map((x) => x.code)).toEqual(['E_NOT_TEXT']);
  });
});

describe('references', () => {
  it('E_UNKNOWN_ACTOR: in a relation, with a suggestion', () => {
    const i = expectIssue('E_UNKNOWN_ACTOR', scenario(`
      actors:
        ROK: { name: Korea }
        PRK: { name: DPRK }
      relations:
        - { between: [ROK, »PKR] }
      outcomes:
        war: { when: { relation: { between: [ROK, PRK], war: true } } }
    `, BASE.replace(/actors:[\s\S]*$/, '')));
    expect(i.hint).toBe('did you mean "PRK"?');
  });
  it('E_UNKNOWN_ACTOR: a doctrine for an undeclared actor points at the key', () => {
    expectIssue('E_UNKNOWN_ACTOR', scenario(`
      doctrine:
        »D:
          - { id: d, on: { event: armedAttack }, options: [{ id: o, weight: 1 }] }
    `));
  });
  it('E_UNKNOWN_REGION', () => {
    expectIssue('E_UNKNOWN_REGION', scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { armedAttack: { by: B, on: A, in: »atlantis, intensity: 4 } } }
    `));
  });
  it('E_UNKNOWN_RUNG', () => {
    const i = expectIssue('E_UNKNOWN_RUNG', scenario(`
      relations:
        - { between: [A, B], rung: »tensoin }
    `));
    expect(i.hint).toBe('did you mean "tension"?');
  });
  it('E_UNKNOWN_PACT', () => {
    expectIssue('E_UNKNOWN_PACT', scenario(`
      outcomes:
        o: { when: { pactInForce: »nato } }
    `));
  });
  it('E_UNKNOWN_OBLIGATION: obligation ids are the type, numbered when repeated', () => {
    const text = scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense }, { type: defense }] }
      outcomes:
        ok: { when: { obligation: { pact: p, obligation: defense2 } } }
        bad: { when: { obligation: { pact: p, obligation: »defense3 } } }
    `);
    expectIssue('E_UNKNOWN_OBLIGATION', text);
  });
  it('E_UNKNOWN_PARAMETER: with a suggestion', () => {
    const i = expectIssue('E_UNKNOWN_PARAMETER', scenario(`
      parameters:
        ally_reliability: { beta: [8, 2], basis: judgment }
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, reliability: »ally_reliabilty }] }
    `));
    expect(i.hint).toBe('did you mean "ally_reliability"?');
  });
  it('E_UNKNOWN_VARIABLE', () => {
    expectIssue('E_UNKNOWN_VARIABLE', scenario(`
      outcomes:
        o: { when: { variable: { id: »tension, gt: 0.5 } } }
    `));
  });
  it('E_UNKNOWN_OUTCOME', () => {
    expectIssue('E_UNKNOWN_OUTCOME', scenario(`
      outcomes:
        o: { when: { outcome: »regional_war } }
    `));
  });
  it('E_UNKNOWN_REGIME', () => {
    expectIssue('E_UNKNOWN_REGIME', scenario(`
      outcomes:
        o: { when: { regime: { id: »un1718, state: lifted } } }
    `));
  });
  it('E_ROLE_CONTEXT: a role in a trigger; roles in doctrine are fine', () => {
    expectIssue('E_ROLE_CONTEXT', scenario(`
      doctrine:
        A:
          - id: answer
            on: { event: armedAttack, on: $self }
            options: [{ id: strike, weight: 1, effect: { armedAttack: { by: $self, on: $actor, intensity: 4 } } }]
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { armedAttack: { by: »$self, on: A, intensity: 4 } } }
    `));
  });
});

describe('semantic rules', () => {
  it('E_DUPLICATE_ID: pacts, triggers, rungs, options', () => {
    expectIssue('E_DUPLICATE_ID', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense }] }
        - { id: »p, name: Q, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expectIssue('E_DUPLICATE_ID', scenario(`
      triggers:
        - { id: t, at: [1], effect: { signal: { kind: s } } }
        - { id: »t, at: [2], effect: { signal: { kind: s } } }
    `));
    expectIssue('E_DUPLICATE_ID', scenario(`
      doctrine:
        A:
          - { id: d, on: { event: signal }, options: [{ id: o, weight: 1 }, { id: »o, weight: 2 }] }
    `));
    expectIssue('E_DUPLICATE_ID', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C, »A], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
  });
  it('E_DUPLICATE_RELATION: the same pair in either order', () => {
    expectIssue('E_DUPLICATE_RELATION', scenario(`
      relations:
        - { between: [A, B] }
        - { between: »[B, A] }
    `));
  });
  it('E_SELF_RELATION', () => {
    expectIssue('E_SELF_RELATION', scenario(`
      relations:
        - { between: »[A, A] }
    `));
    expectIssue('E_SELF_RELATION', scenario(`
      outcomes:
        o: { when: { relation: { between: »[B, B], war: true } } }
    `));
  });
  it('E_INITIATOR', () => {
    expectIssue('E_INITIATOR', scenario(`
      relations:
        - { between: [A, B], war: hostilities, initiator: »C }
    `));
  });
  it('E_PARAM_RANGE: an untruncated normal cannot be a probability; a beta can', () => {
    const i = expectIssue('E_PARAM_RANGE', scenario(`
      parameters:
        r: { normal: { mean: 0.8, sd: 0.1 }, basis: judgment }
        ok: { beta: [8, 2], basis: judgment }
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, reliability: »r, judgment: { deny: ok } }] }
    `));
    expect(i.expected).toBe('[0, 1]');
    expect(i.received).toBe('any number');
  });
  it('E_PARAM_RANGE: a variable initial value outside its bounds', () => {
    expectIssue('E_PARAM_RANGE', scenario(`
      parameters:
        start: { uniform: [0.5, 2], basis: placeholder }
      variables:
        tension: { initial: »start }
    `));
  });
  it('E_DISTRIBUTION: a uniform with its bounds reversed', () => {
    expectIssue('E_DISTRIBUTION', scenario(`
      parameters:
        u: { uniform: »[2, 1], basis: placeholder }
      variables:
        v: { initial: 0.5, max: 3, baseline: u }
    `));
  });
  it('E_HORIZON', () => {
    expectIssue('E_HORIZON', scenario('').replace('horizon: 52', 'horizon: »0'));
  });
  it('E_HORIZON past the last day the calendar writes (a run would otherwise die on an invalid date)', () => {
    expectIssue('E_HORIZON', scenario('').replace('horizon: 52', 'horizon: »20000000'));
    expect(loadScenario(scenario('').replace('horizon: 52', 'horizon: 400000')).ok).toBe(true);
    // Month ticks: a start in June 9999 has room for six more months, not twelve.
    const monthly = scenario('').replace(/clock: \{[^}]*\}/, 'clock: { start: 9999-06-01, tick: month, horizon: »12 }');
    expectIssue('E_HORIZON', monthly);
    expect(loadScenario(monthly.replace('»12', '6')).ok).toBe(true);
  });
  it('E_EMPTY_LADDER', () => {
    expectIssue('E_EMPTY_LADDER', scenario(`
      ladder: { rungs: »[] }
    `));
  });
  it('E_LADDER_DEESCALATION: every rung above crisis needs a rate', () => {
    const i = expectIssue('E_LADDER_DEESCALATION', scenario(`
      ladder:
        rungs:
          - { id: calm }
          - { id: crisis }
          - »{ id: war }
        crisis: crisis
    `));
    expect(i.path).toEqual(['ladder', 'rungs', 2]);
  });
  it('E_DATES: lapse before entry into force, signature after it, a term ending before it begins', () => {
    expectIssue('E_DATES', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, lapsed: »1950-01-01, obligations: [{ type: defense }] }
    `));
    expectIssue('E_DATES', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], signed: »1961-01-01, inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expectIssue('E_DATES', scenario(`
      council:
        rule: { minYes: 1 }
        seats: [{ actor: A, permanent: true }, { actor: B, from: 2025-01-01, to: »2024-12-31 }]
        policies: []
    `));
  });
  it('E_DATES: a party\'s membership that ends before it begins, or lies outside the pact\'s life', () => {
    const i = expectIssue('E_DATES', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, from: 1970-01-01, to: »1965-12-31 }], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expect(i.path).toEqual(['pacts', 0, 'parties', 1, 'to']);
    expectIssue('E_DATES', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, from: »1959-01-01 }], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    // The last day as a party comes before the day the pact lapsed: on that day it binds no one.
    expectIssue('E_DATES', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, to: »1970-01-01 }], inForce: 1960-06-01, lapsed: 1970-01-01, obligations: [{ type: defense }] }
    `));
    expectIssue('E_DATES', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, from: »1971-01-01 }], inForce: 1960-06-01, lapsed: 1970-01-01, obligations: [{ type: defense }] }
    `));
  });
  it('membership dates: an actor listed twice (plain and dated) or undeclared, at the entry\'s actor', () => {
    const dup = expectIssue('E_DUPLICATE_ID', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C, { actor: »A, from: 1970-01-01 }], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expect(dup.path).toEqual(['pacts', 0, 'parties', 2, 'actor']);
    const unknown = expectIssue('E_UNKNOWN_ACTOR', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: »D, to: 1970-01-01 }], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expect(unknown.path).toEqual(['pacts', 0, 'parties', 1, 'actor']);
    // One dated party alone is a unilateral undertaking (1.8), whose duty must name whom it protects.
    expectIssue('E_REQUIRED', scenario(`
      pacts:
        - { id: p, name: P, parties: [{ actor: A, from: 1970-01-01 }], inForce: 1960-06-01, obligations: [»{ type: defense }] }
    `));
  });
  it('membership dates: a valid dated party loads; a duty borne by a dated party is no E_NOT_PARTY; a non-party beneficiary stays allowed', () => {
    const result = loadScenario(scenario(`
      pacts:
        - id: p
          name: P
          parties: [A, { actor: C, from: 1962-01-01, to: 1968-09-12 }, { actor: B }]
          inForce: 1960-06-01
          lapsed: 1991-07-01
          obligations:
            - { type: defense, obligated: [C] }
            - { type: nonaggression, obligated: [A], beneficiaries: [C] }
    `), { filename: 'x.yaml' });
    expect(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n')).toBe(true);
  });
  it('E_SPELLS: spells out of date order, overlapping, open in the middle, or beside from/to', () => {
    const order = expectIssue('E_SPELLS', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, spells: [{ from: 1980-01-01, to: 1985-01-01 }, { from: »1962-01-01, to: 1965-01-01 }] }], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expect(order.path).toEqual(['pacts', 0, 'parties', 1, 'spells', 1, 'from']);
    expect(order.message).toContain('spells go in date order');
    const overlap = expectIssue('E_SPELLS', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, spells: [{ to: 1985-01-01 }, { from: »1985-01-01 }] }], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expect(overlap.message).toContain('must not overlap');
    expectIssue('E_SPELLS', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, spells: [»{ from: 1970-01-01 }, { from: 1985-01-01 }] }], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expectIssue('E_SPELLS', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, spells: [{ to: 1970-01-01 }, »{ to: 1985-01-01 }] }], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    const both = expectIssue('E_SPELLS', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, from: »1961-01-01, spells: [{ to: 1970-01-01 }, { from: 1985-01-01 }] }], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expect(both.hint).toBe('write the from date inside spells');
  });
  it('E_DATES: a spell ending before it begins, or outside the pact\'s life, at the spell', () => {
    const i = expectIssue('E_DATES', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, spells: [{ to: 1965-01-01 }, { from: 1970-01-01, to: »1969-01-01 }] }], inForce: 1960-06-01, obligations: [{ type: defense }] }
    `));
    expect(i.path).toEqual(['pacts', 0, 'parties', 1, 'spells', 1, 'to']);
    expectIssue('E_DATES', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, { actor: C, spells: [{ to: 1965-01-01 }, { from: 1970-01-01, to: »1991-07-01 }] }], inForce: 1960-06-01, lapsed: 1991-07-01, obligations: [{ type: defense }] }
    `));
  });
  it('spells: a party that left and rejoined loads (Uzbekistan in the Collective Security Treaty)', () => {
    const result = loadScenario(scenario(`
      pacts:
        - id: p
          name: P
          parties: [A, { actor: C, spells: [{ to: 1999-04-19 }, { from: 2006-08-16, to: 2012-12-18 }] }]
          inForce: 1994-04-20
          obligations: [{ type: defense }]
    `), { filename: 'x.yaml' });
    expect(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n')).toBe(true);
  });
  it('the party condition: an unknown pact or actor, with a suggestion; a role outside doctrine', () => {
    const pact = expectIssue('E_UNKNOWN_PACT', scenario(`
      pacts:
        - { id: nato, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense }] }
      outcomes:
        o: { when: { party: { pact: »nat, actor: A } } }
    `));
    expect(pact.hint).toBe('did you mean "nato"?');
    expect(pact.path).toEqual(['outcomes', 'o', 'when', 'party', 'pact']);
    const actor = expectIssue('E_UNKNOWN_ACTOR', scenario(`
      pacts:
        - { id: nato, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense }] }
      outcomes:
        o: { when: { party: { pact: nato, actor: »D } } }
    `));
    expect(actor.path).toEqual(['outcomes', 'o', 'when', 'party', 'actor']);
    expectIssue('E_ROLE_CONTEXT', scenario(`
      pacts:
        - { id: nato, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense }] }
      outcomes:
        o: { when: { party: { pact: nato, actor: »$self } } }
    `));
  });
  it('E_ENUM: an agenda (procedural) decision sought as a statement, or with statements to fall back on', () => {
    const product = expectIssue('E_ENUM', scenario(`
      situations:
        s:
          title: S
          inject:
            - { at: 0, effect: { draft: { kind: agenda, target: B, product: »press_statement } } }
    `));
    expect(product.path).toEqual(['situations', 's', 'inject', 0, 'effect', 'draft', 'product']);
    expectIssue('E_ENUM', scenario(`
      situations:
        s:
          title: S
          inject:
            - { at: 0, effect: { draft: { kind: agenda, target: B, fallback: »[press_statement] } } }
    `));
    // Put to the vote (the default product, or resolution written out) it loads.
    for (const draft of ['{ kind: agenda, target: B }', '{ kind: agenda, target: B, product: resolution }']) {
      const r = loadScenario(scenario(`
        council:
          rule: { minYes: 1, permanentVeto: false }
          seats: [{ actor: A }]
          policies: [{ member: A, rules: [{ vote: { yes: 1 } }] }]
        situations:
          s:
            title: S
            inject:
              - { at: 0, effect: { draft: ${draft} } }
      `), { filename: 'x.yaml' });
      expect(r.ok, r.ok ? '' : r.issues.map(formatIssue).join('\n')).toBe(true);
    }
  });
  it('E_COUNCIL_P5: a veto rule with no permanent seat; a policy for an unseated member', () => {
    expectIssue('E_COUNCIL_P5', scenario(`
      council:
        rule: { minYes: 1, permanentVeto: »true }
        seats: [{ actor: A }]
        policies: []
    `));
    expectIssue('E_COUNCIL_P5', scenario(`
      council:
        rule: { minYes: 1 }
        seats: [{ actor: A, permanent: true }]
        policies: [{ member: »C, rules: [{ vote: { yes: 1, no: 0 } }] }]
    `));
  });
  it('E_VOTE_WEIGHTS: a vote rule whose weights are all 0, written empty or as four literal zeros', () => {
    expectIssue('E_VOTE_WEIGHTS', scenario(`
      council:
        rule: { minYes: 1, permanentVeto: false }
        seats: [{ actor: A }]
        policies: [{ member: A, rules: [{ vote: »{} }] }]
    `));
    const i = expectIssue('E_VOTE_WEIGHTS', scenario(`
      council:
        rule: { minYes: 1, permanentVeto: false }
        seats: [{ actor: A }, { actor: B }]
        policies:
          - { member: A, rules: [{ vote: { yes: 1 } }] }
          - { member: default, rules: [{ kind: sanctions, vote: { abstain: 1 } }, { vote: »{ yes: 0, no: 0, abstain: 0, absent: 0 } }] }
    `));
    expect(i.path).toEqual(['council', 'policies', 1, 'rules', 1, 'vote']);
    expect(i.message).toContain('the default policy');
  });
  it('W_VOTE_WEIGHTS_ZERO: every weight 0 or a parameter that can draw 0 (a fixed or discrete value); a continuous one is not warned', () => {
    expectIssue('W_VOTE_WEIGHTS_ZERO', scenario(`
      parameters:
        w: { discrete: { values: [0, 1] }, basis: judgment, rationale: r }
      council:
        rule: { minYes: 1, permanentVeto: false }
        seats: [{ actor: A }]
        policies: [{ member: A, rules: [{ vote: »{ yes: w } }] }]
    `), 'warning');
    const r = loadScenario(scenario(`
      parameters:
        w: { uniform: [0, 1], basis: judgment, rationale: r }
      council:
        rule: { minYes: 1, permanentVeto: false }
        seats: [{ actor: A }]
        policies: [{ member: A, rules: [{ vote: { yes: w } }] }]
    `), { filename: 'x.yaml' });
    expect(r.ok && r.warnings.some((w) => w.code === 'W_VOTE_WEIGHTS_ZERO')).toBe(false);
  });
  it('E_DENUNCIATION: a denounce effect on a pact without a denunciation clause (VCLT Art. 56(1): the China–DPRK treaty, in force 10 Sep 1961, Art. VII); an implied right with less than 12 months\' notice', () => {
    const pact = (extra = '') => `
      pacts:
        - { id: p, name: P, parties: [A, B], inForce: 1961-09-10${extra}, obligations: [{ type: defense, casus: { armedAttack: { on: party } } }] }`;
    const i = expectIssue('E_DENUNCIATION', scenario(`${pact()}
      triggers:
        - { id: t, at: [1], effect: { denounce: { pact: »p, by: A } } }
    `));
    expect(i.path).toEqual(['triggers', 0, 'effect', 'denounce', 'pact']);
    expectIssue('E_DENUNCIATION', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, B], inForce: 1961-09-10, denunciation: { noticeMonths: »6, implied: true }, obligations: [{ type: defense, casus: { armedAttack: { on: party } } }] }
    `));
    // With the clause written (or an implied right with a year's notice) the file loads.
    for (const clause of [', denunciation: { noticeMonths: 12 }', ', denunciation: { noticeMonths: 12, implied: true }']) {
      const r = loadScenario(scenario(`${pact(clause)}
      triggers:
        - { id: t, at: [1], effect: { denounce: { pact: p, by: A } } }
      `), { filename: 'x.yaml' });
      expect(r.ok, r.ok ? '' : r.issues.map(formatIssue).join('\n')).toBe(true);
    }
  });
  it('E_RANGE: a notice period or a bar on notice long enough to run past the calendar (it wrapped to year 1196 and ended the pact at once)', () => {
    const pact = (clause: string) => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, B], inForce: 1961-09-10, denunciation: ${clause}, obligations: [{ type: defense, casus: { armedAttack: { on: party } } }] }`);
    expectIssue('E_RANGE', pact('{ noticeMonths: »120000 }'));
    expectIssue('E_RANGE', pact('{ noticeMonths: 12, afterYears: »9999 }'));
    expect(loadScenario(pact('{ noticeMonths: 1200, afterYears: 1000 }'), { filename: 'x.yaml' }).ok).toBe(true);
  });
  it('E_UNKNOWN_ACTOR in a draft\'s dispute (a misspelt party switched the Art. 27(3) proviso off)', () => {
    expectIssue('E_UNKNOWN_ACTOR', scenario(`
      triggers:
        - { id: t, at: [1], effect: { draft: { kind: condemnation, target: B, under: chapter_vi, dispute: [A, »ZZZ] } } }
    `));
  });
  it('E_NOT_PARTY: a denounce effect by an actor that is never a party', () => {
    expectIssue('E_NOT_PARTY', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, B], inForce: 1961-09-10, denunciation: { noticeMonths: 12 }, obligations: [{ type: defense, casus: { armedAttack: { on: party } } }] }
      triggers:
        - { id: t, at: [1], effect: { denounce: { pact: p, by: »C } } }
    `));
  });
  it('E_REGION_CYCLE', () => {
    expectIssue('E_REGION_CYCLE', scenario(`
      regions:
        north: { within: »south }
        south: { within: north }
    `));
  });
  it('E_REGION_CYCLE: through one of several parents, at the entry that closes it', () => {
    const i = expectIssue('E_REGION_CYCLE', scenario(`
      regions:
        pacific: { name: Pacific area }
        alaska: { within: [pacific, »usa] }
        usa: { within: [alaska] }
    `));
    expect(i.message).toBe('region "alaska" lies within itself: alaska ⊂ usa ⊂ alaska');
    expect(i.path).toEqual(['regions', 'alaska', 'within', 1]);
  });
  it('E_REGION_CYCLE: a region listing itself', () => {
    expectIssue('E_REGION_CYCLE', scenario(`
      regions:
        a: { within: [»a] }
    `));
  });
  it('E_UNKNOWN_REGION: an unknown parent in a within list', () => {
    const i = expectIssue('E_UNKNOWN_REGION', scenario(`
      regions:
        pacific: { name: Pacific area }
        alaska: { within: [pacific, »north_americ] }
    `));
    expect(i.path).toEqual(['regions', 'alaska', 'within', 1]);
  });
  it('E_SIZE: an empty within list', () => {
    expectIssue('E_SIZE', scenario(`
      regions:
        alaska: { within: »[] }
    `));
  });
  it('E_TYPE / E_FORMAT: a within that is neither a region id nor a list of them', () => {
    expectIssue('E_TYPE', scenario(`
      regions:
        alaska: { within: »5 }
    `));
    expectIssue('E_FORMAT', scenario(`
      regions:
        alaska: { within: [»"2 pacific"] }
    `));
  });
  it('W_REGION_ADMINISTRATOR: parents that would give different administrators', () => {
    const i = expectIssue('W_REGION_ADMINISTRATOR', scenario(`
      regions:
        a_land: { administeredBy: A }
        b_land: { administeredBy: B }
        border: { within: »[a_land, b_land] }
    `), 'warning');
    expect(i.message).toContain('the first parent\'s (A) is used');
  });
  it('no W_REGION_ADMINISTRATOR when the region names its own administrator', () => {
    const r = loadScenario(scenario(`
      regions:
        a_land: { administeredBy: A }
        b_land: { administeredBy: B }
        border: { within: [a_land, b_land], administeredBy: B }
    `, BASE.replace('"0.1"', '"1.1"')));
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
  });
  it('E_UNKNOWN_ACTOR: an unknown actor in a theatre', () => {
    const i = expectIssue('E_UNKNOWN_ACTOR', scenario(`
      theatres:
        north: { title: The north, actors: [A, »Q] }
    `));
    expect(i.path).toEqual(['theatres', 'north', 'actors', 1]);
  });
  it('E_DUPLICATE_ID: an actor listed twice in a theatre', () => {
    expectIssue('E_DUPLICATE_ID', scenario(`
      theatres:
        north: { title: The north, actors: [A, B, »A] }
    `));
  });
  it('E_SIZE: a theatre of one actor', () => {
    expectIssue('E_SIZE', scenario(`
      theatres:
        north: { title: The north, actors: »[A] }
    `));
  });
  it('E_REQUIRED: a theatre without a title', () => {
    expectIssue('E_REQUIRED', scenario(`
      theatres:
        north: »{ actors: [A, B] }
    `));
  });
  it('E_OUTCOME_CYCLE', () => {
    expectIssue('E_OUTCOME_CYCLE', scenario(`
      outcomes:
        a: { when: »{ outcome: b } }
        b: { when: { any: [{ outcome: a }] } }
    `));
  });
  it('E_RESPONSE_LEVELS: a level below atLeast', () => {
    expectIssue('E_RESPONSE_LEVELS', scenario(`
      pacts:
        - id: p
          name: P
          parties: [A, C]
          inForce: 1960-06-01
          obligations:
            - type: defense
              response: { atLeast: forces, levels: { »consult: 1, war: 1 } }
    `));
  });
  it('E_NOT_PARTY: a duty borne by a non-party', () => {
    expectIssue('E_NOT_PARTY', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, obligated: [A, »B] }] }
    `));
  });
  it('E_UNKNOWN_TAG: a class of attackers by a tag no actor carries, with a suggestion', () => {
    const issue = expectIssue('E_UNKNOWN_TAG', scenario(`
      actors:
        A: { name: Aland, tags: [communist] }
        B: { name: Borduria }
        C: { name: Carpania }
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: { by: { tag: »comunist } } } }] }
    `, BASE.replace(/actors:[\s\S]*$/, '')));
    expect(issue.hint).toContain('communist');
  });
  it('E_UNKNOWN_TAG: also in a class that leaves the tag out', () => {
    expectIssue('E_UNKNOWN_TAG', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: consultation, casus: { threat: { by: { except: { tag: »bloc } } } } }] }
    `));
  });
  it('E_UNKNOWN_ACTOR: an actor named in a class of attackers', () => {
    expectIssue('E_UNKNOWN_ACTOR', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: { by: { alliedWith: [B, »JPN] } } } }] }
    `));
    expectIssue('E_UNKNOWN_ACTOR', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { signal: { kinds: [test], by: { except: [»D] } } } }] }
    `));
  });
  it('E_DATES: a tag carried until a day before it begins', () => {
    expectIssue('E_DATES', scenario(`
      actors:
        A: { name: Aland, tags: [{ tag: communist, from: 1975-04-17, to: »1970-01-01 }] }
        B: { name: Borduria }
        C: { name: Carpania }
    `, BASE.replace(/actors:[\s\S]*$/, '')));
  });
  it('E_EMPTY_CLASS: every actor excepted', () => {
    expectIssue('E_EMPTY_CLASS', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: { by: { except: »[A, B, C] } } } }] }
    `));
  });
  it('E_EMPTY_CLASS: only the allies of an actor that has none', () => {
    expectIssue('E_EMPTY_CLASS', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: { by: { alliedWith: [B], including: »false } } } }] }
    `));
  });
  it('a class whose allies come from a pact or a declared alignment is not empty', () => {
    for (const extra of [
      'relations:\n  - { between: [B, C], alignment: ally }\n',
      'pacts:\n  - { id: q, name: Q, parties: [B, C], inForce: 1960-06-01, obligations: [{ type: defense, obligated: [C], beneficiaries: [B] }] }\n',
    ]) {
      const text = scenario(`${extra}${extra.startsWith('pacts') ? '' : 'pacts:\n'}  - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: { by: { alliedWith: [B], including: false } } } }] }\n`);
      const r = loadScenario(text);
      expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
    }
  });
  it('E_REQUEST_CLAUSE: a request on a negative duty, or on a duty with no casus', () => {
    const issue = expectIssue('E_REQUEST_CLAUSE', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: nonaggression, »request: { chance: 0.5 } }] }
    `));
    expect(issue.message).toContain('nonaggression duty has no casus');
    expectIssue('E_REQUEST_CLAUSE', scenario(`
      pacts:
        - id: p
          name: P
          parties: [A, C]
          inForce: 1960-06-01
          obligations:
            - type: defense
              »request: { chance: 0.5 }
    `));
    // On a defense duty with a casus it is what the clause is for.
    const ok = loadScenario(scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: {} }, request: { chance: 0.5, when: { relation: { between: [$target, $actor], atLeast: war } } } }] }
    `));
    expect(ok.ok).toBe(true);
  });
  it('E_DUTY_CLAUSE: a casus, response or judgment on a negative duty (1.11; a warning in an older file); unprovoked or minEnemies where the duty cannot read it', () => {
    const v111 = BASE.replace('"0.1"', '"1.11"');
    const casus = expectIssue('E_DUTY_CLAUSE', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: neutrality, »casus: { armedAttack: { by: [B] } } }] }
    `, v111));
    expect(casus.message).toBe('casus: a neutrality duty binds whenever the act it forbids is done; it has no casus that calls it into play');
    expect(casus.hint).toContain('unprovoked: true');
    expectIssue('E_DUTY_CLAUSE', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: nonaggression, »response: { atLeast: war } }] }
    `, v111));
    expectIssue('E_DUTY_CLAUSE', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: no_sanctions, »judgment: { deny: 0.5 } }] }
    `, v111));
    // A file that declares an older version stays valid: the same clause is a warning there.
    const older = expectIssue('W_DUTY_CLAUSE', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: neutrality, »casus: { armedAttack: { by: [B] } } }] }
    `), 'warning');
    expect(older.message).toBe(casus.message);
    // un_cooperation is no duty checked at an act: a casus on it has always been judged, and still is.
    const coop = loadScenario(scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: un_cooperation, casus: { armedAttack: {} } }] }
    `, v111));
    expect(coop.ok ? coop.warnings.map((w) => w.code).filter((c) => c !== 'W_CASUS_UNREACHABLE') : coop.issues.map((i) => i.code)).toEqual([]);
    const defense = expectIssue('E_DUTY_CLAUSE', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: {} }, »unprovoked: true }] }
    `, v111));
    expect(defense.hint).toContain('casus: { armedAttack: { unprovoked: true } }');
    expectIssue('E_DUTY_CLAUSE', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: offense, casus: { armedAttack: { on: [C], »minEnemies: 2 } } }] }
    `, v111));
    const ok = loadScenario(scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: nonaggression, unprovoked: true }, { type: neutrality, unprovoked: false }] }
    `, v111));
    expect(ok.ok ? ok.warnings : ok.issues).toEqual([]);
  });
  it('E_REQUIRED: a draft in a scenario without a council section (1.11; a warning in an older file)', () => {
    const draft = `
      triggers:
        - { id: t, at: [2025-02-03], effect: { »draft: { kind: condemnation, target: A, sponsor: B } } }
    `;
    const issue = expectIssue('E_REQUIRED', scenario(draft, BASE.replace('"0.1"', '"1.11"')));
    expect(issue.message).toContain('no council section');
    expectIssue('W_DRAFT_NO_COUNCIL', scenario(draft), 'warning');
  });
  it('E_TRIGGER_SOURCE: a trigger that can never fire', () => {
    expectIssue('E_TRIGGER_SOURCE', scenario(`
      triggers:
        - »{ id: t, effect: { signal: { kind: s } } }
    `));
  });
  it('E_RANGE: a Council that needs more votes than it has seats', () => {
    expectIssue('E_RANGE', scenario(`
      council:
        rule: { »minYes: 9 }
        seats: [{ actor: A, permanent: true }]
        policies: []
    `).replace('»minYes: 9', 'minYes: »9'));
  });
  it('E_INTERNAL: an unexpected exception becomes an issue', () => {
    const data = { get version(): string { throw new Error('boom'); } };
    const r = validateScenarioData(data);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toEqual(['E_INTERNAL']);
      expect(r.issues[0]!.message).toContain('boom');
    }
    covered.add('E_INTERNAL');
    covered.add('E_EXTENDS'); // tested in extends.test.ts
    covered.add('E_COUNCIL_PATCH'); // tested in extends.test.ts (needs a base)
    covered.add('E_REMOVE'); // tested in extends.test.ts (needs a base)
    covered.add('W_VARIANT_DROPS'); // tested in extends.test.ts (needs a base)
  });
});

describe('warnings', () => {
  it('W_UNUSED_PARAMETER, at the parameter name', () => {
    expectIssue('W_UNUSED_PARAMETER', scenario(`
      parameters:
        »spare: { value: 1, basis: placeholder }
    `), 'warning');
  });
  it('W_CASUS_UNREACHABLE: nothing ever attacks a protected party', () => {
    expectIssue('W_CASUS_UNREACHABLE', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: »{ minIntensity: 4 } } }] }
    `), 'warning');
  });
  it('W_CASUS_UNREACHABLE counts the attacks of war-level treaty responses (1939: the UK\'s war on Germany engages Italy)', () => {
    const withD = BASE.replace('  C: { name: Carpania }', '  C: { name: Carpania }\n  D: { name: Dacia }');
    const chain = (level: string, by = ''): string => scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { armedAttack: { by: B, on: A, intensity: war } } }
      pacts:
        - { id: p1, name: P1, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, obligated: [C], casus: { armedAttack: { ${by} } }, response: { atLeast: ${level} } }] }
        - { id: p2, name: P2, parties: [B, D], inForce: 1960-06-01, obligations: [{ type: defense, obligated: [D], casus: { armedAttack: »{ on: [B] } } }] }
    `, withD);
    const codes = (source: string): string[] => {
      const r = loadScenario(marked(source).text, { filename: 'x.yaml' });
      return r.ok ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code);
    };
    // C answers B's attack on A by war on B: D's casus on an attack on B can arise.
    expect(codes(chain('war'))).not.toContain('W_CASUS_UNREACHABLE');
    // Answered by forces (no armed attack of its own), or limited to attackers B is not, it cannot.
    expectIssue('W_CASUS_UNREACHABLE', chain('forces'), 'warning');
    expectIssue('W_CASUS_UNREACHABLE', chain('war', 'by: [D]'), 'warning');
  });
  it('W_PRETEXT_UNCAPPED: a pretext that can carry a war-level response', () => {
    expectIssue('W_PRETEXT_UNCAPPED', scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { armedAttack: { by: B, on: A, intensity: war } } }
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: {} }, response: { atLeast: forces, levels: { forces: 1, war: 1 } }, judgment: { pretext: »0.1 } }] }
    `), 'warning');
    const capped = loadScenario(scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { armedAttack: { by: B, on: A, intensity: war } } }
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: {} }, response: { atLeast: forces, levels: { forces: 1, war: 1 } }, judgment: { pretext: 0.1, pretextAtMost: materiel } }] }
    `, BASE.replace('"0.1"', '"1.1"')));
    expect(capped.ok && capped.warnings.map((w) => w.code)).toEqual([]);
  });
  it('W_CASUS_END_UNHANDLED: onCasusEnd decide with no doctrine on episode events', () => {
    expectIssue('W_CASUS_END_UNHANDLED', scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { armedAttack: { by: B, on: A, intensity: war } } }
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, obligated: [C], casus: { armedAttack: {} }, response: { atLeast: war, onCasusEnd: »decide } }] }
    `), 'warning');
  });
  it('bad values of the episode-era fields are located and coded', () => {
    expectIssue('E_ENUM', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: {} }, response: { atLeast: forces, onCasusEnd: »retreat } }] }
    `));
    expectIssue('E_ENUM', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: {} }, judgment: { pretext: 0.1, pretextAtMost: »invasion } }] }
    `));
    expectIssue('E_ROLE_CONTEXT', scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 1 }, when: { relation: { between: [»$target, B], atLeast: war } }, effect: { signal: { kind: s } } }
    `));
    expectIssue('E_UNKNOWN_ACTOR', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: consultation, casus: { signal: { kinds: [nuclear_test], by: [»ZZZ] } } }] }
    `));
    expectIssue('E_SIZE', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: consultation, casus: { signal: { kinds: »[] } } }] }
    `));
    expectIssue('E_ENUM', scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { ceasefire: { between: [A, B], scope: »everyone } } }
    `));
    expectIssue('E_REQUIRED', scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { hostileAct: »{ by: B, on: A } } }
    `));
    const words = loadScenario(scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { armedAttack: { by: B, on: A, intensity: use_of_force } } }
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: { minIntensity: war } }, judgment: { pretext: 0.1, pretextWhen: { relation: { between: [$target, $actor], atLeast: war } } } }] }
    `));
    expect(words.ok, words.ok ? '' : words.issues.map(formatIssue).join('\n')).toBe(true);
    if (words.ok) {
      expect(words.scenario.triggers[0]!.effect[0]!.armedAttack!.intensity).toBe(4);
      expect(words.scenario.pacts[0]!.obligations[0]!.casus!.armedAttack!.minIntensity).toBe(5);
    }
  });
  it('W_WAR_NO_INITIATOR: a war under way at the start with no initiator', () => {
    const w = expectIssue('W_WAR_NO_INITIATOR', scenario(`
      relations:
        - { between: [B, A], rung: »war, war: hostilities }
    `), 'warning');
    // Who is taken to have begun it is the actor declared first in actors, not first in between.
    expect(w.message).toContain('no initiator: A, the one declared first in actors');
    expectIssue('W_WAR_NO_INITIATOR', scenario(`
      situations:
        s: { title: S, relations: [{ between: [A, C], rung: »clash }] }
    `), 'warning');
    // Declared, or at the crisis rung or below (no war episode at the start): no warning.
    for (const rel of ['{ between: [B, A], rung: war, war: hostilities, initiator: B }', '{ between: [B, A], rung: crisis }']) {
      const ok = loadScenario(scenario(`relations:\n  - ${rel}\n`));
      expect(ok.ok && ok.warnings.map((i) => i.code)).toEqual([]);
    }
  });
  it('W_OUTSIDE_RUN: a scheduled date before the start', () => {
    expectIssue('W_OUTSIDE_RUN', scenario(`
      triggers:
        - { id: t, at: [»2024-01-01], effect: { signal: { kind: s } } }
    `), 'warning');
    expectIssue('W_OUTSIDE_RUN', scenario(`
      situations:
        late: { title: Late, inject: [{ at: »2026-02-01, effect: { signal: { kind: s } } }] }
    `), 'warning');
  });
  it('W_COUNCIL_SEATS: the Council changes size during the run, said once at the first change', () => {
    const council = (seats: string): string => scenario(`
      council:
        rule: { minYes: 2, permanentVeto: false }
        policies: []
        seats:
${seats}
    `);
    const w = expectIssue('W_COUNCIL_SEATS', council(`          - { actor: A }
          - { actor: B, from: 2024-01-01, to: »2025-06-30 }
          - { actor: C, from: 2024-01-01, to: 2025-06-30 }`), 'warning');
    expect(w.message).toBe('the Council has 3 seats when the run starts and 1 from 2025-07-01 (the terms of B, C end 2025-06-30): drafts voted after that day count 1 members (2 votes in favour needed)');
    expectIssue('W_COUNCIL_SEATS', council(`          - { actor: A }
          - { actor: B, from: »2025-06-01 }`), 'warning');
    // Successors written, or terms that change outside the run: no warning.
    for (const seats of [
      `          - { actor: A }\n          - { actor: B, to: 2025-06-30 }\n          - { actor: C, from: 2025-07-01 }`,
      `          - { actor: A }\n          - { actor: B, to: 2030-12-31 }`,
    ]) {
      const ok = loadScenario(council(seats));
      expect(ok.ok && ok.warnings.map((i) => i.code), seats).toEqual([]);
    }
  });
  it('rule.amended (1.11): in date order, within the seats; a change of size on an amendment\'s day is no surprise', () => {
    const council = (rule: string, seats: string): string => scenario(`
      council:
        rule: ${rule}
        policies: []
        seats:
${seats}
    `, BASE.replace('"0.1"', '"1.11"'));
    const grow = `          - { actor: A }
          - { actor: B, from: 2025-07-01 }
          - { actor: C, from: 2025-07-01 }`;
    // The enlargement with its new number of votes, from the same day: no warning.
    const ok = loadScenario(council('{ minYes: 1, permanentVeto: false, amended: [{ from: 2025-07-01, minYes: 2 }] }', grow));
    expect(ok.ok && ok.warnings.map((i) => i.code)).toEqual([]);
    // An amendment on another day: the warning names the number in force at the change.
    const w = expectIssue('W_COUNCIL_SEATS', council('{ minYes: 1, permanentVeto: false, amended: [{ from: 2025-03-01, minYes: 2 }] }', grow.replace('{ actor: B, from: 2025-07-01 }', '{ actor: B, from: »2025-07-01 }')), 'warning');
    expect(w.message).toContain('(2 votes in favour needed)');
    expectIssue('E_DATES', council('{ minYes: 1, permanentVeto: false, amended: [{ from: 2025-07-01, minYes: 2 }, { from: »2025-03-01, minYes: 1 }] }', grow));
    expectIssue('E_RANGE', council('{ minYes: 1, permanentVeto: false, amended: [{ from: 2025-07-01, minYes: »4 }] }', grow));
    const old = expectIssue('W_VERSION_FEATURE', scenario(`
      council:
        rule: { minYes: 1, permanentVeto: false, »amended: [{ from: 2025-07-01, minYes: 1 }] }
        policies: []
        seats: [{ actor: A }]
    `), 'warning');
    expect(old.message).toBe('the Council rule\'s `amended` (the votes a draft needs, changed on a date) is format 1.11; this scenario declares version "0.1"');
  });
  it('W_INJECT_BEFORE_START: an inject dated before the clock starts takes tick 0 and its date', () => {
    const w = expectIssue('W_INJECT_BEFORE_START', scenario(`
      situations:
        early: { title: Early, inject: [{ at: »2020-01-01, effect: { signal: { kind: s } } }] }
    `), 'warning');
    expect(w.message).toBe('2020-01-01 is before the clock starts (2025-01-06): this inject is applied at tick 0 and dated 2025-01-06, not its own date');
    // On the first day, or given as a tick: no warning.
    for (const at of ['2025-01-06', '0']) {
      const ok = loadScenario(scenario(`
        situations:
          s: { title: S, inject: [{ at: ${at}, effect: { signal: { kind: s } } }] }
      `));
      expect(ok.ok && ok.warnings.map((i) => i.code)).toEqual([]);
    }
  });
  it('W_OUTSIDE_RUN: a pact in force on no day of the run, a party on none (a mistyped year)', () => {
    const pact = (inForce: string, extra: string, parties = '[A, C]'): string => scenario(`
      pacts:
        - { id: p, name: P, parties: ${parties}, inForce: ${inForce}${extra}, obligations: [{ type: defense, casus: { armedAttack: {} } }] }
      triggers:
        - { id: t, rate: { per: year, value: 0.5 }, effect: { armedAttack: { by: B, on: A, intensity: 5 } } }
    `);
    let w = expectIssue('W_OUTSIDE_RUN', pact('»2030-01-01', ''), 'warning');
    expect(w.message).toBe('pact "p" enters into force 2030-01-01, after the run (2025-01-06 to 2026-01-11): it binds no one on any day of the run');
    w = expectIssue('W_OUTSIDE_RUN', pact('1960-06-01', ', lapsed: »2019-08-24'), 'warning');
    expect(w.message).toContain('lapsed 2019-08-24, before the run');
    w = expectIssue('W_OUTSIDE_RUN', pact('1960-06-01', '', '[A, »{ actor: C, from: 2040-03-29 }]'), 'warning');
    expect(w.message).toBe('C is a party to pact "p" only from 2040-03-29, on no day of the run (2025-01-06 to 2026-01-11): it bears no duty under it and is owed none');
    expectIssue('W_OUTSIDE_RUN', pact('1960-06-01', '', '[A, »{ actor: C, spells: [{ to: 1999-04-19 }, { from: 2026-01-12 }] }]'), 'warning');
    // In force, or a party, on one day of the run at least (the first, the last): no warning.
    for (const [inForce, extra, parties] of [['2026-01-11', '', '[A, C]'], ['1960-06-01', ', lapsed: 2025-01-07', '[A, C]'], ['1960-06-01', '', '[A, { actor: C, spells: [{ to: 2025-01-06 }, { from: 2040-01-01 }] }]']] as const) {
      const ok = loadScenario(pact(inForce, extra, parties));
      expect(ok.ok && ok.warnings.filter((i) => i.code === 'W_OUTSIDE_RUN').map(formatIssue), `${inForce}${extra} ${parties}`).toEqual([]);
    }
  });
});

describe('a pact of one party: a unilateral undertaking (format 1.8)', () => {
  const guarantee = (version: string, duty: string): string => scenario(`
    triggers:
      - { id: t, rate: { per: year, value: 1 }, effect: { armedAttack: { by: B, on: C, intensity: war } } }
    pacts:
      - { id: g, name: A guarantee, parties: [A], inForce: 1960-06-01, obligations: [${duty}] }
  `, BASE.replace('"0.1"', `"${version}"`));
  it('loads when its duty names whom it protects (RR-66 runs one)', () => {
    const r = loadScenario(guarantee('1.8', '{ type: defense, beneficiaries: [C], casus: { armedAttack: {} }, response: { atLeast: forces } }'));
    expect(r.ok ? r.warnings.map((w) => w.code) : r.issues.map(formatIssue)).toEqual([]);
  });
  it('E_REQUIRED when a duty would protect no one (the default, "the other parties", is empty)', () => {
    const i = expectIssue('E_REQUIRED', guarantee('1.8', '»{ type: defense, casus: { armedAttack: {} } }'));
    expect(i.message).toContain('unilateral undertaking');
    expectIssue('E_REQUIRED', guarantee('1.8', '{ type: defense, »beneficiaries: [A], casus: { armedAttack: {} } }'));
  });
  it('W_VERSION_FEATURE in a file that declares 1.7', () => {
    const i = expectIssue('W_VERSION_FEATURE', guarantee('1.7', '{ type: defense, beneficiaries: [C], casus: { armedAttack: {} } }').replace('parties: [A]', '»parties: [A]'), 'warning');
    expect(i.hint).toContain('declare version: "1.8"');
  });
  it('no pact of no party', () => {
    const r = loadScenario(guarantee('1.8', '{ type: defense, beneficiaries: [C] }').replace('parties: [A]', 'parties: []'));
    expect(r.ok ? [] : r.issues.map((x) => x.code)).toContain('E_SIZE');
  });
});

describe('metrics (1.10): located errors', () => {
  it('E_ONE_KEY: a metric with both count and ticks, or neither', () => {
    expectIssue('E_ONE_KEY', scenario(`
      metrics:
        both: »{ count: { happened: { event: armedAttack } }, ticks: { relation: { between: [A, B], war: true } } }
    `));
    const none = expectIssue('E_ONE_KEY', scenario(`
      metrics:
        none: »{ title: Nothing }
    `));
    expect(none.message).toContain('exactly one of: count, ticks');
  });
  it('E_ONE_KEY: a count of both events and drafts', () => {
    expectIssue('E_ONE_KEY', scenario(`
      metrics:
        both: { count: »{ happened: { event: armedAttack }, council: { result: vetoed } } }
    `));
  });
  it('E_UNKNOWN_KEY: a count has no threshold (atLeast belongs to the condition)', () => {
    expectIssue('E_UNKNOWN_KEY', scenario(`
      metrics:
        attacks: { count: { happened: { event: armedAttack, »atLeast: 2 } } }
    `));
  });
  it('E_UNKNOWN_ACTOR in a count, E_ROLE_CONTEXT for a role nothing binds', () => {
    expectIssue('E_UNKNOWN_ACTOR', scenario(`
      metrics:
        attacks: { count: { happened: { event: armedAttack, by: »Z } } }
    `));
    expectIssue('E_ROLE_CONTEXT', scenario(`
      metrics:
        attacks: { count: { happened: { event: armedAttack, by: »$self } } }
    `));
    expectIssue('E_UNKNOWN_ACTOR', scenario(`
      metrics:
        weeks: { ticks: { relation: { between: [A, »Z], war: true } } }
    `));
  });
});

describe('W_VERSION_FEATURE: a field newer than the declared version', () => {
  const pact = (version: string, obligation: string): string => scenario(`
    pacts:
      - id: p
        name: P
        parties: [A, C]
        inForce: 1960-06-01
        obligations:
          - type: defense
            casus: { armedAttack: {} }
            ${obligation}
  `, BASE.replace('"0.1"', `"${version}"`));

  it('names the field, its version and the version to declare, at the field', () => {
    const i = expectIssue('W_VERSION_FEATURE', pact('1.0', '»request: { chance: 0.5 }'), 'warning');
    expect(i.path).toEqual(['pacts', 0, 'obligations', 0, 'request']);
    expect(i.message).toBe('an obligation\'s `request` is format 1.4; this scenario declares version "1.0"');
    expect(i.hint).toContain('declare version: "1.4" (read by engine 0.5.0 and later)');
  });
  it('once per field, each hint naming the highest version the file needs', () => {
    const r = loadScenario(pact('0.1', 'response: { atLeast: forces, onCasusEnd: continue }\n            judgment: { pretext: 0.1, pretextAtMost: materiel }\n          - { type: defense, casus: { armedAttack: {} }, response: { atLeast: forces, onCasusEnd: withdraw } }'));
    expect(r.ok, r.ok ? '' : r.issues.map(formatIssue).join('\n')).toBe(true);
    const warnings = r.ok ? r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE') : [];
    expect(warnings.map((w) => w.path)).toEqual([
      ['pacts', 0, 'obligations', 0, 'response', 'onCasusEnd'],
      ['pacts', 0, 'obligations', 0, 'judgment', 'pretextAtMost'],
    ]);
    expect(warnings.every((w) => w.hint?.startsWith('declare version: "1.1"'))).toBe(true);
  });
  it('nothing when the declared version has the field, or the schema filled it in by default', () => {
    const versionWarnings = (r: ReturnType<typeof loadScenario>): Issue[] | string =>
      r.ok ? r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE') : r.issues.map(formatIssue).join('\n');
    expect(versionWarnings(loadScenario(pact('1.4', 'request: { chance: 0.5 }')))).toEqual([]);
    // onCasusEnd (1.1) is filled in by default in every parsed obligation: only what is written counts.
    expect(versionWarnings(loadScenario(pact('1.0', 'response: { atLeast: forces }')))).toEqual([]);
  });
  it('an id that happens to be a field name is no use of the field', () => {
    const r = loadScenario(scenario(`
      situations:
        hostileAct: { title: A situation named like the effect, inject: [] }
    `, BASE.replace('"0.1"', '"1.0"')));
    expect(r.ok && r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE')).toEqual([]);
    const used = loadScenario(scenario(`
      triggers:
        - { id: t, at: [2025-02-03], effect: [{ signal: { by: A, kind: s } }, { hostileAct: { by: A, on: B, kind: cyber } }] }
    `, BASE.replace('"0.1"', '"1.0"')));
    expect(used.ok && used.warnings.filter((w) => w.code === 'W_VERSION_FEATURE').map((w) => w.path)).toEqual([['triggers', 0, 'effect', 1, 'hostileAct']]);
  });
  it('format 1.9: the Council\'s vetoDebate and the draft kinds authorization and admission', () => {
    const council = (version: string, debate: string, kind: string): string => scenario(`
      council:
        rule: { minYes: 1 }${debate}
        seats: [{ actor: A, permanent: true }]
        policies: []
      triggers:
        - { id: t, at: [2025-02-03], effect: { draft: { ${kind.startsWith('»') ? '»' : ''}kind: ${kind.replace('»', '')}, target: B, sponsor: A } } }
    `, BASE.replace('"0.1"', `"${version}"`));
    const debate = expectIssue('W_VERSION_FEATURE', council('1.8', '\n        »vetoDebate: {}', 'condemnation'), 'warning');
    expect(debate.message).toBe('the Council\'s `vetoDebate` (the General Assembly debates every veto) is format 1.9; this scenario declares version "1.8"');
    expect(debate.hint).toContain('declare version: "1.9" (read by engine 0.8.3 and later)');
    for (const kind of ['authorization', 'admission']) {
      const i = expectIssue('W_VERSION_FEATURE', council('1.8', '', `»${kind}`), 'warning');
      expect(i.message).toBe(`the draft kind \`${kind}\` is format 1.9; this scenario declares version "1.8"`);
      const r = loadScenario(council('1.9', '\n        vetoDebate: {}', kind));
      expect(r.ok && r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE')).toEqual([]);
    }
  });
  it('format 1.12: the veto debate\'s emergency special sessions (the proviso of res. 76/262)', () => {
    const council = (version: string, sessions: string): string => scenario(`
      council:
        rule: { minYes: 1 }
        vetoDebate: { ${sessions} }
        seats: [{ actor: A, permanent: true }]
        policies: []
      triggers:
        - { id: t, at: [2025-02-03], effect: { draft: { kind: condemnation, target: B, sponsor: A } } }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', council('1.11', '»emergencySessions: [{ id: ES-11, on: [B], from: 2025-02-10 }]'), 'warning');
    expect(i.message).toBe('the veto debate\'s `emergencySessions` (the proviso of res. 76/262) is format 1.12; this scenario declares version "1.11"');
    const ok = loadScenario(council('1.12', 'emergencySessions: [{ id: ES-11, on: [B], from: 2025-02-10, to: 2025-02-12 }, { id: ES-11, on: [B], from: 2025-03-10 }]'));
    expect(ok.ok ? ok.warnings : ok.issues).toEqual([]);
    const dates = expectIssue('E_DATES', council('1.12', 'emergencySessions: [{ id: ES-11, on: [B], from: 2025-02-10, to: »2025-02-09 }]'));
    expect(dates.message).toBe('emergency special session ES-11 ends on 2025-02-09, before it begins on 2025-02-10');
    expectIssue('E_UNKNOWN_ACTOR', council('1.12', 'emergencySessions: [{ id: ES-11, on: [»Z], from: 2025-02-10 }]'));
  });
  it('format 1.16: a no_separate_peace duty\'s partners; E_DUTY_CLAUSE on any other duty', () => {
    const duty = (version: string, obligation: string): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [${obligation}] }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', duty('1.15', '{ type: no_separate_peace, »partners: at_war }'), 'warning');
    expect(i.message).toBe('a `no_separate_peace` duty\'s `partners` is format 1.16; this scenario declares version "1.15"');
    const ok = loadScenario(duty('1.16', '{ type: no_separate_peace, partners: at_war, consent: 0.5 }'));
    expect(ok.ok ? ok.warnings : ok.issues.map(formatIssue)).toEqual([]);
    const other = expectIssue('E_DUTY_CLAUSE', duty('1.16', '{ type: nonaggression, »partners: at_war }'));
    expect(other.hint).toBe('remove partners');
    expectIssue('E_ENUM', duty('1.16', '{ type: no_separate_peace, partners: »everyone }'));
  });
  it('format 1.16: a trigger at every tick; any other word is refused at the field', () => {
    const trigger = (version: string, every: string): string => scenario(`
      triggers:
        - { id: t, ${every}, effect: { signal: { by: A, kind: s } } }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', trigger('1.15', '»every: tick'), 'warning');
    expect(i.message).toBe('a trigger\'s `every: tick` is format 1.16; this scenario declares version "1.15"');
    expect(i.hint).toContain('declare version: "1.16" (read by engine 0.15.0 and later)');
    const ok = loadScenario(trigger('1.16', 'every: tick'));
    expect(ok.ok ? ok.warnings : ok.issues.map(formatIssue)).toEqual([]);
    // The yearly form is older and gives no warning.
    const yearly = loadScenario(trigger('1.0', 'every: { month: 3 }'));
    expect(yearly.ok ? yearly.warnings : yearly.issues.map(formatIssue)).toEqual([]);
    const week = loadScenario(trigger('1.16', 'every: week'));
    expect(week.ok).toBe(false);
    const issue = week.ok ? undefined : week.issues[0]!;
    expect(issue?.path).toEqual(['triggers', 0, 'every']);
    // Both forms are named: the word, and the yearly object's keys.
    expect(issue?.message).toBe('expected "tick", or an object with: month, day, got "week"');
  });
  it('format 1.17: a response that fights without declaring war', () => {
    const pact = (version: string, response: string): string => scenario(`
      pacts:
        - id: p
          name: P
          parties: [A, B]
          inForce: 2000-01-01
          obligations:
            - { type: defense, casus: { armedAttack: {} }, response: { atLeast: war, ${response} } }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', pact('1.16', '»declares: false'), 'warning');
    expect(i.message).toBe('a response\'s `declares` is format 1.17; this scenario declares version "1.16"');
    expect(i.hint).toContain('declare version: "1.17" (read by engine 0.17.0 and later)');
    const ok = loadScenario(pact('1.17', 'declares: false'));
    expect(ok.ok ? ok.warnings.filter((w) => w.code !== 'W_CASUS_UNREACHABLE') : ok.issues.map(formatIssue)).toEqual([]);
    expectIssue('E_TYPE', pact('1.17', 'declares: »no'));
  });
  it('format 1.10: metrics', () => {
    const metrics = (version: string): string => scenario(`
      »metrics:
        wars: { ticks: { relation: { between: [A, B], war: true } } }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', metrics('1.9'), 'warning');
    expect(i.message).toBe('`metrics` is format 1.10; this scenario declares version "1.9"');
    expect(i.hint).toContain('declare version: "1.10" (read by engine 0.9.0 and later)');
    const r = loadScenario(metrics('1.10').replace('»', ''));
    expect(r.ok && r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE')).toEqual([]);
  });
  it('format 1.11: a negative duty written unprovoked', () => {
    const duty = (version: string): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: nonaggression, »unprovoked: true }] }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', duty('1.10'), 'warning');
    expect(i.message).toBe('an obligation\'s `unprovoked` is format 1.11; this scenario declares version "1.10"');
    expect(i.hint).toContain('declare version: "1.11" (read by engine 0.10.0 and later)');
    const r = loadScenario(duty('1.11').replace('»', ''));
    expect(r.ok && r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE')).toEqual([]);
  });
  it('format 1.12: a negative duty limited to some enemies (unprovoked naming its victims, a neutrality\'s enemies)', () => {
    const v = (version: string): string => BASE.replace('"0.1"', `"${version}"`).replace('B: { name: Borduria }', 'B: { name: Borduria, tags: [great_power] }');
    const duty = (obligation: string, version = '1.12'): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [${obligation}] }
    `, v(version));
    const named = expectIssue('W_VERSION_FEATURE', duty('{ type: nonaggression, »unprovoked: [B] }', '1.11'), 'warning');
    expect(named.message).toBe('an obligation\'s `unprovoked` naming actors or a class is format 1.12; this scenario declares version "1.11"');
    expect(named.hint).toContain('declare version: "1.12" (read by engine 0.11.0 and later)');
    const enemies = expectIssue('W_VERSION_FEATURE', duty('{ type: neutrality, »enemies: { tag: great_power } }', '1.11'), 'warning');
    expect(enemies.message).toBe('an obligation\'s `enemies` is format 1.12; this scenario declares version "1.11"');
    const ok = loadScenario(duty('{ type: neutrality, enemies: { tag: great_power }, unprovoked: [B] }, { type: nonaggression, unprovoked: { except: [C] } }'));
    expect(ok.ok ? ok.warnings : ok.issues).toEqual([]);
    // `enemies` is read by neutrality (and, 1.14, no_separate_peace) only.
    const misplaced = expectIssue('E_DUTY_CLAUSE', duty('{ type: nonaggression, »enemies: [B] }'));
    expect(misplaced.message).toBe('enemies: only a neutrality duty (called into play by the beneficiary\'s war with a third state) or a no_separate_peace duty (a truce with some enemies) names enemies, not a nonaggression duty');
    expect(expectIssue('E_DUTY_CLAUSE', duty('{ type: defense, casus: { armedAttack: {} }, »enemies: [B] }')).hint).toContain('casus: { armedAttack: { by: … } }');
    // The states and classes they name are checked as a casus `by` is.
    expectIssue('E_UNKNOWN_ACTOR', duty('{ type: nonaggression, unprovoked: [»Z] }'));
    expectIssue('E_UNKNOWN_ACTOR', duty('{ type: neutrality, enemies: { except: [»Z] } }'));
    expectIssue('E_UNKNOWN_TAG', duty('{ type: neutrality, enemies: { tag: »great_powr } }'));
    const empty = expectIssue('E_EMPTY_CLASS', duty('{ type: neutrality, enemies: { except: »[A, B, C] } }'));
    expect(empty.message).toBe('the class is empty: every actor is excepted, so no war can call this neutrality into play');
    expect(expectIssue('E_EMPTY_CLASS', duty('{ type: nonaggression, unprovoked: { except: »[A, B, C] } }')).message).toContain('no war the beneficiary begins lifts its protection');
    expect(expectIssue('E_EMPTY_CLASS', duty('{ type: neutrality, obligated: [A], enemies: »[A] }')).message).toBe('enemies names only A, the party bound by the duty, so no war can call this neutrality into play');
  });
  it('format 1.12: a class written allOf, its parts checked as classes of their own', () => {
    const v = (version: string): string => BASE.replace('"0.1"', `"${version}"`).replace('B: { name: Borduria }', 'B: { name: Borduria, tags: [great_power] }');
    const duty = (by: string, version = '1.12'): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: { by: ${by} } }, response: { atLeast: war } }] }
    `, v(version));
    const i = expectIssue('W_VERSION_FEATURE', duty('{ »allOf: [{ tag: great_power }, non_party] }', '1.11'), 'warning');
    expect(i.message).toBe('a class written `allOf` is format 1.12; this scenario declares version "1.11"');
    const ok = loadScenario(duty('{ allOf: [{ tag: great_power }, non_party, [B, C]] }'));
    expect(ok.ok ? ok.warnings.filter((w) => w.code !== 'W_CASUS_UNREACHABLE') : ok.issues).toEqual([]);
    expectIssue('E_UNKNOWN_TAG', duty('{ allOf: [{ tag: »great_powr }, non_party] }'));
    expectIssue('E_UNKNOWN_ACTOR', duty('{ allOf: [[»Z], non_party] }'));
    expectIssue('E_EMPTY_CLASS', duty('{ allOf: [{ except: »[A, B, C] }, non_party] }'));
    const one = loadScenario(duty('{ allOf: [non_party] }'));
    expect(one.ok ? [] : one.issues.map((x) => x.code)).toContain('E_SIZE');
  });
  it('format 1.12: a casus supported by a third state, and a response against the supporter', () => {
    const duty = (obligation: string, version = '1.12'): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [${obligation}] }
    `, BASE.replace('"0.1"', `"${version}"`).replace('C: { name: Carpania }', 'C: { name: Carpania }\n  D: { name: Dravia }'));
    const supported = expectIssue('W_VERSION_FEATURE', duty('{ type: defense, obligated: [C], casus: { armedAttack: { on: [A], by: [B], »supportedBy: [D] } } }', '1.11'), 'warning');
    expect(supported.message).toBe('a casus\'s `armedAttack.supportedBy` is format 1.12; this scenario declares version "1.11"');
    const against = expectIssue('W_VERSION_FEATURE', duty('{ type: defense, casus: { armedAttack: { by: [B], supportedBy: [D] } }, response: { atLeast: war, »against: supporter } }', '1.11'), 'warning');
    expect(against.message).toBe('a response\'s `against` is format 1.12; this scenario declares version "1.11"');
    const ok = loadScenario(duty('{ type: defense, casus: { armedAttack: { by: [B], supportedBy: { except: [A] } } }, response: { atLeast: war, against: supporter } }'));
    expect(ok.ok ? ok.warnings.filter((w) => w.code !== 'W_CASUS_UNREACHABLE') : ok.issues).toEqual([]);
    // The supporter must be named for the response to act against it.
    const unnamed = expectIssue('E_REQUIRED', duty('{ type: defense, casus: { armedAttack: { by: [B] } }, response: { atLeast: war, against: »supporter } }'));
    expect(unnamed.message).toContain('the casus names no supporter');
    expectIssue('E_DUTY_CLAUSE', duty('{ type: offense, casus: { armedAttack: { by: party, »supportedBy: [B] } }, response: { atLeast: war } }'));
    expectIssue('E_UNKNOWN_ACTOR', duty('{ type: defense, casus: { armedAttack: { by: [B], supportedBy: [»Z] } }, response: { atLeast: war } }'));
    expectIssue('E_EMPTY_CLASS', duty('{ type: defense, casus: { armedAttack: { by: [B], supportedBy: { except: »[A, B, C, D] } } }, response: { atLeast: war } }'));
    // A supporter is neither the attacker, the attacked party nor the one obligated party.
    const when = expectIssue('W_VERSION_FEATURE', duty('{ type: defense, casus: { armedAttack: {}, »when: { date: { from: 1970-01-01 } } }, response: { atLeast: war } }', '1.11'), 'warning');
    expect(when.message).toBe('a casus\'s `when` is format 1.12; this scenario declares version "1.11"');
    expect(expectIssue('E_REQUIRED', duty('{ type: defense, »casus: { when: { date: { from: 1970-01-01 } } }, response: { atLeast: war } }')).message).toContain('this casus names none');
    const whenOk = loadScenario(duty('{ type: defense, casus: { armedAttack: {}, when: { relation: { between: [$target, $actor], atLeast: war } } }, response: { atLeast: war } }'));
    expect(whenOk.ok ? whenOk.warnings.filter((w) => w.code !== 'W_CASUS_UNREACHABLE') : whenOk.issues).toEqual([]);
    expect(expectIssue('E_REQUIRED', duty('{ type: defense, casus: { armedAttack: { by: [B] } }, response: { atLeast: war, against: »both } }')).message).toContain('against: both, but the casus names no supporter');
    expect(expectIssue('E_REQUIRED', duty('{ type: defense, casus: { armedAttack: { by: [B], sameWar: »true } }, response: { atLeast: war } }')).message).toContain('sameWar');
    expect(expectIssue('E_REQUIRED', duty('{ type: defense, casus: { armedAttack: { by: [B], menace: »true } }, response: { atLeast: war } }')).message).toContain('a threat counts as support');
    expect(expectIssue('W_VERSION_FEATURE', duty('{ type: defense, casus: { armedAttack: { by: [B], supportedBy: [D], »menace: true } }, response: { atLeast: war } }', '1.11'), 'warning').message).toBe('a casus\'s `armedAttack.menace` is format 1.12; this scenario declares version "1.11"');
    expect(expectIssue('W_VERSION_FEATURE', duty('{ type: defense, casus: { armedAttack: { minEnemies: 2, »sameWar: true } }, response: { atLeast: war } }', '1.11'), 'warning').message).toBe('a casus\'s `armedAttack.sameWar` is format 1.12; this scenario declares version "1.11"');
    const none = expectIssue('E_EMPTY_CLASS', duty('{ type: defense, obligated: [C], casus: { armedAttack: { on: [A], by: [B], supportedBy: »[B, C, A] } }, response: { atLeast: war } }'));
    expect(none.message).toBe('no state can support the attack: B, C, A are each the attacker, the attacked party or the obligated party, so no attack can meet this casus');
    // In a pact of two, each party's duty protects the other: naming only the parties, no one can support.
    expect(expectIssue('E_EMPTY_CLASS', duty('{ type: defense, casus: { armedAttack: { by: [B], supportedBy: »[A, C] } }, response: { atLeast: war } }')).message).toContain('no state can support the attack');
    // Of several attackers named, one may support another.
    const several = loadScenario(duty('{ type: defense, obligated: [C], casus: { armedAttack: { on: [A], by: [B, D], supportedBy: [D] } }, response: { atLeast: war } }'));
    expect(several.ok ? several.warnings.filter((w) => w.code !== 'W_CASUS_UNREACHABLE') : several.issues).toEqual([]);
  });
  it('format 1.13: counts about the actors of the act, and a casus that waits for its condition', () => {
    const duty = (obligation: string, version = '1.13'): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [${obligation}] }
    `, BASE.replace('"0.1"', `"${version}"`));
    const role = expectIssue('W_VERSION_FEATURE', duty('{ type: defense, casus: { armedAttack: {}, when: { council: { result: [vetoed], »target: $actor } } }, response: { atLeast: war } }', '1.12'), 'warning');
    expect(role.message).toBe('a role in a `happened` or `council` count (other than `$self` in a doctrine) is format 1.13; this scenario declares version "1.12"');
    const waits = expectIssue('W_VERSION_FEATURE', duty('{ type: defense, casus: { armedAttack: {}, when: { happened: { event: signal, by: $actor } }, »awaitWhen: true }, response: { atLeast: war } }', '1.12'), 'warning');
    expect(waits.message).toBe('a casus\'s `awaitWhen` is format 1.13; this scenario declares version "1.12"');
    const ok = loadScenario(duty('{ type: defense, casus: { armedAttack: {}, when: { all: [{ happened: { event: signal, by: $actor, on: $target } }, { council: { result: [vetoed], target: $actor } }] }, awaitWhen: true }, response: { atLeast: war } }'));
    expect(ok.ok ? ok.warnings.filter((w) => w.code !== 'W_CASUS_UNREACHABLE') : ok.issues).toEqual([]);
    expect(expectIssue('E_REQUIRED', duty('{ type: defense, casus: { armedAttack: {}, awaitWhen: »true }, response: { atLeast: war } }')).message).toContain('the casus has no when');
    expect(expectIssue('E_REQUIRED', duty('{ type: consultation, casus: { threat: {}, when: { happened: { event: signal, by: $actor } }, awaitWhen: »true }, response: { atLeast: consult } }')).message).toContain('names no armed attack');
    const begun = expectIssue('W_VERSION_FEATURE', duty('{ type: defense, casus: { armedAttack: {}, when: { not: { relation: { between: [$target, $actor], »begunBy: $target } } } }, response: { atLeast: war } }', '1.12'), 'warning');
    expect(begun.message).toBe('a relation condition\'s `begunBy` is format 1.13; this scenario declares version "1.12"');
    expectIssue('E_UNKNOWN_ACTOR', duty('{ type: defense, casus: { armedAttack: {}, when: { relation: { between: [$target, $actor], begunBy: »Z } } }, response: { atLeast: war } }'));
    // `$self` in a doctrine's count is the doctrine's actor, as before 1.13: no warning.
    const doctrine = loadScenario(scenario(`
      doctrine:
        A:
          - id: answer
            on: { event: armedAttack, on: $self }
            when: { happened: { event: threat, on: $self } }
            options: [{ id: wait, weight: 1 }]
    `, BASE.replace('"0.1"', '"1.12"')));
    expect(doctrine.ok ? doctrine.warnings.filter((w) => w.code === 'W_VERSION_FEATURE') : doctrine.issues).toEqual([]);
    // Still nothing binds a role in a trigger, an outcome or a metric.
    expectIssue('E_ROLE_CONTEXT', scenario(`
      outcomes:
        o: { when: { council: { result: [vetoed], target: »$actor } } }
    `));
  });
  it('format 1.11: the obligation type no_separate_peace', () => {
    const duty = (version: string): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ »type: no_separate_peace }] }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', duty('1.10'), 'warning');
    expect(i.message).toBe('the obligation type `no_separate_peace` is format 1.11; this scenario declares version "1.10"');
    const r = loadScenario(duty('1.11').replace('»', ''));
    expect(r.ok && r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE')).toEqual([]);
    expectIssue('E_DUTY_CLAUSE', duty('1.11').replace('»type: no_separate_peace }', 'type: no_separate_peace, »casus: { armedAttack: {} } }'));
  });
  it('format 1.14: a no_separate_peace duty limited to some enemies', () => {
    const duty = (version: string, enemies = '[B]'): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: no_separate_peace, obligated: [A], »enemies: ${enemies} }] }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', duty('1.13'), 'warning');
    expect(i.message).toBe('a `no_separate_peace` duty\'s `enemies` is format 1.14; this scenario declares version "1.13"');
    expect(i.hint).toContain('declare version: "1.14" (read by engine 0.13.0 and later)');
    const r = loadScenario(duty('1.14').replace('»', ''));
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
    // A neutrality's enemies stay 1.12: the 1.14 warning is for this duty's only.
    const neutral = loadScenario(duty('1.12').replace('»', '').replace('no_separate_peace', 'neutrality'));
    expect(neutral.ok ? neutral.warnings : neutral.issues).toEqual([]);
    expectIssue('E_UNKNOWN_ACTOR', duty('1.14', '[»Z]').replace('»enemies', 'enemies'));
    expect(expectIssue('E_EMPTY_CLASS', duty('1.14', '»[A]').replace('»enemies', 'enemies')).message).toBe('enemies names only A, the party bound by the duty, so no truce is ever checked under this duty');
  });
  it('format 1.15: a no_separate_peace duty lifted by the partners\' consent', () => {
    const duty = (version: string, type = 'no_separate_peace'): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: ${type}, obligated: [A], »consent: 0.5 }] }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', duty('1.14'), 'warning');
    expect(i.message).toBe('a `no_separate_peace` duty\'s `consent` is format 1.15; this scenario declares version "1.14"');
    expect(i.hint).toContain('declare version: "1.15" (read by engine 0.14.0 and later)');
    const r = loadScenario(duty('1.15').replace('»', ''));
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
    const misplaced = expectIssue('E_DUTY_CLAUSE', duty('1.15', 'nonaggression'));
    expect(misplaced.message).toBe('consent: only a no_separate_peace duty ("no separate peace except by mutual consent") is lifted by the partners\' consent, not a nonaggression duty');
    expectIssue('E_RANGE', duty('1.15').replace('»consent: 0.5', 'consent: »1.5'));
  });
  it('format 1.15: episodes.aidEnds', () => {
    const file = (version: string, value = 'withdraw'): string => scenario(`
      episodes: { »aidEnds: ${value} }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', file('1.14'), 'warning');
    expect(i.message).toBe('`episodes.aidEnds` is format 1.15; this scenario declares version "1.14"');
    const r = loadScenario(file('1.15').replace('»', ''));
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
    expect(r.ok && r.scenario.episodes?.aidEnds).toBe('withdraw');
    expectIssue('E_ENUM', file('1.15', 'leave').replace('»aidEnds: leave', 'aidEnds: »leave'));
  });
  it('W_RATE_IS_RULE: a rate that fires at 99% of ticks or more is a rule written as a chance', () => {
    // BASE's clock ticks weekly.
    const file = (rate: string, params = '', scale = ''): string => scenario(`
      ${params}
      triggers:
        - { id: clock, rate: { per: day, value: ${rate} }${scale}, effect: { signal: { by: A, kind: s } } }
    `);
    const literal = expectIssue('W_RATE_IS_RULE', file('»1'), 'warning');
    expect(literal.message).toBe('trigger "clock" fires with chance 99.91% or more at every week its condition holds: a rule written as a rate; one tick in about 1,097 passes without it, at random');
    expect(literal.hint).toContain('every: tick');
    // A parameter whose every value is that high; not one that can draw a chance below 99%.
    expectIssue('W_RATE_IS_RULE', file('»fast', 'parameters:\n        fast: { triangular: [1, 2, 3], basis: judgment, rationale: r }'), 'warning');
    for (const ok of [file('0.5'), file('fast', 'parameters:\n        fast: { triangular: [0.1, 2, 3], basis: judgment, rationale: r }'), file('1', '', ', scale: 0.001')]) {
      const r = loadScenario(ok);
      expect(r.ok ? r.warnings.map((w) => w.code) : r.issues).not.toContain('W_RATE_IS_RULE');
    }
  });
  it('W_REVERSION_SHARE: a reversion share of 1 or more, written or drawable, resets the variable every tick', () => {
    const file = (reversion: string, params = ''): string => scenario(`
      ${params}
      variables:
        t: { initial: 0.5, reversion: { per: year, value: ${reversion} } }
    `);
    const literal = expectIssue('W_REVERSION_SHARE', file('»1.5'), 'warning');
    expect(literal.message).toContain('reset each tick');
    expect(literal.hint).toContain('per: week');
    expectIssue('W_REVERSION_SHARE', file('»fade', 'parameters:\n        fade: { triangular: [0.5, 0.9, 1.5], basis: judgment, rationale: r }'), 'warning');
    for (const ok of [file('0.9'), file('fade', 'parameters:\n        fade: { triangular: [0.5, 0.9, 0.99], basis: judgment, rationale: r }')]) {
      const r = loadScenario(ok);
      expect(r.ok ? r.warnings.map((w) => w.code) : r.issues).not.toContain('W_REVERSION_SHARE');
    }
  });
  it('format 1.14: an obligation condition about its casus (enemy, beneficiary)', () => {
    const cond = (version: string, extra: string): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: {} } }] }
      outcomes:
        o: { when: { obligation: { pact: p, state: honoured, ${extra} } } }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', cond('1.13', '»enemy: B'), 'warning');
    expect(i.message).toBe('an `obligation` condition\'s `enemy` or `beneficiary` is format 1.14; this scenario declares version "1.13"');
    const r = loadScenario(cond('1.14', 'enemy: B, beneficiary: A'));
    expect(r.ok ? r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE') : r.issues).toEqual([]);
    expectIssue('E_UNKNOWN_ACTOR', cond('1.14', 'beneficiary: »Z'));
    // A role is bound only where roles are: not in an outcome.
    expectIssue('E_ROLE_CONTEXT', cond('1.14', 'enemy: »$actor'));
  });
  it('an offense duty\'s armedAttack.on names the states the partner attacks: non-parties allowed', () => {
    const r = loadScenario(scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: offense, obligated: [A], casus: { armedAttack: { by: party, on: [B] } }, response: { atLeast: war } }] }
    `));
    // Valid; the one warning is that nothing in this fixture makes C attack B.
    expect(r.ok ? r.warnings.map((w) => w.code) : r.issues).toEqual(['W_CASUS_UNREACHABLE']);
    // On a defense duty `on` names the protected parties, as before.
    expectIssue('E_NOT_PARTY', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, obligated: [A], casus: { armedAttack: { on: [»B] } } }] }
    `));
  });
  it('format 1.11: a casus that needs several enemies', () => {
    const casus = (version: string): string => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: { »minEnemies: 2 } } }] }
    `, BASE.replace('"0.1"', `"${version}"`));
    const i = expectIssue('W_VERSION_FEATURE', casus('1.10'), 'warning');
    expect(i.message).toBe('a casus\'s `armedAttack.minEnemies` is format 1.11; this scenario declares version "1.10"');
    const r = loadScenario(casus('1.11').replace('»', ''));
    expect(r.ok && r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE')).toEqual([]);
    expectIssue('E_RANGE', casus('1.11').replace('»minEnemies: 2', 'minEnemies: »0'));
  });
  it('a variant that declares an older version than its base: the newest of the chain counts', () => {
    const base = scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: {} }, request: { chance: 0.5 } }] }
      triggers:
        - { id: t, rate: { per: year, value: 1 }, effect: { armedAttack: { by: B, on: A, intensity: 4 } } }
    `, BASE.replace('"0.1"', '"1.4"'));
    const resolve = (ref: string) => (ref === 'base' ? { text: base, filename: 'base.yaml' } : undefined);
    const variant = (version: string, extra = '') => loadScenario(`version: "${version}"\nextends: base\ntitle: V\n${extra}`, { filename: 'v.yaml', resolve });
    const older = variant('1.0');
    expect(older.ok && older.warnings.filter((w) => w.code === 'W_VERSION_FEATURE')).toEqual([]);
    // A field of its own newer than every version in the chain is still named, in the variant.
    const own = variant('1.0', 'actors:\n  A: { name: Aland, tags: [coastal] }\n');
    expect(own.ok && own.warnings.filter((w) => w.code === 'W_VERSION_FEATURE').map((w) => [w.file, w.path])).toEqual([]);
    const newer = variant('1.0', 'pacts:\n  - { id: q, name: Q, parties: [A, { actor: C, spells: [{ to: 1999-01-01 }, { from: 2001-01-01 }] }], inForce: 1960-06-01, obligations: [{ type: consultation, casus: { armedAttack: {} } }] }\n');
    expect(newer.ok ? newer.warnings.filter((w) => w.code === 'W_VERSION_FEATURE').map((w) => [w.file, w.message]) : newer.issues.map(formatIssue))
      .toEqual([['v.yaml', 'spells of membership in `parties` (`{ actor, spells }`) is format 1.5; this scenario declares version "1.4"']]);
  });
  it('forms of 1.4 that reuse an older key: membership dates, a casus by a class, actor tags', () => {
    const r = loadScenario(scenario(`
      actors:
        A: { name: Aland, tags: [coastal] }
        B: { name: Borduria }
        C: { name: Carpania }
      pacts:
        - id: p
          name: P
          parties: [A, { actor: C, from: 1970-01-01 }]
          inForce: 1960-06-01
          obligations:
            - { type: defense, casus: { armedAttack: { by: { except: [B] } } } }
    `, 'version: "1.3"\nid: t\ntitle: T\nclock: { start: 2025-01-06, tick: week, horizon: 52 }\n'));
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE').map((w) => w.path)).toEqual([
      ['actors', 'A', 'tags'],
      ['pacts', 0, 'parties', 1],
      ['pacts', 0, 'obligations', 0, 'casus', 'armedAttack', 'by'],
    ]);
  });
  it('forms of 1.5: spells of membership and the party condition, with engine 0.6.0 named', () => {
    const r = loadScenario(scenario(`
      pacts:
        - id: p
          name: P
          parties: [A, { actor: C, spells: [{ to: 1970-01-01 }, { from: 1980-01-01 }] }]
          inForce: 1960-06-01
          obligations: [{ type: defense }]
      outcomes:
        party: { when: { party: { pact: p, actor: C } } }
    `, BASE.replace('"0.1"', '"1.4"')));
    expect(r.ok, r.ok ? '' : r.issues.map(formatIssue).join('\n')).toBe(true);
    const warnings = r.ok ? r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE') : [];
    // The outcome keyed "party" is no use of the condition; its condition is.
    expect(warnings.map((w) => w.path)).toEqual([
      ['pacts', 0, 'parties', 1, 'spells'],
      ['outcomes', 'party', 'when', 'party'],
    ]);
    expect(warnings.every((w) => w.hint?.startsWith('declare version: "1.5" (read by engine 0.6.0 and later)'))).toBe(true);
  });
});

describe('format 1.6 forms', () => {
  it('forms of 1.6: a denunciation clause, the denounce effect, a draft\'s under and dispute, the rule\'s partiesAbstain, with engine 0.7.0 named', () => {
    const r = loadScenario(scenario(`
      pacts:
        - id: p
          name: P
          parties: [A, B]
          inForce: 1960-06-01
          denunciation: { noticeMonths: 12 }
          obligations: [{ type: defense }]
      council:
        rule: { minYes: 1, permanentVeto: false, partiesAbstain: false }
        seats: [{ actor: A }, { actor: C }]
        policies: [{ member: default, rules: [{ vote: { yes: 1 } }] }]
      triggers:
        - { id: t, at: [1], effect: [{ denounce: { pact: p, by: A } }, { draft: { kind: condemnation, target: B, under: chapter_vi, dispute: [A, B] } }] }
    `, BASE.replace('"0.1"', '"1.5"')));
    expect(r.ok, r.ok ? '' : r.issues.map(formatIssue).join('\n')).toBe(true);
    const warnings = r.ok ? r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE') : [];
    expect(warnings.map((w) => w.path)).toEqual([
      ['pacts', 0, 'denunciation'],
      ['council', 'rule', 'partiesAbstain'],
      ['triggers', 0, 'effect', 0, 'denounce'],
      ['triggers', 0, 'effect', 1, 'draft', 'under'],
      ['triggers', 0, 'effect', 1, 'draft', 'dispute'],
    ]);
    expect(warnings.every((w) => w.hint?.startsWith('declare version: "1.6" (read by engine 0.7.0 and later)'))).toBe(true);
  });
});

describe('format 1.7 forms', () => {
  it('forms of 1.7: a denunciation clause\'s term and afterYearsBars, with engine 0.8.0 named', () => {
    const r = loadScenario(scenario(`
      pacts:
        - id: p
          name: P
          parties: [A, B]
          inForce: 1961-09-10
          denunciation: { noticeMonths: 12, term: { years: 10, renewalYears: 5 } }
          obligations: [{ type: defense }]
        - id: q
          name: Q
          parties: [A, B]
          inForce: 1955-05-06
          denunciation: { noticeMonths: 12, afterYears: 50, afterYearsBars: exit }
          obligations: [{ type: defense }]
    `, BASE.replace('"0.1"', '"1.6"')));
    expect(r.ok, r.ok ? '' : r.issues.map(formatIssue).join('\n')).toBe(true);
    const warnings = r.ok ? r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE') : [];
    expect(warnings.map((w) => w.path)).toEqual([
      ['pacts', 0, 'denunciation', 'term'],
      ['pacts', 1, 'denunciation', 'afterYearsBars'],
    ]);
    expect(warnings.every((w) => w.hint?.startsWith('declare version: "1.7" (read by engine 0.8.0 and later)'))).toBe(true);
  });
  it('E_DENUNCIATION: a term with implied: true (a term is a provision on termination, VCLT Art. 56(1)) or with afterYearsBars: exit (two minimums)', () => {
    const pact = (clause: string) => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, B], inForce: 1961-09-10, denunciation: ${clause}, obligations: [{ type: defense, casus: { armedAttack: { on: party } } }] }`);
    expectIssue('E_DENUNCIATION', pact('{ noticeMonths: 12, term: { years: 10, renewalYears: 5 }, implied: »true }'));
    const i = expectIssue('E_DENUNCIATION', pact('{ noticeMonths: 12, afterYears: 20, term: { years: 10, renewalYears: 5 }, afterYearsBars: »exit }'));
    expect(i.hint).toContain('term: { years: 20, renewalYears: 5 }');
    for (const clause of ['{ noticeMonths: 12, term: { years: 10, renewalYears: 5 }, afterYears: 10 }', '{ noticeMonths: 12, afterYears: 50, afterYearsBars: exit, implied: true }']) {
      const r = loadScenario(pact(clause), { filename: 'x.yaml' });
      expect(r.ok, r.ok ? '' : r.issues.map(formatIssue).join('\n')).toBe(true);
    }
  });
  it('E_RANGE: a term of zero years or long enough to run past the calendar', () => {
    const pact = (term: string) => scenario(`
      pacts:
        - { id: p, name: P, parties: [A, B], inForce: 1961-09-10, denunciation: { noticeMonths: 12, term: ${term} }, obligations: [{ type: defense, casus: { armedAttack: { on: party } } }] }`);
    expectIssue('E_RANGE', pact('{ years: »0, renewalYears: 5 }'));
    expectIssue('E_RANGE', pact('{ years: 10, renewalYears: »0 }'));
    expectIssue('E_RANGE', pact('{ years: »9999, renewalYears: 5 }'));
    expect(loadScenario(pact('{ years: 1000, renewalYears: 1000 }'), { filename: 'x.yaml' }).ok).toBe(true);
  });
  it('an armed attack\'s inAidOf and episodes, with engine 0.8.0 named; an unknown actor in inAidOf is located', () => {
    const r = loadScenario(scenario(`
      episodes: { allyStruck: new_war }
      triggers:
        - { id: t, at: [1], effect: { armedAttack: { by: A, on: B, intensity: 5, inAidOf: C } } }
    `, BASE.replace('"0.1"', '"1.6"')));
    expect(r.ok, r.ok ? '' : r.issues.map(formatIssue).join('\n')).toBe(true);
    const warnings = r.ok ? r.warnings.filter((w) => w.code === 'W_VERSION_FEATURE') : [];
    expect(warnings.map((w) => w.path)).toEqual([['episodes'], ['triggers', 0, 'effect', 'armedAttack', 'inAidOf']]);
    expect(warnings[0]!.hint).toMatch(/^declare version: "1.7" \(read by engine 0.8.0 and later\)/);
    const unknown = expectIssue('E_UNKNOWN_ACTOR', scenario(`
      triggers:
        - { id: t, at: [1], effect: { armedAttack: { by: A, on: B, intensity: 5, inAidOf: »ZZZ } } }
    `));
    expect(unknown.path).toEqual(['triggers', 0, 'effect', 'armedAttack', 'inAidOf']);
  });
});

describe('strict mode (casus validate --strict)', () => {
  it('E_BARE_NUMBER: a bare rate, weight, scale, level, vote or logistic coefficient; 0 and 1 allowed outside logistics', () => {
    expectIssue('E_BARE_NUMBER', scenario(`
      triggers:
        - { id: t, rate: { per: year, value: »0.5 }, effect: { signal: { kind: s } } }
    `), 'error', true);
    expectIssue('E_BARE_NUMBER', scenario(`
      parameters:
        r: { value: 2, basis: data, source: record }
      triggers:
        - { id: t, rate: { per: year, value: 1 }, scale: { linear: { intercept: 1, terms: [{ coef: »0.7, variable: v }] } }, effect: { signal: { kind: s } } }
      variables:
        v: { initial: 0.5 }
    `), 'error', true);
    expectIssue('E_BARE_NUMBER', scenario(`
      doctrine:
        A:
          - id: d
            on: { event: signal }
            options:
              - { id: a, weight: 1 }
              - { id: b, weight: { logistic: { intercept: »1, terms: [] } } }
    `), 'error', true);
    expectIssue('E_BARE_NUMBER', scenario(`
      pacts:
        - { id: p, name: P, parties: [A, C], inForce: 1960-06-01, obligations: [{ type: defense, casus: { armedAttack: {} }, request: { chance: »0.4 } }] }
    `), 'error', true);
    // The same scenario with names and structural constants only passes.
    const ok = loadScenario(scenario(`
      parameters:
        r: { value: 2, basis: data, source: record }
        w: { uniform: [1, 3], basis: judgment, rationale: why }
      triggers:
        - { id: t, rate: { per: year, value: 1 }, scale: { linear: { intercept: 0, terms: [{ coef: r, variable: v }] } }, effect: { signal: { kind: s } } }
      doctrine:
        A:
          - id: d
            on: { event: signal }
            options: [{ id: a, weight: 1 }, { id: b, weight: w }, { id: c, weight: 0 }]
      variables:
        v: { initial: 0.5 }
    `), { strict: true });
    expect(ok.ok ? ok.warnings : ok.issues).toEqual([]);
    // Not strict: the same bare numbers are fine.
    const lax = loadScenario(scenario(`
      triggers:
        - { id: t, rate: { per: year, value: 0.5 }, effect: { signal: { kind: s } } }
    `));
    expect(lax.ok).toBe(true);
  });
  it('E_PLACEHOLDER_SPREAD: a placeholder with a fixed value', () => {
    expectIssue('E_PLACEHOLDER_SPREAD', scenario(`
      parameters:
        p: { value: »3, basis: placeholder, rationale: guess }
      triggers:
        - { id: t, rate: { per: year, value: p }, effect: { signal: { kind: s } } }
    `), 'error', true);
  });
  it('E_PARAMETER_BASIS: a parameter with neither rationale nor source', () => {
    expectIssue('E_PARAMETER_BASIS', scenario(`
      parameters:
        »p: { uniform: [1, 2], basis: judgment }
      triggers:
        - { id: t, rate: { per: year, value: p }, effect: { signal: { kind: s } } }
    `), 'error', true);
  });
});

describe('coverage of codes', () => {
  afterAll(() => {
    const missing = ISSUE_CODES.filter((c) => !covered.has(c));
    expect(missing, 'issue codes without a rule test').toEqual([]);
  });
  it('runs last', () => expect(true).toBe(true));
});

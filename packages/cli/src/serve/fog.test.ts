// Invariants of the fog of war (fog.ts) on korea-2024: uses of force and statements are public; a
// signal to which only its own actor's doctrine reacts (a planned incident) is that actor's; a
// treaty's invocation and fate are known to the pact's parties, its judgment only to the obligated
// actor; decisions, duty choices and the model's variables are their actor's (or nobody's); a team
// never gets a link to an event it does not know, and sees another actor's act with the act as its
// cause — never the decision and option, duty or (unless a party) obligation behind it, nor a
// white-cell inject as such.
import { describe, expect, it } from 'vitest';
import { compile, loadScenario, type TraceEvent } from '@casus/engine';
import type { CliIo } from '../io.js';
import { knownTo, teamCause, teamEvents } from './fog.js';
import { openSeminar } from './open.js';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const io: CliIo = { stdout: () => {}, stderr: () => {}, cwd: ROOT, env: {}, isTTY: false };
const model = openSeminar('korea-2024', { seed: 1, run: 0, engine: 'reference', session: '/nonexistent-dir/f.json', host: '127.0.0.1', port: 0, oddsRuns: 10, as: 'ROK' }, io).session.baseModel;
const seoul = new Set(['ROK']);
const tokyo = new Set(['JPN']);
const ev = (e: Partial<TraceEvent> & { kind: string }, seq = 0, parent: number | null = null): TraceEvent => ({ seq, tick: 1, date: '2024-01-08', cause: 'x', parent, text: e.kind, ...e });
const obligation = (key: string) => model.obligations.findIndex((o) => o.key === key);

describe('what a team knows', () => {
  it('sees uses of force, threats, statements and Council business; not a planned incident', () => {
    expect(knownTo(model, tokyo, ev({ kind: 'armedAttack', actor: 'PRK', target: 'ROK' }))).toBe(true);
    expect(knownTo(model, tokyo, ev({ kind: 'threat', actor: 'PRK', target: 'USA' }))).toBe(true);
    expect(knownTo(model, tokyo, ev({ kind: 'draftResult', actor: 'ROK', detail: 'vetoed:condemnation' }))).toBe(true);
    expect(knownTo(model, tokyo, ev({ kind: 'assembly', target: 'PRK', detail: 'veto_debate:condemnation' }))).toBe(true);
    expect(knownTo(model, tokyo, ev({ kind: 'signal', actor: 'PRK', detail: 'nuclear_test' }))).toBe(true);
    expect(knownTo(model, tokyo, ev({ kind: 'signal', actor: 'USA', detail: 'urges_restraint' }))).toBe(true);
    // Only the DPRK's own doctrine reacts to its plan: an internal step, not a statement.
    expect(knownTo(model, seoul, ev({ kind: 'signal', actor: 'PRK', detail: 'lethal_incident_planned' }))).toBe(false);
    expect(knownTo(model, new Set(['PRK']), ev({ kind: 'signal', actor: 'PRK', detail: 'lethal_incident_planned' }))).toBe(true);
  });

  it('knows its own decisions and judgments, and its pacts\' invocations; not others\' deliberations or the model\'s variables', () => {
    expect(knownTo(model, seoul, ev({ kind: 'decision', actor: 'ROK', detail: 'absorb_and_protest' }))).toBe(true);
    expect(knownTo(model, seoul, ev({ kind: 'decision', actor: 'USA', detail: 'restraint' }))).toBe(false);
    expect(knownTo(model, seoul, ev({ kind: 'duty', actor: 'USA', detail: 'respected' }))).toBe(false);
    expect(knownTo(model, seoul, ev({ kind: 'variable', detail: 'peninsula_tension' }))).toBe(false);
    const art2 = obligation('us-rok-1953/art2@USA');
    expect(art2).toBeGreaterThanOrEqual(0);
    expect(knownTo(model, seoul, ev({ kind: 'obligation', actor: 'USA', detail: 'judged', ref: art2 }))).toBe(false);
    expect(knownTo(model, seoul, ev({ kind: 'obligation', actor: 'USA', detail: 'denied', ref: art2 }))).toBe(false);
    expect(knownTo(model, seoul, ev({ kind: 'obligation', actor: 'USA', detail: 'invoked', ref: art2 }))).toBe(true);
    expect(knownTo(model, seoul, ev({ kind: 'obligation', actor: 'USA', detail: 'honoured:consult', ref: art2 }))).toBe(true);
    // Japan is no party to the US–ROK treaty: it sees what the US does, not the consultation.
    expect(knownTo(model, tokyo, ev({ kind: 'obligation', actor: 'USA', detail: 'invoked', ref: art2 }))).toBe(false);
    expect(knownTo(model, tokyo, ev({ kind: 'obligation', detail: 'in_force', actor: 'USA', ref: art2 }))).toBe(true);
    // A hostile act short of force: the side that did it and the side it was done to.
    expect(knownTo(model, seoul, ev({ kind: 'hostileAct', actor: 'PRK', target: 'ROK', detail: 'cyber' }))).toBe(true);
    expect(knownTo(model, tokyo, ev({ kind: 'hostileAct', actor: 'PRK', target: 'ROK', detail: 'cyber' }))).toBe(false);
  });

  it('drops links to events the team does not know', () => {
    const list = [
      ev({ kind: 'armedAttack', actor: 'PRK', target: 'ROK' }, 0),
      ev({ kind: 'decision', actor: 'USA', detail: 'show_of_force' }, 1, 0),
      ev({ kind: 'signal', actor: 'USA', target: 'PRK', detail: 'strategic_assets' }, 2, 1),
      ev({ kind: 'decision', actor: 'ROK', detail: 'absorb_and_protest' }, 3, 0),
    ];
    expect(teamEvents(model, seoul, list).map((e) => [e.seq, e.parent])).toEqual([[0, null], [2, null], [3, 0]]);
  });
});

describe('the causes a team sees', () => {
  const restraint = ev({ kind: 'signal', actor: 'USA', detail: 'urges_restraint', cause: 'decision:USA/answer-attack-on-ally:restraint' }, 12, 9);

  it('sees another actor\'s act as its act, not the decision and option that produced it', () => {
    expect(teamCause(model, seoul, restraint)).toBe('act:USA');
    expect(teamCause(model, new Set(['USA']), restraint)).toBe('decision:USA/answer-attack-on-ally:restraint');
    expect(teamCause(model, new Set(['ROK', 'USA']), restraint)).toBe('decision:USA/answer-attack-on-ally:restraint');
    const [shown] = teamEvents(model, seoul, [restraint]);
    expect([shown!.cause, shown!.parent, shown!.text]).toEqual(['act:USA', null, 'signal']);
    // The decision's actor names the act, whoever the event is about.
    expect(teamCause(model, tokyo, ev({ kind: 'draft', actor: 'ROK', cause: 'decision:USA/answer-attack-on-ally:show_of_force' }))).toBe('act:USA');
  });

  it('keeps an obligation as the cause for the pact\'s parties, and its own duties; not for others', () => {
    const onBehalf = ev({ kind: 'armedAttack', actor: 'USA', target: 'PRK', cause: 'obligation:us-rok-1953/art2@USA' });
    expect(teamCause(model, seoul, onBehalf)).toBe('obligation:us-rok-1953/art2@USA');
    expect(teamCause(model, new Set(['USA']), onBehalf)).toBe('obligation:us-rok-1953/art2@USA');
    expect(teamCause(model, tokyo, onBehalf)).toBe('act:USA');
    expect(teamCause(model, new Set(['PRK']), onBehalf)).toBe('act:USA');
    const duty = ev({ kind: 'duty', actor: 'USA', detail: 'respected', cause: 'duty:us-rok-1953/art2@USA' });
    expect(teamCause(model, seoul, duty)).toBe('act:USA');
    expect(teamCause(model, new Set(['USA']), duty)).toBe('duty:us-rok-1953/art2@USA');
  });

  it('sees a white-cell inject\'s events as they happen, not the white cell\'s hand; keeps the situation, triggers and the Council', () => {
    expect(teamCause(model, seoul, ev({ kind: 'armedAttack', actor: 'PRK', target: 'ROK', cause: 'inject:white-cell#0' }))).toBe('act:PRK');
    expect(teamCause(model, seoul, ev({ kind: 'escalation', cause: 'inject:white-cell#1' }))).toBe('event');
    for (const cause of ['inject:yeonpyeong-clash#0', 'trigger:dprk-provocation', 'council:condemnation:vetoed', 'pact:us-rok-1953', 'drift:un_enforcement']) {
      expect(teamCause(model, seoul, ev({ kind: 'armedAttack', actor: 'PRK', target: 'ROK', cause }))).toBe(cause);
    }
  });
});

describe('what a team knows of a pact it joins or leaves', () => {
  // A party on its own dates: told of the pact's invocations only while it is a party.
  const r = loadScenario(`
version: "1.4"
id: fog-members
title: Members by date
clock: { start: 1968-01-01, tick: month, horizon: 12 }
actors:
  SUN: { name: Soviet Union }
  ALB: { name: Albania }
  CZE: { name: Czechoslovakia }
  USA: { name: United States }
pacts:
  - id: warsaw
    name: Warsaw Treaty
    parties: [SUN, CZE, { actor: ALB, to: 1968-09-12 }]
    inForce: 1955-06-04
    obligations: [{ type: defense, obligated: [SUN], beneficiaries: [CZE] }]
outcomes:
  o: { when: { tick: { gte: 1 } } }
`);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  const m = compile(r.scenario);
  const art = m.obligations.findIndex((o) => o.key === 'warsaw/defense@SUN');
  const invoked = (date: string) => ev({ kind: 'obligation', actor: 'SUN', detail: 'invoked', ref: art, date });

  it('is told while it is a party, not after it left', () => {
    expect(knownTo(m, new Set(['ALB']), invoked('1968-09-12'))).toBe(true);
    expect(knownTo(m, new Set(['ALB']), invoked('1968-09-13'))).toBe(false);
    expect(knownTo(m, new Set(['CZE']), invoked('1968-09-13'))).toBe(true);
    expect(knownTo(m, new Set(['USA']), invoked('1968-09-12'))).toBe(false);
  });
});

describe('what a team knows of a pact it left and rejoined', () => {
  // Spells of membership (format 1.5): told in each spell, not between them.
  const r = loadScenario(`
version: "1.5"
id: fog-spells
title: Members by spell
clock: { start: 2006-01-01, tick: month, horizon: 12 }
actors:
  RUS: { name: Russia }
  KAZ: { name: Kazakhstan }
  UZB: { name: Uzbekistan }
pacts:
  - id: cst
    name: Collective Security Treaty
    parties: [RUS, KAZ, { actor: UZB, spells: [{ to: 1999-04-19 }, { from: 2006-08-16, to: 2012-12-18 }] }]
    inForce: 1994-04-20
    obligations: [{ type: defense, obligated: [RUS], beneficiaries: [KAZ] }]
outcomes:
  o: { when: { tick: { gte: 1 } } }
`);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  const m = compile(r.scenario);
  const art = m.obligations.findIndex((o) => o.key === 'cst/defense@RUS');
  const invoked = (date: string) => ev({ kind: 'obligation', actor: 'RUS', detail: 'invoked', ref: art, date });

  it('is told in its first and second spells, not between them or after the second', () => {
    expect(knownTo(m, new Set(['UZB']), invoked('1999-04-19'))).toBe(true);
    expect(knownTo(m, new Set(['UZB']), invoked('2003-06-01'))).toBe(false);
    expect(knownTo(m, new Set(['UZB']), invoked('2006-08-15'))).toBe(false);
    expect(knownTo(m, new Set(['UZB']), invoked('2006-08-16'))).toBe(true);
    expect(knownTo(m, new Set(['UZB']), invoked('2012-12-19'))).toBe(false);
  });
});

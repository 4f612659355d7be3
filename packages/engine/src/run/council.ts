import { TABLES } from '../machines/host.js';
import type { Effect } from '../schema/effect.js';
import type { RunState } from './state.js';
import { emit, PRIORITY, recv, type InternalEffect } from './effects.js';
import { checkDuties } from './duties.js';

const DR = {
  put: TABLES.draft.event('PUT_TO_VOTE'),
  withdraw: TABLES.draft.event('WITHDRAW'),
  adopt: TABLES.draft.event('ADOPT'),
  veto: TABLES.draft.event('VETO'),
  fail: TABLES.draft.event('FAIL'),
};
export const VOTES = ['yes', 'no', 'abstain', 'absent'] as const;

/** A draft is tabled: recorded, then either weighed for withdrawal by its sponsor or put to the vote. */
export function createDraft(s: RunState, spec: NonNullable<Effect['draft']>, self: number, actor: number, target: number, cause: string, parent: number): void {
  const m = s.model;
  if (!m.council) return;
  const ref = (x: string | undefined): number => x === undefined ? -1 : x === '$self' ? self : x === '$actor' ? actor : x === '$target' ? target : m.actorIndex.get(x) ?? -1;
  const t = ref(spec.target);
  let regime = spec.regime !== undefined ? m.regimeIndex.get(spec.regime)! : -1;
  if (regime < 0 && t >= 0) regime = m.regimes.findIndex((r) => r.authority === 'un' && r.target === t);
  const i = s.addDraft();
  s.drafts[i] = {
    kind: spec.kind, target: t, regime, sponsor: ref(spec.sponsor),
    pairA: spec.between ? ref(spec.between[0]) : -1, pairB: spec.between ? ref(spec.between[1]) : -1,
    withdrawal: spec.withdrawal === undefined ? 0 : typeof spec.withdrawal === 'number' ? spec.withdrawal : m.parameters[spec.withdrawal.param]!,
    compliance: spec.compliance === undefined ? 1 : typeof spec.compliance === 'number' ? spec.compliance : m.parameters[spec.compliance.param]!,
    tick: s.tick, vetoedBy: [], cause, scope: spec.scope ?? 'dyad',
  };
  const seq = recv(s, 'draft', cause, parent, s.drafts[i]!.sponsor, t, -1, 0, false, spec.kind, -1, -1, i, '', -1);
  s.decisions.push({ type: s.drafts[i]!.withdrawal > 0 ? 'withdraw' : 'vote', draft: i, parent: seq });
}

export function chooseWithdrawal(s: RunState, draft: number): number {
  const u = s.draw(s.model.council!.withdrawalSource);
  return u < s.drafts[draft]!.withdrawal ? 1 : 0;
}

export function applyWithdrawal(s: RunState, draft: number, withdraw: boolean, parent: number): void {
  const d = s.drafts[draft]!;
  if (withdraw) {
    s.send('draft', draft, DR.withdraw);
    recv(s, 'draftResult', `council:${d.kind}:withdrawn`, parent, d.sponsor, d.target, -1, 0, false, `withdrawn:${d.kind}`, -1, -1, draft, '', -1);
  } else {
    s.decisions.push({ type: 'vote', draft, parent });
  }
}

/** Members seated on the current day, in the order the scenario lists the seats. */
export function seatedMembers(s: RunState): number[] {
  const c = s.model.council!;
  const out: number[] = [];
  for (const seat of c.seats) if (s.day >= seat.fromDay && s.day <= seat.toDay && !out.includes(seat.actor)) out.push(seat.actor);
  return out;
}

/**
 * One member's vote from its policy: the first rule that matches the draft's kind, the target's
 * standing (shielded partner or not) and the rule's condition gives yes / no / abstain / absent
 * probabilities; no matching rule means abstention. A member bound to cooperate with the target at
 * the UN counts it as shielded. One draw per member per vote.
 */
export function chooseVote(s: RunState, draft: number, member: number): number {
  const m = s.model;
  const c = m.council!;
  const d = s.drafts[draft]!;
  const u = s.draw(c.voteSource[member]!);
  const policy = c.policies[member] ?? c.defaultPolicy;
  if (!policy) return 2;
  const shielded = d.target >= 0 && (policy.shield.includes(d.target) || unCooperation(s, member, d.target));
  for (const r of policy.rules) {
    if (r.kinds && !r.kinds.includes(d.kind)) continue;
    if (r.target === 'shielded' && !shielded) continue;
    if (r.target === 'other' && shielded) continue;
    if (r.when && !r.when(s, member, -1, d.target)) continue;
    return u < r.yes ? 0 : u < r.no ? 1 : u < r.abstain ? 2 : 3;
  }
  return 2;
}

function unCooperation(s: RunState, member: number, target: number): boolean {
  for (const i of s.model.unCooperationByActor[member]!) {
    const o = s.model.obligations[i]!;
    if (o.beneficiaries.includes(target) && s.pactInForce(o.pact)) return true;
  }
  return false;
}

/**
 * Tallies the votes under the adoption rule held as data (today Charter Art. 27(3): at least
 * `minYes` in favour and no negative vote of a permanent member; abstention or absence is no veto).
 * A draft short of `minYes` has failed whatever the permanent members did; a draft with enough
 * votes and a permanent member's "no" is vetoed, as the UN's own veto list counts them.
 */
export function tally(s: RunState, members: readonly number[], votes: readonly number[]): { result: 'adopted' | 'vetoed' | 'failed'; yes: number; no: number; abstain: number; absent: number; vetoedBy: number[] } {
  const c = s.model.council!;
  let yes = 0; let no = 0; let abstain = 0; let absent = 0;
  const vetoedBy: number[] = [];
  members.forEach((mem, k) => {
    const v = votes[k]!;
    if (v === 0) yes++; else if (v === 1) no++; else if (v === 2) abstain++; else absent++;
    if (v === 1 && c.permanentVeto && c.seats.some((seat) => seat.actor === mem && seat.permanent)) vetoedBy.push(mem);
  });
  const result = yes < c.minYes ? 'failed' : vetoedBy.length > 0 ? 'vetoed' : 'adopted';
  return { result, yes, no, abstain, absent, vetoedBy: result === 'vetoed' ? vetoedBy : [] };
}

/** Applies the votes: duty checks on "yes" votes, the tally, the result, and what an adopted draft does. */
export function applyVotes(s: RunState, draft: number, members: readonly number[], chosen: number[], parent: number): void {
  const m = s.model;
  const d = s.drafts[draft]!;
  if (s.send('draft', draft, DR.put) < 0) return;
  if (d.kind === 'sanctions' && d.target >= 0) {
    members.forEach((mem, k) => {
      if (chosen[k] === 0 && !checkDuties(s, 'vote', mem, d.target, parent)) chosen[k] = 2;
    });
  }
  const t = tally(s, members, chosen);
  d.vetoedBy = t.vetoedBy;
  s.send('draft', draft, t.result === 'adopted' ? DR.adopt : t.result === 'vetoed' ? DR.veto : DR.fail);
  const votes = members.map((mem, k) => `${m.actors[mem]!.id}:${VOTES[chosen[k]!]}`).join(' ');
  const cause = `council:${d.kind}:${t.result}`;
  const seq = recv(s, 'draftResult', cause, parent, d.sponsor, d.target, -1, 0, false, `${t.result}:${d.kind}`, t.yes, t.no, draft, votes, -1);
  if (t.result !== 'adopted') return;
  const effects: InternalEffect[] = [];
  if (d.kind === 'sanctions' && d.regime >= 0) effects.push({ tighten: { regime: d.regime } });
  if (d.kind === 'panel_renewal' && d.regime >= 0) effects.push({ renew: { regime: d.regime } });
  if (d.kind === 'relief' && d.regime >= 0) effects.push({ sanctions: { regime: m.regimes[d.regime]!.id, action: 'lift' } });
  if (d.kind === 'ceasefire' && d.pairA >= 0 && d.pairB >= 0) {
    // Compliance below 1: one draw from `council:compliance`; a defied ceasefire is recorded as a
    // `ceasefire_defied` signal (by the first party of the pair) and the war goes on.
    if (d.compliance < 1 && s.draw(m.council!.complianceSource) >= d.compliance) {
      recv(s, 'signal', `council:ceasefire:defied`, seq, d.pairA, d.pairB, -1, 0, false, 'ceasefire_defied', -1, -1, -1, '', -1);
    } else {
      effects.push({ ceasefire: { between: [m.actors[d.pairA]!.id, m.actors[d.pairB]!.id], scope: d.scope } });
    }
  }
  if (effects.length > 0) emit(s, effects, -1, d.sponsor, d.target, cause, seq, PRIORITY.follow);
}

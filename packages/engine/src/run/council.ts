import { TABLES } from '../machines/host.js';
import type { Effect } from '../schema/effect.js';
import type { RunState, DraftRecord } from './state.js';
import type { Model, VoteRuleInfo } from '../model/model.js';
import { minYesOn } from '../model/model.js';
import { emit, PRIORITY, recv, type InternalEffect } from './effects.js';
import { addWorkingDays } from '../model/calendar.js';
import { checkDuties } from './duties.js';
import { unitFloat } from '../rng/xor128.js';

const DR = {
  put: TABLES.draft.event('PUT_TO_VOTE'),
  consult: TABLES.draft.event('CONSULT'),
  withdraw: TABLES.draft.event('WITHDRAW'),
  shelve: TABLES.draft.event('SHELVE'),
  adopt: TABLES.draft.event('ADOPT'),
  veto: TABLES.draft.event('VETO'),
  fail: TABLES.draft.event('FAIL'),
  agree: TABLES.draft.event('AGREE'),
  block: TABLES.draft.event('BLOCK'),
};
export const VOTES = ['yes', 'no', 'abstain', 'absent'] as const;
/**
 * The words of the votes on record: VOTES, and (1.6) `abstain_obligatory` (code 4), the abstention
 * a party to the dispute owes under the proviso of Charter Art. 27(3) — no member chooses it, so
 * it is no option of a vote decision — and (1.8) `not_voting` (code 5), a member present and not
 * voting, which a vote rule may give (`notVoting`) but a seminar player does not choose.
 */
export const VOTE_WORDS = [...VOTES, 'abstain_obligatory', 'not_voting'] as const;
/** The code of an obligatory abstention in a vote's choices. */
export const OBLIGATORY_ABSTENTION = 4;
/** (1.8) Code of a member present and not voting (res. 83, 1950): counted apart, never a veto. */
export const NOT_VOTING = 5;
/** The sponsor's choices before a vote or consultations: the index is the decision's option. */
export const SPONSOR_OPTIONS = ['put_to_vote', 'withdraw', 'shelve'] as const;

const isStatement = (d: DraftRecord): boolean => d.product !== 'resolution';
/**
 * Whether drafts of this kind are procedural decisions (Charter Art. 27(2): "an affirmative vote
 * of nine members"): putting a situation on the agenda or holding a meeting on it. No member has a
 * veto over them, so the votes of the DPRK human-rights agenda (22 Dec 2014: 11–2–2; 10 Dec 2015:
 * 9–4–2, China and Russia against both times) carried.
 */
export const isProceduralKind = (kind: string | undefined): boolean => kind === 'agenda';
const isProcedural = (d: DraftRecord): boolean => isProceduralKind(d.kind);
/** Where a draft's product shows in event details: nothing for a resolution (as before statements existed). */
const productSuffix = (d: DraftRecord): string => (isStatement(d) ? `:${d.product}` : '');

/**
 * A Council episode opens: the draft is recorded, then the sponsor decides whether to put it to
 * the vote (or to consultations, for a statement), withdraw it, or shelve a resolution it expects
 * to be vetoed. A draft whose fate is not the sponsor's to weigh goes straight to the members.
 */
export function createDraft(s: RunState, spec: NonNullable<Effect['draft']>, self: number, actor: number, target: number, cause: string, parent: number): void {
  const m = s.model;
  if (!m.council) return;
  tableDraft(s, spec.kind, roleActor(s, spec.target, self, actor, target), spec.regime !== undefined ? m.regimeIndex.get(spec.regime)! : -1,
    roleActor(s, spec.sponsor, self, actor, target),
    spec.between ? roleActor(s, spec.between[0], self, actor, target) : -1, spec.between ? roleActor(s, spec.between[1], self, actor, target) : -1,
    quantity(s, spec.withdrawal, 0), quantity(s, spec.compliance, 1), cause, spec.scope ?? 'dyad',
    // Never changed (a fallback draft gets its own shorter list): shared with the effect.
    spec.product ?? 'resolution', spec.fallback ?? NO_FALLBACK, quantity(s, spec.forceVote, -1), parent, recusedMembers(s, spec, self, actor, target));
}

/**
 * {@link createDraft} with the draft's particulars resolved (actors as indices, -1 for none; the
 * regime -1 when the draft names none: the first UN regime on the target, if any). The scenario's
 * own draft effects resolve them once per model (compiler/effect-program.ts). Requires a Council.
 */
export function tableDraft(s: RunState, kind: string, target: number, regime: number, sponsor: number, pairA: number, pairB: number,
  withdrawal: number, compliance: number, cause: string, scope: DraftRecord['scope'], product: string, fallback: readonly string[], forceVote: number, parent: number,
  recused: readonly number[] = NO_MEMBERS): void {
  if (regime < 0 && target >= 0) regime = unRegimeOn(s, target);
  const i = s.addDraft();
  s.drafts[i] = draftRecord(kind, target, regime, sponsor, pairA, pairB, withdrawal, compliance, s.tick, cause, scope, product, fallback, forceVote, recused);
  openDraft(s, i, parent);
}

/** A draft's record, every draft's fields in one order (one object shape for all drafts, first or fallback). */
function draftRecord(kind: string, target: number, regime: number, sponsor: number, pairA: number, pairB: number, withdrawal: number, compliance: number,
  tick: number, cause: string, scope: DraftRecord['scope'], product: string, fallback: readonly string[], forceVote: number, recused: readonly number[]): DraftRecord {
  return { kind, target, regime, sponsor, pairA, pairB, withdrawal, compliance, tick, vetoedBy: [], cause, scope, product, fallback, forceVote, recused };
}

/** The fallback products left after the first of `fallback`: made once per list (a scenario's lists are few). */
const REST = new WeakMap<readonly string[], readonly string[]>();

function restOf(fallback: readonly string[]): readonly string[] {
  let rest = REST.get(fallback);
  if (rest === undefined) { rest = Object.freeze(fallback.slice(1)); REST.set(fallback, rest); }
  return rest;
}

/**
 * The members the proviso of Charter Art. 27(3) bars from voting on a draft: "in decisions under
 * Chapter VI, and under paragraph 3 of Article 52, a party to a dispute shall abstain from voting".
 * Only a draft that declares both its basis (`under`) and the parties (`dispute`) is concerned,
 * and only while the rule applies the proviso (`partiesAbstain`, default true).
 */
export function recusedMembers(s: RunState, spec: NonNullable<Effect['draft']>, self: number, actor: number, target: number): readonly number[] {
  if (spec.dispute === undefined || (spec.under !== 'chapter_vi' && spec.under !== 'article_52_3') || !s.model.council!.partiesAbstain) return NO_MEMBERS;
  const out: number[] = [];
  for (const x of spec.dispute) {
    const a = roleActor(s, x, self, actor, target);
    if (a >= 0 && !out.includes(a)) out.push(a);
  }
  return out;
}

const NO_MEMBERS: readonly number[] = Object.freeze([]);

/**
 * Whether `member` must abstain on the draft as a party to the dispute. A procedural decision
 * (Art. 27(2)) and a statement (no decision at all) are not concerned: the proviso belongs to
 * Art. 27(3)'s decisions "on all other matters".
 */
function recused(d: DraftRecord, member: number): boolean {
  return d.recused !== undefined && d.recused.length > 0 && !isStatement(d) && !isProcedural(d) && d.recused.includes(member);
}

const NO_FALLBACK: readonly string[] = Object.freeze([]);

/** A draft's actor reference: a role, an actor id, or none (-1). Module functions, not closures made per draft. */
function roleActor(s: RunState, x: string | undefined, self: number, actor: number, target: number): number {
  return x === undefined ? -1 : x === '$self' ? self : x === '$actor' ? actor : x === '$target' ? target : s.model.actorIndex.get(x) ?? -1;
}

function quantity(s: RunState, x: number | { param: string } | undefined, dflt: number): number {
  return x === undefined ? dflt : typeof x === 'number' ? x : s.model.parameters[x.param]!;
}

/** The first UN sanctions regime on `target`, or -1. */
function unRegimeOn(s: RunState, target: number): number {
  const regimes = s.model.regimes;
  for (let r = 0; r < regimes.length; r++) if (regimes[r]!.authority === 'un' && regimes[r]!.target === target) return r;
  return -1;
}

/**
 * The words of a draft's events for its kind and product — causes (`council:KIND:RESULT`) and
 * details (`RESULT:KIND`, …) — made once per kind and product rather than concatenated at every
 * draft, vote and result (the same string object each time, whose hash the aggregates know).
 */
interface DraftWords {
  readonly tabled: string;
  readonly withdrawn: readonly [cause: string, detail: string];
  readonly shelved: readonly [cause: string, detail: string];
  readonly noProduct: readonly [cause: string, detail: string];
  /** A statement: issued, blocked. */
  readonly issued: readonly [cause: string, detail: string];
  readonly blocked: readonly [cause: string, detail: string];
  /** A resolution (or procedural decision). */
  readonly adopted: readonly [cause: string, detail: string];
  readonly vetoed: readonly [cause: string, detail: string];
  readonly failed: readonly [cause: string, detail: string];
}

/** Per kind, per product (both the scenario's words, finitely many). */
const WORDS = new Map<string, Map<string, DraftWords>>();

function wordsOf(d: DraftRecord): DraftWords {
  let byProduct = WORDS.get(d.kind);
  if (byProduct === undefined) { byProduct = new Map(); WORDS.set(d.kind, byProduct); }
  let w = byProduct.get(d.product);
  if (w === undefined) {
    const kind = d.kind;
    const suffix = productSuffix(d);
    const pair = (result: string, detail: string): readonly [string, string] => [`council:${kind}:${result}`, detail];
    w = {
      tabled: `${kind}${suffix}`,
      withdrawn: pair('withdrawn', `withdrawn:${kind}${suffix}`),
      shelved: pair('shelved', `shelved:${kind}${suffix}`),
      noProduct: pair('no_product', `no_product:${kind}`),
      issued: pair(d.product, `${d.product}:${kind}`),
      blocked: pair('blocked', `blocked:${kind}${suffix}`),
      adopted: pair('adopted', `adopted:${kind}`),
      vetoed: pair('vetoed', `vetoed:${kind}`),
      failed: pair('failed', `failed:${kind}`),
    };
    byProduct.set(d.product, w);
  }
  return w;
}

/** Records a draft as tabled and queues the sponsor's decision, or the members'. */
function openDraft(s: RunState, i: number, parent: number): void {
  const d = s.drafts[i]!;
  const seq = recv(s, 'draft', d.cause, parent, d.sponsor, d.target, -1, 0, false, wordsOf(d).tabled, -1, -1, i, '', -1);
  const sponsorDecides = d.withdrawal > 0 || (!isStatement(d) && s.model.council!.anticipation !== undefined);
  s.decisions.push({ type: sponsorDecides ? 'withdraw' : 'vote', draft: i, parent: seq });
}

/**
 * The sponsor's choice: 0 put it to the vote, 1 withdraw it, 2 shelve it. Withdrawal is drawn
 * first (only when its chance is above 0, one draw); then, for a resolution, the sponsor reads the
 * Council (`vetoChance`, no draw) and, expecting a veto, puts the draft to a vote anyway with
 * chance forceVote (one draw, only then) — else the draft is shelved and no vote is recorded.
 */
export function chooseWithdrawal(s: RunState, draft: number): number {
  const c = s.model.council!;
  const d = s.drafts[draft]!;
  if (d.withdrawal > 0 && unitFloat(s.drawBits(c.withdrawalSource)) < d.withdrawal) return 1;
  if (isStatement(d) || !c.anticipation) return 0;
  if (vetoChance(s, draft) <= c.anticipation.vetoExpectedAbove) return 0;
  const force = d.forceVote >= 0 ? d.forceVote : c.anticipation.forceVote;
  return unitFloat(s.drawBits(c.anticipationSource)) < force ? 0 : 2;
}

export function applyWithdrawal(s: RunState, draft: number, choice: number, parent: number): void {
  const d = s.drafts[draft]!;
  if (choice === 0) {
    s.decisions.push({ type: 'vote', draft, parent });
    return;
  }
  const [cause, detail] = choice === 1 ? wordsOf(d).withdrawn : wordsOf(d).shelved;
  s.send('draft', draft, choice === 1 ? DR.withdraw : DR.shelve);
  const seq = recv(s, 'draftResult', cause, parent, d.sponsor, d.target, -1, 0, false, detail, -1, -1, draft, '', -1);
  nextProduct(s, draft, seq);
}

/**
 * After a draft was withdrawn, shelved or blocked: the sponsor seeks the next, weaker product of
 * the episode; when none is left the episode ends with no product, recorded as its own result.
 */
function nextProduct(s: RunState, draft: number, parent: number): void {
  const d = s.drafts[draft]!;
  if (d.fallback.length > 0) {
    const i = s.addDraft();
    s.drafts[i] = draftRecord(d.kind, d.target, d.regime, d.sponsor, d.pairA, d.pairB, 0, d.compliance, s.tick, d.cause, d.scope, d.fallback[0]!, restOf(d.fallback), d.forceVote, d.recused ?? NO_MEMBERS);
    openDraft(s, i, parent);
    return;
  }
  const [cause, detail] = wordsOf(d).noProduct;
  recv(s, 'draftResult', cause, parent, d.sponsor, d.target, -1, 0, false, detail, -1, -1, draft, '', -1);
}

/**
 * Members seated on the day of the draft being decided (`curDay`: a dated inject keeps its own
 * day inside the tick), in the order the scenario lists the seats. The list is
 * shared (kept for the day, see `RunState.seated`): read it, never change it. Days with the same
 * members share one list, from run to run, so what is derived from a list (the text of its votes,
 * {@link votesText}) can be kept with it.
 */
export function seatedMembers(s: RunState): readonly number[] {
  const day = s.curDay;
  if (s.seatedDay === day) return s.seated;
  let out = s.seatedByDay.get(day);
  if (out === undefined) {
    const c = s.model.council!;
    const list: number[] = [];
    for (const seat of c.seats) if (day >= seat.fromDay && day <= seat.toDay && !list.includes(seat.actor)) list.push(seat.actor);
    const key = list.join(',');
    out = s.seatings.get(key);
    if (out === undefined) { out = list; s.seatings.set(key, out); }
    s.seatedByDay.set(day, out);
  }
  s.seated = out;
  s.seatedDay = day;
  return out;
}

/** Distinct vote texts kept per list of members: enough for the patterns that recur, bounded for those that do not. */
const MAX_VOTE_TEXTS = 1024;
/** Scratch for the pieces of a vote text (one run at a time per thread). */
const VOTE_PARTS: string[] = [];
/** Votes of up to this many members fit one exact integer code (4 choices: 2 bits each, 52 bits). */
const MAX_CODED_MEMBERS = 26;

/**
 * The record of a vote, `ID:vote` per member in seat order. The same votes of the same members
 * give the same text, so it is made once and kept with the members' list (its code is the votes
 * in base 4).
 */
function votesText(s: RunState, members: readonly number[], chosen: readonly number[], obligatory: boolean): string {
  // An obligatory abstention (code 4) or a member present and not voting (code 5) does not fit the
  // base-4 code: such a text is made each time.
  const coded = members.length <= MAX_CODED_MEMBERS && !(obligatory && chosen.includes(OBLIGATORY_ABSTENTION)) && !chosen.includes(NOT_VOTING);
  let code = 0;
  if (coded) for (let k = members.length - 1; k >= 0; k--) code = code * 4 + chosen[k]!;
  let texts = coded ? s.voteTexts.get(members) : undefined;
  const known = texts?.get(code);
  if (known !== undefined) return known;
  // Joined, not concatenated: a text kept for reuse is one flat string, not a rope of a node per
  // piece (thousands of ropes kept across runs cost a worker several megabytes).
  const pieces = votePieces(s.model);
  const parts = VOTE_PARTS;
  parts.length = members.length;
  for (let k = 0; k < members.length; k++) parts[k] = pieces[members[k]! * VOTE_WORDS.length + chosen[k]!]!;
  const votes = parts.join(' ');
  if (coded) {
    if (texts === undefined) { texts = new Map(); s.voteTexts.set(members, texts); }
    if (texts.size < MAX_VOTE_TEXTS) texts.set(code, votes);
  }
  return votes;
}

/** Per model, each actor's `ID:vote` for each word of VOTE_WORDS (actor × 5 + vote, an obligatory abstention included): the pieces of every vote text, made once. */
const PIECES = new WeakMap<RunState['model'], readonly string[]>();

function votePieces(m: RunState['model']): readonly string[] {
  let pieces = PIECES.get(m);
  if (pieces === undefined) {
    pieces = m.actors.flatMap((a) => VOTE_WORDS.map((v) => `${a.id}:${v}`));
    PIECES.set(m, pieces);
  }
  return pieces;
}

/**
 * One member's vote from its policy: the first rule that matches the draft's kind, the target's
 * standing (shielded partner or not) and the rule's condition gives yes / no / abstain / absent
 * probabilities; no matching rule means abstention. A member bound to cooperate with the target at
 * the UN counts it as shielded. One draw per member per vote.
 */
export function chooseVote(s: RunState, draft: number, member: number): number {
  const u = unitFloat(s.drawBits(s.model.council!.voteSource[member]!));
  const r = matchingRule(s, draft, member);
  if (!r) return 2;
  return u < r.yes ? 0 : u < r.no ? 1 : u < r.abstain ? 2 : u < r.absent ? 3 : NOT_VOTING;
}

/**
 * A sponsor's vote on its own draft (engine 0.13.0): in favour, whatever its policy says of drafts
 * of that kind — a state does not table a text and then abstain on it or oppose it. Its number is
 * still drawn, so the streams stay aligned.
 */
const SPONSOR_VOTE: VoteRuleInfo = Object.freeze({ kinds: undefined, products: undefined, target: 'any', when: undefined, yes: 1, no: 1, abstain: 1, absent: 1 });

/** The first rule of the member's policy that applies to the draft now (undefined: it abstains); on its own draft, the sponsor's yes. */
function matchingRule(s: RunState, draft: number, member: number): VoteRuleInfo | undefined {
  const d = s.drafts[draft]!;
  if (d.sponsor === member) return SPONSOR_VOTE;
  // Kept per draft object for the draft's votes (a new run, a fallback product or a restored
  // run makes new draft objects, so the identity check never reads another draft's rules).
  if (s.draftRulesOf[draft] !== d) { s.draftRulesOf[draft] = d; s.draftRules[draft] = rulesFor(s, d.kind, d.product); }
  const rules = s.draftRules[draft]![member]!;
  // Whether the target is the member's shielded partner, asked only of a rule that turns on it
  // (most members' rules apply to any target): -1 not yet asked.
  let shielded = -1;
  for (let k = 0; k < rules.length; k++) {
    const r = rules[k]!;
    if (r.target !== 'any') {
      if (shielded < 0) shielded = isShielded(s, member, d.target) ? 1 : 0;
      if ((r.target === 'shielded') !== (shielded === 1)) continue;
    }
    if (r.when && !r.when(s, member, -1, d.target)) continue;
    return r;
  }
  return undefined;
}

/** Whether `target` is a partner `member` shields in the Council: named in its policy, or one it is bound to cooperate with at the UN. */
function isShielded(s: RunState, member: number, target: number): boolean {
  if (target < 0) return false;
  const c = s.model.council!;
  const policy = c.policies[member] ?? c.defaultPolicy;
  return policy !== undefined && (policy.shield.includes(target) || unCooperation(s, member, target));
}

const NO_RULES: readonly VoteRuleInfo[] = Object.freeze([]);

/**
 * Per actor, the rules of its policy that apply to drafts of this kind and product, in order: what
 * does not depend on the day or the state, found once per model rather than at every vote.
 */
function rulesFor(s: RunState, kind: string, product: string): readonly (readonly VoteRuleInfo[])[] {
  let byProduct = s.voteRules.get(kind);
  if (byProduct === undefined) { byProduct = new Map(); s.voteRules.set(kind, byProduct); }
  let perActor = byProduct.get(product);
  if (perActor === undefined) {
    const c = s.model.council!;
    perActor = s.model.actors.map((_, a) => {
      const policy = c.policies[a] ?? c.defaultPolicy;
      if (!policy) return NO_RULES;
      return policy.rules.filter((r) => (!r.kinds || r.kinds.includes(kind)) && (!r.products || r.products.includes(product)));
    });
    byProduct.set(product, perActor);
  }
  return perActor;
}

/** Scratch counts for {@link vetoChance}, grown to the largest `minYes` seen. */
let SCRATCH_FREE = new Float64Array(16);
let SCRATCH_VETOING = new Float64Array(16);

/**
 * The chance that the draft is vetoed, as a sponsor reads the members' policies before a vote
 * (members independent; no draw): at least `minYes` in favour *and* a negative vote of a permanent
 * member. A permanent member's "no" on a draft short of the votes is no veto — the draft simply
 * fails, as `tally` and the UN's veto list count it (Russia's Syria draft of 14 April 2018, 3–8–4,
 * was put to the vote with three permanent members against) — so a sponsor does not shelve such a
 * draft as one it expects to see vetoed. With `permanentVeto` off, or on a procedural vote, it is 0.
 */
export function vetoChance(s: RunState, draft: number): number {
  const c = s.model.council!;
  const d = s.drafts[draft]!;
  if (!c.permanentVeto || isProcedural(d)) return 0;
  // free[y], vetoing[y]: the chance of y votes in favour so far (y capped at minYes), with no
  // permanent member against yet, or with one. Updated in place, from the top count down, so each
  // member's step reads the counts before it; scratch arrays shared by every call (no allocation).
  const need = minYesOn(c, s.curDay);
  if (SCRATCH_FREE.length <= need) { SCRATCH_FREE = new Float64Array(need + 1); SCRATCH_VETOING = new Float64Array(need + 1); }
  const free = SCRATCH_FREE;
  const vetoing = SCRATCH_VETOING;
  free.fill(0, 0, need + 1);
  vetoing.fill(0, 0, need + 1);
  free[0] = 1;
  const members = seatedMembers(s);
  for (let k = 0; k < members.length; k++) {
    const mem = members[k]!;
    // A party to the dispute that must abstain (Art. 27(3)) neither votes for the draft nor vetoes it.
    if (recused(d, mem)) continue;
    const r = matchingRule(s, draft, mem);
    if (!r) continue;
    const yes = r.yes;
    const no = r.no - r.yes;
    const neither = 1 - r.no;
    const permanent = c.permanent[mem] === true;
    const keepFree = permanent ? neither : neither + no;
    const keepVetoing = neither + no;
    for (let y = need; y >= 0; y--) {
      const f = free[y]!;
      const v = vetoing[y]!;
      // A vote in favour moves the count up by one; at minYes it stays there (capped).
      const stay = y === need ? yes : 0;
      const fromBelow = y > 0 ? free[y - 1]! * yes : 0;
      const vetoFromBelow = y > 0 ? vetoing[y - 1]! * yes : 0;
      free[y] = f * (keepFree + stay) + fromBelow;
      vetoing[y] = v * (keepVetoing + stay) + vetoFromBelow + (permanent ? f * no : 0);
    }
  }
  return vetoing[need]!;
}

function unCooperation(s: RunState, member: number, target: number): boolean {
  for (const i of s.model.unCooperationByActor[member]!) {
    if (s.protects(i, target) && s.obligationBinds(i)) return true;
  }
  return false;
}

/**
 * Tallies the votes under the adoption rule held as data (today Charter Art. 27(3): at least
 * `minYes` in favour and no negative vote of a permanent member; abstention or absence is no veto).
 * A draft short of `minYes` has failed whatever the permanent members did; a draft with enough
 * votes and a permanent member's "no" is vetoed, as the UN's own veto list counts them. A
 * procedural decision (Art. 27(2)) needs the same `minYes` and knows no veto.
 */
export function tally(s: RunState, members: readonly number[], votes: readonly number[], procedural = false): { result: 'adopted' | 'vetoed' | 'failed'; yes: number; no: number; abstain: number; absent: number; notVoting: number; vetoedBy: number[] } {
  const c = s.model.council!;
  let yes = 0; let no = 0; let abstain = 0; let absent = 0; let notVoting = 0;
  const vetoedBy: number[] = [];
  const veto = c.permanentVeto && !procedural;
  for (let k = 0; k < members.length; k++) {
    const v = votes[k]!;
    if (v === 0) yes++; else if (v === 1) no++; else if (v === 3) absent++; else if (v === NOT_VOTING) notVoting++; else abstain++;
    if (v === 1 && veto && c.permanent[members[k]!]) vetoedBy.push(members[k]!);
  }
  const result = yes < minYesOn(c, s.curDay) ? 'failed' : vetoedBy.length > 0 ? 'vetoed' : 'adopted';
  return { result, yes, no, abstain, absent, notVoting, vetoedBy: result === 'vetoed' ? vetoedBy : [] };
}

/**
 * The consensus rule for statements: issued unless some seated member objects ("no"); an
 * abstention or absence is no objection. Every member can block, permanent or elected.
 */
export function consensus(members: readonly number[], votes: readonly number[]): { issued: boolean; yes: number; no: number; objectors: number[] } {
  let yes = 0;
  const objectors: number[] = [];
  for (let k = 0; k < members.length; k++) { if (votes[k] === 0) yes++; else if (votes[k] === 1) objectors.push(members[k]!); }
  return { issued: objectors.length === 0, yes, no: objectors.length, objectors };
}

/** Applies the votes: duty checks on "yes" votes, the tally, the result, and what an adopted draft does. */
export function applyVotes(s: RunState, draft: number, members: readonly number[], chosen: number[], parent: number): void {
  const m = s.model;
  const d = s.drafts[draft]!;
  if (s.send('draft', draft, isStatement(d) ? DR.consult : DR.put) < 0) return;
  // The parties to the dispute abstain (Art. 27(3), proviso), whatever they would have voted: their
  // draws were made as always, so the other members' votes are those of the same run without it.
  if (d.recused !== undefined && d.recused.length > 0) {
    for (let k = 0; k < members.length; k++) if (recused(d, members[k]!)) chosen[k] = OBLIGATORY_ABSTENTION;
  }
  // Joining a statement imposes nothing, so only a vote for a sanctions resolution can breach a
  // duty not to join sanctions against a partner.
  if (d.kind === 'sanctions' && d.target >= 0 && !isStatement(d)) {
    for (let k = 0; k < members.length; k++) {
      if (chosen[k] === 0 && !checkDuties(s, 'vote', members[k]!, d.target, parent)) chosen[k] = 2;
    }
  }
  const votes = votesText(s, members, chosen, d.recused !== undefined && d.recused.length > 0);
  if (isStatement(d)) {
    // A statement binds no one: it has no effect beyond the record.
    const c = consensus(members, chosen);
    d.vetoedBy = c.objectors;
    s.send('draft', draft, c.issued ? DR.agree : DR.block);
    const [cause, detail] = c.issued ? wordsOf(d).issued : wordsOf(d).blocked;
    const seq = recv(s, 'draftResult', cause, parent, d.sponsor, d.target, -1, 0, false, detail, c.yes, c.no, draft, votes, -1);
    if (!c.issued) nextProduct(s, draft, seq);
    return;
  }
  const t = tally(s, members, chosen, isProcedural(d));
  d.vetoedBy = t.vetoedBy;
  s.send('draft', draft, t.result === 'adopted' ? DR.adopt : t.result === 'vetoed' ? DR.veto : DR.fail);
  const [cause, detail] = t.result === 'adopted' ? wordsOf(d).adopted : t.result === 'vetoed' ? wordsOf(d).vetoed : wordsOf(d).failed;
  const seq = recv(s, 'draftResult', cause, parent, d.sponsor, d.target, -1, 0, false, detail, t.yes, t.no, draft, votes, -1);
  if (t.result === 'vetoed') callVetoDebate(s, draft, seq);
  if (t.result !== 'adopted') return;
  const effects: InternalEffect[] = [];
  if (d.kind === 'sanctions' && d.regime >= 0) effects.push({ tighten: { regime: d.regime } });
  if (d.kind === 'panel_renewal' && d.regime >= 0) effects.push({ renew: { regime: d.regime } });
  if (d.kind === 'relief' && d.regime >= 0) effects.push({ sanctions: { regime: m.regimes[d.regime]!.id, action: 'lift' } });
  if (d.kind === 'ceasefire' && d.pairA >= 0 && d.pairB >= 0) {
    // Compliance below 1: one draw from `council:compliance`; a defied ceasefire is recorded as a
    // `ceasefire_defied` signal (by the first party of the pair) and the war goes on.
    if (d.compliance < 1 && unitFloat(s.drawBits(m.council!.complianceSource)) >= d.compliance) {
      recv(s, 'signal', `council:ceasefire:defied`, seq, d.pairA, d.pairB, -1, 0, false, 'ceasefire_defied', -1, -1, -1, '', -1);
    } else {
      effects.push({ ceasefire: { between: [m.actors[d.pairA]!.id, m.actors[d.pairB]!.id], scope: d.scope } });
    }
  }
  if (effects.length > 0) emit(s, effects, -1, d.sponsor, d.target, cause, seq, PRIORITY.follow);
}

/**
 * (1.9) The General Assembly's debate of a veto cast today (res. 76/262: a formal meeting within
 * ten working days, on the situation the veto concerned), queued for the tick that holds its day
 * and dated that day; a debate the run does not reach is not recorded. (1.12) The proviso: when an
 * emergency special session on the draft's target meets between the veto and that day, the veto
 * is taken up in the session, on the first day it meets in that span, and no debate of its own
 * is held.
 */
function callVetoDebate(s: RunState, draft: number, parent: number): void {
  const vd = s.model.council!.vetoDebate;
  if (vd === undefined || s.curDay < vd.fromDay) return;
  const d = s.drafts[draft]!;
  let day = addWorkingDays(s.curDay, vd.workingDays);
  const session = emergencySession(vd.sessions, d.target, s.curDay, day);
  if (session >= 0) day = Math.max(s.curDay, vd.sessions[session]!.fromDay);
  if (day >= vd.runEnd) return;
  const days = s.model.clock.days;
  let tick = s.tick;
  while (tick + 1 < days.length && days[tick + 1]! <= day) tick++;
  const debate: InternalEffect = { debate: { draft, vetoDay: s.curDay, session } };
  const cause = session >= 0 ? `assembly:emergency_session:${vd.sessions[session]!.id}` : `assembly:veto_debate:${d.kind}`;
  emit(s, [debate], -1, d.sponsor, d.target, cause, parent, PRIORITY.follow, tick, day);
}

/**
 * (1.12) The first emergency special session on `target`'s situation that meets on some day from
 * the veto's, `vetoDay`, to the day its debate would be held, `debateDay`; -1 when none does.
 */
function emergencySession(sessions: NonNullable<NonNullable<Model['council']>['vetoDebate']>['sessions'], target: number, vetoDay: number, debateDay: number): number {
  if (target < 0) return -1;
  for (let k = 0; k < sessions.length; k++) {
    const e = sessions[k]!;
    if (e.on.includes(target) && e.fromDay <= debateDay && e.untilDay > vetoDay) return k;
  }
  return -1;
}

/**
 * (1.9) Records the Assembly's debate of the veto of `draft`: the vetoing members in `votes`, the
 * veto's day in `from`; (1.12) taken up in emergency special session `session` (its index in
 * `to`; -1: a debate of its own).
 */
export function holdVetoDebate(s: RunState, draft: number, vetoDay: number, session: number, cause: string, parent: number): void {
  const d = s.drafts[draft]!;
  const by = d.vetoedBy.map((a) => s.model.actors[a]!.id).join(' ');
  recv(s, 'assembly', cause, parent, -1, d.target, -1, 0, false, `${session >= 0 ? 'emergency_session' : 'veto_debate'}:${d.kind}`, vetoDay, session, draft, by, -1);
}

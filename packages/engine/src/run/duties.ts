import { WAR_NONE } from '../model/model.js';
import type { RunState } from './state.js';
import { recv } from './effects.js';
import { decide } from './decide.js';
import { inForceNow } from './obligations.js';

/** Which negative duties an act of each category would breach. */
const BREACHES: Readonly<Record<'hostile' | 'sanctions' | 'vote' | 'alliance' | 'basing', readonly string[]>> = {
  hostile: ['nonaggression', 'neutrality'],
  sanctions: ['no_sanctions'],
  vote: ['no_sanctions'],
  alliance: ['no_hostile_alliance'],
  basing: ['no_hostile_territory'],
};

/**
 * Checks the negative duties an act by `by` against `against` would breach. For each one in force,
 * the actor respects it (the act is suppressed) with the duty's reliability, or breaches it; both
 * are recorded in the ledger. Returns true when the act goes ahead.
 *
 * Only current parties bear and enjoy them: `by` must be a party that day (the duty binds), and
 * `against` a party or a named non-party beneficiary.
 *
 * This is the acting party's own choice at the moment it acts, so it is drawn at once rather than
 * collected with the tick's other decisions. Self-defence is no breach: an act against an actor
 * that itself opened hostilities with `by` is not checked. A UN vote breaches a sanctions duty
 * only when the duty's scope covers UN measures.
 */
export function checkDuties(s: RunState, category: keyof typeof BREACHES, by: number, against: number, parent: number): boolean {
  const m = s.model;
  const duties = m.dutiesByActor[by]!;
  if (duties.length === 0) return true;
  if (category === 'hostile') {
    const p = s.pair(by, against);
    if (s.warStatus(p) !== WAR_NONE && s.initiator[p] === against) return true;
  }
  const types = BREACHES[category];
  let go = true;
  for (const d of duties) {
    const o = m.obligations[d]!;
    if (!types.includes(o.type) || !s.protects(d, against)) continue;
    if (category === 'vote' && o.scope !== 'any') continue;
    // Binding that day is the test; a duty its party joined or rejoined inside the tick comes
    // into force on that day, before it is kept or broken.
    if (!inForceNow(s, d, s.curDay, parent)) continue;
    const u = s.draw(o.source);
    s.decisionRound++;
    const respect = decide(s, {
      kind: 'duty', actor: m.actors[by]!.id, key: o.key, options: ['respect', 'breach'], chosen: u < o.reliability ? 0 : 1,
      prompt: `${o.type} duty (${m.pacts[o.pact]!.name}${o.article ? `, ${o.article}` : ''}) toward ${m.actors[against]!.id}: respect it or breach it?`,
    }) === 0;
    recv(s, 'duty', `duty:${o.key}`, parent, by, against, -1, 0, false, respect ? 'respected' : 'breached', -1, -1, d, '', -1);
    if (respect) { go = false; break; }
  }
  return go;
}

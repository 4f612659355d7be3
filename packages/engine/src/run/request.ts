import type { RunState } from './state.js';
import { personChoice } from './decide.js';
import { unitFloat } from '../rng/xor128.js';

/** What a person playing the attacked party is offered: ask the allies for help, or not. */
export const REQUEST_OPTIONS: readonly string[] = Object.freeze(['request', 'no_request']);

/**
 * Whether the attacked party `beneficiary` has asked for help under obligation `i` (a clause with
 * `request`; one without always counts as asked). Collective self-defence rests on the victim's
 * request (UN Charter Art. 51 as the ICJ read it in Nicaragua v. United States, 1986: "no rule
 * permitting the exercise of collective self-defence in the absence of a request by the State which
 * regards itself as the victim"; the Rio Treaty's Art. 3(2), "on the request of the State or States
 * directly attacked"), and a victim asks its allies together, not one at a time: the request is one
 * number of the beneficiary's own stream `request:ACTOR` per occasion — the war episode of the
 * casus, or the act itself outside any episode — shared by every clause that needs it. Attacks on
 * it judged in the same tick share one request whatever their episodes (a coalition attacking at
 * once: C's attack on V while V fights A opens an episode of its own unless C is A's ally, yet V
 * asks for help once). Each clause reads that number against its own `chance` (a clause whose
 * chance is higher is asked whenever a lower one is), after its `when`.
 *
 * A person playing the attacked party answers once per occasion, for every ally; the model's own
 * number is drawn all the same, so their answer shifts no other number.
 */
export function requested(s: RunState, i: number, enemy: number, beneficiary: number, episode: number, parent: number): boolean {
  const m = s.model;
  const o = m.obligations[i]!;
  if (o.request < 0) return true;
  if (o.requestWhen && !o.requestWhen(s, o.obligated, enemy, beneficiary)) return false;
  const ep = s.episodes;
  const slot = episode >= 0 ? episode * m.actors.length + beneficiary : -1;
  const act = -2 - parent;
  let u: number;
  let answer: number;
  if (slot >= 0 && ep.requestDraw[slot]! >= 0) {
    // The episode's request, whichever casus of it first asked.
    u = ep.requestDraw[slot]!;
    answer = ep.requestAnswer[slot]!;
  } else if (slot >= 0 && s.requestTick[beneficiary] === s.tick) {
    // An attack judged in the tick of another's request (a coalition attacking at once).
    u = s.requestDraw[beneficiary]!;
    answer = s.requestAnswer[beneficiary]!;
  } else if (slot < 0 && s.requestOccasion[beneficiary] === act) {
    // The same act, outside any episode.
    u = s.requestActDraw[beneficiary]!;
    answer = s.requestActAnswer[beneficiary]!;
  } else {
    u = unitFloat(s.drawBits(m.requestSource[beneficiary]!));
    answer = -1;
    if (s.decider) {
      const b = m.actors[beneficiary]!.id;
      const pick = personChoice(s, {
        kind: 'request', actor: b, key: `request:${b}`, options: REQUEST_OPTIONS, chosen: u < o.request ? 0 : 1,
        prompt: `${m.actors[enemy]!.id} has attacked ${b}: ask your allies for help (${m.pacts[o.pact]!.name}${o.article ? ` ${o.article}` : ''} acts only on your request)?`,
      });
      if (pick !== undefined) answer = pick;
    }
  }
  if (slot >= 0) {
    // Attacks judged in this tick share this request, whatever their episodes; the episode keeps it.
    s.requestTick[beneficiary] = s.tick;
    s.requestDraw[beneficiary] = u;
    s.requestAnswer[beneficiary] = answer;
    ep.requestDraw[slot] = u;
    ep.requestAnswer[slot] = answer;
  } else {
    s.requestOccasion[beneficiary] = act;
    s.requestActDraw[beneficiary] = u;
    s.requestActAnswer[beneficiary] = answer;
  }
  return answer >= 0 ? answer === 0 : u < o.request;
}

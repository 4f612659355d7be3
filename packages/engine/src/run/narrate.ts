import type { ByClassInfo, Model, ObligationInfo } from '../model/model.js';
import { classReason, inClass } from '../model/by-class.js';
import { minYesOn, RESPONSE_LEVEL_NAMES } from '../model/model.js';
import type { SimEvent } from './event.js';
import { dayAfterMonths, isoOf } from '../model/calendar.js';
import { inSpells, spellAt } from '../model/parties.js';
import { isProceduralKind } from './council.js';

/**
 * The class of attackers that explains a judgment, if one can: the event does not say which clause
 * judged, so a class is named only when it is the obligation's one clause, or, for a met casus,
 * when the attacker belongs to it (a true reason, whichever clause judged). An unmet casus of an
 * obligation with several clauses may have failed on another condition: no reason is given.
 */
function classOf(m: Model, o: ObligationInfo, met: boolean, attacker: number, day: number): ByClassInfo | undefined {
  const clauses = [o.casus?.by, o.threat?.by, ...o.acts.map((c) => c.by)].filter((by) => by !== undefined);
  const classes = clauses.filter((by): by is ByClassInfo => typeof by === 'object' && 'kind' in by);
  // Unmet: the class is the reason only when the attacker is outside it (else another condition
  // failed — its place, its strength, the clause's `when`).
  if (!met) return clauses.length === 1 && classes[0] !== undefined && !inClass(m, classes[0], attacker, day) ? classes[0] : undefined;
  if (clauses.length === 1) return classes[0];
  return classes.find((c) => inClass(m, c, attacker, day));
}

/**
 * (1.12) Whether `x`, joining a casus written `against: both`, is there as the attacker's supporter:
 * a state the clause's `supportedBy` names (a list or class; `non_party` cannot be read without the
 * run, and reads as an attack).
 */
function supporterNamed(m: Model, o: ObligationInfo, x: number, day: number): boolean {
  const rule = o.againstBoth ? o.casus?.supportedBy : undefined;
  if (rule === undefined || typeof rule === 'string') return false;
  return 'kind' in rule ? inClass(m, rule, x, day) : rule.includes(x);
}

/**
 * What the acts a clause judges are called in a story: a coalition joins a casus of any kind (two
 * states threatening one party in a tick are one casus for a consultation clause on threats, as
 * two attackers are for a defence clause), so a threat is not told as an attack. The event does
 * not say which clause it answered: a clause on several kinds of act says "act".
 */
function casusNoun(o: ObligationInfo): string {
  const nouns = new Set<string>();
  if (o.casus) nouns.add('attack');
  if (o.threat) nouns.add('threat');
  for (const c of o.acts) nouns.add(c.event === 'signal' ? 'signal' : 'hostile act');
  return nouns.size === 1 ? [...nouns][0]! : 'act';
}

const name = (m: Model, a: number): string => (a >= 0 ? m.actors[a]!.id : '—');
/** "a" or "an" before a draft kind: an authorization, an admission. */
const article = (word: string): string => (/^[aeiou]/.test(word) ? 'an' : 'a');
const words = (id: string | undefined): string => (id ?? '').replace(/_/g, ' ');

/** A variable's value for reading: at most four significant digits (the trace keeps every digit). */
export function value(x: number): string {
  return String(Number(x.toPrecision(4)));
}

/** Counts of each vote in a draft result's `votes` (`A:yes B:absent …`). */
export function voteCounts(votes: string): { yes: number; no: number; abstain: number; absent: number; obligatory: number; notVoting: number } {
  const out = { yes: 0, no: 0, abstain: 0, absent: 0, obligatory: 0, notVoting: 0 };
  for (const word of votes.split(' ')) {
    const v = word.slice(word.lastIndexOf(':') + 1);
    if (v === 'yes' || v === 'no' || v === 'abstain' || v === 'absent') out[v]++;
    // An obligatory abstention (Art. 27(3), proviso) is an abstention, counted apart as well.
    else if (v === 'abstain_obligatory') { out.abstain++; out.obligatory++; }
    else if (v === 'not_voting') out.notVoting++;
  }
  return out;
}

/** One line of plain English for an event, for the story of a run. */
export function describeEvent(m: Model, ev: SimEvent): string {
  const a = name(m, ev.actor);
  const t = name(m, ev.target);
  const rung = (r: number): string => m.rungs[r]?.id ?? String(r);
  switch (ev.kind) {
    case 'armedAttack': {
      const where = ev.region >= 0 ? ` in ${m.regions[ev.region]!.id}` : '';
      const move = ev.from !== ev.to ? `; ${a}–${t} ${rung(ev.from)} → ${rung(ev.to)}` : '';
      const declared = ev.detail === 'declared' ? ` and declares war on ${t}` : '';
      // Named by its MID hostility level: below a use of force (MID 4) the act is no attack — a
      // display of force (MID 3: a show of force, a border violation) or a threat (MID 2).
      const verb = ev.nuclear ? 'uses nuclear weapons against' : ev.intensity >= 4 ? 'attacks' : ev.intensity === 3 ? 'makes a display of force against' : 'threatens force against';
      return `${a} ${verb} ${t}${where} (intensity ${ev.intensity})${declared}${move}`;
    }
    case 'threat': return `${a} threatens ${t} with armed aggression`;
    case 'escalation': return `${a}–${t} escalates ${rung(ev.from)} → ${rung(ev.to)}`;
    case 'deescalation': return `${a}–${t} de-escalates ${rung(ev.from)} → ${rung(ev.to)}`;
    case 'ceasefire':
      if (ev.detail === 'casus_ended') return `${a} withdraws from its war with ${t}: the war it joined under a treaty has ended (${rung(ev.from)} → ${rung(ev.to)})`;
      if (ev.detail === 'aid_ended') return `${a} withdraws from its war with ${t}: the war it joined by its own decision has ended (${rung(ev.from)} → ${rung(ev.to)})`;
      return `ceasefire between ${a} and ${t}${ev.detail === 'episode' ? ' (part of an episode-wide ceasefire)' : ''} (${rung(ev.from)} → ${rung(ev.to)})`;
    case 'peace': return `peace between ${a} and ${t}`;
    case 'signal':
      // Compliance is drawn once for the pair, so the record cannot say which side defied: the
      // event's actor is the pair's first party by convention only, and the sentence blames no one.
      if (ev.detail === 'ceasefire_defied') return `the ceasefire between ${a} and ${t} is not obeyed: the fighting goes on`;
      return `${ev.detail}${ev.actor >= 0 ? ` by ${a}` : ''}${ev.target >= 0 ? ` toward ${t}` : ''}`;
    case 'variable': return `${ev.detail} ${value(ev.from)} → ${value(ev.to)}`;
    case 'draft': {
      const [kind, product] = ev.detail.split(':');
      if (product) return `a draft ${words(product)} (${kind})${ev.target >= 0 ? ` on ${t}` : ''} is circulated${ev.actor >= 0 ? ` by ${a}` : ''}; it needs the consent of every member`;
      if (isProceduralKind(kind)) return `a procedural motion to take up the situation${ev.target >= 0 ? ` of ${t}` : ''} is tabled${ev.actor >= 0 ? ` by ${a}` : ''}: ${m.council ? minYesOn(m.council, ev.day) : 9} votes carry it, and no member has a veto`;
      if (kind === 'admission') return `a draft recommending ${ev.target >= 0 ? `${t}'s` : 'a state\'s'} admission to the United Nations is tabled${ev.actor >= 0 ? ` by ${a}` : ''}`;
      return `${article(kind)} ${kind} draft${ev.target >= 0 ? ` on ${t}` : ''} is tabled${ev.actor >= 0 ? ` by ${a}` : ''}`;
    }
    case 'draftResult': {
      const [result, kind, product] = ev.detail.split(':');
      const what = product ? `draft ${words(product)} (${kind})` : `${kind} draft`;
      if (result === 'withdrawn') return `the ${what} is withdrawn before a vote`;
      if (result === 'shelved') return `the ${what} is not put to a vote: its sponsor expects a veto (no vote, so no veto on record)`;
      if (result === 'no_product') return `the Council issues nothing on the ${kind}${ev.target >= 0 ? ` of ${t}` : ''} (no product)`;
      if (result === 'blocked') return `the ${what}${ev.target >= 0 ? ` on ${t}` : ''} is blocked: no consensus (${ev.to} objecting) — ${ev.votes}`;
      if (result === 'presidential_statement' || result === 'press_statement') {
        return `the Council agrees a ${words(result)} (${kind})${ev.target >= 0 ? ` on ${t}` : ''} by consensus — ${ev.votes}`;
      }
      const { abstain, absent, obligatory, notVoting } = voteCounts(ev.votes);
      const parties = obligatory > 0 ? `, ${obligatory === abstain ? (obligatory === 1 ? 'as a party' : 'all as parties') : `${obligatory} of them as ${obligatory === 1 ? 'a party' : 'parties'}`} to the dispute bound to abstain by Art. 27(3)` : '';
      const others = `${abstain > 0 ? `, ${abstain} abstaining${parties}` : ''}${notVoting > 0 ? `, ${notVoting} present and not voting` : ''}${absent > 0 ? `, ${absent} absent` : ''}`;
      const draft = isProceduralKind(kind) ? 'procedural motion' : `${kind} draft`;
      const procedural = isProceduralKind(kind) && ev.to > 0 ? '; a procedural vote, so no "no" is a veto' : '';
      return `the ${draft}${ev.target >= 0 ? ` on ${t}` : ''} ${result === 'failed' ? 'fails' : `is ${result}`} (${ev.from} in favour, ${ev.to} against${others}${procedural}) — ${ev.votes}`;
    }
    case 'sanctions': return `sanctions regime ${m.regimes[ev.ref]?.id ?? ''}: ${ev.detail}${ev.actor >= 0 ? ` (${a})` : ''}`;
    case 'monitoring': return `monitoring of ${m.regimes[ev.ref]?.id ?? ''} ${ev.detail}`;
    case 'obligation': {
      const o = m.obligations[ev.ref]!;
      const where = `${m.pacts[o.pact]!.name}${o.article ? `, ${o.article}` : ''} (${o.type})`;
      const [fate, extra] = ev.detail.split(':');
      if (fate === 'coalition') return `${name(m, o.obligated)} counts ${t}'s ${supporterNamed(m, o, ev.target, ev.day) ? 'support of the attacker' : casusNoun(o)} as part of the same casus (a coalition): ${where}`;
      const pact = m.pacts[o.pact]!;
      // A party's own dates, told apart from the pact's: it joined after entry into force, or left before the end.
      const inLife = ev.day >= pact.inForceDay && ev.day < pact.lapsedDay;
      // Out by a notice of denunciation given in the run: inside a spell by the written dates.
      const byNotice = inLife && inSpells(o.spells, ev.day);
      if (fate === 'not_in_force' && byNotice) return `${name(m, o.obligated)} is not bound: a notice of denunciation of ${pact.name} has taken effect for it (the casus would have been met)`;
      if (fate === 'lapsed' && byNotice) return `${name(m, o.obligated)} is no longer bound by ${pact.name}: a notice of denunciation has taken effect for it, and its duty lapses — ${where}`;
      if (fate === 'not_in_force') {
        if (inLife) return `${name(m, o.obligated)} is not bound: it is ${ev.day < o.fromDay ? 'not yet' : ev.day >= o.untilDay ? 'no longer' : 'not'} a party to ${pact.name} on ${isoOf(ev.day)}${ev.day >= o.fromDay && ev.day < o.untilDay ? ` (between its spells of membership: out since ${isoOf(lastSpellEnd(o.spells, ev.day))})` : ''} (the casus would have been met)`;
        return `${name(m, o.obligated)} is not bound: ${where} is not in force on ${isoOf(ev.day)} (the casus would have been met)`;
      }
      if (fate === 'in_force') {
        const k = spellAt(o.spells, ev.day);
        if (k > 0) return `${name(m, o.obligated)} rejoins ${pact.name} (from ${isoOf(o.spells[k]!)}): ${where} binds it again`;
        if (ev.day > pact.inForceDay && o.fromDay > pact.inForceDay) return `${name(m, o.obligated)} becomes a party to ${pact.name} (from ${isoOf(o.fromDay)}): ${where} binds it`;
        return `${where} enters into force for ${name(m, o.obligated)}`;
      }
      if (fate === 'lapsed' && inLife) return `${name(m, o.obligated)} is no longer a party to ${pact.name} (its last day: ${isoOf(lastSpellEnd(o.spells, ev.day) - 1)}): its duty lapses — ${where}`;
      if (fate === 'moot' && ev.from >= 0) return `${name(m, o.obligated)}'s response${extra ? ` (${extra})` : ''} is moot: ${name(m, ev.from)}, the party it would act for, left ${pact.name} before it fell due — ${where}`;
      if (fate === 'unrequested') return `${name(m, ev.from)} did not ask ${name(m, o.obligated)} for help against ${t}: ${where} acts only at the attacked party's request, so it is not invoked`;
      if (fate === 'moot' && ev.detail.endsWith(':pretext')) return `${name(m, o.obligated)}'s response${extra ? ` (${extra})` : ''} is moot: the condition of its pretext no longer holds as it falls due — ${where}`;
      if (fate === 'moot' && ev.detail.endsWith(':stopped')) return `${name(m, o.obligated)}'s response${extra ? ` (${extra})` : ''} is moot: the fight it would join, against ${t}, had stopped by the time it fell due, though the war goes on — ${where}`;
      if (fate === 'moot') return `${name(m, o.obligated)}'s response${extra ? ` (${extra})` : ''} is moot: the war it answered ended before it fell due — ${where}`;
      // A casus met or unmet because of a class of attackers says why (the United States, allied with Japan…).
      // Against a supporter (1.12) the class of attackers says nothing of the party held responsible.
      const cls = fate === 'judged' && ev.target >= 0 && !o.againstSupporter ? classOf(m, o, extra !== 'unmet', ev.target, ev.day) : undefined;
      // (1.12) A response against the attacker's supporter names the supporter as the enemy.
      const because = cls ? classReason(m, cls, ev.target, ev.day) : o.againstSupporter && fate === 'judged' && extra !== 'unmet' ? `${t} supports the attacker` : undefined;
      const why = extra === 'pretext' ? ' as a pretext' : extra === 'unmet' ? ` (casus not met as coded${because ? `: ${because}` : ''})` : '';
      const lvl = ev.to >= 0 && (fate === 'honoured' || fate === 'defected') ? ` at level ${RESPONSE_LEVEL_NAMES[ev.to]}` : '';
      if (fate === 'denied' && ev.from >= 0) return `${name(m, o.obligated)} denied ${name(m, ev.from)}'s request for help against ${t}: ${where}`;
      const asked = ev.from >= 0 && fate === 'invoked' ? ` at ${name(m, ev.from)}'s request` : '';
      // (1.12) A met casus with a condition says it held: with `awaitWhen` (1.13) the judgment may
      // come days after the attack it answers, on the day the condition came to hold.
      const held = fate === 'judged' && extra !== 'unmet' && o.casusWhen !== undefined ? `; the clause's condition holds on ${isoOf(ev.day)}` : '';
      return `${name(m, o.obligated)} ${fate}${lvl}${why}${asked}: ${where}${ev.target >= 0 && fate === 'judged' ? ` — ${t} is the party held responsible${because && extra !== 'unmet' ? ` (${because})` : ''}${held}` : ''}`;
    }
    case 'duty': {
      const o = m.obligations[ev.ref]!;
      // (1.15) Actor: the partner left fighting; target: the party that makes its truce.
      if (ev.detail === 'consented') return `${a} consents to ${t}'s separate truce (${m.pacts[o.pact]!.name}${o.article ? `, ${o.article}` : ''}: no separate peace except by consent)`;
      return `${a} ${ev.detail} its ${o.type} duty toward ${t} (${m.pacts[o.pact]!.name}${o.article ? `, ${o.article}` : ''})`;
    }
    case 'alliance': return `${a} joins an alignment with ${name(m, ev.ref)} directed against ${t}`;
    case 'basing': return `${a} lets ${name(m, ev.ref)} use its territory against ${t}`;
    case 'decision': return `${a} decides: ${ev.detail}`;
    case 'hostileAct': return `${a} carries out a hostile act against ${t}: ${ev.detail}${ev.region >= 0 ? ` in ${m.regions[ev.region]!.id}` : ''}`;
    case 'pact': {
      const pact = m.pacts[ev.ref]!;
      const clause = pact.denunciation;
      if (ev.detail === 'notice') {
        // (1.7) Say why the day is not simply notice + months: a term's end, or a minimum period's.
        const why = clause === undefined ? '' : clause.term !== undefined ? ` (${clause.noticeMonths} months' notice, effective at the end of a ${clause.term.years}-year term or a ${clause.term.renewalYears}-year renewal)`
          : ev.to === clause.exitFromDay ? ` (${clause.noticeMonths} months' notice, effective when the minimum period ends)`
            : ev.to > (dayAfterMonths(isoOf(ev.from), clause.noticeMonths) ?? ev.to) ? ` (${clause.noticeMonths} months' notice, effective on the later day the notice names)` : ` (${clause.noticeMonths} months' notice)`;
        return `${a} gives notice of denunciation of ${pact.name}${why}: it stays bound until ${isoOf(ev.to)}, when it ceases to be a party (and the pact ends, if fewer than two parties would be left)`;
      }
      if (ev.detail === 'revoked') return `${a} withdraws its notice of denunciation of ${pact.name}, which would have taken effect on ${isoOf(ev.to)}: it remains a party, bound as before (Vienna Convention Art. 68)`;
      if (ev.detail === 'terminated') return `${pact.name} terminates: ${a}'s notice of denunciation has taken effect (from ${isoOf(ev.to)}), and fewer than two parties are left`;
      return `${a} ceases to be a party to ${pact.name}: its notice of denunciation has taken effect (from ${isoOf(ev.to)}); the pact stays in force for the others`;
    }
    case 'assembly': {
      const kind = ev.detail.slice(ev.detail.indexOf(':') + 1);
      const by = ev.votes.split(' ').filter((x) => x !== '');
      const vetoed = by.length > 1 ? `${by.slice(0, -1).map((x) => `${x}'s`).join(', ')} and ${by[by.length - 1]}'s vetoes` : `${by[0] ?? 'a permanent member'}'s veto`;
      if (ev.detail.startsWith('emergency_session:')) {
        const session = m.council!.vetoDebate!.sessions[ev.to]!.id;
        return `the General Assembly takes up ${vetoed} of the ${kind} draft${ev.target >= 0 ? ` on ${t}` : ''} of ${isoOf(ev.from)} in its emergency special session ${session}, on the same situation — so no debate of its own (res. 76/262, op. 1); it binds no one`;
      }
      return `the General Assembly debates ${vetoed} of the ${kind} draft${ev.target >= 0 ? ` on ${t}` : ''} of ${isoOf(ev.from)} — a formal meeting within ten working days of a veto (res. 76/262); it binds no one`;
    }
    case 'episode': {
      const o = ev.ref >= 0 ? m.obligations[ev.ref] : undefined;
      const under = o ? `${m.pacts[o.pact]!.name}${o.article ? ` ${o.article}` : ''}` : 'its own decision';
      const [step, side, how] = ev.detail.split(':');
      if (step === 'joined' && how === 'attacked') {
        return side === 'defender'
          ? `the war widens to ${a}, an ally of ${t}: attacked, ${a} stands on ${t}'s side, the defending side`
          : `the war widens to ${a}, an ally of ${t}: attacked, ${a} stands on ${t}'s side, the side that began the war`;
      }
      if (step === 'joined' && how === 'aid') {
        return side === 'defender'
          ? `${a} comes to ${t}'s aid and joins the war on its side, the defending side — collective self-defence, by its own decision`
          : `${a} comes to ${t}'s aid and joins the war on its side, the side that began it — by its own decision`;
      }
      if (step === 'joined') {
        const basis = o ? `under ${under}` : `coming to an ally's aid without a treaty call`;
        return side === 'defender'
          ? `${a} joins the war on ${t}'s side — collective self-defence ${basis}`
          : `${a} joins the war on ${t}'s side, the side that began it — ${basis}`;
      }
      if (step === 'moot') {
        return o
          ? `${a} does not strike ${t} after all: the war it answered under ${under} ended before the response was carried out`
          : `${a} does not strike ${t} after all: the war its decision answered ended before the decision was carried out, and the decision lapses`;
      }
      if (step === 'continued') {
        return o
          ? `${a} fights on against ${t} after the war it joined under ${under} has ended: its own war from here`
          : `${a} fights on against ${t} after the war it joined in another state's aid has ended: its own war from here`;
      }
      return `the war ${a} joined under ${under} has ended: ${a} decides whether to fight on against ${t}`;
    }
  }
}

/** The day after the last day of the latest of `spells` (flat [from, until) pairs) to have ended by `day`. */
function lastSpellEnd(spells: readonly number[], day: number): number {
  let end = spells[1] ?? day;
  for (let k = 1; k < spells.length; k += 2) if (spells[k]! <= day) end = spells[k]!;
  return end;
}

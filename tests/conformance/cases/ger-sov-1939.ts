/**
 * Treaty of Non-Aggression between Germany and the USSR (signed and in force 23 Aug 1939, ended by
 * the German invasion of 22 June 1941): Art. I (no violence, aggressive action or attack on each
 * other), Art. II (should one party become the object of belligerent action by a third power, the
 * other shall in no manner lend that power its support — a neutrality clause), Art. IV (no grouping
 * of powers aimed at the other). Source: facts.md §1w.
 *
 * What the cases pin: a neutrality duty binds only while the party it protects is at war with a
 * third state, and then it forbids the support the text names — force against the partner, an
 * alignment against it, territory lent against it — not just an attack.
 */
import type { ConformanceCase } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC_II = 'facts.md §1w Art. II (Nazi Conspiracy and Aggression, vol. VIII, doc. TC-25, USGPO 1946: https://phdn.org/archives/www.ess.uwe.ac.uk/documents/German_Soviet_Pact.htm)';
const SRC_I = 'facts.md §1w Art. I (same text)';
const KEY_I = 'ger-sov-1939/art1@SUN';
const KEY_II = 'ger-sov-1939/art2@SUN';

/** The pact coded with the Soviet duties the cases test (Art. I only where `withArt1`). */
const pact = (withArt1: boolean): string => `  - id: ger-sov-1939
    name: Treaty of Non-Aggression between Germany and the USSR
    parties: [GER, SUN]
    signed: 1939-08-23
    inForce: 1939-08-23
    lapsed: 1941-06-22
    source: facts.md §1w (TC-25 text)
    obligations:${withArt1 ? `
      - id: art1
        type: nonaggression
        article: Art. I
        summary: no act of violence, aggressive action or attack on the other
        obligated: [SUN]
        beneficiaries: [GER]
        reliability: 1` : ''}
      - id: art2
        type: neutrality
        article: Art. II
        summary: the object of belligerent action by a third power gets no support for that power from the other party
        obligated: [SUN]
        beneficiaries: [GER]
        reliability: 1`;

/** Germany invades Poland on 1 Sep 1939; France, Poland's ally, strikes Germany on 7 Sep (the Saar offensive). */
const WAR = `      - { at: 1939-09-01, effect: { armedAttack: { by: GER, on: POL, intensity: war } } }
      - { at: 1939-09-07, effect: { armedAttack: { by: FRA, on: GER, intensity: war } } }`;

/**
 * A hypothetical Soviet undertaking to arm France against an attack (a defence duty answered at
 * `materiel`), to test Art. II against arms sent under another treaty.
 */
const ARMS_FOR_FRANCE = `
  - id: sun-fra
    name: Soviet arms for France (hypothetical)
    parties: [SUN, FRA]
    inForce: 1939-01-01
    obligations:
      - { id: arms, type: defense, obligated: [SUN], casus: { armedAttack: { on: [FRA] } }, response: { atLeast: materiel } }`;

const scenario = (id: string, title: string, inject: string, withArt1 = false, extraPacts = ''): string => eventScenario({
  id, title,
  version: '1.1',
  clock: '{ start: 1939-08-28, tick: day, horizon: 16 }',
  regions: `regions:
  germany: { administeredBy: GER }
  soviet_union: { administeredBy: SUN }
  france: { administeredBy: FRA }
  poland: { administeredBy: POL }`,
  actors: `${actors(
    { GER: 'Germany', SUN: 'Soviet Union', FRA: 'France', POL: 'Poland' },
    { GER: 'territory: germany', SUN: 'territory: soviet_union', FRA: 'territory: france', POL: 'territory: poland' },
  )}
relations:
  - { between: [FRA, POL], alignment: ally }`,
  pacts: pact(withArt1) + extraPacts,
  inject,
  outcomes: '  sun_at_war: { when: { posture: { actor: SUN, atLeast: war } } }',
});

const DORMANT = { state: 'dormant' } as const;

export const GER_SOV_1939_CASES: ConformanceCase[] = [
  {
    id: 'GS39-01',
    title: 'Art. II alone: a Soviet attack on Germany at peace is no breach of neutrality — the clause binds only once Germany is the object of a third power\'s belligerent action',
    source: SRC_II,
    interpretation: '"Should one of the parties become the object of belligerent action by a third power": at peace there is no third power to support, so the neutrality duty forbids nothing. The attack goes ahead unchecked; forbidding an attack at peace is Art. I\'s work (GS39-02).',
    yaml: scenario('GS39-01', 'Neutrality at peace', '      - { at: 1939-08-30, effect: { armedAttack: { by: SUN, on: GER, intensity: war } } }'),
    situation: 'event',
    expect: {
      obligations: { [KEY_II]: DORMANT },
      duties: [],
      events: [{ kind: 'armedAttack', actor: 'SUN', target: 'GER', date: '1939-08-30' }],
    },
  },
  {
    id: 'GS39-02',
    title: 'Arts. I and II: the same attack at peace is held back by the non-aggression clause alone (one duty judged, not two)',
    source: `${SRC_I}; ${SRC_II}`,
    interpretation: 'Art. I binds at all times; Art. II does not yet. One duty event (respected, reliability 1), and the attack does not happen.',
    yaml: scenario('GS39-02', 'Non-aggression at peace', '      - { at: 1939-08-30, effect: { armedAttack: { by: SUN, on: GER, intensity: war } } }', true),
    situation: 'event',
    expect: {
      obligations: { [KEY_I]: DORMANT, [KEY_II]: DORMANT },
      duties: [{ key: KEY_I, verdict: 'respected' }],
      absent: [{ kind: 'armedAttack', actor: 'SUN' }],
    },
  },
  {
    id: 'GS39-03',
    title: 'Art. II with Germany at war with France: letting France use Soviet territory against Germany is support the clause forbids',
    source: SRC_II,
    interpretation: '"Shall in no manner lend its support to this third power": on 10 Sep Germany is at war with Poland (since 1 Sep) and France (since 7 Sep), third powers. Lending territory to France against Germany (a basing effect) is support; with reliability 1 the USSR refrains and the act is suppressed. (The 1939 text asks only that Germany be "the object of belligerent action", not that it was attacked: Germany began the war with Poland, and the duty, written without `unprovoked`, still binds. A clause limited to a partner attacked "despite its peaceful attitude", like the 1926 Berlin Treaty\'s, is written `unprovoked: true` (format 1.11): it would not bind here — semantics.md, "Negative duties".)',
    yaml: scenario('GS39-03', 'Territory lent to a belligerent', `${WAR}
      - { at: 1939-09-10, effect: { basing: { host: SUN, user: FRA, against: GER } } }`),
    situation: 'event',
    expect: {
      obligations: { [KEY_II]: DORMANT },
      duties: [{ key: KEY_II, verdict: 'respected' }],
      absent: [{ kind: 'basing' }],
    },
  },
  {
    id: 'GS39-04',
    title: 'Art. II with Germany at war with France: aligning with France against Germany is support the clause forbids',
    source: SRC_II,
    interpretation: 'An alignment of the USSR with France directed against Germany (an alliance effect) while the two are at war: checked under Art. II and, with reliability 1, not made.',
    yaml: scenario('GS39-04', 'Alignment with a belligerent', `${WAR}
      - { at: 1939-09-10, effect: { alliance: { by: SUN, with: FRA, against: GER } } }`),
    situation: 'event',
    expect: {
      obligations: { [KEY_II]: DORMANT },
      duties: [{ key: KEY_II, verdict: 'respected' }],
      absent: [{ kind: 'alliance' }],
    },
  },
  {
    id: 'GS39-05',
    title: 'Art. II: the same alignment before the war (Germany at peace) is not checked under the neutrality clause',
    source: SRC_II,
    interpretation: 'On 30 Aug Germany is not yet the object of belligerent action: Art. II forbids nothing, and the alignment goes ahead without a duty event (Art. IV, the no-grouping clause, would catch it and is not coded here).',
    yaml: scenario('GS39-05', 'Alignment at peace', '      - { at: 1939-08-30, effect: { alliance: { by: SUN, with: FRA, against: GER } } }'),
    situation: 'event',
    expect: {
      obligations: { [KEY_II]: DORMANT },
      duties: [],
      events: [{ kind: 'alliance', actor: 'SUN', target: 'GER', date: '1939-08-30' }],
    },
  },
  {
    id: 'GS39-06',
    title: 'Art. II with Germany at war with France: a Soviet attack on Germany, entering the war on France\'s side, is checked under the neutrality clause',
    source: SRC_II,
    interpretation: 'Joining the war against the partner is the plainest support of the third power. With reliability 1 the USSR refrains.',
    yaml: scenario('GS39-06', 'Entering the war', `${WAR}
      - { at: 1939-09-10, effect: { armedAttack: { by: SUN, on: GER, intensity: war } } }`),
    situation: 'event',
    expect: {
      obligations: { [KEY_II]: DORMANT },
      duties: [{ key: KEY_II, verdict: 'respected' }],
      absent: [{ kind: 'armedAttack', actor: 'SUN' }],
    },
  },
  {
    id: 'GS39-07',
    title: 'Art. II with Germany at war with France: arms the USSR owes France under another treaty are support the clause forbids',
    source: SRC_II,
    interpretation: 'A hypothetical German attack on France on 10 Sep 1939, while Germany is at war with Poland, and a hypothetical Soviet undertaking to arm France when it is attacked (a defence duty answered at materiel). The undertaking is honoured as a choice (its fate reads honoured at materiel), but sending the arms would lend support to a third power fighting Germany — "in no manner" (engine 0.11.0: a treaty response at materiel is checked against neutrality). With reliability 1 the USSR respects Art. II: no arms go, the USSR takes no side and its relation with Germany does not move. Before 0.11.0 such arms were not checked.',
    yaml: scenario('GS39-07', 'Arms for a belligerent under another treaty', `      - { at: 1939-09-01, effect: { armedAttack: { by: GER, on: POL, intensity: war } } }
      - { at: 1939-09-10, effect: { armedAttack: { by: GER, on: FRA, intensity: war } } }`, false, ARMS_FOR_FRANCE),
    situation: 'event',
    expect: {
      obligations: { [KEY_II]: DORMANT, 'sun-fra/arms@SUN': { state: 'honoured', level: 'materiel' } },
      duties: [{ key: KEY_II, verdict: 'respected' }],
      relations: [{ between: ['SUN', 'GER'], rung: 'peace' }, { between: ['GER', 'FRA'], rung: 'war' }],
    },
  },
];

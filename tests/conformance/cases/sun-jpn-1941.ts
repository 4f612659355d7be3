/**
 * The Soviet–Japanese Neutrality Pact (Moscow, signed 13 Apr 1941, in force 25 Apr 1941): Art. 1,
 * peaceful and friendly relations and respect for "the territorial integrity and inviolability" of
 * the other; Art. 2, "Should one of the Contracting Parties become the object of hostilities on the
 * part of one or several third powers, the other Contracting Party will observe neutrality
 * throughout the duration of the conflict." (Art. 3, the five-year term and the Soviet notice of
 * 5 Apr 1945, is TRM-06.)
 *
 * What the cases pin: Art. 2 is a neutrality duty with no "despite its peaceful attitude" (no
 * `unprovoked`): it binds while the partner is the object of a third power's hostilities, whoever
 * began them — Japan after Pearl Harbor as much as the USSR after 22 June 1941 — and forbids the
 * support the engine reads into neutrality (force, territory lent, alignments); at peace it forbids
 * nothing, and an attack at peace is Art. 1's business. An act that meets both duties is asked of
 * each in turn.
 */
import type { ConformanceCase } from '../case.js';
import { all, DORMANT } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Pact of Neutrality between the USSR and Japan (13 Apr 1941), Arts. 1 and 2: Avalon Project (https://avalon.law.yale.edu/wwii/s1.asp); in force on ratification, 25 Apr 1941 (Art. 3; ratifications to be exchanged in Tokyo, Art. 4); not in facts.md';
const SRC_BASES = 'the American request of December 1941 for the use of Soviet Far Eastern airfields against Japan, which the Soviet Government declined while the Neutrality Pact bound it (general knowledge, not in facts.md)';
const SRC_1945 = 'the Soviet declaration of war on Japan, 8 Aug 1945, and the invasion of Manchuria, 9 Aug 1945, while the Pact still bound the USSR (TRM-06; general knowledge)';

const ART1 = 'sun-jpn-1941/art1@SUN';
const ART2_SUN = 'sun-jpn-1941/art2@SUN';
const ART2_JPN = 'sun-jpn-1941/art2@JPN';

/** Art. 2 for both parties; Art. 1 (the Soviet undertaking only, as in TRM-06) where `art1`. */
const pact = (art1: boolean): string => `  - id: sun-jpn-1941
    name: Pact of Neutrality between the USSR and Japan
    parties: [SUN, JPN]
    signed: 1941-04-13
    inForce: 1941-04-25
    lapsed: 1946-04-25
    source: Avalon Project, s1.asp
    obligations:${art1 ? `
      - id: art1
        type: nonaggression
        article: Art. 1
        summary: peaceful relations; respect for the territorial integrity and inviolability of the other
        obligated: [SUN]
        beneficiaries: [JPN]` : ''}
      - id: art2
        type: neutrality
        article: Art. 2
        summary: the other party the object of hostilities by one or several third powers → neutrality throughout the conflict`;

const scenario = (id: string, title: string, clock: string, inject: string, art1 = false, relations = ''): string => eventScenario({
  id, title,
  version: '1.13',
  clock,
  regions: `regions:
  soviet_union: { administeredBy: SUN }
  japan: { administeredBy: JPN }
  manchukuo: { administeredBy: JPN, name: Manchukuo under Japanese control }
  germany: { administeredBy: DEU }
  usa: { administeredBy: USA }
  hawaii: { administeredBy: USA, name: Territory of Hawaii }`,
  actors: `${actors(
    { SUN: 'Soviet Union', JPN: 'Japan', DEU: 'Germany', USA: 'United States' },
    { SUN: 'territory: soviet_union', JPN: 'territory: japan', DEU: 'territory: germany', USA: 'territory: usa' },
  )}${relations}`,
  pacts: pact(art1),
  inject,
  outcomes: '  sun_jpn_war: { when: { relation: { between: [SUN, JPN], atLeast: war } } }',
});

const KEYS = [ART2_SUN, ART2_JPN];
const KEYS_1 = [ART1, ART2_SUN, ART2_JPN];

export const SUN_JPN_1941_CASES: ConformanceCase[] = [
  {
    id: 'SJ41-01',
    title: 'Germany invades the USSR (22 June 1941); a Japanese attack on the USSR (a hypothetical "Kantokuen", July 1941) is held back by Art. 2',
    source: SRC,
    interpretation: 'On 22 June 1941 the USSR becomes "the object of hostilities" by a third power. A Japanese attack on the Soviet Far East on 15 July (the Kwantung Army\'s 1941 plan, not carried out) is the plainest breach of neutrality: checked under Japan\'s Art. 2 duty and, with reliability 1, respected — the attack does not happen. (Japan\'s Art. 1 undertaking is not coded: the case isolates Art. 2.)',
    yaml: scenario('SJ41-01', 'A Japanese attack during Barbarossa', '{ start: 1941-06-21, tick: day, horizon: 25 }', `      - { at: 1941-06-22, effect: { armedAttack: { by: DEU, on: SUN, in: soviet_union, intensity: war } } }
      - { at: 1941-07-15, effect: { armedAttack: { by: JPN, on: SUN, in: soviet_union, intensity: war } } }`),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [{ key: ART2_JPN, verdict: 'respected' }],
      absent: [{ kind: 'armedAttack', actor: 'JPN' }],
      relations: [{ between: ['SUN', 'JPN'], rung: 'peace', war: 'none' }],
    },
  },
  {
    id: 'SJ41-02',
    title: 'Japan attacks the United States (7 Dec 1941) and the United States strikes back: Japan, though it began that war, is "the object of hostilities" — Soviet airfields lent to the United States against Japan are support Art. 2 forbids',
    source: `${SRC}; ${SRC_BASES}`,
    interpretation: 'Art. 2 asks only that the partner "become the object of hostilities on the part of" a third power, not that it was attacked "despite its peaceful attitude" (contrast the Berlin Treaty of 1926, coded with `unprovoked`): written without `unprovoked`, it binds in a war Japan began. Once the United States fights Japan (8 Dec), the USSR letting it use Soviet territory against Japan (a `basing` effect, 11 Dec) is checked under the Soviet Art. 2 duty and, reliability 1, respected: the act is suppressed, as the USSR declined the American request.',
    yaml: scenario('SJ41-02', 'Soviet airfields for the United States', '{ start: 1941-12-06, tick: day, horizon: 6 }', `      - { at: 1941-12-07, effect: { armedAttack: { by: JPN, on: USA, in: hawaii, intensity: war } } }
      - { at: 1941-12-08, effect: { armedAttack: { by: USA, on: JPN, in: japan, intensity: war } } }
      - { at: 1941-12-11, effect: { basing: { host: SUN, user: USA, against: JPN } } }`),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [{ key: ART2_SUN, verdict: 'respected' }],
      absent: [{ kind: 'basing' }],
      relations: [{ between: ['JPN', 'USA'], rung: 'war', initiator: 'JPN' }],
    },
  },
  {
    id: 'SJ41-03',
    title: 'At peace, Art. 2 forbids nothing: the same lease of Soviet airfields before Pearl Harbor goes ahead unchecked',
    source: SRC,
    interpretation: 'The lease of SJ41-02 dated 1 Dec 1941, before any hostilities against Japan: Japan is not "the object of hostilities", the neutrality clause is not in play and records nothing. (The text has no clause against hostile alignments at peace; whether such a lease offends Art. 1\'s friendly relations is a political, not a coded, question.)',
    yaml: scenario('SJ41-03', 'Soviet airfields at peace', '{ start: 1941-11-30, tick: day, horizon: 3 }', '      - { at: 1941-12-01, effect: { basing: { host: SUN, user: USA, against: JPN } } }'),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [],
      events: [{ kind: 'basing', actor: 'SUN', target: 'JPN', date: '1941-12-01' }],
    },
  },
  {
    id: 'SJ41-04',
    title: 'A Soviet attack on Japan at peace (hypothetical, spring 1941): Art. 1 holds it back, Art. 2 is not asked',
    source: SRC,
    interpretation: 'Both Soviet duties coded. On 1 May 1941 Japan is at peace with every power the scenario has: a Soviet attack is checked under Art. 1 (non-aggression) alone and, reliability 1, respected. Art. 2 binds only while Japan is the object of a third power\'s hostilities (one duty event, not two).',
    yaml: scenario('SJ41-04', 'A Soviet attack at peace', '{ start: 1941-04-30, tick: day, horizon: 3 }', '      - { at: 1941-05-01, effect: { armedAttack: { by: SUN, on: JPN, in: manchukuo, intensity: war } } }', true),
    situation: 'event',
    expect: {
      obligations: all(KEYS_1, DORMANT),
      duties: [{ key: ART1, verdict: 'respected' }],
      absent: [{ kind: 'armedAttack', actor: 'SUN' }],
    },
  },
  {
    id: 'SJ41-05',
    title: 'The Soviet attack of 9 Aug 1945, while Japan fights the United States: Art. 1 and Art. 2 both bind, both are breached, in that order',
    source: `${SRC}; ${SRC_1945}`,
    interpretation: 'On 9 Aug 1945 Japan is still the object of American hostilities (a war it began, December 1941) and the Pact still binds the USSR (TRM-06: the April notice took effect only in April 1946). The invasion of Manchuria breaches both the Soviet undertaking of Art. 1 and the neutrality of Art. 2: both duties are asked in turn (a pact\'s obligations in their written order), the Soviet decision pinned at breach for each, and the attack goes ahead with both breaches recorded. TRM-06 codes Art. 1 alone.',
    yaml: scenario('SJ41-05', 'The Soviet attack of August 1945', '{ start: 1945-08-07, tick: day, horizon: 3 }', '      - { at: 1945-08-09, effect: { armedAttack: { by: SUN, on: JPN, in: manchukuo, intensity: war } } }', true,
      '\nrelations:\n  - { between: [USA, JPN], rung: war, war: declared, initiator: JPN, since: 1941-12-07 }'),
    situation: 'event',
    decisions: { [`duty ${ART1}`]: 'breach', [`duty ${ART2_SUN}`]: 'breach' },
    expect: {
      obligations: all(KEYS_1, DORMANT),
      duties: [{ key: ART1, verdict: 'breached' }, { key: ART2_SUN, verdict: 'breached' }],
      events: [{ kind: 'armedAttack', actor: 'SUN', target: 'JPN', region: 'manchukuo', date: '1945-08-09' }],
      relations: [{ between: ['SUN', 'JPN'], rung: 'war', initiator: 'SUN' }],
    },
  },
];

/**
 * Treaty of Mutual Assistance between Czechoslovakia and the USSR (Prague, signed 16 May 1935): Art.
 * 2 repeats the Franco-Soviet Treaty's Art. 2 (immediate aid and assistance against "an unprovoked
 * aggression on the part of a European State"), and the Protocol of Signature, point 2, adds that
 * the undertakings "will operate between them only in so far as" the treaty's conditions are
 * fulfilled "and in so far as assistance may be rendered by France to the Party victim of the
 * aggression" — Soviet aid to Czechoslovakia hangs on French aid to Czechoslovakia, and
 * Czechoslovak aid to the USSR on French aid to the USSR (Kalinin's reading, as reported). The
 * wording of the protocol is quoted from the English text as reprinted by Gibler; the summaries
 * checked agree on its substance.
 *
 * What the cases pin (format 1.13, `casus.when` with `awaitWhen`): a casus met only once another
 * state has honoured its own treaty duty toward the victim — an `obligation` condition read after
 * each round of the tick's settling, so the aggression waits in its war for the French answer and
 * is judged on the day France honours, or never. The condition reads the French duty's state, not
 * the war it was honoured in: CZSU35-06 ties it to the act's aggressor. An approximation: the
 * protocol speaks of assistance France actually renders, whatever its ground, and the cases read
 * it as France honouring its own treaty duty; help France gave of its own accord, or under the
 * League, would count by the text and does not here. The Covenant Art. 15(7) circumstance of Art. 2 is
 * left out, to isolate the protocol (FRSU35 codes it for the Franco-Soviet twin); France's own
 * duties are coded from the Franco-Czechoslovak Treaty of Mutual Guarantee (Locarno, 16 Oct 1925)
 * and the Franco-Soviet Treaty, Art. 2, both without their League conditions.
 */
import type { ConformanceCase } from '../case.js';
import { all, DORMANT, honouredLedger } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Treaty of Mutual Assistance between Czechoslovakia and the USSR (16 May 1935), Art. 2 and Protocol of Signature, point 2: English text in The American Journal of International Law vol. 30 no. 4, Supplement (Oct 1936), pp. 177–180, as reprinted in D. M. Gibler, International Military Alliances 1648–2008 (2009), no. 4.1284 (https://issuhub.com/view/index/23326?pageIndex=373); the protocol\'s condition as summarised at https://www.1000dokumente.de/index.html?c=dokument_ru&dokument=0021_tsc&l=de (Soviet aid to Czechoslovakia dependent on French aid); not in facts.md';
const SRC_FRA = 'France\'s duties: Treaty of Mutual Guarantee between France and Czechoslovakia (Locarno, 16 Oct 1925), Art. 1 (immediate help and support against an unprovoked recourse to arms by Germany), and the Franco-Soviet Treaty of 2 May 1935, Art. 2 (LNTS vol. 167, p. 395) — both coded without their League conditions; general knowledge, not in facts.md';
const SRC_1938 = 'Litvinov to the League Assembly, 21 Sep 1938: the Soviet Union had assured Czechoslovakia two days before that it would render immediate effective aid "if France rendered similar assistance" (Auckland Star, 22 Sep 1938, https://paperspast.natlib.govt.nz/newspapers/AS19380922.2.70); France and Britain accepted the Munich settlement instead (general knowledge)';

const KEYS = [
  'cze-sun-1935/art2-sun@SUN', 'cze-sun-1935/art2-cze@CZE',
  'fra-cze-1925/art1@FRA', 'fra-cze-1925/art1@CZE',
  'fra-sun-1935/art2@FRA', 'fra-sun-1935/art2@SUN',
];
const SUN_DUTY = 'cze-sun-1935/art2-sun@SUN';
const CZE_DUTY = 'cze-sun-1935/art2-cze@CZE';

interface France {
  /** France's judgment of the casus under the 1925 treaty: denied (Munich) or not. */
  deny?: number;
  /** Ticks from the French invocation to its answer. */
  within?: number;
  /** Tie French assistance to the aggressor: France honoured its duty and is at war with the enemy of the act. */
  tight?: boolean;
  /** (1.14) Tie it to the casus itself: France's duty honoured for the victim of this act against its aggressor. */
  exact?: boolean;
}

/** The protocol's condition on France's duty under `pact`. */
const frenchAid = (pact: string, f: France): string => (f.exact
  ? `{ obligation: { pact: ${pact}, by: FRA, state: honoured, beneficiary: $target, enemy: $actor } }`
  : f.tight
    ? `{ all: [{ obligation: { pact: ${pact}, by: FRA, state: honoured } }, { relation: { between: [FRA, $actor], atLeast: war } }] }`
    : `{ obligation: { pact: ${pact}, by: FRA, state: honoured } }`);

/**
 * The three treaties. The Soviet–Czechoslovak Art. 2 is written once per obligated party, since the
 * protocol's condition names France's duty toward the party attacked: toward Czechoslovakia (the
 * 1925 treaty) when the USSR is to help, toward the USSR (the 1935 treaty) when Czechoslovakia is.
 */
const pacts = (f: France): string => `  - id: cze-sun-1935
    name: Treaty of Mutual Assistance between Czechoslovakia and the USSR
    parties: [CZE, SUN]
    signed: 1935-05-16
    inForce: 1935-06-08
    source: AJIL vol. 30 (1936) Suppl., pp. 177–180
    obligations:
      - id: art2-sun
        type: defense
        article: Art. 2 and Protocol of Signature, point 2
        summary: unprovoked aggression by a European State on Czechoslovakia → immediate Soviet aid, in so far as France renders assistance to Czechoslovakia
        obligated: [SUN]
        casus:
          armedAttack: { on: party, by: { tag: european }, unprovoked: true }
          when: ${frenchAid('fra-cze-1925', f)}
          awaitWhen: true
        response: { atLeast: forces }
      - id: art2-cze
        type: defense
        article: Art. 2 and Protocol of Signature, point 2
        summary: unprovoked aggression by a European State on the USSR → immediate Czechoslovak aid, in so far as France renders assistance to the USSR
        obligated: [CZE]
        casus:
          armedAttack: { on: party, by: { tag: european }, unprovoked: true }
          when: ${frenchAid('fra-sun-1935', f)}
          awaitWhen: true
        response: { atLeast: forces }
  - id: fra-cze-1925
    name: Treaty of Mutual Guarantee between France and Czechoslovakia (Locarno)
    parties: [FRA, CZE]
    signed: 1925-10-16
    inForce: 1926-09-14
    obligations:
      - id: art1
        type: defense
        article: Art. 1
        summary: an unprovoked recourse to arms by Germany → immediate help and support
        casus: { armedAttack: { on: party, by: [DEU], unprovoked: true } }
        response: { atLeast: forces${f.within !== undefined ? `, within: ${f.within}` : ''} }
        judgment: { deny: ${f.deny ?? 0}, pretext: 0 }
  - id: fra-sun-1935
    name: Treaty of Mutual Assistance between France and the USSR
    parties: [FRA, SUN]
    signed: 1935-05-02
    inForce: 1936-03-27
    obligations:
      - id: art2
        type: defense
        article: Art. 2
        summary: unprovoked aggression by a European State → immediate aid and assistance (the Covenant condition left out)
        casus: { armedAttack: { on: party, by: { tag: european }, unprovoked: true } }
        response: { atLeast: forces${f.within !== undefined ? `, within: ${f.within}` : ''} }
        judgment: { deny: ${f.deny ?? 0}, pretext: 0 }`;

const scenario = (id: string, title: string, inject: string, f: France = {}): string => eventScenario({
  id, title,
  version: '1.14',
  clock: '{ start: 1938-09-28, tick: day, horizon: 8 }',
  regions: `regions:
  czechoslovakia: { administeredBy: CZE }
  soviet_union: { administeredBy: SUN }
  france: { administeredBy: FRA }
  germany: { administeredBy: DEU }
  hungary: { administeredBy: HUN }`,
  actors: actors(
    { CZE: 'Czechoslovakia', SUN: 'Soviet Union', FRA: 'France', DEU: 'Germany', HUN: 'Hungary' },
    {
      CZE: 'territory: czechoslovakia, tags: [european]', SUN: 'territory: soviet_union, tags: [european]',
      FRA: 'territory: france, tags: [european]', DEU: 'territory: germany, tags: [european]', HUN: 'territory: hungary, tags: [european]',
    },
  ),
  pacts: pacts(f),
  inject,
  outcomes: '  sun_at_war: { when: { posture: { actor: SUN, atLeast: war } } }',
});

const GERMANY_ON_CZE = '      - { at: 1938-09-30, effect: { armedAttack: { by: DEU, on: CZE, in: czechoslovakia, intensity: war } } }';
const dormant = all(KEYS, DORMANT);

/** France's duty and the Soviet (or Czechoslovak) one both honoured with forces, the others dormant. */
const bothHonoured = (french: string, other: string): Pick<ConformanceCase['expect'], 'obligations' | 'ledger'> => ({
  obligations: { ...dormant, [french]: { state: 'honoured', level: 'forces' }, [other]: { state: 'honoured', level: 'forces' } },
  ledger: { [french]: honouredLedger('forces'), [other]: honouredLedger('forces') },
});

/** CZSU35-06/07: the German war of 30 Sep 1938 ended by an episode-wide ceasefire, then a Hungarian attack. */
const GERMAN_WAR_THEN_HUNGARY = `${GERMANY_ON_CZE}
      - { at: 1938-10-02, effect: { ceasefire: { between: [DEU, CZE], scope: episode } } }
      - { at: 1938-10-04, effect: { armedAttack: { by: HUN, on: CZE, in: czechoslovakia, intensity: war } } }`;

/** What CZSU35-06 and -07 expect: the Soviet duty judged against Germany, never against Hungary. */
const AFTER_A_GERMAN_WAR: ConformanceCase['expect'] = {
  ...bothHonoured('fra-cze-1925/art1@FRA', SUN_DUTY),
  events: [{ kind: 'obligation', cause: `obligation:${SUN_DUTY}`, detail: 'judged', target: 'DEU', date: '1938-09-30' }],
  absent: [{ kind: 'obligation', cause: `obligation:${SUN_DUTY}`, target: 'HUN' }],
  relations: [{ between: ['HUN', 'CZE'], rung: 'war' }, { between: ['SUN', 'HUN'], rung: 'peace', war: 'none' }, { between: ['SUN', 'DEU'], rung: 'crisis' }],
};

export const CZE_SUN_1935_CASES: ConformanceCase[] = [
  {
    id: 'CZSU35-01',
    title: 'Germany attacks Czechoslovakia and France comes to its help the same day: the protocol\'s condition holds, and the USSR\'s Art. 2 duty is judged and honoured',
    source: `${SRC}; ${SRC_FRA}; ${SRC_1938}`,
    interpretation: 'A hypothetical German invasion on 30 Sep 1938 (the course Munich avoided), unprovoked, by a European State. France honours its 1925 guarantee at forces that day (deny 0, within 0). The Soviet duty is written with the protocol\'s condition — France\'s 1925 duty toward Czechoslovakia honoured (`when: { obligation: { pact: fra-cze-1925, by: FRA, state: honoured } }`) — which does not hold at the attack, so the attack waits in its war (`awaitWhen`); the French answer comes in a later round of the same tick, and the Soviet duty is judged then, invoked and honoured at forces. Czechoslovakia\'s own duties protect the others and stay dormant.',
    yaml: scenario('CZSU35-01', 'A German attack, France helping', GERMANY_ON_CZE),
    situation: 'event',
    expect: {
      ...bothHonoured('fra-cze-1925/art1@FRA', SUN_DUTY),
      events: [
        { kind: 'obligation', cause: 'obligation:fra-cze-1925/art1@FRA', detail: 'honoured', date: '1938-09-30' },
        { kind: 'obligation', cause: `obligation:${SUN_DUTY}`, detail: 'judged', date: '1938-09-30' },
      ],
      relations: [{ between: ['FRA', 'DEU'], rung: 'war', initiator: 'DEU' }, { between: ['SUN', 'DEU'], rung: 'war', initiator: 'DEU' }],
    },
  },
  {
    id: 'CZSU35-02',
    title: 'A German attack on Czechoslovakia (hypothetical) and France denies the casus, as at Munich it stood aside: the protocol\'s condition never holds — the Soviet duty is not called into play',
    source: `${SRC}; ${SRC_FRA}; ${SRC_1938}`,
    interpretation: 'As CZSU35-01, with France denying its 1925 guarantee (deny 1: France judging that it is not called on — a hypothetical German attack; in September 1938 there was no attack to judge, and France accepted the Munich settlement instead). The aggression meets every other part of the Soviet clause but waits in its war for French assistance that never comes: nothing is judged, the Soviet duty stays dormant and the USSR stays at peace with Germany — the reading Litvinov gave the Assembly, aid "if France rendered similar assistance". (The Soviet Union could still have helped of its own accord — Kalinin said the pact did not forbid it — which is aid without a treaty duty, `inAidOf`, not coded here.)',
    yaml: scenario('CZSU35-02', 'A German attack, France standing aside', GERMANY_ON_CZE, { deny: 1 }),
    situation: 'event',
    expect: {
      obligations: { ...dormant, 'fra-cze-1925/art1@FRA': { state: 'denied' } },
      ledger: { 'fra-cze-1925/art1@FRA': ['judged', 'denied'] },
      absent: [{ kind: 'obligation', cause: `obligation:${SUN_DUTY}` }],
      relations: [{ between: ['DEU', 'CZE'], rung: 'war' }, { between: ['SUN', 'DEU'], rung: 'peace', war: 'none' }],
    },
  },
  {
    id: 'CZSU35-03',
    title: 'Germany attacks Czechoslovakia; France answers three days later: the Soviet duty is judged on the day of the French answer, not before',
    source: `${SRC}; ${SRC_FRA}`,
    interpretation: 'As CZSU35-01 with France taking three days from invocation to its answer (`within: 3`, a mobilisation). The Soviet duty waits with the aggression in its war and is judged on 3 Oct, the day France honours — "in so far as assistance may be rendered by France", not in so far as France has promised it.',
    yaml: scenario('CZSU35-03', 'A German attack, France helping three days later', GERMANY_ON_CZE, { within: 3 }),
    situation: 'event',
    expect: {
      ...bothHonoured('fra-cze-1925/art1@FRA', SUN_DUTY),
      events: [
        { kind: 'obligation', cause: 'obligation:fra-cze-1925/art1@FRA', detail: 'invoked', date: '1938-09-30' },
        { kind: 'obligation', cause: 'obligation:fra-cze-1925/art1@FRA', detail: 'honoured', date: '1938-10-03' },
        { kind: 'obligation', cause: `obligation:${SUN_DUTY}`, detail: 'judged', date: '1938-10-03' },
      ],
      absent: [{ kind: 'obligation', cause: `obligation:${SUN_DUTY}`, date: '1938-09-30' }],
      relations: [{ between: ['SUN', 'DEU'], rung: 'war', initiator: 'DEU' }],
    },
  },
  {
    id: 'CZSU35-04',
    title: 'The protocol both ways: Germany attacks the USSR, France honours the Franco-Soviet treaty, and Czechoslovakia\'s Art. 2 duty toward the USSR is judged and honoured',
    source: `${SRC}; ${SRC_FRA}`,
    interpretation: 'A hypothetical German attack on the USSR on 30 Sep 1938. The protocol binds both parties alike: Czechoslovakia\'s duty is conditioned on France rendering assistance to the USSR, coded as France\'s Franco-Soviet Art. 2 duty honoured. France honours at once; Czechoslovakia\'s duty is judged that day and honoured at forces. The Soviet duty (toward Czechoslovakia, which is not attacked) stays dormant, as does France\'s 1925 guarantee.',
    yaml: scenario('CZSU35-04', 'A German attack on the USSR, France helping', '      - { at: 1938-09-30, effect: { armedAttack: { by: DEU, on: SUN, in: soviet_union, intensity: war } } }'),
    situation: 'event',
    expect: {
      ...bothHonoured('fra-sun-1935/art2@FRA', CZE_DUTY),
      relations: [{ between: ['CZE', 'DEU'], rung: 'war', initiator: 'DEU' }],
    },
  },
  {
    id: 'CZSU35-05',
    title: 'Hungary attacks Czechoslovakia: a European State, but France\'s 1925 guarantee answers Germany only — no French assistance, so no Soviet duty',
    source: `${SRC}; ${SRC_FRA}`,
    interpretation: 'A hypothetical Hungarian attack on Czechoslovakia (30 Sep 1938). Art. 2 alone is met (Hungary is a European State, the attack unprovoked), but the Franco-Czechoslovak guarantee of 1925 answers a German recourse to arms only (`by: [DEU]`): France owes nothing and does nothing, the protocol\'s condition never holds, and nothing is judged.',
    yaml: scenario('CZSU35-05', 'A Hungarian attack', '      - { at: 1938-09-30, effect: { armedAttack: { by: HUN, on: CZE, in: czechoslovakia, intensity: war } } }'),
    situation: 'event',
    expect: {
      obligations: dormant,
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['HUN', 'CZE'], rung: 'war' }, { between: ['SUN', 'HUN'], rung: 'peace', war: 'none' }],
    },
  },
  {
    id: 'CZSU35-06',
    title: 'French assistance tied to the aggressor: after a German war that France and the USSR fought and ended, a Hungarian attack finds France at peace with Hungary — the Soviet duty is not met again',
    source: `${SRC}; ${SRC_FRA}`,
    interpretation: 'Hypothetical: Germany attacks Czechoslovakia on 30 Sep 1938, France and then the USSR answer (as CZSU35-01); an episode-wide ceasefire ends that war on 2 Oct; Hungary attacks Czechoslovakia on 4 Oct. The `obligation` condition reads the French duty\'s state, not the war it was honoured in: written alone (CZSU35-01…05), it still holds on 4 Oct, and the Soviet duty would be judged against Hungary although France renders no assistance in that war. The protocol asks for assistance "to the Party victim of the aggression", so this case ties it to the act\'s aggressor — France\'s duty honoured *and* France at war with the enemy of the act (`relation: { between: [FRA, $actor], atLeast: war }`): the Soviet duty is judged once, against Germany, and the Hungarian attack waits in its war for French assistance that does not come.',
    yaml: scenario('CZSU35-06', 'A German war ended, then a Hungarian attack', GERMAN_WAR_THEN_HUNGARY, { tight: true }),
    situation: 'event',
    expect: AFTER_A_GERMAN_WAR,
  },
  {
    id: 'CZSU35-07',
    title: 'As CZSU35-06, French assistance read from the French duty\'s own casus (format 1.14): honoured for Czechoslovakia against the aggressor of the act — the Hungarian attack finds none, and the Soviet duty is not met again',
    source: `${SRC}; ${SRC_FRA}`,
    interpretation: 'The course of CZSU35-06, with the protocol\'s condition written on the casus the French duty answers rather than on France\'s war: `{ obligation: { pact: fra-cze-1925, by: FRA, state: honoured, beneficiary: $target, enemy: $actor } }` — France\'s 1925 duty honoured for the party attacked (the act\'s `$target`) against the aggressor (its `$actor`), "assistance … rendered by France to the Party victim of the aggression". On 30 Sep the French duty answers the German attack on Czechoslovakia: the condition holds for that attack and the Soviet duty is judged against Germany. On 4 Oct the French duty still stands honoured, but for the German casus: against Hungary it does not hold, and the Soviet duty is not judged. Unlike CZSU35-06, France being at war with the aggressor for a reason of its own would not meet it.',
    yaml: scenario('CZSU35-07', 'A German war ended, then a Hungarian attack', GERMAN_WAR_THEN_HUNGARY, { exact: true }),
    situation: 'event',
    expect: AFTER_A_GERMAN_WAR,
  },
];

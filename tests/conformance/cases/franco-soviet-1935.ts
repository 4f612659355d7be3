/**
 * The Treaty of Mutual Assistance between France and the USSR (Paris, signed 2 May 1935; in force on
 * the exchange of ratifications, 27 March 1936): Art. 2, "In the event that, in the circumstances
 * specified in Article 15, paragraph 7, of the Covenant of the League of Nations, France or the
 * U.S.S.R. may, notwithstanding the sincerely peaceful intentions of both countries, be the object
 * of an unprovoked aggression on the part of a European State, the U.S.S.R. and reciprocally France
 * shall immediately lend each other aid and assistance." Covenant Art. 15(7): the Council "fails to
 * reach a report which is unanimously agreed to by the members thereof, other than the
 * Representatives of one or more of the parties to the dispute".
 *
 * What the cases pin (format 1.12, `casus.when`): a casus met only while a condition holds at the act
 * — here, that the League Council's report on the dispute failed for want of unanimity (the
 * `council` section stands for the League Council: every member can block, as unanimity asks). Art. 3
 * (aid "in application of article 16" after a Council finding) is not coded.
 *
 * FRSU35-05…08 (format 1.13) read the clause in the order events take: the aggression first, the
 * Council's report on that dispute after it. The condition names the attacker by its role (`target:
 * $actor`: the report on the dispute with the aggressor, whoever it is) and the attack waits in its
 * war for the report (`awaitWhen`). The parties' votes are not counted (Art. 15(7): "other than the
 * Representatives of one or more of the parties to the dispute"), coded as the Charter's obligatory
 * abstention of the parties to a dispute under Chapter VI (`under: chapter_vi, dispute: […]`).
 */
import type { ConformanceCase, ExpectedDraft } from '../case.js';
import { actors, council, eventScenario, type SeatSpec } from '../fragments.js';

const SRC = 'Treaty of Mutual Assistance between France and the USSR (2 May 1935), Art. 2: League of Nations Treaty Series vol. 167, p. 395; English text in D. M. Gibler, International Military Alliances, 1648–2008 (2009); Covenant of the League of Nations, Art. 15(7) (https://avalon.law.yale.edu/20th_century/leagcov.asp)';

const KEYS = ['fra-sun-1935/art2@FRA', 'fra-sun-1935/art2@SUN'];

/** The League Council's permanent members in 1936, each able to block a report (unanimity). */
const SEATS: SeatSpec[] = ['GBR', 'FRA', 'ITA', 'SUN'].map((actor) => ({ actor, permanent: true }));

/**
 * How the case codes Art. 2: (1.12) the report named by its target and read at the attack, which
 * comes after it; or (1.13) the report on the aggressor's dispute (`target: $actor`), which comes
 * after the attack and is waited for (`awaitWhen`), the parties' votes not counted.
 */
type Coding = '1.12' | '1.13';

/**
 * `attacker` attacks France on 3 Mar 1937, and the report on the dispute with `reportOn` (by
 * default the attacker) is put to the Council — on 2 Mar under the 1.12 coding, whose clause reads
 * the report on Germany (or on Japan when Japan attacks), on 5 Mar under the 1.13 coding, with the
 * report's target and France as the parties to the dispute. `report` says how the others vote.
 */
const build = (coding: Coding, id: string, title: string, report: 'unanimous' | 'blocked', attacker: 'DEU' | 'ITA' | 'JPN', reportOn: string = attacker): string => {
  const later = coding === '1.13';
  const when = later ? '{ council: { kind: condemnation, target: $actor, result: [vetoed, failed] } }'
    : `{ council: { kind: condemnation, target: ${attacker === 'JPN' ? 'JPN' : 'DEU'}, result: [vetoed, failed] } }`;
  const draft = `{ draft: { kind: condemnation, target: ${reportOn}, sponsor: FRA${later ? `, under: chapter_vi, dispute: [${reportOn}, FRA]` : ''} } }`;
  const attack = `{ armedAttack: { by: ${attacker}, on: FRA, intensity: war } }`;
  return eventScenario({
    id, title,
    version: coding,
    clock: `{ start: 1937-03-01, tick: day, horizon: ${later ? 7 : 5} }`,
    regions: `regions:
  france: { administeredBy: FRA }
  soviet_union: { administeredBy: SUN }`,
    actors: actors(
      { FRA: 'France', SUN: 'Soviet Union', DEU: 'Germany', GBR: 'United Kingdom', ITA: 'Italy', JPN: 'Japan' },
      { FRA: 'territory: france, tags: [european]', SUN: 'territory: soviet_union, tags: [european]', DEU: 'tags: [european]', GBR: 'tags: [european]', ITA: 'tags: [european]' },
    ),
    pacts: `  - id: fra-sun-1935
    name: Treaty of Mutual Assistance between France and the USSR
    parties: [FRA, SUN]
    signed: 1935-05-02
    inForce: 1936-03-27
    source: LNTS vol. 167, p. 395
    obligations:
      - id: art2
        type: defense
        article: Art. 2
        summary: unprovoked aggression by a European State, in the circumstances of Covenant Art. 15(7) (no unanimous report of the Council${later ? ' on the dispute with the aggressor, the parties\' votes not counted' : ''})
        casus:
          armedAttack: { on: party, by: { tag: european }, unprovoked: true }
          when: ${when}${later ? '\n          awaitWhen: true' : ''}
        response: { atLeast: forces }`,
    // Italy's "no" blocks a report; under the 1.13 coding, not one on its own dispute.
    extra: council({ seats: SEATS, votes: { GBR: 'yes', FRA: 'yes', SUN: 'yes', ITA: report === 'blocked' ? 'no' : 'yes' }, minYes: 1 }),
    inject: later
      ? `      - { at: 1937-03-03, effect: ${attack} }\n      - { at: 1937-03-05, effect: ${draft} }`
      : `      - { at: 1937-03-02, effect: ${draft} }\n      - { at: 1937-03-03, effect: ${attack} }`,
    outcomes: '  sun_at_war: { when: { posture: { actor: SUN, atLeast: war } } }',
  });
};
const scenario = (id: string, title: string, report: 'unanimous' | 'blocked', attacker: 'DEU' | 'JPN', reportOn?: string): string => build('1.12', id, title, report, attacker, reportOn);
const waiting = (id: string, title: string, report: 'unanimous' | 'blocked', attacker: 'DEU' | 'ITA', reportOn?: string): string => build('1.13', id, title, report, attacker, reportOn);

const DORMANT = { state: 'dormant' } as const;
/** The report: blocked by Italy's "no", or agreed by all four. */
const report = (target: string, blocked: boolean): ExpectedDraft => blocked
  ? { kind: 'condemnation', target, result: 'vetoed', yes: 3, no: 1, abstain: 0, vetoedBy: ['ITA'] }
  : { kind: 'condemnation', target, result: 'adopted', yes: 4, no: 0, abstain: 0 };
const dormant = Object.fromEntries(KEYS.map((k) => [k, DORMANT]));

export const FRANCO_SOVIET_1935_CASES: ConformanceCase[] = [
  {
    id: 'FRSU35-01',
    title: 'The Council\'s report on a dispute with Germany fails (Italy objects); Germany then attacks France: the circumstances of Art. 15(7), so the USSR comes to France\'s aid',
    source: SRC,
    interpretation: 'A hypothetical dispute: on 2 Mar 1937 a report condemning Germany is put to the League Council and Italy votes against it, so it is not unanimous (coded as a draft blocked by a member\'s "no": every seat can block). On 3 Mar Germany, a European State, attacks France unprovoked. The clause\'s condition (`casus.when: { council: { kind: condemnation, target: DEU, result: [vetoed, failed] } }`, the report on the dispute with Germany) holds at the attack: the USSR\'s duty is judged, invoked and honoured at forces.',
    yaml: scenario('FRSU35-01', 'A failed report, then a German attack', 'blocked', 'DEU'),
    situation: 'event',
    expect: {
      obligations: { ...dormant, 'fra-sun-1935/art2@SUN': { state: 'honoured', level: 'forces' } },
      drafts: [report('DEU', true)],
      relations: [{ between: ['SUN', 'DEU'], rung: 'war' }],
    },
  },
  {
    id: 'FRSU35-02',
    title: 'The Council agrees its report unanimously; Germany then attacks France: not the circumstances of Art. 15(7), so Art. 2 is not called into play',
    source: SRC,
    interpretation: 'As FRSU35-01 with every member voting for the report: the Council reached a unanimous report, so the aggression does not happen "in the circumstances specified in Article 15, paragraph 7". The casus is not met (nothing is judged). The aid the treaty gives then, under Art. 3 and the Covenant\'s Art. 16, is not coded.',
    yaml: scenario('FRSU35-02', 'A unanimous report, then a German attack', 'unanimous', 'DEU'),
    situation: 'event',
    expect: {
      obligations: dormant,
      drafts: [report('DEU', false)],
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['DEU', 'FRA'], rung: 'war' }, { between: ['SUN', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'FRSU35-04',
    title: 'A report on another dispute fails (Italy\'s), then Germany attacks France: the failure is not the one Art. 15(7) asks for — Art. 2 is not met',
    source: SRC,
    interpretation: 'As FRSU35-01, but the report that fails is on a dispute with Italy, not Germany. Art. 15(7) concerns the Council\'s report on the dispute that leads to the aggression: the clause\'s condition names the report on Germany, which was never put, so the German attack meets nothing. (The Covenant does not count the votes of the parties to the dispute; France votes here, and its vote decides nothing in these cases.)',
    yaml: scenario('FRSU35-04', 'A failed report on Italy, then a German attack', 'blocked', 'DEU', 'ITA'),
    situation: 'event',
    expect: {
      obligations: dormant,
      drafts: [report('ITA', true)],
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['DEU', 'FRA'], rung: 'war' }, { between: ['SUN', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'FRSU35-03',
    title: 'A failed report on Japan, then a Japanese attack on France: Japan is no European State, so Art. 2 is not met',
    source: SRC,
    interpretation: 'As FRSU35-01 with Japan in Germany\'s place (the clause reading the report on Japan): the condition on the Council holds, but the aggressor must be "a European State" (coded `by: { tag: european }`; Japan carries no tag). Nothing is judged.',
    yaml: scenario('FRSU35-03', 'A failed report, then a Japanese attack', 'blocked', 'JPN'),
    situation: 'event',
    expect: {
      obligations: dormant,
      drafts: [report('JPN', true)],
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['JPN', 'FRA'], rung: 'war' }, { between: ['SUN', 'JPN'], rung: 'peace' }],
    },
  },
  {
    id: 'FRSU35-05',
    title: 'Germany attacks France; two days later the Council\'s report on the dispute fails (Italy objects): the USSR\'s aid is due that day',
    source: SRC,
    interpretation: 'The order events take: on 3 Mar 1937 Germany attacks France unprovoked; on 5 Mar the report on the dispute between Germany and France is put to the League Council and Italy votes against it (the parties, Germany and France, do not count: France\'s vote is an obligatory abstention). The clause\'s condition names the aggressor\'s dispute by role (`target: $actor`) and the attack waits in its war for it (`awaitWhen: true`): the USSR\'s duty is judged on 5 Mar, invoked and honoured at forces.',
    yaml: waiting('FRSU35-05', 'A German attack, then a failed report', 'blocked', 'DEU'),
    situation: 'event',
    expect: {
      obligations: { ...dormant, 'fra-sun-1935/art2@SUN': { state: 'honoured', level: 'forces' } },
      drafts: [{ kind: 'condemnation', target: 'DEU', result: 'vetoed', yes: 2, no: 1, abstain: 1, vetoedBy: ['ITA'], abstainedAsParty: ['FRA'] }],
      events: [{ kind: 'obligation', actor: 'SUN', target: 'DEU', detail: 'judged', date: '1937-03-05' }],
      relations: [{ between: ['SUN', 'DEU'], rung: 'war' }],
    },
  },
  {
    id: 'FRSU35-06',
    title: 'Germany attacks France; the Council then agrees its report: Art. 15(7) is not reached, and the attack, which waited for it, meets nothing',
    source: SRC,
    interpretation: 'As FRSU35-05 with every member other than the parties voting for the report: a report "unanimously agreed to by the members thereof other than the Representatives of … the parties" is Art. 15(6), not 15(7). The attack waits in its war for a failure that does not come; nothing is judged.',
    yaml: waiting('FRSU35-06', 'A German attack, then a unanimous report', 'unanimous', 'DEU'),
    situation: 'event',
    expect: {
      obligations: dormant,
      drafts: [{ kind: 'condemnation', target: 'DEU', result: 'adopted', yes: 3, no: 0, abstain: 1, abstainedAsParty: ['FRA'] }],
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['DEU', 'FRA'], rung: 'war' }, { between: ['SUN', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'FRSU35-07',
    title: 'Italy attacks France, and a report on another dispute (Germany\'s) fails: the condition follows the aggressor, so nothing is met',
    source: SRC,
    interpretation: 'Italy, a European State, attacks France on 3 Mar; on 5 Mar a report on a dispute with Germany fails on Italy\'s "no". The clause\'s condition is about the report on the aggressor\'s dispute (`target: $actor`, Italy here), which was never put: the attack waits and nothing is judged. Written with `target: DEU` (FRSU35-01…04), the clause could not tell the two apart.',
    yaml: waiting('FRSU35-07', 'An Italian attack, then a failed report on Germany', 'blocked', 'ITA', 'DEU'),
    situation: 'event',
    expect: {
      obligations: dormant,
      drafts: [{ kind: 'condemnation', target: 'DEU', result: 'vetoed', yes: 2, no: 1, abstain: 1, vetoedBy: ['ITA'], abstainedAsParty: ['FRA'] }],
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['ITA', 'FRA'], rung: 'war' }, { between: ['SUN', 'ITA'], rung: 'peace' }],
    },
  },
  {
    id: 'FRSU35-08',
    title: 'Italy attacks France and then objects to the report on its own dispute: a party\'s vote does not count, the report is unanimous, and Art. 2 is not met',
    source: SRC,
    interpretation: 'Italy attacks France on 3 Mar; on 5 Mar the report on the dispute between Italy and France is put and Italy votes against it. Under Art. 15(7) the votes of the parties are not counted: coded as the obligatory abstention of the parties to a dispute (`under: chapter_vi, dispute: [ITA, FRA]`), Italy\'s "no" is recorded as an abstention and the report, agreed by the others, is adopted. Art. 15(7) is not reached; the attack waits for a failure that does not come.',
    yaml: waiting('FRSU35-08', 'An Italian attack, then Italy objecting to the report on its dispute', 'blocked', 'ITA'),
    situation: 'event',
    expect: {
      obligations: dormant,
      drafts: [{ kind: 'condemnation', target: 'ITA', result: 'adopted', yes: 2, no: 0, abstain: 2, abstainedAsParty: ['FRA', 'ITA'] }],
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['ITA', 'FRA'], rung: 'war' }, { between: ['SUN', 'ITA'], rung: 'peace' }],
    },
  },
];

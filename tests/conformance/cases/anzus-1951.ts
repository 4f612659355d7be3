/**
 * ANZUS Security Treaty (1 Sep 1951; in force 29 Apr 1952): Art. IV, an armed attack in the
 * Pacific Area on any of the parties; act to meet the common danger in accordance with
 * constitutional processes. Since 1986 it binds Australia to New Zealand and Australia to the United
 * States, not the United States and New Zealand to each other. Its only invocation, by Australia
 * after 11 September 2001, read an attack on the metropolitan territory of the United States (New
 * York and Washington, far from the Pacific) as covered. Source: facts.md §1k.
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, anzus1951, ANZUS_1951_KEYS, eventScenario } from '../fragments.js';

const SRC_IV = 'facts.md §1k Art. IV (ASPI: https://aspistrategist.ru/north-korea-australia-anzus-treaty); Art. V wording [UNVERIFIED]';
const SRC_2001 = 'facts.md §1k "Only invocation": Howard, 14 Sep 2001 (https://australianpolitics.com/2001/09/14/government-invokes-anzus-treaty.html/); White House, 14 Sep 2001 (https://georgewbush-whitehouse.archives.gov/news/releases/2001/09/print/20010914-12.html)';
const SRC_1986 = 'facts.md §1k "US–New Zealand" (Gibler: https://issuhub.com/view/index?id=23326&pageIndex=460; https://news.am/eng/news/404357.html)';

const scenario = (id: string, title: string, clock: string, inject: string, coding: Parameters<typeof anzus1951>[0] = {}): string => eventScenario({
  id, title, clock: clock, inject,
  version: '1.1',
  regions: `regions:
  pacific_area: { name: Pacific Area (ANZUS Art. IV) }
  usa: { administeredBy: USA, name: United States (contiguous) }
  east_coast: { within: usa, name: New York and Washington }
  guam: { within: pacific_area, administeredBy: USA }
  australia: { within: pacific_area, administeredBy: AUS }
  new_zealand: { within: pacific_area, administeredBy: NZL }
  afghanistan: { administeredBy: AFG }
  dprk: { within: pacific_area, administeredBy: PRK }`,
  actors: actors(
    { USA: 'United States', AUS: 'Australia', NZL: 'New Zealand', AQ: 'al-Qaeda', AFG: 'Afghanistan (Taliban)', PRK: 'DPRK' },
    { USA: 'nuclear: true, territory: usa', AUS: 'territory: australia', NZL: 'territory: new_zealand', AFG: 'territory: afghanistan', PRK: 'nuclear: true, territory: dprk' },
  ),
  pacts: anzus1951(coding),
  outcomes: '  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

const SEPT_11 = '      - { at: 2001-09-11, effect: { armedAttack: { by: AQ, on: USA, in: east_coast, intensity: use_of_force } } }';
const CLOCK_2001 = '{ start: 2001-09-10, tick: day, horizon: 4 }';

export const ANZUS_1951_CASES: ConformanceCase[] = [
  {
    id: 'ANZ-01',
    title: '11 Sep 2001, Art. IV read literally: New York and Washington lie outside the Pacific Area — Australia\'s invocation is a pretext',
    source: `${SRC_IV}; ${SRC_2001}`,
    interpretation: 'Coded to the letter of Art. IV ("an armed attack in the Pacific Area"), the attacks on the US east coast do not meet the casus. Australia invoked the treaty all the same (14 Sep 2001): a party claiming an unmet casus, coded as pretext 1, capped at forces (pretextAtMost; uncapped, a pretext could carry a war-level strike on a homeland). The ledger reads judged:unmet → invoked:pretext → honoured, at forces (pinned: Australia cited the treaty for sending troops to Afghanistan). New Zealand owes nothing to the US (suspended since 1986) and the US has no duty toward itself. Al-Qaeda is written as an actor: Howard based the decision on the attacks having been initiated from outside the United States.',
    yaml: scenario('ANZ-01', '11 September, literal reading', CLOCK_2001, SEPT_11, { art4: { pretext: 1, pretextAtMost: 'forces' } }),
    situation: 'event',
    decisions: { 'respond anzus-1951/art4@AUS': 'honour:forces' },
    expect: {
      obligations: { ...all(ANZUS_1951_KEYS, DORMANT), 'anzus-1951/art4@AUS': { state: 'honoured', level: 'forces' } },
      ledger: { 'anzus-1951/art4@AUS': ['judged:unmet', 'invoked:pretext', 'honoured:forces'] },
      events: [
        { kind: 'obligation', detail: 'judged:unmet', date: '2001-09-11' },
        { kind: 'obligation', detail: 'honoured:forces', date: '2001-09-12' },
      ],
      relations: [{ between: ['AUS', 'AQ'], rung: 'clash', war: 'none' }],
    },
  },
  {
    id: 'ANZ-02',
    title: '11 Sep 2001, Art. IV read with Art. V as Australia read it: "an attack upon the metropolitan territory of the United States" meets the casus',
    source: `${SRC_IV}; ${SRC_2001}`,
    interpretation: 'Howard\'s words: "what does amount to an attack upon the metropolitan territory of the United States in accordance with the provisions of the ANZUS Treaty". Coded as a second reading of the area: the Pacific Area, or the metropolitan territory of the attacked party wherever it lies (region usa, administered by the attacked party). The casus is met: judged → invoked → honoured at forces (pinned). No pretext is needed; the same coding without pretext shows it.',
    yaml: scenario('ANZ-02', '11 September, metropolitan reading', CLOCK_2001, SEPT_11, { metropolitan: true }),
    situation: 'event',
    decisions: { 'respond anzus-1951/art4@AUS': 'honour:forces' },
    expect: {
      obligations: { ...all(ANZUS_1951_KEYS, DORMANT), 'anzus-1951/art4@AUS': { state: 'honoured', level: 'forces' } },
      ledger: { 'anzus-1951/art4@AUS': honouredLedger('forces') },
      relations: [{ between: ['AUS', 'AQ'], rung: 'clash', war: 'none' }],
    },
  },
  {
    id: 'ANZ-03',
    title: 'The literal reading without a pretext: the same attacks leave Australia\'s duty dormant, and nothing is recorded',
    source: `${SRC_IV}; docs/semantics.md "Judgment"`,
    interpretation: 'Pretext 0 and a casus not met: no judgment, no event (semantics.md: "otherwise nothing happens and no event is recorded"). The difference between ANZ-01 and ANZ-03 is the whole of Australia\'s 2001 decision under the literal reading.',
    yaml: scenario('ANZ-03', '11 September, literal reading, no pretext', CLOCK_2001, SEPT_11),
    situation: 'event',
    expect: {
      obligations: all(ANZUS_1951_KEYS, DORMANT),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['AUS', 'AQ'], rung: 'peace' }],
    },
  },
  {
    id: 'ANZ-04',
    title: 'Guam (Aug 2017 warning): a DPRK attack on US territory in the Pacific engages Australia, not New Zealand',
    source: `${SRC_IV}; facts.md §1k "Guam, Aug 2017" (https://news.am/eng/news/404357.html); ${SRC_1986}`,
    interpretation: 'A hypothetical strike on Guam, the case Turnbull answered in August 2017 ("ANZUS treaty will be invoked and Australia will come to the aid of the United States"). Guam lies in the Pacific Area: met under either reading. New Zealand\'s duty runs to Australia only since 1986. Level pinned at materiel.',
    yaml: scenario('ANZ-04', 'Guam', '{ start: 2025-03-03, tick: day, horizon: 3 }', '      - { at: 1, effect: { armedAttack: { by: PRK, on: USA, in: guam, intensity: war } } }'),
    situation: 'event',
    decisions: { 'respond anzus-1951/art4@AUS': 'honour:materiel' },
    expect: {
      obligations: { ...all(ANZUS_1951_KEYS, DORMANT), 'anzus-1951/art4@AUS': { state: 'honoured', level: 'materiel' } },
      ledger: { 'anzus-1951/art4@AUS': honouredLedger('materiel') },
      relations: [
        { between: ['PRK', 'USA'], rung: 'war', war: 'hostilities', initiator: 'PRK' },
        { between: ['AUS', 'PRK'], rung: 'crisis', war: 'none' },
        { between: ['NZL', 'PRK'], rung: 'peace' },
      ],
    },
  },
  {
    id: 'ANZ-05',
    title: 'An attack on New Zealand engages Australia but not the United States, whose commitment to New Zealand is suspended',
    source: `${SRC_IV}; ${SRC_1986}`,
    interpretation: 'A hypothetical attack, to test the bilateral links left since 1986: the US obligation protects Australia only (beneficiaries: [AUS]), so an attack on New Zealand in the Pacific Area engages Australia alone. Level pinned at diplomatic.',
    yaml: scenario('ANZ-05', 'New Zealand attacked', '{ start: 2025-03-03, tick: day, horizon: 3 }', '      - { at: 1, effect: { armedAttack: { by: PRK, on: NZL, in: new_zealand, intensity: use_of_force } } }'),
    situation: 'event',
    decisions: { 'respond anzus-1951/art4@AUS': 'honour:diplomatic' },
    expect: {
      obligations: { ...all(ANZUS_1951_KEYS, DORMANT), 'anzus-1951/art4@AUS': { state: 'honoured', level: 'diplomatic' } },
      ledger: { 'anzus-1951/art4@AUS': honouredLedger('diplomatic') },
      relations: [
        { between: ['AUS', 'PRK'], rung: 'tension' },
        { between: ['USA', 'PRK'], rung: 'peace' },
      ],
    },
  },
];

/**
 * Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance (signed 14 Feb 1950, in force
 * 11 Apr 1950, thirty years): Art. 1, a party "attacked by Japan or any state allied with it" and
 * thus involved in a state of war → the other renders military and other assistance with all the
 * means at its disposal. The attacker is a class judged on the day of the attack (`by: { alliedWith:
 * [JPN] }`); the historical context is the Korean War, in which the United States fought China
 * from October 1950 while it was, or was not yet, "allied with Japan". Source: facts.md §1s.
 */
import { all, DORMANT, LAPSED, NOT_IN_FORCE, type ConformanceCase } from '../case.js';
import { actors, eventScenario, sinoSoviet1950, SINO_SOVIET_1950_KEYS, US_JPN_1951_KEYS, US_JPN_1960_KEYS, usJpn1951, usJpn1960 } from '../fragments.js';

const SRC_ART1 = 'facts.md §1s Art. 1 (text: https://worldjpn.net/documents/texts/docs/19500214.T1E.html; summary by the Chinese government: http://www.cctv.com/english/special/60anni/20090911/109539.shtml); in force 11 Apr 1950 (FRUS 1950 VI, editorial note: https://history.state.gov/historicaldocuments/frus1950v06/d157)';
const SRC_1951 = 'facts.md §1s "Security Treaty, 1951" (https://en.wikipedia.org/wiki/Security_Treaty_between_the_United_States_and_Japan; Gibler: https://issuhub.com/view/index/23326?pageIndex=461)';
const SRC_1960 = 'facts.md §1e Art. V (http://38is.blogspot.com/2012/01/treaty-of-mutual-cooperation-and.html; ATOP 3375)';
const SRC_KOREA = 'facts.md §1s "Korea, 1950" (the Chinese People\'s Volunteers crossed the Yalu on 19 Oct 1950: http://en.people.cn/n3/2020/1023/c90000-9772499.html; https://omniatlas-1598b.kxcdn.com/maps/east-asia/19510124/)';

const KEYS = [...SINO_SOVIET_1950_KEYS, ...US_JPN_1951_KEYS, ...US_JPN_1960_KEYS];
/** Before 28 Apr 1952 neither US–Japan treaty is in force; from then to 22 June 1960 the first; after, the second. */
const BEFORE_1952 = { ...all(KEYS, DORMANT), ...all([...US_JPN_1951_KEYS, ...US_JPN_1960_KEYS], NOT_IN_FORCE) };
const UNDER_1951 = { ...all(KEYS, DORMANT), ...all(US_JPN_1960_KEYS, NOT_IN_FORCE) };
const UNDER_1960 = { ...all(KEYS, DORMANT), ...all(US_JPN_1951_KEYS, LAPSED) };

/** The two US–Japan treaties are in every case; the date of the attack decides which is in force. */
const scenario = (id: string, title: string, date: string, extra = '', where = 'korea'): string => eventScenario({
  id, title,
  version: '1.4',
  clock: `{ start: ${date}, tick: day, horizon: 3 }`,
  regions: `regions:
  korea: { name: Korea (the Korean War front) }
  china: { administeredBy: CHN }
  soviet_union: { administeredBy: SUN }
  usa: { administeredBy: USA }
  japan: { administeredBy: JPN }`,
  actors: actors(
    { SUN: 'Soviet Union', CHN: 'People\'s Republic of China', USA: 'United States', JPN: 'Japan' },
    { SUN: 'nuclear: true, territory: soviet_union', CHN: 'territory: china', USA: 'nuclear: true, territory: usa', JPN: 'territory: japan' },
  ),
  pacts: [sinoSoviet1950(), usJpn1951(), usJpn1960()].join('\n'),
  extra,
  inject: `      - { at: ${date}, effect: { armedAttack: { by: USA, on: CHN, in: ${where}, intensity: war } } }`,
  outcomes: '  sun_at_war: { when: { posture: { actor: SUN, atLeast: war } } }',
});

export const SINO_SOVIET_1950_CASES: ConformanceCase[] = [
  {
    id: 'SS50-01',
    title: 'Korea, Nov 1950: the United States at war with China is not yet "allied with Japan" (no US–Japan treaty in force) — the Soviet Art. 1 duty stays dormant',
    source: `${SRC_ART1}; ${SRC_1951}; ${SRC_KOREA}`,
    interpretation: 'A stylised US armed attack on Chinese forces in Korea at war intensity, dated 1 Nov 1950, after the Chinese People\'s Volunteers had entered the war (19 Oct). China is then in a state of war with an attacker, but Art. 1 names the attacker as "Japan or any state allied with it", judged on the day of the attack: a declared alignment ally of Japan, or a party with Japan to a pact in force with a defence or offense obligation between them. Japan was under occupation; the 1951 Security Treaty entered into force only on 28 Apr 1952 (the scenario holds it, not yet in force), and no alignment is declared. The United States is therefore not in the class, the casus is not met, and nothing is recorded. Under this reading Art. 1 did not bind the Soviet Union to come to China\'s aid in Korea in 1950; the case says nothing of what the Soviet Union did.',
    yaml: scenario('SS50-01', 'Korea 1950: a US attack on China before any US–Japan treaty', '1950-11-01'),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      obligations: BEFORE_1952,
      absent: [{ kind: 'obligation', cause: 'obligation:sino-soviet-1950/art1@SUN' }],
      relations: [{ between: ['USA', 'CHN'], rung: 'war', war: 'hostilities', initiator: 'USA' }, { between: ['SUN', 'USA'], rung: 'peace' }],
    },
  },
  {
    id: 'SS50-02',
    title: 'Korea, Mar 1953, the 1951 Security Treaty in force: it binds no one to defend the other, so under the treaty reading the United States is still not "allied with Japan" — dormant',
    source: `${SRC_ART1}; ${SRC_1951}; ${SRC_KOREA}`,
    interpretation: 'The same stylised attack, dated 1 Mar 1953 (the war went on until the armistice of July 1953). The 1951 Security Treaty is now in force, but it gave the United States a right to station forces that "may be utilized" for Japan\'s security and did not require them to defend Japan; its one duty, coded, is Japan\'s not to grant bases to a third power without US consent (a negative duty). The format counts as allied two parties to a pact in force with a defence or offense obligation between them, or a declared alignment ally: under this treaty reading the United States is not in the class and the Soviet duty stays dormant. SS50-03 takes the other reading.',
    yaml: scenario('SS50-02', 'Korea 1953: the 1951 Security Treaty, treaty reading', '1953-03-01'),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      obligations: UNDER_1951,
      absent: [{ kind: 'obligation', cause: 'obligation:sino-soviet-1950/art1@SUN' }],
      relations: [{ between: ['USA', 'CHN'], rung: 'war', war: 'hostilities' }, { between: ['SUN', 'USA'], rung: 'peace' }],
    },
  },
  {
    id: 'SS50-03',
    title: 'Korea, Mar 1953, the 1951 treaty read as an alliance (alignment: ally): the United States is "allied with Japan", China is at war — the Soviet Art. 1 duty is met',
    source: `${SRC_ART1}; ${SRC_1951}; ${SRC_KOREA}`,
    interpretation: 'SS50-02 with the other reading: the 1951 treaty is widely classed as an alliance (Gibler lists it as a defence pact, Type I), and the treaty\'s Soviet and Chinese authors aimed Art. 1 at Japan\'s partners "directly or indirectly" joining it in aggression. A scenario that takes this reading declares the United States and Japan `alignment: ally` (the same declaration that makes allies in war episodes, semantics.md rule 4). The attack of 1 Mar 1953 then meets the clause: the Soviet Union judges it met and invokes it. The level is pinned at materiel — a seminar\'s choice, not a historical claim (the record read for this case says nothing of Soviet aid under the treaty). China\'s own duty concerns attacks on the Soviet Union and stays dormant.',
    yaml: scenario('SS50-03', 'Korea 1953: the 1951 Security Treaty read as an alliance', '1953-03-01', `relations:
  - { between: [USA, JPN], alignment: ally, note: "the 1951 Security Treaty read as an alliance" }`),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    decisions: { 'respond sino-soviet-1950/art1@SUN': 'honour:materiel' },
    expect: {
      obligations: { ...UNDER_1951, 'sino-soviet-1950/art1@SUN': { state: 'honoured', level: 'materiel' } },
      ledger: { 'sino-soviet-1950/art1@SUN': ['judged', 'invoked', 'honoured:materiel'] },
      relations: [{ between: ['USA', 'CHN'], rung: 'war', war: 'hostilities' }, { between: ['SUN', 'USA'], rung: 'crisis' }],
    },
  },
  {
    id: 'SS50-04',
    title: 'After the 1960 treaty (Art. V: the United States defends Japan), a hypothetical US attack on China meets Art. 1: the attacker is allied with Japan on the day',
    source: `${SRC_ART1}; ${SRC_1960}; ${SRC_1951}`,
    interpretation: 'A hypothetical attack on Chinese territory (no such war happened), dated 1 Oct 1962, with no alignment declared. The 1960 Treaty of Mutual Cooperation and Security is in force (coded from 23 June 1960, the exchange of ratifications, as the J60 cases have it; the 1951 treaty lapses that day), and its Art. V binds the United States to act against an armed attack on Japan in the territories Japan administers: a defence obligation between the two, so on that day the United States is "allied with Japan" in the treaty reading of SS50-02, without any declaration. The attack puts China in a state of war; the Soviet duty is met and honoured, at materiel (pinned, a seminar\'s choice). Whether the treaty still bound the two in 1962, after the Sino-Soviet split, is a political question the format leaves to deny and reliability.',
    yaml: scenario('SS50-04', 'A US attack on China after the 1960 treaty', '1962-10-01', '', 'china'),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    decisions: { 'respond sino-soviet-1950/art1@SUN': 'honour:materiel' },
    expect: {
      obligations: { ...UNDER_1960, 'sino-soviet-1950/art1@SUN': { state: 'honoured', level: 'materiel' } },
      ledger: { 'sino-soviet-1950/art1@SUN': ['judged', 'invoked', 'honoured:materiel'] },
      events: [{ kind: 'obligation', cause: 'obligation:sino-soviet-1950/art1@SUN', detail: 'judged', date: '1962-10-01' }],
      relations: [{ between: ['SUN', 'USA'], rung: 'crisis' }],
    },
  },
];

/**
 * Terms renewed tacitly, and a notice that may run before a minimum period ends (format 1.7;
 * semantics.md, "Denunciation"). With `term: { years, renewalYears }` a notice takes effect at the
 * end of the first term — the initial one or a renewal — that ends at least `noticeMonths` after
 * it; a notice too late for the current term counts for the next; without a notice the pact runs
 * on. With `afterYearsBars: exit` a notice may be given at any time and takes effect on the later
 * of (notice + noticeMonths) and (entry into force + afterYears). The clauses are the treaties' own:
 * USSR–DPRK 1961 (facts.md §1c), the Warsaw Treaty Art. 11 (§1n), the Soviet–Japanese Neutrality
 * Pact Art. 3, the China–DPRK footnote reading of Art. VII (§1b), the modified Brussels Treaty
 * Art. XII (§1v). Every pact but the Neutrality Pact is written with one defence clause answered
 * by consultation: the levels are not what these cases test. Attacks are hypothetical unless a
 * case says otherwise.
 */
import { all, DORMANT, honouredLedger, LAPSED, type ConformanceCase } from '../case.js';
import { actors, CALM_LADDER } from '../fragments.js';

const SRC_U61 = 'facts.md §1c (Term: ATOP v4.01 atopid 3440, length = 120, renewlgt = 60; Fritsche 1996, https://www.ssoar.info/ssoar/handle/document/4609: the next expiry 10 Sept 1996, a five-year renewal unless denounced a year ahead; lapse date 10 Sept 1996 per ATOP, Russia declared it invalid in 1995 per Jamestown, https://jamestown.org/?p=50835)';
const SRC_C61 = 'facts.md §1b (Art. VII and the footnote of the Chinese published versions: https://sinodefenceforum.com/t/chinas-strategy-in-korean-peninsula.6680/page-60; renewals dated 1981, 2001 and 2021: https://www.nknews.org/2020/07/friends-forever-the-china-dprk-defense-treaty-turns-59/)';
const SRC_W55 = 'facts.md §1n (Duration, Art. 11: NATO Information Service, The Atlantic Alliance and the Warsaw Pact, 1971, https://scribd.com/document/659309376/0224-The-Atlantic-Alliance-and-the-Warsaw-Pact-A-Comparative-Study-1971-ENG; in force 5 June 1955, https://www.prlib.ru/en/history/619242) and §1q (Albania\'s denunciation of Sep 1968)';
const SRC_SJ = 'Soviet–Japanese Neutrality Pact, Art. 3 (five years from ratification, prolonged five years unless denounced a year before the term ends; ratified 25 Apr 1941): https://ru.m.wikisource.org/wiki/Пакт_о_нейтралитете_между_СССР_и_Японией_(1941); the Soviet notice of 5 Apr 1945 under Art. 3: FRUS 1945 vol. V doc. 623, https://history.state.gov/historicaldocuments/frus1945v05/d623; war from 9 Aug 1945, as Molotov told Ambassador Satō on 8 Aug: https://www.endofempire.asia/Soviets-declare-war-on-Japan/ and https://www.themoscowtimes.com/2019/08/08/otd-aug-8-ussr-war-japan-a66761';
const SRC_WEU = 'facts.md §1v (modified Brussels Treaty Art. XII, HL Deb 16 Apr 1996 vol 571 c55WA: https://api.parliament.uk/historic-hansard/written_answers/1996/apr/16/brussels-treaty)';

/** One defence clause of every party toward every other, answered by consultation. */
const pact = (o: { id: string; name: string; parties: string; inForce: string; denunciation: string; article: string }): string => `  - id: ${o.id}
    name: ${JSON.stringify(o.name)}
    parties: ${o.parties}
    inForce: ${o.inForce}
    denunciation: ${o.denunciation}
    obligations:
      - id: def
        type: defense
        article: ${JSON.stringify(o.article)}
        casus: { armedAttack: { on: party } }
        response: { atLeast: consult }`;

const scenario = (o: { id: string; title: string; clock: string; names: Record<string, string>; pacts: string; inject: string }): string => [
  'version: "1.7"',
  `id: ${o.id}`,
  `title: ${JSON.stringify(o.title)}`,
  `clock: ${o.clock}`,
  CALM_LADDER,
  actors(o.names),
  `pacts:\n${o.pacts}`,
  'situations:\n  event:\n    title: the notice and the event under test\n    inject:',
  o.inject,
  'outcomes:\n  ended: { when: { not: { pactInForce: ' + o.pacts.match(/id: (\S+)/)![1] + ' } } }',
].join('\n');

const U61_NAMES = { RUS: 'Soviet Union / Russia', PRK: 'DPRK', X: 'an aggressor' };
const u61 = pact({ id: 'ussr-prk-1961', name: 'USSR–DPRK Treaty of Friendship, Co-operation and Mutual Assistance', parties: '[RUS, PRK]', inForce: '1961-09-10', denunciation: '{ noticeMonths: 12, term: { years: 10, renewalYears: 5 } }', article: 'Art. 1' });
const U61_KEYS = ['RUS', 'PRK'].map((a) => `ussr-prk-1961/def@${a}`);
/** Russia's notice, as coded: the day in 1995 is not sourced. */
const RUSSIAN_NOTICE = '      - { at: 1995-09-01, effect: { denounce: { pact: ussr-prk-1961, by: RUS } } }';

const W55_NAMES = { SUN: 'Soviet Union', POL: 'Poland', HUN: 'Hungary', ALB: 'Albania', FRG: 'West Germany' };
const W55_KEYS = ['SUN', 'POL', 'HUN', 'ALB'].map((a) => `warsaw-1955/def@${a}`);

const WEU_NAMES = { GBR: 'United Kingdom', FRA: 'France', DEU: 'Germany', BEL: 'Belgium', X: 'an aggressor' };
const weu = pact({ id: 'brussels-1954', name: 'Brussels Treaty as modified by the Paris Protocol', parties: '[GBR, FRA, DEU, BEL]', inForce: '1955-05-06', denunciation: '{ noticeMonths: 12, afterYears: 50, afterYearsBars: exit, article: Art. XII }', article: 'Art. V' });
const FRENCH_NOTICE = '      - { at: 1995-03-01, effect: { denounce: { pact: brussels-1954, by: FRA } } }';

export const TERM_CASES: ConformanceCase[] = [
  {
    id: 'TRM-01',
    title: 'USSR–DPRK 1961: Russia\'s notice of 1995, in time for the term ending 10 Sep 1996 — until then Russia is bound (an attack on the DPRK in June 1996, hypothetical, engages it)',
    source: SRC_U61,
    interpretation: 'ATOP\'s coding (ten years, then five-year renewals) with Fritsche\'s year of notice: `denunciation: { noticeMonths: 12, term: { years: 10, renewalYears: 5 } }`, the renewals ending 10 Sep 1976, 1981, …, 1996. The day of Russia\'s notice is [UNVERIFIED] (facts.md records that sources disagree on whether and when it was given): coded 1 Sep 1995, a year and more ahead of 10 Sep 1996, so the `notice` event carries that day as its effect. During the rest of the term the treaty binds as before.',
    yaml: scenario({
      id: 'TRM-01', title: 'Russia\'s notice and the last term', clock: '{ start: 1995-08-28, tick: week, horizon: 45 }', names: U61_NAMES, pacts: u61,
      inject: `${RUSSIAN_NOTICE}\n      - { at: 1996-06-03, effect: { armedAttack: { by: X, on: PRK, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: { 'ussr-prk-1961/def@RUS': { state: 'honoured', level: 'consult' }, 'ussr-prk-1961/def@PRK': DORMANT },
      ledger: { 'ussr-prk-1961/def@RUS': honouredLedger('consult') },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'RUS', date: '1995-09-01', effective: '1996-09-10' },
        { kind: 'armedAttack', target: 'PRK', date: '1996-06-03' },
        { kind: 'obligation', cause: 'obligation:ussr-prk-1961/def@RUS', detail: 'judged' },
      ],
      absent: [{ kind: 'pact', detail: 'terminated' }],
    },
  },
  {
    id: 'TRM-02',
    title: 'USSR–DPRK 1961 after 10 Sep 1996: the notice has taken effect at the term\'s end — the treaty terminates for both, and an attack on the DPRK (hypothetical) engages no one: Russia\'s duty records not_in_force',
    source: SRC_U61,
    interpretation: 'As TRM-01. A bilateral treaty left with one party ends: the `pact` event `terminated` (cause `denunciation:ussr-prk-1961@RUS`) at the start of the first weekly tick on or after 10 Sep 1996, then both duties lapse. ATOP\'s end date, 10 Sep 1996, is the day the notice takes effect, the first day out. The attack of October 1996 is judged by no one and records `not_in_force` for Russia\'s duty: the DPRK was a party when the treaty ended (engine 0.8.2; before, an end by notice recorded nothing).',
    yaml: scenario({
      id: 'TRM-02', title: 'The treaty lapses at the term\'s end', clock: '{ start: 1995-08-28, tick: week, horizon: 60 }', names: U61_NAMES, pacts: u61,
      inject: `${RUSSIAN_NOTICE}\n      - { at: 1996-10-07, effect: { armedAttack: { by: X, on: PRK, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: all(U61_KEYS, LAPSED),
      ledger: { 'ussr-prk-1961/def@RUS': ['not_in_force'] },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'RUS', date: '1995-09-01', effective: '1996-09-10' },
        { kind: 'pact', detail: 'terminated', actor: 'RUS', cause: 'denunciation:ussr-prk-1961@RUS', date: '1996-09-16', effective: '1996-09-10' },
        { kind: 'armedAttack', target: 'PRK', date: '1996-10-07' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged' }],
    },
  },
  {
    id: 'TRM-03',
    title: 'USSR–DPRK 1961, a notice too late for the term (hypothetical, 2 Oct 1995): it counts for the next end, 10 Sep 2001 — in October 1996 Russia is still bound',
    source: SRC_U61,
    interpretation: 'A notice less than a year before 10 Sep 1996 cannot end the treaty then. The texts say only that a notice must come a year ahead; the engine reads a late one as given for the following term\'s end (semantics.md, "Denunciation"), rather than as void. The `notice` event is recorded on its day, with its effect on 10 Sep 2001; nothing ends in 1996, and an attack on 7 Oct 1996 engages Russia.',
    yaml: scenario({
      id: 'TRM-03', title: 'A late notice', clock: '{ start: 1995-08-28, tick: week, horizon: 60 }', names: U61_NAMES, pacts: u61,
      inject: '      - { at: 1995-10-02, effect: { denounce: { pact: ussr-prk-1961, by: RUS } } }\n      - { at: 1996-10-07, effect: { armedAttack: { by: X, on: PRK, intensity: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: { 'ussr-prk-1961/def@RUS': { state: 'honoured', level: 'consult' }, 'ussr-prk-1961/def@PRK': DORMANT },
      ledger: { 'ussr-prk-1961/def@RUS': honouredLedger('consult') },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'RUS', date: '1995-10-02', effective: '2001-09-10' },
        { kind: 'armedAttack', target: 'PRK', date: '1996-10-07' },
        { kind: 'obligation', cause: 'obligation:ussr-prk-1961/def@RUS', detail: 'judged' },
      ],
      absent: [{ kind: 'pact', detail: 'terminated' }],
    },
  },
  {
    id: 'TRM-04',
    title: 'China–DPRK 1961 under the footnote reading of Art. VII: no request to amend or terminate, so the treaty renewed in 1981, 2001 and 2021 and binds China in 2024 (a hypothetical attack on the DPRK)',
    source: SRC_C61,
    interpretation: 'The treaty text has no denunciation clause (the bundled scenarios code none, facts.md §1b); the case shows how an author holding the contested footnote would code it: twenty-year terms renewed for twenty, a request at least six months before the expiry — `denunciation: { noticeMonths: 6, term: { years: 20, renewalYears: 20 } }` (a request made within the last six months would then count for the next expiry). With no notice in the run nothing is recorded and the pact runs on.',
    yaml: scenario({
      id: 'TRM-04', title: 'No notice: renewed', clock: '{ start: 2024-06-03, tick: week, horizon: 4 }', names: { CHN: 'China', PRK: 'DPRK', X: 'an aggressor' },
      pacts: pact({ id: 'chn-prk-1961', name: 'China–DPRK Treaty of Friendship, Cooperation and Mutual Assistance', parties: '[CHN, PRK]', inForce: '1961-09-10', denunciation: '{ noticeMonths: 6, term: { years: 20, renewalYears: 20 }, article: Art. VII (footnote reading) }', article: 'Art. II' }),
      inject: '      - { at: 2024-06-05, effect: { armedAttack: { by: X, on: PRK, intensity: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: { 'chn-prk-1961/def@CHN': { state: 'honoured', level: 'consult' }, 'chn-prk-1961/def@PRK': DORMANT },
      ledger: { 'chn-prk-1961/def@CHN': honouredLedger('consult') },
      absent: [{ kind: 'pact' }],
    },
  },
  {
    id: 'TRM-05',
    title: 'Warsaw Treaty Art. 11, per-party exit: Albania\'s denunciation of 13 Sep 1968 read under Art. 11 takes effect at the end of the first term, 5 Jun 1975 — after it, an attack on Albania (hypothetical) engages no one, while the others, renewed for ten years, still answer an attack on Poland',
    source: SRC_W55,
    interpretation: 'Art. 11: twenty years, then ten more for each party that has not denounced a year before the term ends — `denunciation: { noticeMonths: 12, term: { years: 20, renewalYears: 10 } }`, a per-party exit: Albania leaves (`withdrawn`), the pact stays in force for the rest. The W55 family codes Albania\'s denunciation as effective at once (a membership `to` date, the reading of its own act); this case is the other reading, the treaty\'s text, with the notice given in the run on 13 Sep 1968. Four of the parties are written. Albania\'s own duty toward Poland records `not_in_force`: it is no party on the day of the attack.',
    yaml: scenario({
      id: 'TRM-05', title: 'Albania under Art. 11', clock: '{ start: 1968-09-01, tick: month, horizon: 83 }', names: W55_NAMES,
      pacts: pact({ id: 'warsaw-1955', name: 'Warsaw Treaty of Friendship, Co-operation and Mutual Assistance', parties: '[SUN, POL, HUN, ALB]', inForce: '1955-06-05', denunciation: '{ noticeMonths: 12, term: { years: 20, renewalYears: 10 }, article: Art. 11 }', article: 'Art. 4' }),
      inject: `      - { at: 1968-09-13, effect: { denounce: { pact: warsaw-1955, by: ALB } } }
      - { at: 1975-07-14, effect: { armedAttack: { by: FRG, on: ALB, intensity: war } } }
      - { at: 1975-07-15, effect: { armedAttack: { by: FRG, on: POL, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(W55_KEYS, { state: 'honoured', level: 'consult' }),
        'warsaw-1955/def@POL': DORMANT,
        'warsaw-1955/def@ALB': LAPSED,
      },
      ledger: { 'warsaw-1955/def@ALB': ['not_in_force'], 'warsaw-1955/def@SUN': honouredLedger('consult') },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'ALB', date: '1968-09-13', effective: '1975-06-05' },
        { kind: 'pact', detail: 'withdrawn', actor: 'ALB', cause: 'denunciation:warsaw-1955@ALB', date: '1975-07-01', effective: '1975-06-05' },
        { kind: 'armedAttack', target: 'ALB', date: '1975-07-14' },
        { kind: 'armedAttack', target: 'POL', date: '1975-07-15' },
        { kind: 'obligation', cause: 'obligation:warsaw-1955/def@SUN', detail: 'judged', date: '1975-07-15' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged', date: '1975-07-14' }, { kind: 'pact', detail: 'terminated' }],
    },
  },
  {
    id: 'TRM-06',
    title: 'Soviet–Japanese Neutrality Pact: the Soviet notice of 5 Apr 1945 under Art. 3 takes effect only when the five years end (25 Apr 1946) — so the Soviet attack of 9 Aug 1945 falls while the pact still binds, a breach of Art. 1',
    source: SRC_SJ,
    interpretation: 'Art. 3: in force from ratification (25 Apr 1941) for five years, prolonged five years unless denounced a year before the term ends — `denunciation: { noticeMonths: 12, term: { years: 5, renewalYears: 5 } }`. Art. 1 (peaceful relations, respect for the other\'s territorial integrity and inviolability) is coded as the Soviet non-aggression duty toward Japan (Japan\'s own is left out: it is not what the case tests). The Soviet statement as some translations give it dates the expiry 13 Apr 1946, counting from signature; either end is more than a year after 5 Apr 1945, and either is after August 1945. The Soviet decision to attack is pinned (`breach`); the attack on Japan itself stands for the invasion of Manchukuo.',
    yaml: [
      'version: "1.7"',
      'id: TRM-06',
      'title: "The Neutrality Pact in August 1945"',
      'clock: { start: 1945-04-02, tick: week, horizon: 20 }',
      CALM_LADDER,
      actors({ SUN: 'Soviet Union', JPN: 'Japan' }),
      `pacts:
  - id: sun-jpn-1941
    name: "Soviet–Japanese Neutrality Pact"
    parties: [SUN, JPN]
    signed: 1941-04-13
    inForce: 1941-04-25
    denunciation: { noticeMonths: 12, term: { years: 5, renewalYears: 5 }, article: Art. 3 }
    obligations:
      - id: art1
        type: nonaggression
        article: Art. 1
        obligated: [SUN]
        beneficiaries: [JPN]
        reliability: 1`,
      'situations:\n  event:\n    title: the notice and the event under test\n    inject:',
      '      - { at: 1945-04-05, effect: { denounce: { pact: sun-jpn-1941, by: SUN } } }\n      - { at: 1945-08-09, effect: { armedAttack: { by: SUN, on: JPN, intensity: war } } }',
      'outcomes:\n  ended: { when: { not: { pactInForce: sun-jpn-1941 } } }',
    ].join('\n'),
    situation: 'event',
    decisions: { 'duty sun-jpn-1941/art1@SUN': 'breach' },
    expect: {
      obligations: { 'sun-jpn-1941/art1@SUN': DORMANT },
      duties: [{ key: 'sun-jpn-1941/art1@SUN', verdict: 'breached' }],
      events: [
        { kind: 'pact', detail: 'notice', actor: 'SUN', date: '1945-04-05', effective: '1946-04-25' },
        { kind: 'duty', actor: 'SUN', detail: 'breached', date: '1945-08-09' },
        { kind: 'armedAttack', actor: 'SUN', target: 'JPN', date: '1945-08-09' },
      ],
      absent: [{ kind: 'pact', detail: 'terminated' }],
    },
  },
  {
    id: 'TRM-07',
    title: 'Modified Brussels Treaty Art. XII read as a bar on the exit: a French notice in 1995 (hypothetical) runs during the fifty years; France is still a party in March 2005, and an attack on it engages every ally',
    source: SRC_WEU,
    interpretation: 'Art. XII: after fifty years a party may cease to be one, having previously given a year\'s notice — read as letting the notice run before the fifty years end: `denunciation: { noticeMonths: 12, afterYears: 50, afterYearsBars: exit }`. The fifty years are counted here from the 1954 text\'s entry into force (6 May 1955; the UK counted from 1948, DEN-05); the exit is the later of 1 Mar 1996 and 6 May 2005. Under the 1.6 reading (`afterYearsBars: notice`, DEN-05) the same notice would have no effect.',
    yaml: scenario({
      id: 'TRM-07', title: 'A notice during the fifty years', clock: '{ start: 1995-03-01, tick: month, horizon: 122 }', names: WEU_NAMES, pacts: weu,
      inject: `${FRENCH_NOTICE}\n      - { at: 2005-03-14, effect: { armedAttack: { by: X, on: FRA, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: { ...all(['GBR', 'DEU', 'BEL'].map((a) => `brussels-1954/def@${a}`), { state: 'honoured', level: 'consult' }), 'brussels-1954/def@FRA': DORMANT },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'FRA', date: '1995-03-01', effective: '2005-05-06' },
        { kind: 'armedAttack', target: 'FRA', date: '2005-03-14' },
      ],
      absent: [{ kind: 'pact', detail: 'withdrawn' }],
    },
  },
  {
    id: 'TRM-08',
    title: 'Modified Brussels Treaty Art. XII, the same notice after 6 May 2005: France has left at the end of the fifty years, and an attack on it (hypothetical, June 2005) engages no one',
    source: SRC_WEU,
    interpretation: 'As TRM-07. The notice takes effect on 6 May 2005 (not on 1 Mar 1996, a year after it): recorded `withdrawn` at the start of the first monthly tick on or after it; France\'s duty lapses; the others stay bound to each other.',
    yaml: scenario({
      id: 'TRM-08', title: 'Out at the end of the fifty years', clock: '{ start: 1995-03-01, tick: month, horizon: 124 }', names: WEU_NAMES, pacts: weu,
      inject: `${FRENCH_NOTICE}\n      - { at: 2005-06-13, effect: { armedAttack: { by: X, on: FRA, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: { ...all(['GBR', 'DEU', 'BEL'].map((a) => `brussels-1954/def@${a}`), DORMANT), 'brussels-1954/def@FRA': LAPSED },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'FRA', date: '1995-03-01', effective: '2005-05-06' },
        { kind: 'pact', detail: 'withdrawn', actor: 'FRA', cause: 'denunciation:brussels-1954@FRA', date: '2005-06-01', effective: '2005-05-06' },
        { kind: 'armedAttack', target: 'FRA', date: '2005-06-13' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged' }],
    },
  },
  {
    id: 'TRM-09',
    title: 'The 1.6 reading unchanged: the same French notice of 1995 with `afterYears` barring the notice (the default) has no effect — nothing is recorded, and France is still a party in June 2005',
    source: SRC_WEU,
    interpretation: 'As TRM-08, with `afterYearsBars` left at its default, `notice` (the meaning every 1.6 file keeps; DEN-05, DEN-06): a notice before the fifty years have passed records nothing, so the attack on France of 13 Jun 2005 engages every ally. The contrast with TRM-08 is the whole of what the field changes.',
    yaml: scenario({
      id: 'TRM-09', title: 'The notice barred', clock: '{ start: 1995-03-01, tick: month, horizon: 124 }', names: WEU_NAMES,
      pacts: weu.replace(', afterYearsBars: exit', ''),
      inject: `${FRENCH_NOTICE}\n      - { at: 2005-06-13, effect: { armedAttack: { by: X, on: FRA, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: { ...all(['GBR', 'DEU', 'BEL'].map((a) => `brussels-1954/def@${a}`), { state: 'honoured', level: 'consult' }), 'brussels-1954/def@FRA': DORMANT },
      events: [{ kind: 'armedAttack', target: 'FRA', date: '2005-06-13' }],
      absent: [{ kind: 'pact' }],
    },
  },
];

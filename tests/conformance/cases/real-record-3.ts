/**
 * The real record, third round (RR-67 on): episodes the first two rounds did not reach, chosen for
 * rules they did not exercise. The Council: two permanent members abstaining on a Chapter VII
 * decision that is then defied (res. 1973, 2011), the December 1971 drafts on the
 * India–Pakistan war (vetoes by one permanent member while another abstains, a draft that fails
 * with a permanent member's no, and the "Uniting for Peace" referral adopted with three permanent
 * members abstaining), a procedural vote that failed for want of nine (Syria, 19 Mar 2018), and
 * the first Korea veto of the facts file (the Republic of Korea's application, 8 Apr 1949).
 * Treaties: consultation-only clauses without an Art. 51 qualifier (the Indo-Soviet treaty of
 * 1971 in October and December 1971, the Soviet–Vietnamese treaty of 1978 in February 1979),
 * a thirty-year term ended by a notice given a year ahead (the Sino-Soviet treaty, China's notice
 * of 3 Apr 1979), the Manila Pact after SEATO's organisation was dissolved and after Pakistan left
 * (the Vietnamese incursion into Thailand, June 1980), one request read by two clauses of one pact
 * with different chances (Akçakale, 3 Oct 2012), an incursion below the armed-attack threshold
 * answered by consultation on request (Poland, 10 Sep 2025), a stray missile that is no armed
 * attack (Przewodów, 15 Nov 2022), an attack outside the territory the attacked party administers
 * (Nagorno-Karabakh, Sep 2020), and two threats as one Art. 6 casus under the Rio Treaty (Cuba,
 * October 1962), with a co-threatening party that is still a party on paper.
 *
 * Sources: the shared facts where they reach; otherwise the public record named in each case
 * (checked by search on 4 Dec 2026). Where a member's vote or a day is inferred rather than read,
 * the case says so; tallies are the record's.
 */
import { all, DORMANT, honouredLedger, keysOf, LAPSED, type ConformanceCase } from '../case.js';
import {
  actors, CALM_LADDER, council, cst1992, CST_1992_KEYS, elected, eventScenario, everyone, nato1949WithArt4, natoArt4Keys, P5,
  partyList, rio1947, sinoSoviet1950, SINO_SOVIET_1950_KEYS, voteScenario, type Membership, type SeatSpec, type Vote,
} from '../fragments.js';
import { SEATS_2017 } from './unsc.js';

const NAMES: Record<string, string> = {
  CHN: 'China', ROC: 'China (Republic of China)', FRA: 'France', GBR: 'United Kingdom', USA: 'United States', SUN: 'USSR', RUS: 'Russia',
  // 1971
  ARG: 'Argentina', BEL: 'Belgium', BDI: 'Burundi', ITA: 'Italy', JPN: 'Japan', NIC: 'Nicaragua', POL: 'Poland', SLE: 'Sierra Leone', SOM: 'Somalia', SYR: 'Syria',
  IND: 'India', PAK: 'Pakistan',
  // 1949
  CAN: 'Canada', CUB: 'Cuba', NOR: 'Norway', UKS: 'Ukrainian SSR', ROK: 'Republic of Korea',
  // 2011
  BIH: 'Bosnia and Herzegovina', BRA: 'Brazil', GAB: 'Gabon', LBN: 'Lebanon', NGA: 'Nigeria', COL: 'Colombia', DEU: 'Germany', PRT: 'Portugal', ZAF: 'South Africa',
  LBY: 'Libya (the Qaddafi government)', NTC: 'Libyan opposition forces (National Transitional Council)',
  // 2018 (SEATS_2017 of unsc.ts and the 2018 entrants)
  EGY: 'Egypt', SEN: 'Senegal', UKR: 'Ukraine', URY: 'Uruguay', BOL: 'Bolivia', ETH: 'Ethiopia', KAZ: 'Kazakhstan', SWE: 'Sweden', NLD: 'Netherlands',
  CIV: "Côte d'Ivoire", GNQ: 'Equatorial Guinea', KWT: 'Kuwait', PER: 'Peru',
};

// ---------------------------------------------------------------------------------------------
// Council compositions

/**
 * 1971, fifteen seats: China — the Republic of China to 24 Oct 1971, the People's Republic from
 * 25 Oct (General Assembly res. 2758 of 25 Oct 1971; general knowledge), written as two permanent
 * seats with terms, so a vote reads whoever held the seat that day — France, UK, US,
 * USSR; Burundi, Nicaragua, Poland, Sierra Leone, Syria (1970–71); Argentina, Belgium, Italy,
 * Japan, Somalia (1971–72). The ten elected members are those listed with res. 303
 * (https://el.io.vn/en/United_Nations_Security_Council_Resolution_303); their terms are general
 * knowledge, not in facts.md.
 */
const SEATS_1971: SeatSpec[] = [
  { actor: 'ROC', permanent: true, to: '1971-10-24' }, { actor: 'CHN', permanent: true, from: '1971-10-25' },
  ...['FRA', 'GBR', 'USA', 'SUN'].map((actor) => ({ actor, permanent: true })),
  ...elected(1970, ['BDI', 'NIC', 'POL', 'SLE', 'SYR']), ...elected(1971, ['ARG', 'BEL', 'ITA', 'JPN', 'SOM']),
];
/**
 * 8 Apr 1949, eleven seats: China (ROC), France, UK, US, USSR; Argentina, Canada, the Ukrainian SSR
 * (1948–49); Cuba, Egypt, Norway (1949–50). General knowledge, as SEATS_1950 of real-record.ts for
 * the 1949–50 members; not in facts.md.
 */
const SEATS_1949: SeatSpec[] = [
  ...['ROC', 'FRA', 'GBR', 'USA', 'SUN'].map((actor) => ({ actor, permanent: true })),
  ...elected(1948, ['ARG', 'CAN', 'UKS']), ...elected(1949, ['CUB', 'EGY', 'NOR']),
];
/** 2011: Bosnia and Herzegovina, Brazil, Gabon, Lebanon, Nigeria (2010–11); Colombia, Germany, India, Portugal, South Africa (2011–12). The members named by the reports of res. 1973 (AsiaNews, below); the terms general knowledge. */
const SEATS_2011: SeatSpec[] = [...P5, ...elected(2010, ['BIH', 'BRA', 'GAB', 'LBN', 'NGA']), ...elected(2011, ['COL', 'DEU', 'IND', 'PRT', 'ZAF'])];
/** 2018: the 2017–18 members and the Netherlands' half of the split term (SEATS_2017 of unsc.ts), and Côte d'Ivoire, Equatorial Guinea, Kuwait, Peru, Poland (2018–19). */
const SEATS_2018: SeatSpec[] = [...SEATS_2017, ...elected(2018, ['CIV', 'GNQ', 'KWT', 'PER', 'POL'])];

/** A one-draft vote of the record (fragments.ts `voteScenario`). */
const vote = (o: { id: string; title: string; date: string; seats: readonly SeatSpec[]; votes: Record<string, Vote>; draft: string; targets: string[]; minYes?: number }): string =>
  voteScenario(NAMES, o);

const VOTE: Record<Vote, string> = { yes: '{ yes: 1 }', no: '{ no: 1 }', abstain: '{ abstain: 1 }', absent: '{ absent: 1 }', not_voting: '{ notVoting: 1 }' };

/**
 * Two drafts of different kinds put to the Council on one day: each member votes by kind (a rule
 * per draft kind, probability 1), so one run holds both tallies of the record.
 */
function twoDrafts(o: { id: string; title: string; date: string; seats: readonly SeatSpec[]; targets: readonly string[]; drafts: readonly { draft: string; kind: string; votes: Record<string, Vote> }[] }): string {
  const ids = [...new Set([...o.seats.map((s) => s.actor), ...o.targets])];
  const policies = o.seats.map((s) => `    - { member: ${s.actor}, rules: [${o.drafts.map((d) => `{ kind: ${d.kind}, vote: ${VOTE[d.votes[s.actor] ?? 'abstain']} }`).join(', ')}] }`).join('\n');
  return `version: "1.8"
id: ${o.id}
title: ${JSON.stringify(o.title)}
clock: { start: ${o.date}, tick: day, horizon: 1 }
${CALM_LADDER}
${actors(Object.fromEntries(ids.map((id) => [id, NAMES[id]!])))}
${council({ seats: o.seats, votes: {}, policies })}
situations:
  vote:
    title: two drafts are put to the Council
    inject:
${o.drafts.map((d) => `      - { at: 0, effect: { draft: ${d.draft} } }`).join('\n')}
outcomes:
  vetoed: { when: { council: { result: vetoed } } }`;
}

// The votes of December 1971 (sources in the cases).
const US_DRAFT_1971 = everyone(SEATS_1971, 'yes', { SUN: 'no', POL: 'no', GBR: 'abstain', FRA: 'abstain' });
const SOVIET_DRAFT_1971 = everyone(SEATS_1971, 'abstain', { SUN: 'yes', POL: 'yes', CHN: 'no' });

const SRC_ROK_1949 = 'unsc_korea_related_vetoes.csv and facts.md §2b (8 Apr 1949, S/1305, application for membership of the Republic of Korea, vetoed by the USSR); FRUS 1949 vol. VII part 2 doc. 192 (https://history.state.gov/historicaldocuments/frus1949v07p2/d192) and FRUS 1949 vol. II doc. 199 (https://history.state.gov/historicaldocuments/frus1949v02/d199): at its 423rd meeting the Council voted 9 to 2 for a resolution recommending the Republic of Korea\'s admission, which failed because of the Soviet negative vote';
const SRC_1971_DEC4 = 'The US draft of 4 Dec 1971 (S/10416) calling for an immediate ceasefire and the withdrawal of Indian and Pakistani forces: China and nine other members voted with the United States, Britain and France abstained, the USSR and Poland voted against — the Soviet vote a veto (The New York Times, 5 Dec 1971, reproduced at http://1971.bdesh.com/show_article.php?article_id=1430; The Daily Star, https://latestnewsindex.com/2021/12/04/russia-vetoes-troop-pullback-proposal-the-daily-star/); the draft\'s symbol is general knowledge; not in facts.md';
const SRC_1971_DEC5 = 'The New York Times, 6 Dec 1971 (http://bdesh.com/show_article.php?article_id=1443): on 5 Dec the USSR vetoed the draft of eight non-permanent members (Argentina, Belgium, Burundi, Italy, Japan, Nicaragua, Sierra Leone, Somalia) calling for a ceasefire and withdrawal — eleven in favour (the eight, China, Syria, the United States), Poland and the USSR against, Britain and France abstaining; the Soviet draft, which asked Pakistan to end its forces\' violence in East Pakistan and called for no ceasefire, had only Poland\'s and its own votes, China against and twelve abstaining; not in facts.md';
const SRC_303 = 'S/RES/303 (1971), 6 Dec 1971, 1608th meeting: the lack of unanimity of the permanent members at the 1606th and 1607th meetings having prevented the Council from exercising its primary responsibility, the question is referred to the General Assembly under res. 377 A (V); adopted by 11 votes to none, with 4 abstentions (France, Poland, USSR, UK) (https://en.wikisource.org/wiki/United_Nations_Security_Council_Resolution_303); not in facts.md';
const SRC_1973 = 'S/RES/1973 (2011), 17 Mar 2011, under Chapter VII: demands an immediate ceasefire, establishes a ban on flights over Libya and authorises all necessary measures to protect civilians; adopted 10–0–5, Brazil, China, Germany, India and Russia abstaining, sponsored by France, Lebanon, the United Kingdom and the United States (Xinhua via China Daily, https://usa.chinadaily.com.cn/world/2011-03/18/content_12190849.htm; AsiaNews, https://asianews.it/news-en/The-UN-imposes-“no-fly-zone-over-Libya.-But-excludes-ground-force-intervention-21059.html, naming the ten in favour); Qaddafi\'s forces kept shelling after the ceasefire they declared on 18 Mar and attacked Benghazi on 19 Mar (https://www.thebaseleg.com/Other/Libyaodysseydawn/i-Cd9kmGf/); not in facts.md';
const SRC_SYRIA_HR = 'S/PV.8209, 19 Mar 2018: the provisional agenda ("The situation in the Middle East") of a meeting seven members had asked for to hear the High Commissioner for Human Rights on Syria was put to a vote at Russia\'s objection and not adopted — 8 in favour, 4 against, 3 abstentions, nine being needed (Xinhua, http://m.nsh-em.com/english/2018-03/20/c_137050971.htm; Security Council Procedure, https://www.scprocedure.org/chapter-4-section-2); the four against were Russia, China, Kazakhstan and Bolivia (Milli Gazete / Anadolu, http://en.milligazete.com.tr/russia_blocks_un_security_council_meeting_on_syria/6216); not in facts.md';

// ---------------------------------------------------------------------------------------------
// The Indo-Soviet Treaty of Peace, Friendship and Co-operation, 1971

const SRC_INDO_SOVIET = 'Treaty of Peace, Friendship and Co-operation between India and the USSR, signed 9 Aug 1971 for twenty years (text: https://en.wikisource.org./wiki/Indo-Soviet_Treaty_of_Friendship_and_Cooperation; Gibler, International Military Alliances, https://issuhub.com/view/index/23326?pageIndex=523); Art. IX as quoted by The Times, 28 Oct 1971 (http://1971.bdesh.com/show_article.php?article_id=3133): each party abstains from assisting any party in armed conflict with the other, and if either is subjected to an attack or a threat thereof the two immediately enter into mutual consultations to remove the threat and take appropriate effective measures; the day of entry into force (ratified within the month) [UNVERIFIED], coded 18 Aug 1971; not in facts.md';
const SRC_1971_OCT = 'The Times, 28 Oct 1971 (http://1971.bdesh.com/show_article.php?article_id=3133): the joint statement of 27 Oct 1971 on four days of talks between Deputy Foreign Minister Firyubin and the Indian government said they were held under Article Nine, in connexion with the tense situation in the subcontinent';
const SRC_1971_WAR = 'Keesing\'s Record of World Events vol. 18 (Jan 1972), p. 25053 (excerpt at https://docslib.org/doc/3819471/get-how-pakistan-got-divided-1st-edition): clashes on the East Pakistan border from 21 Nov 1971 became open war on 3 Dec, when the Pakistan Air Force attacked Indian airfields (Srinagar, Pathankot, Amritsar, Agra and others) and Pakistani forces crossed the ceasefire line in Kashmir that evening; on 21 Nov Indian troops crossed into East Pakistan at Garibpur and fought Pakistani armour there (The Daily Star, https://images.thedailystar.net/news/bangladesh/news/joint-command-formed-2234741; https://thenewswagon.com/battle-of-garibpur-when-india-defeated-pakistan-on-this-day-before-the-1971-war)';

const INDO_SOVIET_KEYS = keysOf('indo-soviet-1971', ['art9'], ['IND', 'SUN']);

/**
 * Art. IX, second sentence: either party subjected to an attack or a threat thereof → immediate
 * mutual consultations. A consultation clause with an armed-attack and a threat casus, no area and
 * no qualifier on the attacker; `unprovoked` is the Art. 51 reading a case may add. The first
 * sentence (no assistance to a party in armed conflict with the other) is not coded: the format's
 * `neutrality` duty forbids force, hostile alignments and basing, not arms or money, and no case
 * here turns on it.
 */
const indoSoviet1971 = (unprovoked: boolean): string => `  - id: indo-soviet-1971
    name: Treaty of Peace, Friendship and Co-operation (India–USSR)
    parties: [IND, SUN]
    signed: 1971-08-09
    inForce: 1971-08-18
    source: Art. IX (text as quoted by The Times, 28 Oct 1971); twenty years
    obligations:
      - id: art9
        type: consultation
        article: Art. IX
        summary: either party subjected to an attack or a threat thereof → immediate mutual consultations to remove the threat and take appropriate effective measures
        casus: { armedAttack: { on: party${unprovoked ? ', unprovoked: true' : ''} }, threat: { on: party } }
        response: { atLeast: consult }`;

const indoSovietScenario = (id: string, unprovoked: boolean): string => eventScenario({
  id, title: 'India, Pakistan and the Indo-Soviet treaty, Oct–Dec 1971', clock: '{ start: 1971-10-26, tick: day, horizon: 40 }', version: '1.7',
  regions: `regions:
  india: { administeredBy: IND }
  kashmir_indian: { administeredBy: IND, claimedBy: [PAK], name: "Jammu and Kashmir (Indian-administered)" }
  west_pakistan: { administeredBy: PAK }
  east_pakistan: { administeredBy: PAK, name: "East Pakistan (Garibpur)" }`,
  actors: actors({ IND: 'India', PAK: 'Pakistan', SUN: 'USSR' }, { IND: 'nuclear: false, territory: india', PAK: 'territory: west_pakistan', SUN: 'nuclear: true' }),
  pacts: indoSoviet1971(unprovoked),
  inject: `      - { at: 1971-10-27, effect: { threat: { by: PAK, on: IND } } }
      - { at: 1971-11-21, effect: { armedAttack: { by: IND, on: PAK, in: east_pakistan, intensity: use_of_force } } }
      - { at: 1971-12-03, effect: { armedAttack: { by: PAK, on: IND, in: india, intensity: war } } }
      - { at: 1971-12-03, effect: { armedAttack: { by: PAK, on: IND, in: kashmir_indian, intensity: war } } }`,
  outcomes: '  soviet_crisis: { when: { posture: { actor: SUN, atLeast: crisis } } }',
});

// ---------------------------------------------------------------------------------------------
// The Soviet–Vietnamese Treaty of Friendship and Co-operation, 1978

const SRC_SOV_VNM = 'Treaty of Friendship and Co-operation between the USSR and the Socialist Republic of Viet Nam, signed 3 Nov 1978, in force 13 Dec 1978 for 25 years (https://newton.com.tw/wiki/蘇越友好合作條約/8075882; text: https://worldjpn.net/documents/texts/docs/19781103.T1E.html; Gibler, https://issuhub.com/view/index/23326?pageIndex=535): if either party is attacked or threatened with attack, the two immediately consult to remove the threat and take appropriate effective measures for the peace and security of the two countries (the article\'s number, 6 as generally cited, not read [UNVERIFIED]); China invaded Vietnam on 17 Feb 1979 and Vietnam appealed to the USSR that day (Facts on File, 23 Feb 1979, https://docest.com/doc/582859/chinese-troops-launch-invasion-of-vietnam-advance-15-miles-hit-4-provinces-hanois); Soviet freighters unloaded missiles and radar equipment at Haiphong and a Soviet flotilla cruised the South China Sea, with no Soviet entry into the war (Time, 5 Mar 1979, http://487790.bceovw70.asia/txt/time/Time1979/1979-03-05/916622.html); not in facts.md';

const SOV_VNM_KEYS = keysOf('sov-vnm-1978', ['art6'], ['SUN', 'VNM']);

// ---------------------------------------------------------------------------------------------
// The Sino-Soviet treaty of 1950: China's notice of 3 Apr 1979

const SRC_SINO_SOVIET_END = 'facts.md §1s (Sino-Soviet treaty, in force 11 Apr 1950 for thirty years; its end then [UNVERIFIED]); Art. 6 (thirty years, prolonged by five years at a time unless a party gives notice a year before the term ends; general knowledge of the text, not in facts.md); on 3 Apr 1979 Foreign Minister Huang Hua told the Soviet ambassador of China\'s decision to denounce the treaty (Xinhua as reported by Corriere della Sera, https://www.cinquantamila.it/storyTellerArticolo.php?storyId=5904f2ca549a8); so the treaty ended on 11 Apr 1980, at the end of its thirty years — the "expiry 16 February 1979" of several online summaries (e.g. https://en.wikipedia.org/wiki/Sino-Soviet_Treaty_of_Friendship,_Alliance_and_Mutual_Assistance) fits neither the text nor the notice';
const SINO_SOVIET_NOTICE = '      - { at: 1979-04-03, effect: { denounce: { pact: sino-soviet-1950, by: CHN } } }';
/** The fragment's Art. 1 with the term of Art. 6 (format 1.7). */
const sinoSovietWithTerm = (): string => sinoSoviet1950().replace('    inForce: 1950-04-11\n', '    inForce: 1950-04-11\n    denunciation: { noticeMonths: 12, term: { years: 30, renewalYears: 5 }, article: Art. 6 }\n');
const sinoSovietScenario = (id: string, attackDay: string): string => eventScenario({
  id, title: 'The Sino-Soviet treaty and China\'s notice of 3 Apr 1979', clock: '{ start: 1979-04-02, tick: day, horizon: 376 }', version: '1.7',
  regions: `regions:
  china: { administeredBy: CHN }
  japan: { administeredBy: JPN }`,
  actors: actors({ SUN: 'USSR', CHN: 'China', JPN: 'Japan', USA: 'United States' }, { SUN: 'nuclear: true', CHN: 'nuclear: true, territory: china', JPN: 'territory: japan', USA: 'nuclear: true' }),
  pacts: sinoSovietWithTerm(),
  extra: 'relations:\n  - { between: [USA, JPN], alignment: ally, note: "the 1960 Treaty of Mutual Cooperation and Security (SS50-04 codes it as a pact)" }',
  inject: `${SINO_SOVIET_NOTICE}
      - { at: ${attackDay}, effect: { armedAttack: { by: USA, on: CHN, in: china, intensity: war } } }`,
  outcomes: '  soviet_war: { when: { posture: { actor: SUN, atLeast: war } } }',
});

// ---------------------------------------------------------------------------------------------
// The Manila Pact in 1980

const SRC_SEATO_1980 = 'facts.md §1m (Art. IV(1), Art. VIII, the Understanding of the United States) and §1v (Pakistan out after 7 Nov 1973, Gibler; the organisation phased out by the Council\'s decision of 24 Sep 1975 and dissolved on 30 June 1977 — the treaty itself was not terminated); Vietnamese troops crossed into Thailand at Non Mak Mun and nearby refugee camps in the last week of June 1980 (Time, 7 July 1980, http://softbeam.net/txt/time/Time1980/1980-07-07/952702.html; FRUS 1977–80 vol. XXII doc. 187, https://history.state.gov./historicaldocuments/frus1977-80v22/d187: Thailand asked for accelerated deliveries of military hardware); President Carter announced on 1 July an airlift of arms, which Administration spokesmen said answered Thailand\'s requests under its 1954 defence agreement with the US (Christian Science Monitor, 3 and 7 July 1980, https://www.csmonitor.com/1980/0703/070348.html, https://www.csmonitor.com/1980/0707/070726.html); the day of the incursion, 23 June 1980, is the one commonly given [UNVERIFIED: Time says "early one morning last week"]';

const SEATO_1980_KEYS = [...keysOf('seato-1954', ['art4-1'], ['THA', 'PAK']), 'seato-1954/art4-1-us@USA', 'seato-1954/us-other@USA', ...keysOf('seato-1954', ['art4-2'], ['USA', 'THA', 'PAK'])];

/** The Manila Pact as the fragment codes it (fragments.ts `seato1954`), with three of its parties in 1980: Pakistan's membership ends on 7 Nov 1973; no protocol state is written. */
const SEATO_1980 = `  - id: seato-1954
    name: Southeast Asia Collective Defense Treaty (Manila Pact)
    parties: [USA, THA, { actor: PAK, to: 1973-11-07 }]
    signed: 1954-09-08
    inForce: 1955-02-19
    source: facts.md §1m and §1v
    obligations:
      - id: art4-1
        type: defense
        article: Art. IV(1)
        summary: aggression by armed attack in the treaty area on a party → act to meet the common danger
        obligated: [THA, PAK]
        casus: { armedAttack: { on: party, by: any, in: [{ region: treaty_area }] } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1, war: 1 }, within: 1 }
        escape: constitutional_processes
        reliability: 1
      - id: art4-1-us
        type: defense
        article: Art. IV(1), with the Understanding of the United States
        summary: as Art. IV(1), for the United States communist aggression only
        obligated: [USA]
        casus: { armedAttack: { on: party, by: { tag: communist }, in: [{ region: treaty_area }] } }
        response: { atLeast: diplomatic, levels: { diplomatic: 1, materiel: 1, forces: 1, war: 1 }, within: 1 }
        escape: constitutional_processes
        reliability: 1
      - id: us-other
        type: consultation
        article: Understanding of the United States (Art. IV(2))
        summary: other aggression or armed attack → the United States consults under Art. IV(2)
        obligated: [USA]
        casus: { armedAttack: { on: party, by: { except: { tag: communist } }, in: [{ region: treaty_area }] } }
        response: { atLeast: consult }
      - id: art4-2
        type: consultation
        article: Art. IV(2)
        summary: a party threatened otherwise than by armed attack → consult immediately on the common defence
        casus: { threat: { on: party } }
        response: { atLeast: consult }`;

// ---------------------------------------------------------------------------------------------
// NATO: Akçakale (2012) and the drones over Poland (2025)

const SRC_NATO_TEXT = 'North Atlantic Treaty Arts. 4–6 (facts.md §1g Art. 5; Art. 4 and Art. 6(1) as amended by the 1951 Protocol on the accession of Greece and Turkey — "the territory of Turkey" — treaty text, as in nato-1949 of fragments.ts)';
const SRC_AKCAKALE = 'North Atlantic Council statement of 3 Oct 2012: the Council met "within the framework of Article 4" on the Syrian shelling of Turkish border towns, the latest on 3 Oct killing five Turkish citizens (https://natomonitor.blogspot.com/2012/10, quoting it); the meeting was held at Turkey\'s request and Turkey\'s artillery struck targets in Syria the same day (Reuters, 3 and 4 Oct 2012, http://cn.reuters.com/article/syria-crisis-alliance-idCNL6E8L3JR920121003, http://cn.reuters.com/article/syria-crisis-idCNL6E8L3KH020121004); Turkey did not invoke Art. 5; not in facts.md';
const SRC_POLAND_2025 = 'In the night of 9–10 Sep 2025 drones entered Polish airspace 19 times from Belarus during a Russian air attack on Ukraine; Polish and allied aircraft shot several down; no one was hurt; Prime Minister Tusk asked for consultations under Art. 4 and the North Atlantic Council held them on 10 Sep (TASS, https://tass.com/world/2015073; CNA/Reuters, https://www.channelnewsasia.com/world/poland-shoots-russian-drones-airspace-nato-defence-obligations-5343736; WION, https://www.wionews.com/world/another-conflict-brewing-in-europe-poland-summons-russian-envoy-invokes-article-4-of-nato-after-drone-breach-sparks-nato-talks-1757500075149); Russia said it had not meant to hit targets in Poland; not in facts.md';

const SRC_PRZEWODOW = 'On 15 Nov 2022 a missile struck a grain dryer at Przewodów, six kilometres from the Ukrainian border, killing two; President Duda said the next day there was no sign of an intentional attack and that it was most probably a Ukrainian air-defence missile, the NATO Secretary General that the most likely scenario was a Ukrainian S-300 fired at a Russian missile; Poland, which had said it would probably ask for Art. 4 consultations, did not (Moneycontrol/Reuters, https://www.moneycontrol.com/news/world/poland-may-not-have-to-launch-nato-article-4-procedure-says-pm-andrzej-duda-9547311.html; Babel, https://babel.ua/en/news/87133-falling-of-a-missile-in-poland-nato-members-discussed-the-application-of-article-4-of-the-alliance-treaty; Censor.net, https://censor.net/en/news/3381147/morawiecki_poland_will_not_invoke_article_4_of_nato_treaty_because_of_missile_crash); not in facts.md';

/** NATO with Art. 4 and Art. 5, each acting on the attacked (or threatened) party's request with its own chance. */
const natoOnRequest = (parties: readonly string[], art4: number, art5: number): string => nato1949WithArt4(parties, { art5: { request: art5 } })
  .replace(`        casus: { armedAttack: { on: party }, threat: { on: party } }
        response: { atLeast: consult }`, `        casus: { armedAttack: { on: party }, threat: { on: party } }
        response: { atLeast: consult }
        request: { chance: ${art4} }`);

// ---------------------------------------------------------------------------------------------
// The Rio Treaty and the missiles in Cuba, October 1962

const SRC_CUBA_1962 = 'facts.md §1l (Art. 6: an aggression that is not an armed attack; Kennedy cited the treaty for the quarantine); on 23 Oct 1962 the OAS Council, meeting at the request of the United States and acting provisionally as Organ of Consultation, adopted a resolution under Arts. 6 and 8 recommending all measures, armed force included, to keep Cuba from receiving offensive weapons — every member but Uruguay voting yes, Uruguay abstaining for want of instructions and voting yes the next day (CFR, https://www.cfr.org/blog/twe-remembers-oas-endorses-quarantine-cuba-cuban-missile-crisis-day-eight; the resolution\'s terms: https://libros.uchile.cl/files/presses/1/monographs/329/submission/proof/80); the present Government of Cuba had been excluded from participation in the inter-American system at Punta del Este in January 1962 (same sources; the day, 31 Jan 1962, general knowledge), though Cuba formally remained a party to the treaty (https://elvenezolanocolombia.com/2019/09/el-tiar-un-tratado-que-sale-del-baul-para-afrontar-la-crisis-en-venezuela); the President\'s address of 22 Oct 1962 made the missiles public (general knowledge); not in facts.md';

const RIO_1962 = ['USA', 'ARG', 'URY', 'CUB'];
const RIO_1962_KEYS = keysOf('rio-1947', ['art3', 'art6'], RIO_1962);
const cubaScenario = (id: string, dated: Membership): string => eventScenario({
  id, title: 'The missiles in Cuba, October 1962', clock: '{ start: 1962-10-21, tick: day, horizon: 3 }', version: '1.7',
  regions: `regions:
  art4_region: { name: Rio Treaty Art. 4 region }
  usa: { within: art4_region, administeredBy: USA }
  cuba: { within: art4_region, administeredBy: CUB }`,
  actors: actors({ USA: 'United States', ARG: 'Argentina', URY: 'Uruguay', CUB: 'Cuba', SUN: 'USSR' }, { USA: 'nuclear: true, territory: usa', CUB: 'territory: cuba', SUN: 'nuclear: true' }),
  pacts: rio1947({ parties: RIO_1962 }).replace('    parties: [USA, ARG, URY, CUB]', `    parties: ${partyList(RIO_1962, dated)}`),
  inject: `      - { at: 1962-10-22, effect: { threat: { by: SUN, on: USA } } }
      - { at: 1962-10-22, effect: { threat: { by: CUB, on: USA } } }`,
  outcomes: '  us_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

// ---------------------------------------------------------------------------------------------
// The Collective Security Treaty and Nagorno-Karabakh, 2020

const SRC_KARABAKH = 'facts.md §1p (Art. 4 as amended, on request) and §1r (the Secretary General\'s reading of 2 Feb 2021: Armenia did not ask for military help in 2020, so the CSTO did not act — BelTA, https://eng.belta.by/politics/view/zas-csto-responded-to-nagorno-karabakh-conflict-in-line-with-its-founding-treaty-137089-2021); on 8 Oct 2020 Secretary General Zas and President Putin said the obligations concern the territory of Armenia, not Nagorno-Karabakh (Asbarez, https://asbarez.org/197349/csto-will-intervene-only-if-territory-of-armenia-is-attacked/); the war began on 27 Sep 2020 (each side blamed the other); on 29 Sep Armenia reported an Azerbaijani strike on a bus at Vardenis, on Armenian territory (BulgarianMilitary, https://bulgarianmilitary.com/2020/09/29/nagorno-karabakh-russia-and-turkey-will-be-at-war-if-article-4-of-csto-is-activated/: the place still being specified); not in facts.md';

export const REAL_RECORD_3_CASES: ConformanceCase[] = [
  // -------------------------------------------------------------------------------------------
  // The Council
  {
    id: 'RR-67',
    title: 'Resolution 1973, 17 Mar 2011: 10–0–5 with China and Russia abstaining — two permanent abstentions are no veto; the ceasefire it demands is adopted and defied',
    source: SRC_1973,
    interpretation: 'The resolution demanded an immediate ceasefire (its first operative paragraph) and authorised force to protect civilians: the format has no kind for an authorisation, so it is coded as a ceasefire draft between the Qaddafi government and the opposition forces under Chapter VII (Libya was no member, so no proviso question arises). The opposition is written as an actor: the format has no kind for a non-state party, and a ceasefire draft needs two actors in `between`. The fighting under way is written as a war begun by the government (its forces\' attacks on protesters and rebel-held towns in February–March; an author\'s reading). Ten in favour is one more than nine; the abstentions of China and Russia, permanent members, are no veto (semantics.md: abstention and absence are never a veto), nor are Brazil\'s, Germany\'s and India\'s. The ceasefire was not kept: compliance 0, so a `signal` ceasefire_defied is recorded and the war goes on (RR-14 holds res. 502 to the same rule).',
    yaml: `version: "1.7"
id: RR-67
title: "Resolution 1973"
clock: { start: 2011-03-16, tick: day, horizon: 3 }
${CALM_LADDER}
${actors(Object.fromEntries([...SEATS_2011.map((s) => s.actor), 'LBY', 'NTC'].map((id) => [id, NAMES[id]!])))}
relations:
  - { between: [LBY, NTC], rung: war, war: hostilities, initiator: LBY, since: 2011-02-17 }
${council({ seats: SEATS_2011, votes: everyone(SEATS_2011, 'yes', { BRA: 'abstain', CHN: 'abstain', DEU: 'abstain', IND: 'abstain', RUS: 'abstain' }) })}
situations:
  event:
    title: the Council demands a ceasefire in Libya
    inject:
      - { at: 2011-03-17, effect: { draft: { kind: ceasefire, between: [LBY, NTC], sponsor: FRA, under: chapter_vii, compliance: 0 } } }
outcomes:
  defied: { when: { happened: { event: signal, kind: ceasefire_defied } } }`,
    situation: 'event',
    expect: {
      obligations: {},
      drafts: [{ kind: 'ceasefire', target: null, result: 'adopted', yes: 10, no: 0, abstain: 5 }],
      events: [
        { kind: 'draftResult', detail: 'adopted', date: '2011-03-17' },
        { kind: 'signal', actor: 'LBY', target: 'NTC', detail: 'ceasefire_defied', cause: 'council:ceasefire:defied' },
      ],
      absent: [{ kind: 'ceasefire' }],
      relations: [{ between: ['LBY', 'NTC'], rung: 'war', war: 'hostilities', initiator: 'LBY' }],
    },
  },
  {
    id: 'RR-68',
    title: 'India–Pakistan, 4 Dec 1971: the US ceasefire draft fails 11–2–2 — vetoed by the USSR alone; Poland\'s no is no veto, and the abstentions of the United Kingdom and France are none either',
    source: SRC_1971_DEC4,
    interpretation: 'The draft called for a ceasefire and the withdrawal of both armies: coded as a ceasefire draft between India and Pakistan (neither a member in 1971) sponsored by the United States. The eleven in favour are the United States, China and the nine elected members other than Poland, as the report says (China and nine other members); nine would have been enough. The USSR\'s negative vote is a veto; Poland\'s, an elected member\'s, is not; Britain and France abstained because they foresaw the veto, and an abstention is never one. A vetoed ceasefire imposes nothing. The meeting ran past midnight into 5 Dec; the vote is dated 4 Dec, the meeting\'s day.',
    yaml: vote({
      id: 'RR-68', title: 'S/10416 (India–Pakistan)', date: '1971-12-04', seats: SEATS_1971, targets: ['IND', 'PAK'],
      votes: US_DRAFT_1971,
      draft: '{ kind: ceasefire, between: [IND, PAK], sponsor: USA }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'ceasefire', target: null, result: 'vetoed', yes: 11, no: 2, abstain: 2, vetoedBy: ['SUN'] }],
      absent: [{ kind: 'ceasefire' }],
    },
  },
  {
    id: 'RR-69',
    title: 'India–Pakistan, 5 Dec 1971: the eight-power ceasefire draft is vetoed by the USSR (11–2–2), and the Soviet draft fails 2–1–12 — China\'s no on a draft that lacked nine votes is no veto',
    source: SRC_1971_DEC5,
    interpretation: 'Two drafts on one day. The eight-power draft (ceasefire and withdrawal) is coded as a ceasefire draft between India and Pakistan sponsored by Argentina, one of its eight sponsors, with the tally of the day before: the USSR\'s no is a veto, Poland\'s is not. The Soviet draft called on Pakistan to end its forces\' violence in East Pakistan and for a political settlement, with no ceasefire: coded as a condemnation of Pakistan sponsored by the USSR. Two in favour is far below nine, so it fails whatever the permanent members did: China\'s vote against is not recorded as a veto (semantics.md: fewer than minYes in favour → failed). Each member\'s vote is read from a rule of its own for each draft kind.',
    yaml: twoDrafts({
      id: 'RR-69', title: 'Two drafts of 5 Dec 1971', date: '1971-12-05', seats: SEATS_1971, targets: ['IND', 'PAK'],
      drafts: [
        { draft: '{ kind: ceasefire, between: [IND, PAK], sponsor: ARG }', kind: 'ceasefire', votes: US_DRAFT_1971 },
        { draft: '{ kind: condemnation, target: PAK, sponsor: SUN }', kind: 'condemnation', votes: SOVIET_DRAFT_1971 },
      ],
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [
        { kind: 'ceasefire', target: null, result: 'vetoed', yes: 11, no: 2, abstain: 2, vetoedBy: ['SUN'] },
        { kind: 'condemnation', target: 'PAK', result: 'failed', yes: 2, no: 1, abstain: 12 },
      ],
      absent: [{ kind: 'ceasefire' }],
    },
  },
  {
    id: 'RR-70',
    title: 'Resolution 303, 6 Dec 1971: the India–Pakistan question referred to the General Assembly under "Uniting for Peace", 11–0–4 — a procedural decision adopted with three permanent members abstaining',
    source: SRC_303,
    interpretation: 'A referral under res. 377 A (V) is a procedural decision (Art. 27(2)), as RR-25, RR-58 and RR-59 code res. 2623, 119 and 120: kind `agenda`, nine votes of any members. The format\'s draft names one target; the question concerned India and Pakistan, coded with Pakistan as the target (a label: an agenda draft does nothing beyond the record). Who moved the referral is not in the sources read: Somalia is written as the sponsor, a placeholder (a sponsor changes nothing in a vote without anticipation). Eleven in favour adopt it; the abstentions of France, the United Kingdom and the USSR (and Poland) change nothing, and would not have even as votes against.',
    yaml: vote({
      id: 'RR-70', title: 'Resolution 303', date: '1971-12-06', seats: SEATS_1971, targets: ['PAK'],
      votes: everyone(SEATS_1971, 'yes', { FRA: 'abstain', GBR: 'abstain', SUN: 'abstain', POL: 'abstain' }),
      draft: '{ kind: agenda, target: PAK, sponsor: SOM }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'agenda', target: 'PAK', result: 'adopted', yes: 11, no: 0, abstain: 4 }],
    },
  },
  {
    id: 'RR-71',
    title: 'Syria, 19 Mar 2018: the agenda of a meeting on human rights in Syria fails 8–4–3 — a procedural vote short of nine; the votes against of China and Russia are no vetoes',
    source: SRC_SYRIA_HR,
    interpretation: 'Adopting the provisional agenda is a procedural decision (Art. 27(2)): kind `agenda`, nine votes of any members needed. The eight in favour are the eight members that signed the letter on Syria sent that day (France, Kuwait, the Netherlands, Peru, Poland, Sweden, the United Kingdom, the United States, per the same report) and the three abstaining the remaining members (Côte d\'Ivoire, Equatorial Guinea, Ethiopia) — inferred, not read. Eight is one short: the agenda fails. China\'s and Russia\'s votes against are recorded as no vetoes — a procedural draft is never vetoed — so the result is `failed` as it would be with every permanent member in favour (SC-12 holds a counterfactual 2015 tally to the same rule).',
    yaml: vote({
      id: 'RR-71', title: 'The agenda of 19 Mar 2018 (Syria)', date: '2018-03-19', seats: SEATS_2018, targets: ['SYR'],
      votes: everyone(SEATS_2018, 'yes', { RUS: 'no', CHN: 'no', KAZ: 'no', BOL: 'no', CIV: 'abstain', GNQ: 'abstain', ETH: 'abstain' }),
      draft: '{ kind: agenda, target: SYR, sponsor: FRA }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'agenda', target: 'SYR', result: 'failed', yes: 8, no: 4, abstain: 3 }],
    },
  },
  // -------------------------------------------------------------------------------------------
  // Consultation clauses without an Art. 51 qualifier
  {
    id: 'RR-72',
    title: 'The Indo-Soviet treaty, Art. IX, Oct–Dec 1971: the threat of October calls the USSR to consult; India\'s attack at Garibpur (21 Nov) engages nothing; Pakistan\'s air strikes of 3 Dec are an attack on India — met again, once for both attacks of that day',
    source: `${SRC_INDO_SOVIET}; ${SRC_1971_OCT}; ${SRC_1971_WAR}`,
    interpretation: 'Art. IX speaks of a party "subjected to an attack or a threat thereof", with no area and no word on who began: coded as a consultation clause on an armed attack on a party or a threat to it, read literally (no `unprovoked`). 27 Oct: the tense situation the joint statement names is written as a Pakistani threat to India — the USSR consults (India\'s own duty protects the USSR and is not engaged). 21 Nov: Indian forces cross into East Pakistan at Garibpur (a use of force, MID 4): an attack by a party on a non-party engages no one, and it opens a war episode India began. 3 Dec: the Pakistani air raids and the crossing of the Kashmir ceasefire line that evening, two attacks on India at war intensity. Art. IX is met: it does not ask who began. semantics.md: the threat of October, judged outside any episode at peace, holds nothing back, so the 3 Dec attack is judged and answered; the second attack of the day, in the same episode by the same attacker on the same party, is not judged again. That the USSR consulted and stood by India through December (its vetoes of 4–5 Dec, RR-68, RR-69) is the record the literal reading gives.',
    yaml: indoSovietScenario('RR-72', false),
    situation: 'event',
    expect: {
      obligations: { ...all(INDO_SOVIET_KEYS, DORMANT), 'indo-soviet-1971/art9@SUN': { state: 'honoured', level: 'consult' } },
      ledger: { 'indo-soviet-1971/art9@SUN': [...honouredLedger('consult'), ...honouredLedger('consult')], 'indo-soviet-1971/art9@IND': [] },
      events: [
        { kind: 'obligation', cause: 'obligation:indo-soviet-1971/art9@SUN', detail: 'honoured', date: '1971-10-27' },
        { kind: 'obligation', cause: 'obligation:indo-soviet-1971/art9@SUN', detail: 'judged', date: '1971-12-03' },
      ],
      relations: [{ between: ['IND', 'PAK'], rung: 'war', initiator: 'IND' }, { between: ['SUN', 'PAK'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-73',
    title: 'The same Art. IX read with Art. 51 (`unprovoked`, counterfactual coding): India began the war episode at Garibpur, so Pakistan\'s strikes of 3 Dec are no casus — only the October threat is answered, which the record contradicts',
    source: `${SRC_INDO_SOVIET}; ${SRC_1971_OCT}; ${SRC_1971_WAR}`,
    interpretation: 'RR-72\'s events with the armed-attack casus coded `unprovoked: true`, the reading the suite gives clauses that cite Art. 51. semantics.md judges it over the war episode: the clashes from 21 Nov were a war India began (Garibpur), and Pakistan\'s raids of 3 Dec belong to that episode, so India stands on the side that began it and the casus is not met — nothing is recorded for them. The threat casus has no such qualifier and is answered as in RR-72. The USSR in fact treated 3 Dec as Pakistani aggression; the Art. IX text has no Art. 51 qualifier, and this case shows why it must not be given one. (Who began the war is itself disputed: the Pakistani government called its raids retaliation for an Indian ground offensive; BBC, 3 Dec 1971, http://news.bbc.co.uk/onthisday/hi/dates/stories/december/3/newsid_2519000/2519133.stm.)',
    yaml: indoSovietScenario('RR-73', true),
    situation: 'event',
    expect: {
      obligations: { ...all(INDO_SOVIET_KEYS, DORMANT), 'indo-soviet-1971/art9@SUN': { state: 'honoured', level: 'consult' } },
      ledger: { 'indo-soviet-1971/art9@SUN': honouredLedger('consult'), 'indo-soviet-1971/art9@IND': [] },
      absent: [{ kind: 'obligation', cause: 'obligation:indo-soviet-1971/art9@SUN', date: '1971-12-03' }],
      relations: [{ between: ['IND', 'PAK'], rung: 'war', initiator: 'IND' }],
    },
  },
  {
    id: 'RR-74',
    title: 'China invades Vietnam, 17 Feb 1979: the Soviet–Vietnamese treaty of 1978 calls for consultation and "appropriate effective measures" — the USSR honours it with arms and a naval presence, short of war',
    source: SRC_SOV_VNM,
    interpretation: 'The clause binds the parties to consult at once when either is attacked or threatened with attack and to take appropriate effective measures: coded as a consultation duty on an armed attack on (or a threat to) a party, its response from consult up to materiel (the measures the text allows short of a duty to fight; equal weights), pinned at materiel — Soviet ships unloaded missiles and radar equipment at Haiphong and a Soviet flotilla cruised the South China Sea. China called its offensive a counter-attack against Vietnamese border provocations; the clause asks nothing of who began, so it is met either way. No request is coded: the text needs none (Vietnam did appeal to the USSR on 17 Feb). The Soviet–Chinese relation is lifted to the ladder\'s responses rung for materiel (crisis); no Soviet–Chinese war follows. The Sino-Soviet treaty of 1950, still in force that day (RR-75), is not coded here: its Art. 1 protects a party attacked by Japan or its allies, which China was not.',
    yaml: eventScenario({
      id: 'RR-74', title: 'China invades Vietnam, February 1979', clock: '{ start: 1979-02-16, tick: day, horizon: 3 }', version: '1.7',
      regions: `regions:
  vietnam: { administeredBy: VNM }
  china: { administeredBy: CHN }`,
      actors: actors({ SUN: 'USSR', VNM: 'Vietnam', CHN: 'China' }, { SUN: 'nuclear: true', VNM: 'territory: vietnam', CHN: 'nuclear: true, territory: china' }),
      pacts: `  - id: sov-vnm-1978
    name: Treaty of Friendship and Co-operation (USSR–Viet Nam)
    parties: [SUN, VNM]
    signed: 1978-11-03
    inForce: 1978-12-13
    source: the consultation article (Art. 6 as generally cited); 25 years
    obligations:
      - id: art6
        type: consultation
        article: Art. 6
        summary: either party attacked or threatened with attack → immediate consultations to remove the threat, and appropriate effective measures
        casus: { armedAttack: { on: party }, threat: { on: party } }
        response: { atLeast: consult, levels: { consult: 1, diplomatic: 1, materiel: 1 } }`,
      inject: '      - { at: 1979-02-17, effect: { armedAttack: { by: CHN, on: VNM, in: vietnam, intensity: war } } }',
      outcomes: '  soviet_war: { when: { posture: { actor: SUN, atLeast: war } } }',
    }),
    situation: 'event',
    decisions: { 'respond sov-vnm-1978/art6@SUN': 'honour:materiel' },
    expect: {
      obligations: { ...all(SOV_VNM_KEYS, DORMANT), 'sov-vnm-1978/art6@SUN': { state: 'honoured', level: 'materiel' } },
      ledger: { 'sov-vnm-1978/art6@SUN': honouredLedger('materiel'), 'sov-vnm-1978/art6@VNM': [] },
      relations: [{ between: ['CHN', 'VNM'], rung: 'war', initiator: 'CHN' }, { between: ['SUN', 'CHN'], rung: 'crisis', war: 'none' }],
    },
  },
  // -------------------------------------------------------------------------------------------
  // A term ended by notice
  {
    id: 'RR-75',
    title: 'The Sino-Soviet treaty of 1950 and China\'s notice of 3 Apr 1979: given a year ahead, it takes effect at the end of the thirty years, 11 Apr 1980 — until then the USSR is bound (a hypothetical attack on China on 10 Apr 1980 is judged and answered)',
    source: SRC_SINO_SOVIET_END,
    interpretation: 'Art. 6 is a term renewed tacitly: `term: { years: 30, renewalYears: 5 }`, a year\'s notice. The notice of 3 Apr 1979 comes more than twelve months before the first term ends (11 Apr 1980, thirty years after entry into force), so it takes effect then (semantics.md, "A term renewed tacitly"): the `pact` event `notice` names 11 Apr 1980, and the treaty, left with one party, terminates that day. Until then both parties are bound. The attack is hypothetical (a US attack on China at war intensity, the United States being "allied with Japan" by the 1960 treaty, written as a declared alignment): Art. 1 is met on 10 Apr 1980 and the USSR answers (the level pinned at materiel, the first of those Art. 1 allows). The next day the treaty terminates and both duties lapse; the war goes on (the lapse of a pact ends no hostilities). China\'s own duty protects the USSR and is not engaged.',
    yaml: sinoSovietScenario('RR-75', '1980-04-10'),
    situation: 'event',
    decisions: { 'respond sino-soviet-1950/art1@SUN': 'honour:materiel' },
    expect: {
      obligations: all(SINO_SOVIET_1950_KEYS, LAPSED),
      ledger: { 'sino-soviet-1950/art1@SUN': honouredLedger('materiel'), 'sino-soviet-1950/art1@CHN': [] },
      events: [
        { kind: 'pact', cause: 'inject:event#0', actor: 'CHN', detail: 'notice', date: '1979-04-03', effective: '1980-04-11' },
        { kind: 'obligation', cause: 'obligation:sino-soviet-1950/art1@SUN', detail: 'honoured', date: '1980-04-10' },
        { kind: 'pact', detail: 'terminated', date: '1980-04-11' },
        { kind: 'obligation', cause: 'pact:sino-soviet-1950', detail: 'lapsed', date: '1980-04-11' },
      ],
      relations: [{ between: ['USA', 'CHN'], rung: 'war', initiator: 'USA' }],
    },
  },
  {
    id: 'RR-76',
    title: 'The Sino-Soviet treaty on 11 Apr 1980, the first day out: the same hypothetical attack a day later finds the treaty terminated by China\'s notice — the USSR\'s duty records not_in_force',
    source: SRC_SINO_SOVIET_END,
    interpretation: 'RR-75 with the attack on 11 Apr 1980, the day the notice takes effect. semantics.md ("Membership dates"): when the pact itself is not in force on the day of the act, the memberships of its last day decide, so the USSR\'s duty, which would have been met, records `not_in_force` (as RR-52 records for the US–ROC treaty ended by notice).',
    yaml: sinoSovietScenario('RR-76', '1980-04-11'),
    situation: 'event',
    expect: {
      obligations: all(SINO_SOVIET_1950_KEYS, LAPSED),
      ledger: { 'sino-soviet-1950/art1@SUN': ['not_in_force'], 'sino-soviet-1950/art1@CHN': [] },
      events: [
        { kind: 'pact', detail: 'terminated', date: '1980-04-11' },
        { kind: 'obligation', cause: 'obligation:sino-soviet-1950/art1@SUN', detail: 'not_in_force', date: '1980-04-11' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged' }],
    },
  },
  // -------------------------------------------------------------------------------------------
  // The Manila Pact without its organisation
  {
    id: 'RR-77',
    title: 'Non Mak Mun, June 1980: Vietnam\'s incursion into Thailand is communist aggression in the treaty area — the Manila Pact still binds the United States three years after SEATO\'s organisation was dissolved, and it answers with an arms airlift; Pakistan, out since 1973, records not_in_force',
    source: SRC_SEATO_1980,
    interpretation: 'Dissolving SEATO\'s organisation (30 June 1977) did not terminate the treaty: no `lapsed` date, and the United States answered Thailand\'s requests in 1980 under it. Vietnam is tagged communist; the incursion (an attack on Thai villages and on refugee camps on Thai soil, MID 4) lies in the treaty area and meets the US undertaking of Art. IV(1) as limited by the Understanding; its consultation clause for other aggression is not met. The level is pinned at materiel: the airlift of rifles, recoilless rifles, howitzers and ammunition ordered on 1 July. Thailand\'s own duty protects the others and is not engaged. Pakistan\'s membership ended on 7 Nov 1973 (its notice, DEN-02): its duties start lapsed, and its Art. IV(1) duty, which the attack on Thailand would have met, records not_in_force (semantics.md, "Membership dates"; W55-07 for Albania). The United Kingdom, France, Australia, New Zealand and the Philippines are not coded; the protocol states neither (their designation had lost its object by 1980).',
    yaml: eventScenario({
      id: 'RR-77', title: 'Non Mak Mun, June 1980', clock: '{ start: 1980-06-22, tick: day, horizon: 4 }', version: '1.7',
      regions: `regions:
  treaty_area: { name: "Manila Pact treaty area (Art. VIII)" }
  thailand: { within: treaty_area, administeredBy: THA }
  cambodia: { within: treaty_area, administeredBy: VNM, name: "Cambodia under Vietnamese occupation" }`,
      actors: actors({ USA: 'United States', THA: 'Thailand', PAK: 'Pakistan', VNM: 'Vietnam' }, { USA: 'nuclear: true', THA: 'territory: thailand', VNM: 'tags: [communist]' }),
      pacts: SEATO_1980,
      inject: '      - { at: 1980-06-23, effect: { armedAttack: { by: VNM, on: THA, in: thailand, intensity: use_of_force } } }',
      outcomes: '  us_war: { when: { posture: { actor: USA, atLeast: war } } }',
    }),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'],
    decisions: { 'respond seato-1954/art4-1-us@USA': 'honour:materiel' },
    expect: {
      obligations: {
        ...all(SEATO_1980_KEYS, DORMANT),
        ...all(SEATO_1980_KEYS.filter((k) => k.endsWith('@PAK')), LAPSED),
        'seato-1954/art4-1-us@USA': { state: 'honoured', level: 'materiel' },
      },
      ledger: {
        'seato-1954/art4-1-us@USA': honouredLedger('materiel'),
        'seato-1954/art4-1@PAK': ['not_in_force'],
        'seato-1954/us-other@USA': [],
        'seato-1954/art4-1@THA': [],
      },
      relations: [{ between: ['VNM', 'THA'], rung: 'clash' }, { between: ['USA', 'VNM'], rung: 'crisis', war: 'none' }],
    },
  },
  // -------------------------------------------------------------------------------------------
  // NATO on request
  {
    id: 'RR-78',
    title: 'Akçakale, 3 Oct 2012: Syrian shells kill five in a Turkish town — an armed attack on the territory of Turkey, inside the Art. 6 area; Turkey\'s one request reaches Art. 4, not Art. 5: every ally consults, and Art. 5 is left unrequested',
    source: `${SRC_NATO_TEXT}; ${SRC_AKCAKALE}; facts.md §1r (Nicaragua v. United States: collective self-defence needs the victim's request)`,
    interpretation: 'Art. 6(1) as amended in 1951 names "the territory of Turkey", its Asian part included: a use of force (MID 4) on Akçakale meets Art. 5 as written, whoever of the Syrian forces fired. Both clauses are coded on request (RR-61, RR-62 for Art. 4; RR-09 for Art. 5): Turkey asked the North Atlantic Council to meet under Art. 4 and did not invoke Art. 5 — Art. 4 `request: { chance: 1 }`, Art. 5 `request: { chance: 0 }`. semantics.md: one request per attacked party and war episode, one number read by every clause that needs one against its own chance — so the same request is made for Art. 4 and not for Art. 5. Each other ally judges both clauses: Art. 4 invoked at Turkey\'s request and honoured (consult), Art. 5 unrequested. Turkey\'s artillery answer on Syrian military posts that day is self-defence against Syria, a non-party, and engages no clause. Turkey bears no duty toward itself.',
    yaml: eventScenario({
      id: 'RR-78', title: 'Akçakale, 3 Oct 2012', clock: '{ start: 2012-10-02, tick: day, horizon: 3 }', version: '1.7',
      regions: `regions:
  art6_area: { name: "North Atlantic Treaty Art. 6 area" }
  europe: { within: art6_area }
  anatolia: { within: art6_area, administeredBy: TUR, name: "Turkey (Art. 6(1) as amended in 1951 names its territory, Asian part included)" }
  akcakale: { within: anatolia, name: Akçakale }
  syria: { administeredBy: SYR }`,
      actors: actors({ USA: 'United States', GBR: 'United Kingdom', FRA: 'France', TUR: 'Turkey', SYR: 'Syria' }, { USA: 'nuclear: true', GBR: 'nuclear: true', FRA: 'nuclear: true', TUR: 'territory: anatolia', SYR: 'territory: syria' }),
      pacts: natoOnRequest(['USA', 'GBR', 'FRA', 'TUR'], 1, 0),
      inject: `      - { at: 2012-10-03, effect: { armedAttack: { by: SYR, on: TUR, in: akcakale, intensity: use_of_force } } }
      - { at: 2012-10-03, effect: { armedAttack: { by: TUR, on: SYR, in: syria, intensity: use_of_force } } }`,
      outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(natoArt4Keys(['USA', 'GBR', 'FRA', 'TUR']), DORMANT),
        ...all(['USA', 'GBR', 'FRA'].map((p) => `nato-1949/art4@${p}`), { state: 'honoured', level: 'consult' }),
        ...all(['USA', 'GBR', 'FRA'].map((p) => `nato-1949/art5@${p}`), { state: 'unrequested' }),
      },
      ledger: {
        'nato-1949/art4@USA': honouredLedger('consult'),
        'nato-1949/art5@USA': ['judged', 'unrequested'],
        'nato-1949/art4@TUR': [],
        'nato-1949/art5@TUR': [],
      },
      events: [
        { kind: 'obligation', cause: 'obligation:nato-1949/art4@USA', detail: 'invoked', attacked: 'TUR', date: '2012-10-03' },
        { kind: 'obligation', cause: 'obligation:nato-1949/art5@USA', detail: 'unrequested', attacked: 'TUR', date: '2012-10-03' },
      ],
      relations: [{ between: ['SYR', 'TUR'], rung: 'clash' }, { between: ['USA', 'SYR'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-79',
    title: 'Drones over Poland, 10 Sep 2025: an incursion into allied airspace below the use of force is no Art. 5 casus; Poland, judging its security threatened, asks for Art. 4 consultations — every other ally consults',
    source: `${SRC_NATO_TEXT}; ${SRC_POLAND_2025}`,
    interpretation: 'The drones crossed into Poland during an attack on Ukraine and struck nothing there: written as a display of force (MID 3) by Russia against Poland — below the armed-attack threshold (minIntensity 4) of both clauses, so it opens no episode and meets no casus. The shooting down of drones over Poland\'s own territory is not written as an attack on Russia (nothing Russian outside Poland was struck). Poland\'s request rests on its judgment that its security was threatened ("a large-scale provocation"): written as a Russian threat to Poland the same day, Art. 4 acting on Poland\'s request (`chance: 1`). Each other ally judges it, is asked, and consults; Art. 5 is not engaged at all (nothing is recorded for it). Whether the drones were aimed at Poland is disputed (Russia denied it); the coding does not need to settle it, since an incursion of MID 3 meets no armed-attack clause either way.',
    yaml: eventScenario({
      id: 'RR-79', title: 'Drones over Poland, Sep 2025', clock: '{ start: 2025-09-09, tick: day, horizon: 2 }', version: '1.7',
      regions: `regions:
  art6_area: { name: "North Atlantic Treaty Art. 6 area" }
  europe: { within: art6_area }
  poland: { within: europe, administeredBy: POL }
  ukraine: { administeredBy: UKR }`,
      actors: actors({ USA: 'United States', GBR: 'United Kingdom', FRA: 'France', POL: 'Poland', RUS: 'Russia', UKR: 'Ukraine' }, { USA: 'nuclear: true', GBR: 'nuclear: true', FRA: 'nuclear: true', POL: 'territory: poland', RUS: 'nuclear: true', UKR: 'territory: ukraine' }),
      pacts: natoOnRequest(['USA', 'GBR', 'FRA', 'POL'], 1, 0),
      extra: 'relations:\n  - { between: [RUS, UKR], rung: war, war: hostilities, initiator: RUS, since: 2022-02-24 }',
      inject: `      - { at: 2025-09-10, effect: { armedAttack: { by: RUS, on: POL, in: poland, intensity: display_of_force } } }
      - { at: 2025-09-10, effect: { threat: { by: RUS, on: POL } } }`,
      outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(natoArt4Keys(['USA', 'GBR', 'FRA', 'POL']), DORMANT),
        ...all(['USA', 'GBR', 'FRA'].map((p) => `nato-1949/art4@${p}`), { state: 'honoured', level: 'consult' }),
      },
      ledger: {
        'nato-1949/art4@USA': honouredLedger('consult'),
        'nato-1949/art5@USA': [],
        'nato-1949/art4@POL': [],
      },
      events: [{ kind: 'obligation', cause: 'obligation:nato-1949/art4@GBR', detail: 'invoked', attacked: 'POL', date: '2025-09-10' }],
      absent: [{ kind: 'obligation', detail: 'unrequested' }, { kind: 'episode' }],
      relations: [{ between: ['RUS', 'POL'], rung: 'crisis', war: 'none' }, { between: ['USA', 'RUS'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-80',
    title: 'Przewodów, 15 Nov 2022: a stray Ukrainian air-defence missile kills two in Poland — not an armed attack: written as a hostile act, it engages neither Art. 5 nor Art. 4, opens no war and makes Ukraine no enemy of Poland',
    source: `${SRC_NATO_TEXT}; ${SRC_PRZEWODOW}`,
    interpretation: 'The missile was fired at a Russian missile over Ukraine and fell in Poland by accident: no armed attack by anyone on Poland. The format has no kind for an accident; written as an armed attack it would be one, whoever fired it — a use of force (MID 4) by Ukraine on Poland would open a war episode begun by Ukraine and meet Art. 5 as written (left unrequested, as Poland asked for nothing). It is written instead as a `hostileAct` of kind stray_missile (semantics.md: a hostile act moves no relation, opens no episode and is never an armed attack for a clause). NATO Art. 4 is coded on request (RR-61, RR-62), and its casus names armed attacks and threats, not hostile acts: nothing is judged, so Poland\'s decision not to ask — made once the missile was found not to be an intentional attack — need not even be read. The Russian missile barrage on Ukraine that day engages no clause (Ukraine is no party) and is not written.',
    yaml: eventScenario({
      id: 'RR-80', title: 'Przewodów, Nov 2022', clock: '{ start: 2022-11-14, tick: day, horizon: 3 }', version: '1.7',
      regions: `regions:
  art6_area: { name: "North Atlantic Treaty Art. 6 area" }
  europe: { within: art6_area }
  poland: { within: europe, administeredBy: POL }
  przewodow: { within: poland, name: Przewodów }
  ukraine: { administeredBy: UKR }`,
      actors: actors({ USA: 'United States', GBR: 'United Kingdom', FRA: 'France', POL: 'Poland', RUS: 'Russia', UKR: 'Ukraine' }, { USA: 'nuclear: true', GBR: 'nuclear: true', FRA: 'nuclear: true', POL: 'territory: poland', RUS: 'nuclear: true', UKR: 'territory: ukraine' }),
      pacts: natoOnRequest(['USA', 'GBR', 'FRA', 'POL'], 0, 0),
      extra: 'relations:\n  - { between: [RUS, UKR], rung: war, war: hostilities, initiator: RUS, since: 2022-02-24 }',
      inject: '      - { at: 2022-11-15, effect: { hostileAct: { by: UKR, on: POL, kind: stray_missile, in: przewodow } } }',
      outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: all(natoArt4Keys(['USA', 'GBR', 'FRA', 'POL']), DORMANT),
      events: [{ kind: 'hostileAct', actor: 'UKR', target: 'POL', date: '2022-11-15' }],
      absent: [{ kind: 'obligation' }, { kind: 'episode' }, { kind: 'armedAttack' }],
      relations: [{ between: ['UKR', 'POL'], rung: 'peace', war: 'none' }, { between: ['RUS', 'UKR'], rung: 'war', initiator: 'RUS' }],
    },
  },
  // -------------------------------------------------------------------------------------------
  // The Collective Security Treaty: Armenia's own territory
  {
    id: 'RR-81',
    title: 'Nagorno-Karabakh, Sep 2020: an attack on Armenian forces in territory Armenia does not administer is no Art. 4 casus; the strike reported at Vardenis, in Armenia, is one — and Armenia does not ask, so every member leaves it unrequested',
    source: SRC_KARABAKH,
    interpretation: 'Art. 4 as the fragment codes it: aggression against a member, in territory the attacked member administers (`in: [{ administeredBy: attacked }]`), on request. Nagorno-Karabakh was held by the Armenian-backed authorities there, not by Armenia: written as a region they administer (an actor of their own) and claimed by Azerbaijan. 27 Sep: Azerbaijan attacks Armenian forces there (written as an attack on Armenia at war intensity) — no member\'s duty is met, whoever began the fighting (disputed). 29 Sep: the strike Armenia reported at Vardenis, on its own territory (MID 4) — met for Russia, Kazakhstan and Belarus; Armenia made no request (`request: { chance: 0 }`), so each records judged then unrequested, as the Secretary General said in 2021. Art. 2 (consultation on a threat) is not engaged: no threat is written. Armenia bears no duty toward itself.',
    yaml: eventScenario({
      id: 'RR-81', title: 'Nagorno-Karabakh, Sep 2020', clock: '{ start: 2020-09-26, tick: day, horizon: 4 }', version: '1.7',
      regions: `regions:
  armenia: { administeredBy: ARM }
  vardenis: { within: armenia, name: Vardenis }
  nagorno_karabakh: { administeredBy: NKR, claimedBy: [AZE], name: Nagorno-Karabakh }
  azerbaijan: { administeredBy: AZE }`,
      actors: actors({ RUS: 'Russia', ARM: 'Armenia', KAZ: 'Kazakhstan', BLR: 'Belarus', AZE: 'Azerbaijan', NKR: 'the Nagorno-Karabakh authorities' }, { RUS: 'nuclear: true', ARM: 'territory: armenia', AZE: 'territory: azerbaijan', NKR: 'territory: nagorno_karabakh' }),
      pacts: cst1992({ art4: { request: 0 } }),
      inject: `      - { at: 2020-09-27, effect: { armedAttack: { by: AZE, on: ARM, in: nagorno_karabakh, intensity: war } } }
      - { at: 2020-09-29, effect: { armedAttack: { by: AZE, on: ARM, in: vardenis, intensity: use_of_force } } }`,
      outcomes: '  russia_war: { when: { posture: { actor: RUS, atLeast: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: {
        ...all(CST_1992_KEYS, DORMANT),
        ...all(['RUS', 'KAZ', 'BLR'].map((p) => `cst-1992/art4@${p}`), { state: 'unrequested' }),
      },
      ledger: {
        'cst-1992/art4@RUS': ['judged', 'unrequested'],
        'cst-1992/art4@KAZ': ['judged', 'unrequested'],
        'cst-1992/art4@ARM': [],
      },
      events: [{ kind: 'obligation', cause: 'obligation:cst-1992/art4@RUS', detail: 'unrequested', attacked: 'ARM', date: '2020-09-29' }],
      absent: [{ kind: 'obligation', date: '2020-09-27' }],
      relations: [{ between: ['AZE', 'ARM'], rung: 'war', initiator: 'AZE' }, { between: ['RUS', 'AZE'], rung: 'peace' }],
    },
  },
  // -------------------------------------------------------------------------------------------
  // The Rio Treaty, October 1962
  {
    id: 'RR-82',
    title: 'The missiles in Cuba, 22 Oct 1962, Cuba written as the party it formally remained: the Soviet and Cuban threats to the United States are one Art. 6 casus for Argentina and Uruguay (a coalition) — and Cuba itself is called to consult on the Soviet threat it shares, which the record does not show',
    source: SRC_CUBA_1962,
    interpretation: 'Art. 6 (an aggression that is not an armed attack, an extra-continental conflict, any fact or situation endangering the peace of America) is coded, as the fragment codes it, as a consultation on a threat to a party. The missiles are written as two threats to the United States on 22 Oct: by the USSR, a non-party, and by Cuba, whose government had installed them. semantics.md: a second state threatening the same beneficiary while the duty is still judging joins the casus, so Argentina and Uruguay each judge and consult once, the Cuban threat joining the Soviet one (`coalition`) — as the OAS met once and adopted one resolution (Uruguay\'s abstention in that vote, for want of instructions, is the Organ of Consultation\'s vote, not modelled; taking part in the meeting is the consultation). Cuba, a party on paper, is excluded only from judging its own threat (it is the actor); the Soviet threat is a casus for it like any other, and its duty is honoured at consult. The record has Cuba excluded from the inter-American system and taking no part: semantics.md has a party that joins an attack judge its co-attackers unless they are at war (W55-03), and reads threats the same way — a semantics question (README). RR-83 writes the exclusion as leaving the treaty.',
    yaml: cubaScenario('RR-82', {}),
    situation: 'event',
    expect: {
      obligations: {
        ...all(RIO_1962_KEYS, DORMANT),
        ...all(['ARG', 'URY', 'CUB'].map((p) => `rio-1947/art6@${p}`), { state: 'honoured', level: 'consult' }),
      },
      ledger: {
        'rio-1947/art6@ARG': ['judged', 'invoked', 'coalition', 'honoured:consult'],
        'rio-1947/art6@URY': ['judged', 'invoked', 'coalition', 'honoured:consult'],
        'rio-1947/art6@CUB': honouredLedger('consult'),
        'rio-1947/art6@USA': [],
      },
      events: [{ kind: 'obligation', cause: 'obligation:rio-1947/art6@ARG', detail: 'coalition', target: 'CUB', date: '1962-10-22' }],
      relations: [{ between: ['USA', 'SUN'], rung: 'peace' }, { between: ['USA', 'CUB'], rung: 'peace' }],
    },
  },
  {
    id: 'RR-83',
    title: 'The same threats with Cuba\'s exclusion of January 1962 written as leaving the treaty: Cuba owes nothing (its duty records not_in_force), and Argentina and Uruguay consult once on the Soviet and Cuban threats together',
    source: SRC_CUBA_1962,
    interpretation: 'RR-82 with Cuba\'s membership ending on 31 Jan 1962, the day the present Government of Cuba was excluded from participation in the inter-American system — a suspension written as leaving, as CST-04 writes Uzbekistan\'s of 2012 (the treaty has no suspension; Cuba never denounced it). Cuba is then a non-party: its duty, which the Soviet threat would have engaged, records not_in_force (semantics.md, "Membership dates"), and its own threat, by a non-party, still meets Art. 6 (`by: any`) and joins the Soviet one as a coalition for Argentina and Uruguay. This gives the record: the parties consult once, Cuba takes no part.',
    yaml: cubaScenario('RR-83', { CUB: { to: '1962-01-31' } }),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'],
    expect: {
      obligations: {
        ...all(RIO_1962_KEYS, DORMANT),
        'rio-1947/art3@CUB': LAPSED,
        'rio-1947/art6@CUB': LAPSED,
        ...all(['ARG', 'URY'].map((p) => `rio-1947/art6@${p}`), { state: 'honoured', level: 'consult' }),
      },
      ledger: {
        'rio-1947/art6@ARG': ['judged', 'invoked', 'coalition', 'honoured:consult'],
        'rio-1947/art6@URY': ['judged', 'invoked', 'coalition', 'honoured:consult'],
        'rio-1947/art6@CUB': ['not_in_force'],
        'rio-1947/art6@USA': [],
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  // The Council, 1949: a veto from the Korea vetoes file
  {
    id: 'RR-84',
    title: 'The Republic of Korea\'s application for membership, 8 Apr 1949 (S/1305): 9–2 on the 11-seat Council — vetoed by the USSR alone; the Ukrainian SSR\'s no, an elected member\'s, is no veto',
    source: SRC_ROK_1949,
    interpretation: 'A recommendation to admit a state (Charter Art. 4(2)) is a substantive decision, subject to the veto. The draft is coded as an `admission` with the Republic of Korea as its target (format 1.9; recorded only — the tally is what the case tests; before 1.9 the format had no kind for it and the case coded a condemnation of the applicant as a stand-in). Before 1966 seven affirmative votes were required (minYes 7): nine in favour is enough, so the draft fails only through the permanent member\'s no — `vetoed`, by the USSR. The second vote against is taken to be the Ukrainian SSR\'s (inferred: the record read gives only "9 to 2"); an elected member\'s no is never a veto, whoever cast it.',
    yaml: vote({
      id: 'RR-84', title: 'S/1305 (Republic of Korea, admission)', date: '1949-04-08', seats: SEATS_1949, targets: ['ROK'], minYes: 7,
      votes: everyone(SEATS_1949, 'yes', { SUN: 'no', UKS: 'no' }),
      draft: '{ kind: admission, target: ROK, sponsor: USA }',
    }),
    situation: 'vote',
    expect: {
      obligations: {},
      drafts: [{ kind: 'admission', target: 'ROK', result: 'vetoed', yes: 9, no: 2, abstain: 0, vetoedBy: ['SUN'] }],
    },
  },
];

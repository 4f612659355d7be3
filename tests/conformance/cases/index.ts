/** Every conformance case, by treaty family, in catalogue order. */
import type { ConformanceCase } from '../case.js';
import { RUS_PRK_2024_CASES } from './rus-prk-2024.js';
import { CHN_PRK_1961_CASES } from './chn-prk-1961.js';
import { USSR_RUS_PRK_CASES } from './ussr-rus-prk.js';
import { RUS_CHN_2001_CASES } from './rus-chn-2001.js';
import { US_ROK_1953_CASES } from './us-rok-1953.js';
import { US_JPN_1960_CASES } from './us-jpn-1960.js';
import { US_PHL_1951_CASES } from './us-phl-1951.js';
import { ANZUS_1951_CASES } from './anzus-1951.js';
import { RIO_1947_CASES } from './rio-1947.js';
import { SEATO_1954_CASES } from './seato-1954.js';
import { WARSAW_1955_CASES } from './warsaw-1955.js';
import { SINO_SOVIET_1950_CASES } from './sino-soviet-1950.js';
import { FIN_SUN_1948_CASES } from './fin-sun-1948.js';
import { BRUSSELS_1954_CASES } from './brussels-1954.js';
import { CST_1992_CASES } from './cst-1992.js';
import { CAMP_DAVID_2023_CASES } from './camp-david-2023.js';
import { NATO_1949_CASES } from './nato-1949.js';
import { CASCADE_CASES } from './cascade.js';
import { UNSC_CASES } from './unsc.js';
import { COUNCIL_PRODUCT_CASES } from './council-products.js';
import { EPISODE_CASES } from './episodes.js';
import { OVERLAPPING_AREAS_CASES } from './overlapping-areas.js';
import { DENUNCIATION_CASES } from './denunciation.js';
import { TERM_CASES } from './terms.js';
import { DISPUTE_ABSTENTION_CASES } from './dispute-abstention.js';
import { GER_SOV_1939_CASES } from './ger-sov-1939.js';
import { LOCARNO_1925_CASES } from './locarno-1925.js';
import { TRIPLE_1882_CASES } from './triple-1882.js';
import { REINSURANCE_1887_CASES } from './reinsurance-1887.js';
import { THREE_EMPERORS_1881_CASES } from './three-emperors-1881.js';
import { FRANCO_RUSSIAN_1892_CASES } from './franco-russian-1892.js';
import { VETO_INITIATIVE_CASES } from './veto-initiative.js';
import { FRANCO_SOVIET_1935_CASES } from './franco-soviet-1935.js';
import { ANGLO_JAPANESE_1902_CASES } from './anglo-japanese-1902.js';
import { DUAL_ALLIANCE_1879_CASES } from './dual-alliance-1879.js';
import { AID_CASES } from './aid.js';
import { REAL_RECORD_CASES } from './real-record.js';
import { REAL_RECORD_2_CASES } from './real-record-2.js';
import { REAL_RECORD_3_CASES } from './real-record-3.js';
import { CZE_SUN_1935_CASES } from './cze-sun-1935.js';
import { TRIPARTITE_1940_CASES } from './tripartite-1940.js';
import { SUN_JPN_1941_CASES } from './sun-jpn-1941.js';
import { STEEL_1939_CASES } from './steel-1939.js';
import { ANGLO_SOVIET_1942_CASES } from './anglo-soviet-1942.js';
import { ANGLO_POLISH_1939_CASES } from './anglo-polish-1939.js';

export interface Family {
  /** The prefix of its case ids. */
  id: string;
  title: string;
  file: string;
  cases: ConformanceCase[];
}

export const FAMILIES: Family[] = [
  { id: 'R24', title: 'Russia–DPRK Comprehensive Strategic Partnership (2024)', file: 'rus-prk-2024.ts', cases: RUS_PRK_2024_CASES },
  { id: 'C61', title: 'China–DPRK Treaty of Friendship, Cooperation and Mutual Assistance (1961)', file: 'chn-prk-1961.ts', cases: CHN_PRK_1961_CASES },
  { id: 'U61', title: 'USSR–DPRK treaty (1961, lapsed 1996) and Russia–DPRK treaty (2000)', file: 'ussr-rus-prk.ts', cases: USSR_RUS_PRK_CASES },
  { id: 'RC01', title: 'Russia–China Treaty of Good-Neighbourliness (2001): non-aggression and consultation', file: 'rus-chn-2001.ts', cases: RUS_CHN_2001_CASES },
  { id: 'K53', title: 'US–ROK Mutual Defense Treaty (1953)', file: 'us-rok-1953.ts', cases: US_ROK_1953_CASES },
  { id: 'J60', title: 'US–Japan Treaty of Mutual Cooperation and Security (1960)', file: 'us-jpn-1960.ts', cases: US_JPN_1960_CASES },
  { id: 'P51', title: 'US–Philippines Mutual Defense Treaty (1951): armed forces, public vessels and aircraft in the Pacific', file: 'us-phl-1951.ts', cases: US_PHL_1951_CASES },
  { id: 'ANZ', title: 'ANZUS Security Treaty (1951): the Pacific Area, metropolitan territory (11 September 2001), the 1986 suspension', file: 'anzus-1951.ts', cases: ANZUS_1951_CASES },
  { id: 'TIAR', title: 'Inter-American Treaty of Reciprocal Assistance (Rio, 1947): the Art. 4 region, Art. 51 and the Falklands (1982)', file: 'rio-1947.ts', cases: RIO_1947_CASES },
  { id: 'S54', title: 'Southeast Asia Collective Defense Treaty (Manila, 1954): protocol states, the treaty area, the US understanding on communist aggression', file: 'seato-1954.ts', cases: SEATO_1954_CASES },
  { id: 'W55', title: 'Warsaw Treaty (1955), Art. 4: an armed attack in Europe "by any state or group of states" (Hungary 1956, Czechoslovakia 1968, Albania\'s denunciation 1968, Damansky 1969, the 1991 termination)', file: 'warsaw-1955.ts', cases: WARSAW_1955_CASES },
  { id: 'SS50', title: 'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance (1950), Art. 1: an attack "by Japan or any state allied with it" (Korea 1950–53, the 1951 and 1960 US–Japan treaties)', file: 'sino-soviet-1950.ts', cases: SINO_SOVIET_1950_CASES },
  { id: 'FS48', title: 'Finnish–Soviet Agreement of Friendship, Cooperation and Mutual Assistance (1948), Art. 1: an attack "by Germany or any State allied with the latter" (before and after the FRG joined NATO)', file: 'fin-sun-1948.ts', cases: FIN_SUN_1948_CASES },
  { id: 'B54', title: 'Brussels Treaty as modified in 1954 (Western European Union), Art. V: automatic aid, "in Europe" only', file: 'brussels-1954.ts', cases: BRUSSELS_1954_CASES },
  { id: 'CST', title: 'Collective Security Treaty (CSTO, 1992, as amended in 2010): Armenia 2022 declined, Kazakhstan 2022 answered; Georgia and Uzbekistan after they left, and the two spells of Uzbekistan', file: 'cst-1992.ts', cases: CST_1992_CASES },
  { id: 'GS39', title: 'German–Soviet Treaty of Non-Aggression (1939): Art. II neutrality — binding only while the partner is at war with a third power, against force, alignments and territory lent', file: 'ger-sov-1939.ts', cases: GER_SOV_1939_CASES },
  { id: 'TA82', title: 'Triple Alliance (1882), Art. III: an unprovoked attack that leaves a party engaged in a war with two or more non-signatory Great Powers', file: 'triple-1882.ts', cases: TRIPLE_1882_CASES },
  { id: 'LOC', title: 'Treaty of Mutual Guarantee (Locarno, 1925): Art. 2 non-aggression with its exceptions for resistance to aggression, beside the Art. 4(3) guarantee; (format 1.13) the Art. 4(2) guarantee, due once the League Council finds the violation', file: 'locarno-1925.ts', cases: LOCARNO_1925_CASES },
  { id: 'RE87', title: 'Reinsurance Treaty (1887), Art. I: benevolent neutrality in a war with a third Great Power, except a war begun against Austria or France', file: 'reinsurance-1887.ts', cases: REINSURANCE_1887_CASES },
  { id: 'DKB81', title: 'Three Emperors\' League (1881), Art. 1: benevolent neutrality toward a party at war with a fourth Great Power (a Great Power not party to the league)', file: 'three-emperors-1881.ts', cases: THREE_EMPERORS_1881_CASES },
  { id: 'FR92', title: 'Franco-Russian Military Convention (1892), Art. 1: an attack by Germany, or by Italy (on France) or Austria-Hungary (on Russia) supported by Germany, answered by an attack on Germany', file: 'franco-russian-1892.ts', cases: FRANCO_RUSSIAN_1892_CASES },
  { id: 'DA79', title: 'Dual Alliance (1879), Arts. I and II: war with Russia; benevolent neutrality toward another attacker, war in common against it and Russia when Russia supports it, by arms or by menace', file: 'dual-alliance-1879.ts', cases: DUAL_ALLIANCE_1879_CASES },
  { id: 'AJ02', title: 'Anglo-Japanese Alliance (1902), Arts. II and III: neutrality in a war with one Power; assistance when another Power joins the hostilities', file: 'anglo-japanese-1902.ts', cases: ANGLO_JAPANESE_1902_CASES },
  { id: 'FRSU35', title: 'Franco-Soviet Treaty of Mutual Assistance (1935), Art. 2: aid against a European aggressor in the circumstances of Covenant Art. 15(7) (the League Council failing to agree a report)', file: 'franco-soviet-1935.ts', cases: FRANCO_SOVIET_1935_CASES },
  { id: 'CZSU35', title: 'Czechoslovak–Soviet Treaty of Mutual Assistance (1935), Art. 2 with the Protocol of Signature: Soviet aid only "in so far as assistance may be rendered by France" to the victim', file: 'cze-sun-1935.ts', cases: CZE_SUN_1935_CASES },
  { id: 'TP40', title: 'Tripartite Pact (1940), Art. 3 with Art. 5: assistance to a party attacked by a Power "at present not involved" in the European War or the Japanese-Chinese conflict (Pearl Harbor; the USSR in or out of the class)', file: 'tripartite-1940.ts', cases: TRIPARTITE_1940_CASES },
  { id: 'SJ41', title: 'Soviet–Japanese Neutrality Pact (1941), Art. 2: neutrality while the partner is "the object of hostilities" of third powers, whoever began them, beside Art. 1', file: 'sun-jpn-1941.ts', cases: SUN_JPN_1941_CASES },
  { id: 'PS39', title: 'Pact of Steel (1939), Art. V: in a war conducted jointly, an armistice or peace only in full agreement (the armistice of Cassibile, 1943; a truce in a war fought alone)', file: 'steel-1939.ts', cases: STEEL_1939_CASES },
  { id: 'AS42', title: 'Anglo-Soviet Treaty of Alliance (1942), Art. II: no armistice or peace with Germany or her European associates except by mutual consent (a separate armistice with Germany; Finland 1944; Japan 1945, which the text does not cover)', file: 'anglo-soviet-1942.ts', cases: ANGLO_SOVIET_1942_CASES },
  { id: 'AP39', title: 'Anglo-Polish Agreement of Mutual Assistance (1939) and its secret protocol: Art. 1 against Germany alone, consultation against another European aggressor (17 Sep 1939), Art. 7 no separate armistice, Art. 2(1) Danzig written approximately', file: 'anglo-polish-1939.ts', cases: ANGLO_POLISH_1939_CASES },
  { id: 'CD23', title: 'Camp David Commitment to Consult (2023)', file: 'camp-david-2023.ts', cases: CAMP_DAVID_2023_CASES },
  { id: 'N49', title: 'North Atlantic Treaty, Art. 5 and the Art. 6 area (1949); accessions (Greece and Turkey 1952, Spain 1982, Finland and Sweden)', file: 'nato-1949.ts', cases: NATO_1949_CASES },
  { id: 'DEN', title: 'Denunciation by notice during a run: SEATO Art. X (Pakistan 1972–73; France 1974, no notice), Rio Art. 25 (Mexico 2002–04), the modified Brussels Treaty Art. XII (the UK 2010–11), US–Japan Art. X (a bilateral treaty terminates)', file: 'denunciation.ts', cases: DENUNCIATION_CASES },
  { id: 'TRM', title: 'Terms renewed tacitly and notices that run before a minimum period ends: USSR–DPRK 1961 (Russia\'s notice of 1995; a late notice), the China–DPRK footnote reading (no notice, renewed), the Warsaw Treaty Art. 11 (Albania, a per-party exit), the Soviet–Japanese Neutrality Pact Art. 3 (the notice of April 1945, the attack of August), the modified Brussels Treaty Art. XII read as a bar on the exit', file: 'terms.ts', cases: TERM_CASES },
  { id: 'OA', title: 'Overlapping treaty areas (NATO Art. 6, the US–ROK Pacific area, Japanese administration)', file: 'overlapping-areas.ts', cases: OVERLAPPING_AREAS_CASES },
  { id: 'X', title: 'Cascades across treaties', file: 'cascade.ts', cases: CASCADE_CASES },
  { id: 'E', title: 'War episodes: aggression judged over the whole war, bound responses, pretext limits, acts, fates and dates', file: 'episodes.ts', cases: EPISODE_CASES },
  { id: 'AID', title: 'Aid without a treaty (Charter Art. 51, collective self-defence): Korea 1950 (the United States for the ROK, China for the DPRK), Kuwait 1990–91', file: 'aid.ts', cases: AID_CASES },
  { id: 'SC', title: 'Security Council votes (Art. 27(3) and the pre-1966 Council)', file: 'unsc.ts', cases: UNSC_CASES },
  { id: 'GA', title: 'The General Assembly\'s debate of a veto (res. 76/262) and its proviso: no debate of its own when an emergency special session on the same situation meets', file: 'veto-initiative.ts', cases: VETO_INITIATIVE_CASES },
  { id: 'A27', title: 'The proviso of Charter Art. 27(3): parties to a dispute abstain under Chapter VI (Corfu Channel 1947, Eichmann 1960), not under Chapter VII (Falklands 1982); the practice of not applying it (Crimea 2014)', file: 'dispute-abstention.ts', cases: DISPUTE_ABSTENTION_CASES },
  { id: 'RR', title: 'The real record, not yet checked elsewhere: Council tallies (KAL 007 1983, res. 84 1950, res. 660 and 678 1990, the failed drafts of 2018 and 2022) and clause scope (NATO Art. 5 on 11 September, USS Stark 1987, Turkey and Art. 4 in 2012, Council primacy with a vetoed ceasefire, the Rio Treaty\'s "any State", Kursk before the Russia–DPRK treaty and DPRK troops struck in Kursk, Camp David before and after 18 Aug 2023, res. 502 defied, res. 2336 on the last day of a term, NATO Art. 4 on 24 Feb 2022, the Pact of Steel as an offensive alliance in 1939–40, the Football War 1969, Kyrgyzstan and Tajikistan 2022, res. 2623 as a procedural decision)', file: 'real-record.ts', cases: REAL_RECORD_CASES },
  { id: 'RR', title: 'The real record, second round: Council votes of the 11-seat Council (res. 83 of 1950 with the bare seven; S/5033 on Goa, 1961, vetoed with the bare seven; the Congo adjournment of 1962 and res. 119 and 120 of 1956, procedural decisions over permanent members\' votes against), S/2022/720 vetoed by the party it condemned, res. 1718 imposing a regime (2006); alliances: the Anglo-Portuguese alliance at Goa (1961), the Egyptian–Syrian pact at Suez (1956, one coalition casus), the US–ROC Mutual Defense Treaty (Kinmen 1958 outside the Art. VI territories; the Art. X notice year and the end on 1 Jan 1980, with daily and weekly ticks, and coded as lapsed), NATO at Idlib (2020) and the Falklands (1982) outside the Art. 6 area, Art. 4 on request (24 Feb 2022); the non-aggression pacts broken in September 1939 (Germany\'s early notice of 28 Apr 1939 without effect) and the cascade of 1–3 Sep 1939 (Anglo-Polish agreement, Pact of Steel)', file: 'real-record-2.ts', cases: REAL_RECORD_2_CASES },
  { id: 'RR', title: 'The real record, third round: Council votes (res. 1973 of 2011 with two permanent abstentions, defied; the India–Pakistan drafts of 4–5 Dec 1971, vetoed by the USSR alone, and the Soviet draft that failed over China\'s no; res. 303 of 1971, a referral adopted with three permanent abstentions; the Syria agenda of 19 Mar 2018, a procedural vote short of nine; the Republic of Korea\'s application of 8 Apr 1949, vetoed 9–2); consultation clauses without an Art. 51 qualifier (the Indo-Soviet treaty, Oct–Dec 1971, read literally and with Art. 51; the Soviet–Vietnamese treaty when China invaded Vietnam, Feb 1979); the Sino-Soviet treaty\'s thirty-year term and China\'s notice of 3 Apr 1979; the Manila Pact after SEATO was dissolved (Non Mak Mun, June 1980); NATO Art. 4 and Art. 5 on one request (Akçakale, 2012), an incursion below an armed attack (drones over Poland, 2025) and a stray missile written as a hostile act (Przewodów, 2022); the Rio Treaty\'s Art. 6 and two threats as one casus (Cuba, October 1962, with Cuba a party and with its exclusion written as leaving); the CSTO and territory Armenia does not administer (Nagorno-Karabakh, 2020)', file: 'real-record-3.ts', cases: REAL_RECORD_3_CASES },
  { id: 'CP', title: 'Security Council products: statements by consensus, drafts shelved when a veto is expected, no product (real DPRK episodes 2010–2024)', file: 'council-products.ts', cases: COUNCIL_PRODUCT_CASES },
];

export const CASES: ConformanceCase[] = FAMILIES.flatMap((f) => f.cases);

/**
 * Finnish–Soviet Agreement of Friendship, Cooperation and Mutual Assistance (signed 6 Apr 1948, in
 * force 31 May 1948, ended Jan 1992): Art. 1, Finland, or the Soviet Union through Finnish
 * territory, the object of an armed attack "by Germany or any State allied with the latter" →
 * Finland fights to repel it within its frontiers; the Soviet Union gives Finland the help required.
 * The attacker is a class judged on the day of the attack (`by: { alliedWith: [FRG] }`): the
 * Federal Republic's accession to NATO (6 May 1955) made its NATO partners "allied with" it.
 * Source: facts.md §1t.
 */
import { all, DORMANT, honouredLedger, NOT_IN_FORCE, type ConformanceCase } from '../case.js';
import { actors, eventScenario, finSun1948, FIN_SUN_1948_KEYS, natoFrg, NATO_FRG_KEYS } from '../fragments.js';

const SRC_ART1 = 'facts.md §1t Art. 1 (text: http://heninen.net/sopimus/1948_e.htm; https://docslib.org/doc/1484529/supplement-a-treaties-and-agreements); in force 31 May 1948 (https://fi.wikipedia.org./wiki/YYA)';
const SRC_FRG = 'facts.md §1t "FRG accession to NATO" (6 May 1955: https://www.nato.int/cps/uk/natohq/news_121253.htm?selectedLocale=ru; https://blogihbloom.wordpress.com/2015/06/30/nato-celebrates-60-years-of-german-membership/); facts.md §1g (Art. 5)';
const SRC_READING = 'facts.md §1t "Germany" read as the Western powers (https://de.zxc.wiki/wiki/Finnisch-Sowjetischer_Vertrag_von_1948)';

const KEYS = [...FIN_SUN_1948_KEYS, ...NATO_FRG_KEYS];

const scenario = (id: string, title: string, date: string): string => eventScenario({
  id, title,
  version: '1.4',
  clock: `{ start: ${date}, tick: day, horizon: 3 }`,
  regions: `regions:
  finland: { administeredBy: FIN, name: Finnish territory }
  soviet_union: { administeredBy: SUN }
  usa: { administeredBy: USA }
  west_germany: { administeredBy: FRG }`,
  actors: actors(
    { SUN: 'Soviet Union', FIN: 'Finland', USA: 'United States', FRG: 'Federal Republic of Germany' },
    { SUN: 'nuclear: true, territory: soviet_union', FIN: 'territory: finland', USA: 'nuclear: true, territory: usa', FRG: 'territory: west_germany' },
  ),
  pacts: [finSun1948(), natoFrg()].join('\n'),
  inject: `      - { at: ${date}, effect: { armedAttack: { by: USA, on: SUN, in: finland, intensity: war } } }`,
  outcomes: '  fin_at_war: { when: { posture: { actor: FIN, atLeast: war } } }',
});

export const FIN_SUN_1948_CASES: ConformanceCase[] = [
  {
    id: 'FS48-01',
    title: 'A US attack on the Soviet Union through Finland in 1954, before the FRG joined NATO: the attacker is not "allied with" Germany — Finland\'s Art. 1 duty stays dormant',
    source: `${SRC_ART1}; ${SRC_FRG}; ${SRC_READING}`,
    interpretation: 'A hypothetical attack (none happened), written as a US armed attack on the Soviet Union in Finnish territory at war intensity, dated 1 June 1954. The text names "Germany or any State allied with the latter"; in 1948 Germany had no government, and the treaty was widely read as aimed at the Western powers behind it. The suite codes the text, not that reading: "Germany" is written as the Federal Republic, and "allied with" as the format defines it on the day of the attack (a declared alignment ally, or a party with it to a pact in force with a defence or offense obligation between them). Before the FRG\'s accession to the North Atlantic Treaty on 6 May 1955 the United States was bound to it by no such pact: not in the class, nothing is recorded. A scenario that reads "Germany" as the Western powers writes them in `alliedWith` (or declares the alignment).',
    yaml: scenario('FS48-01', 'A US attack through Finland, 1954', '1954-06-01'),
    situation: 'event',
    warnings: ['W_OUTSIDE_RUN'], // a pact or party outside the run, on purpose
    expect: {
      // The FRG is not yet a party to the North Atlantic Treaty: its Art. 5 duty does not yet bind.
      obligations: { ...all(KEYS, DORMANT), 'nato-frg/art5@FRG': NOT_IN_FORCE },
      absent: [{ kind: 'obligation', cause: 'obligation:fin-sun-1948/art1-fin@FIN' }, { kind: 'obligation', cause: 'obligation:fin-sun-1948/art1-sun@SUN' }],
      relations: [{ between: ['USA', 'SUN'], rung: 'war' }, { between: ['FIN', 'USA'], rung: 'peace' }],
    },
  },
  {
    id: 'FS48-02',
    title: 'The same attack in 1956: since 6 May 1955 the United States is allied with the FRG under NATO Art. 5 — Finland\'s Art. 1 duty is met and it fights within its frontiers',
    source: `${SRC_ART1}; ${SRC_FRG}; ${SRC_READING}`,
    interpretation: 'FS48-01 dated 1 June 1956. The North Atlantic Treaty binds the FRG and the United States by Art. 5 from the FRG\'s accession (the FRG is written as a party from 6 May 1955, with membership dates): on the day of the attack the United States is "allied with" Germany as the suite reads it, and the attack on the Soviet Union through Finnish territory meets Finland\'s Art. 1 duty. Finland fights to repel it "within the frontiers of Finland": coded at forces, defending in place, so its relation with the United States rises to the level the fighting has reached (war), without a strike on US territory. The Soviet duty concerns attacks on Finland and stays dormant; NATO Art. 5 concerns attacks on its parties and stays dormant too.',
    yaml: scenario('FS48-02', 'A US attack through Finland, 1956', '1956-06-01'),
    situation: 'event',
    expect: {
      obligations: { ...all(KEYS, DORMANT), 'fin-sun-1948/art1-fin@FIN': { state: 'honoured', level: 'forces' } },
      ledger: { 'fin-sun-1948/art1-fin@FIN': honouredLedger('forces') },
      relations: [{ between: ['USA', 'SUN'], rung: 'war' }, { between: ['FIN', 'USA'], rung: 'war' }],
    },
  },
];

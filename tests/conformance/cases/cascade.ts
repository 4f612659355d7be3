/**
 * Chains across treaties: an ally that honours at level `war` strikes the enemy's home territory,
 * and that strike is itself a casus for the enemy's allies (semantics.md, "Response"). A `forces`
 * response, which joins the war in place, is not. Sources: facts.md §1a, §1b, §1d, §1g.
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import {
  actors, CALM_LADDER, chnPrk1961, CHN_PRK_1961_KEYS, nato1949, natoKeys, rusChn2001, RUS_CHN_2001_KEYS, rusPrk2024, RUS_PRK_2024_KEYS, usRok1953,
  US_ROK_1953_KEYS,
} from '../fragments.js';

const REGIONS = `regions:
  pacific_area: {}
  korean_peninsula: { within: pacific_area }
  rok: { within: korean_peninsula, administeredBy: ROK }
  seoul: { within: rok }
  dprk: { within: korean_peninsula, administeredBy: PRK }
  art6_area: {}
  north_america: { within: art6_area }
  usa: { within: north_america, administeredBy: USA }
  britain: { within: art6_area, administeredBy: GBR }
  china: { administeredBy: CHN }
  russia: { administeredBy: RUS }`;

const ACTORS = actors(
  { USA: 'United States', ROK: 'Republic of Korea', PRK: 'DPRK', CHN: 'China', RUS: 'Russia', GBR: 'United Kingdom' },
  { USA: 'nuclear: true, territory: usa', ROK: 'territory: rok', PRK: 'nuclear: true, territory: dprk', CHN: 'nuclear: true, territory: china', RUS: 'nuclear: true, territory: russia', GBR: 'nuclear: true, territory: britain' },
);

const head = (id: string, title: string): string => `version: "0.1"
id: ${id}
title: ${JSON.stringify(title)}
clock: { start: 2025-03-03, tick: day, horizon: 4 }
${CALM_LADDER}
${REGIONS}
${ACTORS}`;

const OUTCOMES = `outcomes:
  great_power_war: { when: { relation: { between: [USA, CHN], war: true } } }`;

const korea = (id: string, title: string, unprovoked: boolean): string => `${head(id, title)}
pacts:
${usRok1953()}
${chnPrk1961({ art2: { literal: true } })}
${rusPrk2024({ art4: { unprovoked } })}
situations:
  event:
    title: the DPRK invades the ROK
    inject:
      - { at: 1, effect: { armedAttack: { by: PRK, on: ROK, in: seoul, intensity: 5 } } }
${OUTCOMES}`;

const KOREA_FATES = {
  ...all(US_ROK_1953_KEYS, DORMANT),
  'us-rok-1953/art3@USA': { state: 'honoured', level: 'war' },
  ...all(CHN_PRK_1961_KEYS, DORMANT),
  'chn-prk-1961/art2@CHN': { state: 'honoured', level: 'forces' },
  ...all(RUS_PRK_2024_KEYS, DORMANT),
  'rus-prk-2024/art4@RUS': { state: 'honoured', level: 'forces' },
} as const;

export const CASCADE_CASES: ConformanceCase[] = [
  {
    id: 'X-01',
    title: 'A DPRK invasion of the ROK; the US answers at level war, striking the DPRK — which engages China\'s Art. II and Russia\'s Art. 4',
    source: 'facts.md §1d (US–ROK Art. III), §1b (China–DPRK Art. II), §1a (Russia–DPRK Art. 4); docs/semantics.md "Response"',
    interpretation: 'The US response level is pinned at war: an armed attack of intensity 5 on the DPRK\'s home territory with a declaration of war, one tick after invocation (constitutional processes). Neither Art. II nor Art. 4, both coded literally here (no causal reading of Art. II\'s "thus", no Art. 51 test on Art. 4), asks who began the wider war, so both are engaged by the US strike; they answer at forces (in place), which is not itself an armed attack and sets off nothing further. Who began each pair\'s war follows the war episode the DPRK began: the US–DPRK war is recorded as begun by the DPRK (the US struck from the defending side), and China\'s and Russia\'s wars with the US as begun by them, co-belligerents joining the side that began it.',
    yaml: korea('X-01', 'Korean cascade', false),
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@USA': 'honour:war' },
    expect: {
      obligations: KOREA_FATES,
      ledger: {
        'us-rok-1953/art3@USA': honouredLedger('war'),
        'chn-prk-1961/art2@CHN': honouredLedger('forces'),
        'rus-prk-2024/art4@RUS': honouredLedger('forces'),
      },
      events: [
        { kind: 'armedAttack', actor: 'PRK', target: 'ROK', date: '2025-03-04' },
        { kind: 'obligation', cause: 'obligation:us-rok-1953/art3@USA', detail: 'honoured', date: '2025-03-05' },
        { kind: 'armedAttack', actor: 'USA', target: 'PRK', region: 'dprk', cause: 'obligation:us-rok-1953/art3@USA', date: '2025-03-05' },
        { kind: 'obligation', cause: 'obligation:chn-prk-1961/art2@CHN', detail: 'judged', date: '2025-03-05' },
      ],
      relations: [
        { between: ['USA', 'PRK'], rung: 'war', war: 'declared', initiator: 'PRK' },
        { between: ['CHN', 'USA'], rung: 'war', war: 'hostilities', initiator: 'CHN' },
        { between: ['RUS', 'USA'], rung: 'war', war: 'hostilities', initiator: 'RUS' },
      ],
    },
  },
  {
    id: 'X-02',
    title: 'The same cascade with Russia\'s Art. 4 coded unprovoked: not engaged, because the US strike is collective self-defence in a war the DPRK began',
    source: 'facts.md §1a (Art. 4, "in accordance with Article 51"); UN Charter Art. 51; docs/semantics.md "War episodes"',
    interpretation: 'unprovoked is judged over the war episode, not the pair: the DPRK\'s invasion opens the episode with the DPRK as initiator; the US honours US–ROK Art. III and joins on the ROK\'s (defending) side, so its strike on the DPRK is collective self-defence and the DPRK stands on the side that began the war. Russia\'s Art. 4, read with Art. 51, is not met (and, with no pretext, nothing is recorded). China\'s Art. II, coded literally here (without the causal reading of its "thus" that C61-09 tests), is still engaged.',
    yaml: korea('X-02', 'Korean cascade, unprovoked', true),
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@USA': 'honour:war' },
    expect: {
      obligations: { ...KOREA_FATES, 'rus-prk-2024/art4@RUS': DORMANT },
      ledger: { 'rus-prk-2024/art4@RUS': [], 'chn-prk-1961/art2@CHN': honouredLedger('forces') },
      events: [
        { kind: 'episode', cause: 'obligation:us-rok-1953/art3@USA', actor: 'USA', target: 'ROK', detail: 'joined:defender', date: '2025-03-05' },
        { kind: 'armedAttack', actor: 'USA', target: 'PRK', cause: 'obligation:us-rok-1953/art3@USA', date: '2025-03-05' },
      ],
      absent: [{ kind: 'obligation', cause: 'obligation:rus-prk-2024/art4@RUS' }],
    },
  },
  {
    id: 'X-03',
    title: 'China honours Art. II at level war against a US invasion of the DPRK: the strike on the US mainland engages NATO Art. 5',
    source: 'facts.md §1b (China–DPRK Art. II), §1g (NATO Art. 5); docs/semantics.md "Response"',
    interpretation: 'Art. II coded at level war (a declared war and a strike on the enemy\'s home territory). The strike lands in the Art. 6 area, and Art. 5 has no provocation test: the UK is engaged although the US began the war with the DPRK — an ally that saw it otherwise would be coded with deny. The US itself, attacked, has no duty toward itself. China\'s strike answers the US war on its ally from the defending side, so the China–US war is recorded as begun by the US, the side that began the episode (an ally coming to the victim\'s aid does not begin a war of its own); the UK, joining the side that began the episode, is recorded as beginning its war with China.',
    yaml: `${head('X-03', 'Sino-American war reaches NATO')}
pacts:
${chnPrk1961({ art2: { level: 'war' } })}
${nato1949(['USA', 'GBR'])}
situations:
  event:
    title: the US invades the DPRK
    inject:
      - { at: 1, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: 5 } } }
${OUTCOMES}`,
    situation: 'event',
    decisions: { 'respond nato-1949/art5@GBR': 'honour:forces' },
    expect: {
      obligations: {
        ...all(CHN_PRK_1961_KEYS, DORMANT),
        'chn-prk-1961/art2@CHN': { state: 'honoured', level: 'war' },
        ...all(natoKeys(['USA', 'GBR']), DORMANT),
        'nato-1949/art5@GBR': { state: 'honoured', level: 'forces' },
      },
      ledger: { 'chn-prk-1961/art2@CHN': honouredLedger('war'), 'nato-1949/art5@GBR': honouredLedger('forces') },
      events: [
        { kind: 'armedAttack', actor: 'CHN', target: 'USA', region: 'usa', cause: 'obligation:chn-prk-1961/art2@CHN' },
        { kind: 'obligation', cause: 'obligation:nato-1949/art5@GBR', detail: 'honoured' },
      ],
      relations: [
        { between: ['CHN', 'USA'], rung: 'war', war: 'declared', initiator: 'USA' },
        { between: ['GBR', 'CHN'], rung: 'war', war: 'hostilities', initiator: 'GBR' },
      ],
    },
  },
  {
    id: 'X-04',
    title: 'Conflicting duties: Russia honours Art. 4 against a Chinese attack on the DPRK, but its 2001 non-aggression duty toward China suppresses the entry into war',
    source: 'facts.md §1a (Russia–DPRK Art. 4) and §4 (Russia–China 2001, ATOP 4980 nonagg = 1); docs/semantics.md "Negative duties"',
    interpretation: 'Hypothetical. Honouring at forces means entering the war against the attacker, which is a hostile act the non-aggression duty checks; with reliability 1 Russia respects it. The obligation is recorded as honoured (the decision), the act is suppressed and the ledger keeps both — the engine\'s way of showing a clash of treaty duties.',
    yaml: `${head('X-04', 'Conflicting duties')}
pacts:
${rusPrk2024()}
${rusChn2001()}
situations:
  event:
    title: China attacks the DPRK
    inject:
      - { at: 1, effect: { armedAttack: { by: CHN, on: PRK, in: dprk, intensity: 5 } } }
${OUTCOMES}`,
    situation: 'event',
    expect: {
      obligations: {
        ...all(RUS_PRK_2024_KEYS, DORMANT),
        'rus-prk-2024/art4@RUS': { state: 'honoured', level: 'forces' },
        ...all(RUS_CHN_2001_KEYS, DORMANT),
      },
      ledger: { 'rus-prk-2024/art4@RUS': honouredLedger('forces') },
      duties: [{ key: 'rus-chn-2001/nonaggression@RUS', verdict: 'respected' }],
      absent: [{ kind: 'escalation', actor: 'RUS' }],
      relations: [{ between: ['RUS', 'CHN'], rung: 'peace', war: 'none' }],
    },
  },
  coalitionCase('X-05', 'forces'),
  coalitionCase('X-06', 'war'),
];

/**
 * Two attackers of the ROK in separate wars (the DPRK, and China unallied with it); the US answers
 * both under Art. III at `level`. Who began the US–China war must not depend on the level.
 */
function coalitionCase(id: string, level: 'forces' | 'war'): ConformanceCase {
  return {
    id,
    title: `Two attackers of the ROK in separate wars (the DPRK, and China unallied with it); the US answers under Art. III at level ${level}: the US–China war is begun by China`,
    source: 'facts.md §1d (US–ROK Art. III); UN Charter Art. 51; docs/semantics.md "War episodes" (who began a pair\'s war)',
    interpretation: 'China attacked the ROK on its own, so its attack opens a war of its own. The US response answers both attackers (a coalition of the casus); whatever its level — joining in place (forces) or striking China (war) — the US acts in collective self-defence against a state that attacked its ally, and the US–China war is recorded as begun by China. The record must not depend on the level of the response.',
    yaml: `${head(id, `Two attackers, level ${level}`)}
pacts:
${usRok1953()}
situations:
  event:
    title: the DPRK and China attack the ROK on the same day
    inject:
      - { at: 1, effect: [ { armedAttack: { by: PRK, on: ROK, in: seoul, intensity: 5 } }, { armedAttack: { by: CHN, on: ROK, in: seoul, intensity: 5 } } ] }
${OUTCOMES}`,
    situation: 'event',
    decisions: { 'respond us-rok-1953/art3@USA': `honour:${level}` },
    expect: {
      obligations: { ...all(US_ROK_1953_KEYS, DORMANT), 'us-rok-1953/art3@USA': { state: 'honoured', level } },
      relations: [{ between: ['USA', 'CHN'], rung: 'war', initiator: 'CHN' }, { between: ['USA', 'PRK'], rung: 'war', initiator: 'PRK' }],
    },
  };
}

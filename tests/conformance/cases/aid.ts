/**
 * Coming to a state's aid without a treaty (format 1.7, an armed attack's `inAidOf`): collective
 * self-defence needs no alliance, only a state under armed attack that asks for help (UN Charter
 * Art. 51; ICJ, Military and Paramilitary Activities in and against Nicaragua, 1986, paras. 195–199).
 * The attack joins the aided state's war on its side, so who began the war is read from that war:
 * Korea 1950 (the United States for the ROK before any treaty; China for the DPRK before the 1961
 * treaty) and Kuwait 1990–91. docs/semantics.md "War episodes", rule 2b.
 */
import type { ConformanceCase } from '../case.js';
import { actors, CALM_LADDER } from '../fragments.js';

const SRC_KOREA_1950 = 'S/RES/82 (25 June 1950): the armed attack on the Republic of Korea by forces from North Korea a breach of the peace, https://undocs.org/S/RES/82(1950); S/RES/83 (27 June 1950): members to furnish the ROK such assistance as may be necessary to repel the armed attack, https://undocs.org/S/RES/83(1950)';
const SRC_GA_498 = 'A/RES/498(V) (1 Feb 1951): the Central People\'s Government of the PRC, by giving direct aid and assistance to those already committing aggression in Korea and by engaging in hostilities against UN forces there, has itself engaged in aggression in Korea, https://undocs.org/A/RES/498(V)';
const SRC_NICARAGUA = 'ICJ, Nicaragua v. United States, Merits, 27 June 1986, paras. 195 and 199: no collective self-defence without an armed attack on the state aided and its request, https://www.icj-cij.org/case/70';
const SRC_KUWAIT = 'S/RES/661 (6 Aug 1990), preamble: "the inherent right of individual or collective self-defence, in response to the armed attack by Iraq against Kuwait", https://undocs.org/S/RES/661(1990); S/RES/678 (29 Nov 1990), https://undocs.org/S/RES/678(1990)';

const KOREA = (id: string, title: string, injects: readonly string[]): string => `version: "1.7"
id: ${id}
title: ${JSON.stringify(title)}
clock: { start: 1950-06-25, tick: day, horizon: 5 }
${CALM_LADDER}
regions:
  korean_peninsula: {}
  rok: { within: korean_peninsula, administeredBy: ROK }
  dprk: { within: korean_peninsula, administeredBy: PRK }
  japan: { administeredBy: JPN }
${actors(
  { USA: 'United States', ROK: 'Republic of Korea', PRK: 'DPRK', CHN: 'China', JPN: 'Japan' },
  { USA: 'nuclear: true', ROK: 'territory: rok', PRK: 'territory: dprk', JPN: 'territory: japan' },
)}
situations:
  event:
    title: the events of the case
    inject:
${injects.map((x) => `      - ${x}`).join('\n')}
outcomes:
  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }`;

/** 25 June 1950: the DPRK's forces cross the 38th parallel. */
const INVASION = '{ at: 0, effect: { armedAttack: { by: PRK, on: ROK, in: rok, intensity: war } } }';
/** 27 June: US air and naval forces ordered to support the ROK (S/RES/83 the same day). */
const US_AID = '{ at: 2, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war, inAidOf: ROK } } }';

export const AID_CASES: ConformanceCase[] = [
  {
    id: 'AID-01',
    title: 'Korea, June 1950: the United States comes to the ROK\'s aid with no treaty between them — it joins the defending side, and its war with the DPRK is begun by the DPRK',
    source: `${SRC_KOREA_1950}; ${SRC_NICARAGUA}`,
    interpretation: 'The DPRK attacks the ROK at war level (25 June). No treaty binds the United States to the ROK (the Mutual Defense Treaty came in 1953) and no alignment is declared, so rule 4 of the war episodes (an ally coming to its ally\'s aid) does not apply. The US strike of 27 June is written `inAidOf: ROK`: the ROK is fighting the DPRK, so the strike joins that war on the ROK\'s side, the defending side (an `episode` event `joined:defender:aid`), and the US–DPRK war is recorded as begun by the DPRK.',
    yaml: KOREA('AID-01', 'The United States for the ROK, without a treaty', [INVASION, US_AID]),
    situation: 'event',
    expect: {
      obligations: {},
      events: [
        { kind: 'armedAttack', actor: 'PRK', target: 'ROK', date: '1950-06-25' },
        { kind: 'episode', actor: 'USA', target: 'ROK', detail: 'joined:defender:aid', date: '1950-06-27' },
        { kind: 'armedAttack', actor: 'USA', target: 'PRK', date: '1950-06-27' },
      ],
      relations: [
        { between: ['PRK', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'PRK' },
        { between: ['PRK', 'USA'], rung: 'war', war: 'hostilities', initiator: 'PRK' },
      ],
    },
  },
  {
    id: 'AID-02',
    title: 'The same strike written without `inAidOf`: a state that is neither ally nor aider begins a war of its own',
    source: `${SRC_KOREA_1950}; docs/semantics.md "War episodes", rule 5`,
    interpretation: 'AID-01 with the US strike written as a plain armed attack. The United States is not allied with the ROK, and no other rule places it, so its strike opens a new war episode with itself as the initiator — the reading a scenario gets when it does not say why a state strikes. The case pins that contrast: a scenario author who models help without a treaty must write `inAidOf`, or the record will name the helper as the aggressor.',
    yaml: KOREA('AID-02', 'The same strike with no claim of aid', [INVASION, '{ at: 2, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war } } }']),
    situation: 'event',
    expect: {
      obligations: {},
      absent: [{ kind: 'episode', actor: 'USA' }],
      relations: [
        { between: ['PRK', 'ROK'], rung: 'war', war: 'hostilities', initiator: 'PRK' },
        { between: ['PRK', 'USA'], rung: 'war', war: 'hostilities', initiator: 'USA' },
      ],
    },
  },
  {
    id: 'AID-03',
    title: 'Korea, 1950: China comes to the DPRK\'s aid before any treaty — it joins the side that began the war, and its war with the United States is begun by China',
    source: `${SRC_GA_498}; ${SRC_KOREA_1950}`,
    interpretation: 'After AID-01, China strikes the United States `inAidOf: PRK` (stylised: the People\'s Volunteers entered in October 1950; the case keeps the days of one week). The DPRK is fighting the United States, so China joins that war on the DPRK\'s side — the side that began it (`joined:initiator:aid`) — and the China–US war is recorded as begun by China. This is the finding of General Assembly resolution 498(V): aid given to those already committing aggression, by engaging in hostilities, is itself aggression. Aid does not launder a war\'s origin: the aided state\'s side is what the joiner takes.',
    yaml: KOREA('AID-03', 'China for the DPRK, without a treaty', [INVASION, US_AID, '{ at: 4, effect: { armedAttack: { by: CHN, on: USA, in: dprk, intensity: war, inAidOf: PRK } } }']),
    situation: 'event',
    expect: {
      obligations: {},
      events: [
        { kind: 'episode', actor: 'USA', target: 'ROK', detail: 'joined:defender:aid', date: '1950-06-27' },
        { kind: 'episode', actor: 'CHN', target: 'PRK', detail: 'joined:initiator:aid', date: '1950-06-29' },
        { kind: 'armedAttack', actor: 'CHN', target: 'USA', date: '1950-06-29' },
      ],
      relations: [
        { between: ['CHN', 'USA'], rung: 'war', war: 'hostilities', initiator: 'CHN' },
        { between: ['PRK', 'USA'], rung: 'war', war: 'hostilities', initiator: 'PRK' },
      ],
    },
  },
  {
    id: 'AID-04',
    title: 'A claim of aid for a state that is not fighting the target changes nothing: the claimant begins a war of its own',
    source: SRC_NICARAGUA,
    interpretation: 'A hypothetical: the United States strikes the DPRK `inAidOf: JPN` while Japan is at peace with the DPRK (the DPRK\'s invasion of the ROK is under way). Collective self-defence presupposes an armed attack on the state aided; there is none, so the claim is set aside and the strike is judged by the other rules — the United States is not allied with the ROK either, so it opens a war begun by itself (as in AID-02).',
    yaml: KOREA('AID-04', 'A claim of aid for a state at peace', [INVASION, '{ at: 2, effect: { armedAttack: { by: USA, on: PRK, in: dprk, intensity: war, inAidOf: JPN } } }']),
    situation: 'event',
    expect: {
      obligations: {},
      absent: [{ kind: 'episode', actor: 'USA' }],
      relations: [{ between: ['PRK', 'USA'], rung: 'war', war: 'hostilities', initiator: 'USA' }],
    },
  },
  {
    id: 'AID-05',
    title: 'Kuwait, 1990–91: the coalition\'s attack on Iraq in aid of Kuwait — the war with Iraq is begun by Iraq, five months after its invasion',
    source: SRC_KUWAIT,
    interpretation: 'Iraq invades Kuwait on 2 August 1990 (a monthly clock from 1 August; the invasion at the first tick). The United States, bound to Kuwait by no defence treaty, attacks Iraq in January 1991 in aid of Kuwait, which the Council had recognised as acting in collective self-defence (res. 661) and whose liberation it had authorised (res. 678). Kuwait is still at war with Iraq (its territory occupied: the relation stays at the war rung on a calm ladder), so the attack joins that war on Kuwait\'s side, and the Iraq–US war is recorded as begun by Iraq. Resolution 678\'s authorisation is not modelled: the case turns only on the episode.',
    yaml: `version: "1.7"
id: AID-05
title: "The Gulf War, 1990–91"
clock: { start: 1990-08-01, tick: month, horizon: 6 }
${CALM_LADDER}
regions:
  kuwait: { administeredBy: KWT }
  iraq: { administeredBy: IRQ }
${actors({ USA: 'United States', KWT: 'Kuwait', IRQ: 'Iraq' }, { USA: 'nuclear: true', KWT: 'territory: kuwait', IRQ: 'territory: iraq' })}
situations:
  event:
    title: the invasion of Kuwait and Desert Storm
    inject:
      - { at: 0, effect: { armedAttack: { by: IRQ, on: KWT, in: kuwait, intensity: war } } }
      - { at: 5, effect: { armedAttack: { by: USA, on: IRQ, in: iraq, intensity: war, inAidOf: KWT } } }
outcomes:
  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }`,
    situation: 'event',
    expect: {
      obligations: {},
      events: [
        { kind: 'episode', actor: 'USA', target: 'KWT', detail: 'joined:defender:aid', date: '1991-01-01' },
      ],
      relations: [
        { between: ['IRQ', 'KWT'], rung: 'war', war: 'hostilities', initiator: 'IRQ' },
        { between: ['IRQ', 'USA'], rung: 'war', war: 'hostilities', initiator: 'IRQ' },
      ],
    },
  },
  {
    id: 'AID-06',
    title: 'Aid ends with the war it answered: a helper that fights on after the aided state has made peace fights a war of its own, begun by itself',
    source: `${SRC_NICARAGUA}; docs/semantics.md "War episodes", rule 2b`,
    interpretation: 'AID-01, then peace between the DPRK and the ROK (stylised, on 28 June), while the United States stays at war with the DPRK. Collective self-defence answers an armed attack on the state aided; once that state\'s war is over there is nothing left to defend. As for a treaty ally whose casus has ended and who fights on (`onCasusEnd: continue`), the war the DPRK began ends, and the US–DPRK fighting becomes a war of its own begun by the United States (an `episode` event `continued`). Without this the DPRK would stay, for as long as the United States chose to fight, the aggressor of a war it had made peace in.',
    yaml: KOREA('AID-06', 'Aid after the aided state made peace', [INVASION, US_AID, '{ at: 3, effect: { peace: { between: [PRK, ROK] } } }']),
    situation: 'event',
    expect: {
      obligations: {},
      events: [
        { kind: 'episode', actor: 'USA', target: 'ROK', detail: 'joined:defender:aid', date: '1950-06-27' },
        { kind: 'episode', actor: 'USA', target: 'PRK', detail: 'continued', date: '1950-06-28' },
      ],
      relations: [{ between: ['PRK', 'ROK'], rung: 'crisis' }, { between: ['PRK', 'USA'], rung: 'war', initiator: 'USA' }],
    },
  },
];

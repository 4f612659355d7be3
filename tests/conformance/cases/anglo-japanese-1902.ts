/**
 * The Anglo-Japanese Alliance (London, signed and in force 30 January 1902, for five years): Art. II,
 * "If either Great Britain or Japan, in the defence of their respective interests as above
 * described, should become involved in war with another Power, the other High Contracting Party will
 * maintain a strict neutrality, and use its efforts to prevent other Powers from joining in
 * hostilities against its ally"; Art. III, "If in the above event any other Power or Powers should
 * join in hostilities against that ally, the other High Contracting Party will come to its
 * assistance and will conduct the war in common, and make peace in mutual agreement with it."
 *
 * What the cases pin (format 1.12, `armedAttack.sameWar`): a casus that asks for a second enemy in
 * the same war — a Power joining the hostilities — and not a second war of the ally's elsewhere; the
 * war in common is against both. "In the defence of their respective interests" (the war's subject)
 * and the efforts to keep other Powers out are not modelled.
 */
import type { ConformanceCase } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Agreement between the United Kingdom and Japan (London, 30 Jan 1902), Arts. II and III, British and Foreign State Papers vol. 95; text as printed in the Auckland Star, 24 Feb 1904 (https://paperspast.natlib.govt.nz/newspapers/AS19040224.2.24)';

const KEYS = ['anglo-japanese-1902/art2@GBR', 'anglo-japanese-1902/art2@JPN', 'anglo-japanese-1902/art3@GBR', 'anglo-japanese-1902/art3@JPN'];

const PACT = `  - id: anglo-japanese-1902
    name: Anglo-Japanese Alliance
    parties: [GBR, JPN]
    signed: 1902-01-30
    inForce: 1902-01-30
    lapsed: 1905-08-12
    obligations:
      - { id: art2, type: neutrality, article: Art. II, summary: strict neutrality toward the ally at war with another Power }
      - id: art3
        type: defense
        article: Art. III
        summary: any other Power joining in hostilities against the ally; assistance and the war conducted in common
        casus: { armedAttack: { on: party, minEnemies: 2, sameWar: true } }
        response: { atLeast: war }
      - { id: art3-peace, type: no_separate_peace, article: Art. III }`;

const scenario = (id: string, title: string, inject: string): string => eventScenario({
  id, title,
  version: '1.12',
  clock: '{ start: 1904-02-01, tick: day, horizon: 5 }',
  regions: `regions:
  japan: { administeredBy: JPN }
  britain: { administeredBy: GBR }
  russia: { administeredBy: RUS }
  france: { administeredBy: FRA }
  china: { administeredBy: CHN }`,
  actors: actors(
    { GBR: 'Great Britain', JPN: 'Japan', RUS: 'Russia', FRA: 'France', CHN: 'China' },
    { GBR: 'territory: britain', JPN: 'territory: japan', RUS: 'territory: russia', FRA: 'territory: france', CHN: 'territory: china' },
  ),
  pacts: PACT,
  inject,
  outcomes: '  gbr_at_war: { when: { posture: { actor: GBR, atLeast: war } } }',
});

const DORMANT = { state: 'dormant' } as const;
const dormant = Object.fromEntries([...KEYS, 'anglo-japanese-1902/art3-peace@GBR', 'anglo-japanese-1902/art3-peace@JPN'].map((k) => [k, DORMANT]));
const RUSSIA = '      - { at: 1904-02-02, effect: { armedAttack: { by: RUS, on: JPN, intensity: war } } }';

export const ANGLO_JAPANESE_1902_CASES: ConformanceCase[] = [
  {
    id: 'AJ02-01',
    title: 'Russia alone at war with Japan: Art. III is not called into play — Britain stays neutral',
    source: SRC,
    interpretation: 'A hypothetical Russian attack on Japan on 2 Feb 1904 (the war of 1904 began with Japan\'s attack; the case takes the other course to isolate Art. III). Japan is at war with one Power: Art. II\'s neutrality, no Art. III casus (`minEnemies: 2`). Nothing is judged, and Britain is at peace with Russia.',
    yaml: scenario('AJ02-01', 'Russia attacks Japan', RUSSIA),
    situation: 'event',
    expect: {
      obligations: dormant,
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['RUS', 'JPN'], rung: 'war' }, { between: ['GBR', 'RUS'], rung: 'peace' }],
    },
  },
  {
    id: 'AJ02-02',
    title: 'France joins Russia in hostilities against Japan: Britain comes to Japan\'s assistance and conducts the war in common, against both',
    source: SRC,
    interpretation: 'The Russian attack of AJ02-01, then on 3 Feb a French attack on Japan in Russia\'s aid: "any other Power … should join in hostilities against that ally". France joins Russia\'s war (its side), so Japan fights two Powers in the same war: Britain\'s Art. III duty is judged on France\'s attack, Russia joins the casus (a coalition), and Britain, honouring at war, attacks both.',
    yaml: scenario('AJ02-02', 'France joins Russia against Japan', `${RUSSIA}
      - { at: 1904-02-03, effect: { armedAttack: { by: FRA, on: JPN, intensity: war, inAidOf: RUS } } }`),
    situation: 'event',
    expect: {
      obligations: { ...dormant, 'anglo-japanese-1902/art3@GBR': { state: 'honoured', level: 'war' } },
      events: [{ kind: 'obligation', cause: 'obligation:anglo-japanese-1902/art3@GBR', detail: 'coalition', target: 'RUS' }],
      relations: [{ between: ['GBR', 'FRA'], rung: 'war' }, { between: ['GBR', 'RUS'], rung: 'war' }],
    },
  },
  {
    id: 'AJ02-03',
    title: 'Russia at war with Japan, and China, in a quarrel of its own, attacks Japan: no Power joined the war against Japan — Art. III is not met',
    source: SRC,
    interpretation: 'The Russian attack of AJ02-01, then on 3 Feb a Chinese attack on Japan, not in Russia\'s aid: a war of its own (a new war episode). Japan fights two Powers, but not in the same war, and Art. III asks for a Power joining "in hostilities against that ally" (coded `sameWar: true`). Nothing is judged. Without `sameWar`, the count would run over all of Japan\'s wars and Britain would be at war with China.',
    yaml: scenario('AJ02-03', 'Russia and, apart, China attack Japan', `${RUSSIA}
      - { at: 1904-02-03, effect: { armedAttack: { by: CHN, on: JPN, intensity: war } } }`),
    situation: 'event',
    expect: {
      obligations: dormant,
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['CHN', 'JPN'], rung: 'war' }, { between: ['GBR', 'CHN'], rung: 'peace' }],
    },
  },
];

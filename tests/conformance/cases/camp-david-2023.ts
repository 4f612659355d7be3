/**
 * Camp David "Commitment to Consult" (Japan–ROK–US, 18 Aug 2023): consult expeditiously on
 * regional challenges, provocations and threats; politically binding only. Source: facts.md §1f.
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, CAMP_DAVID_KEYS, campDavid2023, eventScenario } from '../fragments.js';

const SRC = 'facts.md §1f (https://kr.usembassy.gov/081923-commitment-to-consult/; http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=179892)';
const NON_BINDING = 'The commitment is "not intended to give rise to rights or obligations under international or domestic law": the engine has no notion of a non-binding pact, so it is coded as a consultation clause whose reliability stands for political will (1 here).';

const scenario = (id: string, title: string, inject: string, coding: Parameters<typeof campDavid2023>[0] = {}): string => eventScenario({
  id, title, clock: '{ start: 2025-03-03, tick: day, horizon: 2 }', inject,
  regions: `regions:
  japan: { administeredBy: JPN }
  rok: { administeredBy: ROK }`,
  actors: actors(
    { USA: 'United States', ROK: 'Republic of Korea', JPN: 'Japan', PRK: 'DPRK' },
    { USA: 'nuclear: true', ROK: 'territory: rok', JPN: 'territory: japan', PRK: 'nuclear: true' },
  ),
  pacts: campDavid2023(coding),
  outcomes: '  threatened: { when: { happened: { event: threat } } }',
});

export const CAMP_DAVID_2023_CASES: ConformanceCase[] = [
  {
    id: 'CD23-01',
    title: 'A DPRK threat against Japan engages the US and the ROK to consult; Japan\'s own duty is not engaged',
    source: SRC,
    interpretation: `"Threats affecting their collective interests" is coded as a threat casus on any party, honoured at consult. ${NON_BINDING}`,
    yaml: scenario('CD23-01', 'Threat against Japan', '      - { at: 1, effect: { threat: { by: PRK, on: JPN } } }'),
    situation: 'event',
    expect: {
      obligations: {
        'camp-david-2023/consult@USA': { state: 'honoured', level: 'consult' },
        'camp-david-2023/consult@ROK': { state: 'honoured', level: 'consult' },
        'camp-david-2023/consult@JPN': { state: 'dormant' },
      },
      ledger: { 'camp-david-2023/consult@USA': honouredLedger('consult'), 'camp-david-2023/consult@ROK': honouredLedger('consult') },
    },
  },
  {
    id: 'CD23-02',
    title: 'An armed attack alone, with no threat event, does not engage a threat-only consultation clause',
    source: SRC,
    interpretation: 'Consultation clauses are judged on threat events (semantics.md); the commitment is coded with a threat casus only, so an author who wants an attack to trigger consultation must say so (a threat inject, or an armed-attack casus as in the Russia–DPRK 2000 coding, U61-01).',
    yaml: scenario('CD23-02', 'Attack without threat', '      - { at: 1, effect: { armedAttack: { by: PRK, on: ROK, intensity: 4 } } }'),
    situation: 'event',
    expect: { obligations: all(CAMP_DAVID_KEYS, DORMANT) },
  },
  {
    id: 'CD23-03',
    title: 'The threat is judged not to affect collective interests (deny = 1): every consultation duty is denied',
    source: SRC,
    interpretation: `Each government judges for itself whether a provocation is one that calls for trilateral consultation; deny 1 for all. ${NON_BINDING}`,
    yaml: scenario('CD23-03', 'Threat denied', '      - { at: 1, effect: { threat: { by: PRK, on: ROK } } }', { consult: { deny: 1 } }),
    situation: 'event',
    expect: {
      obligations: {
        'camp-david-2023/consult@USA': { state: 'denied' },
        'camp-david-2023/consult@ROK': { state: 'dormant' },
        'camp-david-2023/consult@JPN': { state: 'denied' },
      },
      ledger: { 'camp-david-2023/consult@USA': ['judged', 'denied'], 'camp-david-2023/consult@JPN': ['judged', 'denied'] },
    },
  },
];

/**
 * Inter-American Treaty of Reciprocal Assistance (Rio Treaty; 2 Sep 1947, in force 3 Dec 1948):
 * Art. 3, an armed attack by any State against an American State, in the Art. 4 region (Greenland
 * to the Antarctic) or an American State's territory, is an attack against all, met in the exercise
 * of Art. 51 self-defence; Art. 6, consultation on an aggression that is not an armed attack;
 * Art. 20, no State need use armed force without its consent. The cases are the Falklands war of
 * 1982, in which the United States refused to invoke the treaty against Britain. Only two of the
 * parties are written (the United States and Argentina). Source: facts.md §1l.
 */
import { all, DORMANT, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, eventScenario, rio1947, RIO_1947_KEYS, RIO_1947_PERU_KEYS } from '../fragments.js';

const SRC_3 = 'facts.md §1l Art. 3 (62 Stat. 1681: http://en.m.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_62_Part_2.djvu/422); Art. 4 region (https://www.washingtonpost.com/archive/politics/1982/04/20/treaty-governs-relations-within-the-hemisphere/cfd97792-aa11-49c0-8e61-0e2d3eacf511/)';
const SRC_1982 = 'facts.md §1l "Falklands, 1982" (https://todayshistory.org/2-april-1982-7/18563/; https://earth-site.co.uk/OnThisDay/June14.html; the US refusal: https://www.encyclopedia.com/social-sciences-and-law/political-science-and-government/international-organizations/rio-treaty)';

const SRC_REQUEST = 'facts.md §1r "Falklands, 20 Apr 1982" and "26–28 Apr 1982" (https://history.state.gov/historicaldocuments/frus1981-88v13/d113; https://www.csmonitor.com/1982/0421/042166.html; https://history.state.gov/historicaldocuments/frus1981-88v13/d176; http://memoriatdf.blogspot.com/2008/06/malvinasy-la-diplomacia.html); "30 Apr 1982" (https://history.state.gov/historicaldocuments/frus1981-88v13/d196); Art. 3(2) (§1l)';

const scenario = (id: string, title: string, clock: string, inject: string, coding: Parameters<typeof rio1947>[0] = {}, extra?: string): string => eventScenario({
  id, title, clock: clock, inject,
  version: extra !== undefined ? '1.7' : coding.art3?.request !== undefined ? '1.4' : '1.1',
  ...(extra !== undefined ? { extra } : {}),
  regions: `regions:
  art4_region: { name: Rio Treaty Art. 4 region (Greenland to the Antarctic) }
  argentina: { within: art4_region, administeredBy: ARG }
  falklands: { within: art4_region, administeredBy: GBR, claimedBy: [ARG], name: Falkland Islands }
  usa: { within: art4_region, administeredBy: USA }
  peru: { within: art4_region, administeredBy: PER }
  guam: { administeredBy: USA, name: Guam (outside the Art. 4 region) }
  britain: { administeredBy: GBR }
  russia: { administeredBy: RUS }`,
  actors: actors(
    { USA: 'United States', ARG: 'Argentina', GBR: 'United Kingdom', RUS: 'Soviet Union', PER: 'Peru' },
    { USA: 'nuclear: true, territory: usa', ARG: 'territory: argentina', GBR: 'nuclear: true, territory: britain', RUS: 'nuclear: true, territory: russia', PER: 'territory: peru' },
  ),
  pacts: rio1947(coding),
  outcomes: '  us_at_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

const CLOCK_1982 = '{ start: 1982-04-01, tick: day, horizon: 23 }';
const INVASION = '      - { at: 1982-04-02, effect: { armedAttack: { by: ARG, on: GBR, in: falklands, intensity: war } } }';
const COUNTER = '      - { at: 1982-04-22, effect: { armedAttack: { by: GBR, on: ARG, in: falklands, intensity: war } } }';
/** Hypothetical: Britain strikes Peru, a party that had taken no side. */
const STRIKE_ON_PERU = '      - { at: 1982-04-23, effect: { armedAttack: { by: GBR, on: PER, in: peru, intensity: war } } }';

export const RIO_1947_CASES: ConformanceCase[] = [
  {
    id: 'TIAR-01',
    title: 'Falklands, 2 Apr 1982: Argentina\'s invasion of a British-administered territory engages no Rio Treaty duty',
    source: `${SRC_3}; ${SRC_1982}`,
    interpretation: 'The casus is an armed attack against an American State; the United Kingdom is neither an American State nor a party, and Argentina, the attacker, cannot be its own beneficiary. That the islands lie in the Art. 4 region is not enough: the region says where an attack on a protected State counts, not who is protected.',
    yaml: scenario('TIAR-01', 'Falklands invasion', CLOCK_1982, INVASION),
    situation: 'event',
    expect: {
      obligations: all(RIO_1947_KEYS, DORMANT),
      relations: [{ between: ['ARG', 'GBR'], rung: 'war', war: 'hostilities', initiator: 'ARG' }],
    },
  },
  {
    id: 'TIAR-02',
    title: 'Falklands, 22 Apr 1982, Art. 3 read with Art. 51: the British counter-attack on Argentine forces is no casus — Argentina began the war',
    source: `${SRC_3}; ${SRC_1982}`,
    interpretation: 'Art. 3(1) makes the assistance an exercise of the right of self-defence "recognized by Article 51"; coded unprovoked: true. The British attack on the Argentine forces in the islands is an attack by a State on an American State within the Art. 4 region, but it belongs to the war Argentina began on 2 April, in which Argentina stands on the initiator\'s side: the casus is not met and the United States judges nothing. This is the reading under which the US refused to invoke the treaty against Britain.',
    yaml: scenario('TIAR-02', 'Falklands, Art. 51 reading', CLOCK_1982, `${INVASION}\n${COUNTER}`, { art3: { unprovoked: true } }),
    situation: 'event',
    expect: {
      obligations: all(RIO_1947_KEYS, DORMANT),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['USA', 'GBR'], rung: 'peace' }],
    },
  },
  {
    id: 'TIAR-03',
    title: 'Falklands, literal reading: the counter-attack meets Art. 3, Argentina asks, and the United States denies the casus',
    source: `${SRC_3}; ${SRC_1982}; ${SRC_REQUEST}`,
    interpretation: 'Read without the Art. 51 qualifier, as Argentina and the states that asked for the treaty read it, any armed attack by a State on an American State in the region is a casus, whoever began the war: the US obligation is judged met. Art. 3(2) makes each party\'s immediate measures depend on "the request of the State or States directly attacked": coded request: { chance: 1 }, Argentina\'s call for the Organ of Consultation (approved 20 Apr over the US abstention) written as its request — which article it finally rested on is unverified, and the call came before the British counter-attack the case writes. The US abstained on 20 and 28 Apr and sided with Britain on 30 Apr: coded as deny 1 (the obligated party judging with its own attribution). The ledger ends at denied, the denial naming Argentina as the party that asked, and the US does nothing toward Britain.',
    yaml: scenario('TIAR-03', 'Falklands, literal reading', CLOCK_1982, `${INVASION}\n${COUNTER}`, { art3: { request: 1, deny: 1 } }),
    situation: 'event',
    expect: {
      obligations: { ...all(RIO_1947_KEYS, DORMANT), 'rio-1947/art3@USA': { state: 'denied' } },
      ledger: { 'rio-1947/art3@USA': ['judged', 'denied'] },
      events: [{ kind: 'obligation', detail: 'judged', date: '1982-04-22' }, { kind: 'obligation', detail: 'denied', actor: 'USA', attacked: 'ARG', date: '1982-04-22' }],
      relations: [{ between: ['USA', 'GBR'], rung: 'peace' }],
    },
  },
  {
    id: 'TIAR-04',
    title: 'Art. 3(3): an attack on the territory of an American State counts wherever it lies — a hypothetical strike on Guam, outside the Art. 4 region, engages Argentina',
    source: SRC_3,
    interpretation: 'Art. 3 applies to an armed attack "within the region described in Article 4 or within the territory of an American State": coded as two clauses, the region or territory administered by the attacked party. Guam is US territory far outside the zone from Greenland to the Antarctic, so only the second clause is met. Argentina\'s level pinned at diplomatic (Art. 20: no party need use armed force without its consent).',
    yaml: scenario('TIAR-04', 'Attack on the United States', '{ start: 1982-04-01, tick: day, horizon: 3 }', '      - { at: 1, effect: { armedAttack: { by: RUS, on: USA, in: guam, intensity: war } } }'),
    situation: 'event',
    decisions: { 'respond rio-1947/art3@ARG': 'honour:diplomatic' },
    expect: {
      obligations: { ...all(RIO_1947_KEYS, DORMANT), 'rio-1947/art3@ARG': { state: 'honoured', level: 'diplomatic' } },
      ledger: { 'rio-1947/art3@ARG': honouredLedger('diplomatic') },
      relations: [{ between: ['ARG', 'RUS'], rung: 'tension' }],
    },
  },
  {
    id: 'TIAR-05',
    title: 'Art. 6: an aggression that is not an armed attack (a threat against the United States) engages Argentina\'s duty to consult',
    source: 'facts.md §1l Art. 6 (https://www.washingtonpost.com/archive/politics/1982/04/20/treaty-governs-relations-within-the-hemisphere/cfd97792-aa11-49c0-8e61-0e2d3eacf511/); Cuba 1962 (https://www.encyclopedia.com/social-sciences-and-law/political-science-and-government/international-organizations/rio-treaty)',
    interpretation: 'Art. 6 is coded as consultation on a threat (the Organ of Consultation meets; its collective measures are not modelled). A hypothetical Soviet threat against the United States, in the spirit of 1962, when President Kennedy cited the treaty: Argentina consults; no relation moves.',
    yaml: scenario('TIAR-05', 'Art. 6 threat', '{ start: 1962-10-21, tick: day, horizon: 2 }', '      - { at: 1, effect: { threat: { by: RUS, on: USA } } }'),
    situation: 'event',
    expect: {
      obligations: { ...all(RIO_1947_KEYS, DORMANT), 'rio-1947/art6@ARG': { state: 'honoured', level: 'consult' } },
      ledger: { 'rio-1947/art6@ARG': honouredLedger('consult') },
      relations: [{ between: ['ARG', 'RUS'], rung: 'peace' }],
    },
  },
  {
    id: 'TIAR-06',
    title: 'A hypothetical British strike on Peru during the Falklands war, broad reading: Peru, an ally of Argentina that had taken no side, is drawn in on Argentina\'s side — no casus under Art. 3 read with Art. 51',
    source: `${SRC_3}; ${SRC_1982}; docs/semantics.md "War episodes" rule 4`,
    interpretation: 'Peru is written as a third party (it was one). After the invasion and the British counter-attack, a hypothetical British strike on Peru, which in this case has sent nothing and taken no side (in 1982 Peru did send aircraft and missiles to Argentina). Peru and Argentina are allies in the format\'s sense (parties to a pact in force with a defence duty between them), so rule 4 widens the war to Peru on Argentina\'s side — the side that began it — and Art. 3 read with Art. 51 is not met for any party: everything stays dormant, and the episode event says Peru was drawn in by attack. This is the broad reading semantics.md names as a judgment; TIAR-07 takes the strict one.',
    yaml: scenario('TIAR-06', 'Falklands, a strike on Peru (broad reading)', CLOCK_1982, `${INVASION}\n${COUNTER}\n${STRIKE_ON_PERU}`, { art3: { unprovoked: true }, parties: ['USA', 'ARG', 'PER'] }),
    situation: 'event',
    expect: {
      obligations: all(RIO_1947_PERU_KEYS, DORMANT),
      absent: [{ kind: 'obligation' }],
      events: [{ kind: 'episode', actor: 'PER', target: 'ARG', detail: 'joined:initiator:attacked', date: '1982-04-23' }],
      relations: [{ between: ['GBR', 'PER'], rung: 'war', war: 'hostilities', initiator: 'GBR' }],
    },
  },
  {
    id: 'TIAR-07',
    title: 'The same strike, strict reading (`episodes.allyStruck: new_war`): an armed attack on a party that had done nothing — Art. 3 is met, and the United States and Argentina are bound to assist Peru',
    source: `${SRC_3}; UN Charter Art. 51; docs/semantics.md "War episodes" rule 4 and episodes.allyStruck`,
    interpretation: 'TIAR-06 with the scenario reading Art. 51 strictly: a state struck before it took any side in the war is the victim of a new armed attack, not a belligerent by alliance. The strike opens a new war begun by Britain, Peru stands on its defending side, and Art. 3 read with Art. 51 is met for both other parties. Levels pinned at diplomatic (Art. 20: no party need use armed force without its consent). The two cases differ only in the one line that chooses the reading, so a seminar can compare them on common random numbers.',
    yaml: scenario('TIAR-07', 'Falklands, a strike on Peru (strict reading)', CLOCK_1982, `${INVASION}\n${COUNTER}\n${STRIKE_ON_PERU}`, { art3: { unprovoked: true }, parties: ['USA', 'ARG', 'PER'] }, 'episodes:\n  allyStruck: new_war'),
    situation: 'event',
    decisions: { 'respond rio-1947/art3@USA': 'honour:diplomatic', 'respond rio-1947/art3@ARG': 'honour:diplomatic' },
    expect: {
      obligations: {
        ...all(RIO_1947_PERU_KEYS, DORMANT),
        'rio-1947/art3@USA': { state: 'honoured', level: 'diplomatic' },
        'rio-1947/art3@ARG': { state: 'honoured', level: 'diplomatic' },
      },
      ledger: { 'rio-1947/art3@USA': honouredLedger('diplomatic') },
      absent: [{ kind: 'episode', actor: 'PER' }],
      relations: [{ between: ['GBR', 'PER'], rung: 'war', war: 'hostilities', initiator: 'GBR' }, { between: ['GBR', 'USA'], rung: 'tension' }],
    },
  },
];

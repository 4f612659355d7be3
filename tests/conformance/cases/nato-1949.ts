/**
 * North Atlantic Treaty (4 Apr 1949), Art. 5 for contrast: an armed attack on one or more parties
 * in Europe or North America (the Art. 6 area, as regions) is an attack on all; each ally takes
 * "such action as it deems necessary" — a discretionary response. Source: facts.md §1g.
 */
import { DORMANT, all, honouredLedger, type ConformanceCase } from '../case.js';
import { actors, eventScenario, nato1949, natoKeys } from '../fragments.js';

const SRC = 'facts.md §1g Art. 5 (http://www.wordscope.be/anglais/francais/more+concerted+collective.html) and §1h (ATOP 3180 defcoloc = 1); Art. 6 area from the treaty text (not in facts.md)';

const REGIONS = `regions:
  art6_area: { name: North Atlantic Treaty Art. 6 area }
  europe: { within: art6_area }
  north_america: { within: art6_area }
  estonia: { within: europe, administeredBy: EST }
  narva: { within: estonia }
  usa: { within: north_america, administeredBy: USA }
  hawaii: { administeredBy: USA, name: "Hawaii (Pacific, outside the Art. 6 area)" }
  falklands: { administeredBy: GBR, claimedBy: [ARG], name: "Falkland Islands (South Atlantic, south of the Tropic of Cancer)" }
  britain: { within: europe, administeredBy: GBR }`;

const scenario = (id: string, title: string, parties: readonly string[], names: Record<string, string>, clock: string, inject: string): string => eventScenario({
  id, title, clock, inject, regions: REGIONS,
  actors: actors(names, { USA: 'nuclear: true, territory: usa', GBR: 'nuclear: true, territory: britain', FRA: 'nuclear: true', RUS: 'nuclear: true', EST: 'territory: estonia' }),
  pacts: nato1949(parties),
  outcomes: '  alliance_war: { when: { posture: { actor: USA, atLeast: war } } }',
});

const PARTIES_2025 = ['USA', 'GBR', 'FRA', 'DEU', 'EST'];
const NAMES_2025 = { USA: 'United States', GBR: 'United Kingdom', FRA: 'France', DEU: 'Germany', EST: 'Estonia', RUS: 'Russia', ARG: 'Argentina' };
const PARTIES_1982 = ['USA', 'GBR', 'FRA', 'CAN'];
const NAMES_1982 = { USA: 'United States', GBR: 'United Kingdom', FRA: 'France', CAN: 'Canada', RUS: 'USSR', ARG: 'Argentina', EST: 'Estonian SSR' };

export const NATO_1949_CASES: ConformanceCase[] = [
  {
    id: 'N49-01',
    title: 'Art. 5: an attack on Estonia (Narva) engages every other ally, each at the level it deems necessary',
    source: SRC,
    interpretation: '"Such action as it deems necessary, including the use of armed force": response atLeast consult with equal weights on consult…forces; each ally\'s choice is pinned (US and UK forces, France materiel, Germany diplomatic). Estonia, the attacked party, has no duty toward itself. NATO members are a subset for brevity.',
    yaml: scenario('N49-01', 'Narva', PARTIES_2025, NAMES_2025, '{ start: 2025-03-03, tick: day, horizon: 2 }', '      - { at: 1, effect: { armedAttack: { by: RUS, on: EST, in: narva, intensity: 5 } } }'),
    situation: 'event',
    decisions: {
      'respond nato-1949/art5@USA': 'honour:forces',
      'respond nato-1949/art5@GBR': 'honour:forces',
      'respond nato-1949/art5@FRA': 'honour:materiel',
      'respond nato-1949/art5@DEU': 'honour:diplomatic',
    },
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@GBR': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@FRA': { state: 'honoured', level: 'materiel' },
        'nato-1949/art5@DEU': { state: 'honoured', level: 'diplomatic' },
        'nato-1949/art5@EST': { state: 'dormant' },
      },
      ledger: {
        'nato-1949/art5@USA': honouredLedger('forces'),
        'nato-1949/art5@GBR': honouredLedger('forces'),
        'nato-1949/art5@FRA': honouredLedger('materiel'),
        'nato-1949/art5@DEU': honouredLedger('diplomatic'),
      },
      relations: [
        { between: ['USA', 'RUS'], rung: 'war', war: 'hostilities', initiator: 'RUS' },
        { between: ['FRA', 'RUS'], rung: 'crisis', war: 'none' },
        { between: ['DEU', 'RUS'], rung: 'tension', war: 'none' },
      ],
    },
  },
  {
    id: 'N49-02',
    title: 'Art. 5: the Falklands, 2 Apr 1982 — an attack on British territory south of the Tropic of Cancer does not engage the allies',
    source: `${SRC}; the Falklands War is a textbook case of an attack outside the Art. 6 area (general knowledge, not in facts.md)`,
    interpretation: 'The Art. 6 area covers the parties\' territory in Europe and North America and North Atlantic islands north of the Tropic of Cancer; the Falklands lie outside it, whoever administers them.',
    yaml: scenario('N49-02', 'Falklands', PARTIES_1982, NAMES_1982, '{ start: 1982-04-01, tick: day, horizon: 2 }', '      - { at: 1982-04-02, effect: { armedAttack: { by: ARG, on: GBR, in: falklands, intensity: 5 } } }'),
    situation: 'event',
    expect: {
      obligations: all(natoKeys(PARTIES_1982), DORMANT),
      relations: [{ between: ['ARG', 'GBR'], rung: 'war', war: 'hostilities', initiator: 'ARG' }],
    },
  },
  {
    id: 'N49-03',
    title: 'Art. 5: an attack on Hawaii (Pacific, outside the Art. 6 area) does not engage the allies; the same attack on the US mainland does',
    source: SRC,
    interpretation: 'Hawaii is not in Europe or North America nor a North Atlantic island, so Art. 6 leaves it out (the common reading since 1949). The mainland attack the next day belongs to the same war, but the Hawaii attack was never a casus, so the mainland attack is the first (and only) judgment of that war episode.',
    yaml: scenario('N49-03', 'Hawaii and the mainland', PARTIES_2025, NAMES_2025, '{ start: 2025-03-03, tick: day, horizon: 3 }', `      - { at: 1, effect: { armedAttack: { by: RUS, on: USA, in: hawaii, intensity: 5 } } }
      - { at: 2, effect: { armedAttack: { by: RUS, on: USA, in: usa, intensity: 5 } } }`),
    situation: 'event',
    decisions: {
      'respond nato-1949/art5@GBR': 'honour:forces',
      'respond nato-1949/art5@FRA': 'honour:forces',
      'respond nato-1949/art5@DEU': 'honour:forces',
      'respond nato-1949/art5@EST': 'honour:consult',
    },
    expect: {
      obligations: {
        'nato-1949/art5@USA': { state: 'dormant' },
        'nato-1949/art5@GBR': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@FRA': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@DEU': { state: 'honoured', level: 'forces' },
        'nato-1949/art5@EST': { state: 'honoured', level: 'consult' },
      },
      events: [
        { kind: 'armedAttack', region: 'hawaii', date: '2025-03-04' },
        { kind: 'armedAttack', region: 'usa', date: '2025-03-05' },
        { kind: 'obligation', detail: 'judged', date: '2025-03-05' },
      ],
      absent: [{ kind: 'obligation', date: '2025-03-04' }],
    },
  },
];

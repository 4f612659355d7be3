/**
 * The Franco-Russian Military Convention (approved by the two chiefs of staff on 18 August 1892; in
 * force by the exchange of letters of 27 December 1893 and 4 January 1894): Art. 1, "If France is
 * attacked by Germany, or by Italy supported by Germany, Russia shall employ all her available
 * forces to attack Germany. If Russia is attacked by Germany, or by Austria supported by Germany,
 * France shall employ all her available forces to attack Germany."
 *
 * What the cases pin (format 1.12): a casus met only when the attacker is supported by a named state
 * (`armedAttack.supportedBy`), support being a side taken in the attack's war — here arms sent under
 * a treaty — whether it comes with the attack or after it; and a response against the supporter, not
 * the attacker (`response.against: supporter`).
 */
import type { ConformanceCase } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Franco-Russian Military Convention (18 Aug 1892; in force 4 Jan 1894), Art. 1: Ministère des Affaires étrangères, Documents diplomatiques: l\'Alliance franco-russe (Paris, 1918), no. 71; English text at the First World War primary documents archive (https://www.firstworldwar.com/source/francorussianmilitaryconvention.htm)';

const KEYS = ['franco-russian-1892/art1-fra-deu@RUS', 'franco-russian-1892/art1-fra-ita@RUS', 'franco-russian-1892/art1-rus-deu@FRA', 'franco-russian-1892/art1-rus-aut@FRA'];

const PACT = `  - id: franco-russian-1892
    name: Franco-Russian Military Convention
    parties: [FRA, RUS]
    signed: 1892-08-18
    inForce: 1894-01-04
    obligations:
      - { id: art1-fra-deu, type: defense, article: Art. 1, obligated: [RUS], casus: { armedAttack: { on: [FRA], by: [DEU] } }, response: { atLeast: war } }
      - id: art1-fra-ita
        type: defense
        article: Art. 1
        summary: France attacked by Italy supported by Germany; Russia attacks Germany with all its available forces
        obligated: [RUS]
        casus: { armedAttack: { on: [FRA], by: [ITA], supportedBy: [DEU] } }
        response: { atLeast: war, against: supporter }
      - { id: art1-rus-deu, type: defense, article: Art. 1, obligated: [FRA], casus: { armedAttack: { on: [RUS], by: [DEU] } }, response: { atLeast: war } }
      - { id: art1-rus-aut, type: defense, article: Art. 1, obligated: [FRA], casus: { armedAttack: { on: [RUS], by: [AUT], supportedBy: [DEU] } }, response: { atLeast: war, against: supporter } }`;

/**
 * The support under test: a hypothetical German undertaking to arm Italy or Austria-Hungary in an
 * attack on France or Russia (an `offense` duty honoured at `materiel`, which takes the attacker's
 * side of the war); `within` ticks after the attack.
 */
const support = (within: number): string => `
  - id: support
    name: German support (hypothetical)
    parties: [DEU, ITA, AUT]
    inForce: 1894-01-04
    obligations:
      - { id: arms, type: offense, obligated: [DEU], casus: { armedAttack: { by: party } }, response: { atLeast: materiel, within: ${within} } }`;

const scenario = (id: string, title: string, inject: string, supportWithin?: number): string => eventScenario({
  id, title,
  version: '1.12',
  clock: '{ start: 1895-01-01, tick: day, horizon: 5 }',
  regions: `regions:
  france: { administeredBy: FRA }
  russia: { administeredBy: RUS }
  germany: { administeredBy: DEU }
  italy: { administeredBy: ITA }
  austria: { administeredBy: AUT }`,
  actors: actors(
    { FRA: 'France', RUS: 'Russia', DEU: 'Germany', ITA: 'Italy', AUT: 'Austria-Hungary' },
    { FRA: 'territory: france', RUS: 'territory: russia', DEU: 'territory: germany', ITA: 'territory: italy', AUT: 'territory: austria' },
  ),
  pacts: PACT + (supportWithin !== undefined ? support(supportWithin) : ''),
  inject,
  outcomes: '  rus_deu_war: { when: { relation: { between: [RUS, DEU], atLeast: war } } }',
});

const DORMANT = { state: 'dormant' } as const;
const dormant = (keys: readonly string[]): Record<string, typeof DORMANT> => Object.fromEntries(keys.map((k) => [k, DORMANT]));
const attack = (by: string, on: string): string => `      - { at: 1895-01-02, effect: { armedAttack: { by: ${by}, on: ${on}, intensity: war } } }`;

export const FRANCO_RUSSIAN_1892_CASES: ConformanceCase[] = [
  {
    id: 'FR92-01',
    title: 'Germany attacks France: Russia attacks Germany',
    source: SRC,
    interpretation: 'A hypothetical German attack on France on 2 Jan 1895. The first casus of Art. 1 is met (France attacked by Germany): Russia\'s duty is invoked and honoured at war, an attack on Germany.',
    yaml: scenario('FR92-01', 'Germany attacks France', attack('DEU', 'FRA')),
    situation: 'event',
    expect: {
      obligations: { ...dormant(KEYS), 'franco-russian-1892/art1-fra-deu@RUS': { state: 'honoured', level: 'war' } },
      relations: [{ between: ['RUS', 'DEU'], rung: 'war' }],
    },
  },
  {
    id: 'FR92-02',
    title: 'Italy attacks France without German support: Art. 1 is not called into play',
    source: SRC,
    interpretation: 'A hypothetical Italian attack on France, Germany taking no part. "By Italy supported by Germany" (coded `supportedBy: [DEU]`) is not met: nothing is judged, and Russia stays at peace with Italy and Germany. The convention leaves an Italian attack alone to France.',
    yaml: scenario('FR92-02', 'Italy attacks France alone', attack('ITA', 'FRA')),
    situation: 'event',
    expect: {
      obligations: dormant(KEYS),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['ITA', 'FRA'], rung: 'war' }, { between: ['RUS', 'ITA'], rung: 'peace' }, { between: ['RUS', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'FR92-03',
    title: 'Italy attacks France and Germany arms Italy at once: Russia attacks Germany, not Italy',
    source: SRC,
    interpretation: 'The Italian attack of FR92-02, with Germany arming Italy the same day under a hypothetical undertaking (an offense duty honoured at materiel, which puts Germany on Italy\'s side of the war). The attack is now "by Italy supported by Germany": Russia\'s duty is judged, invoked and honoured at war — against Germany, the supporter (`response.against: supporter`), as the text says; Russia and Italy stay at peace.',
    yaml: scenario('FR92-03', 'Italy attacks France, Germany arms Italy', attack('ITA', 'FRA'), 0),
    situation: 'event',
    expect: {
      obligations: { ...dormant(KEYS), 'franco-russian-1892/art1-fra-ita@RUS': { state: 'honoured', level: 'war' }, 'support/arms@DEU': { state: 'honoured', level: 'materiel' } },
      relations: [{ between: ['RUS', 'DEU'], rung: 'war' }, { between: ['RUS', 'ITA'], rung: 'peace' }],
    },
  },
  {
    id: 'FR92-04',
    title: 'Italy attacks France and Germany\'s arms come two days later: the casus is met on the day the support comes',
    source: SRC,
    interpretation: 'As FR92-03, with the German arms sent two days after the attack (the undertaking\'s `within: 2`). Until then the attack meets Art. 1 but for the support and waits in its war; on 4 Jan, when Germany takes Italy\'s side, the casus is met and Russia\'s duty is judged that day, and honoured at war against Germany.',
    yaml: scenario('FR92-04', 'Italy attacks France, German arms follow', attack('ITA', 'FRA'), 2),
    situation: 'event',
    expect: {
      obligations: { ...dormant(KEYS), 'franco-russian-1892/art1-fra-ita@RUS': { state: 'honoured', level: 'war' }, 'support/arms@DEU': { state: 'honoured', level: 'materiel' } },
      events: [{ kind: 'obligation', cause: 'obligation:franco-russian-1892/art1-fra-ita@RUS', date: '1895-01-04' }],
      relations: [{ between: ['RUS', 'DEU'], rung: 'war' }, { between: ['RUS', 'ITA'], rung: 'peace' }],
    },
  },
  {
    id: 'FR92-05',
    title: 'Austria-Hungary attacks France with German support: the text names Italy, so Russia\'s duty is not met',
    source: SRC,
    interpretation: 'A hypothetical Austrian attack on France, armed by Germany. For France, Art. 1 names an attack by Germany or by Italy supported by Germany; Austria-Hungary is named only as an attacker of Russia. Nothing is judged, and Russia stays at peace with Germany.',
    yaml: scenario('FR92-05', 'Austria-Hungary attacks France, Germany arms it', attack('AUT', 'FRA'), 0),
    situation: 'event',
    expect: {
      obligations: { ...dormant(KEYS), 'support/arms@DEU': { state: 'honoured', level: 'materiel' } },
      relations: [{ between: ['AUT', 'FRA'], rung: 'war' }, { between: ['RUS', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'FR92-06',
    title: 'Austria-Hungary attacks Russia with German support: France attacks Germany',
    source: SRC,
    interpretation: 'The second sentence of Art. 1: a hypothetical Austrian attack on Russia, armed by Germany the same day. France\'s duty is met (Russia attacked by Austria supported by Germany) and honoured at war against Germany; France and Austria-Hungary stay at peace.',
    yaml: scenario('FR92-06', 'Austria-Hungary attacks Russia, Germany arms it', attack('AUT', 'RUS'), 0),
    situation: 'event',
    expect: {
      obligations: { ...dormant(KEYS), 'franco-russian-1892/art1-rus-aut@FRA': { state: 'honoured', level: 'war' }, 'support/arms@DEU': { state: 'honoured', level: 'materiel' } },
      relations: [{ between: ['FRA', 'DEU'], rung: 'war' }, { between: ['FRA', 'AUT'], rung: 'peace' }],
    },
  },
];

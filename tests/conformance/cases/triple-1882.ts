/**
 * Treaty of Alliance between Austria-Hungary, Germany and Italy (the Triple Alliance, signed 20 May
 * 1882): Art. III, "If one, or two, of the High Contracting Parties, without direct provocation on
 * their part, should chance to be attacked and to be engaged in a war with two or more Great
 * Powers nonsignatory to the present Treaty, the casus foederis will arise simultaneously for all
 * the High Contracting Parties."
 *
 * What the cases pin: a casus that needs more than one enemy (`armedAttack.minEnemies`, format 1.11)
 * is met by the attack that brings the attacked party's enemies of the named kind to the number
 * the clause asks, not before, and not by an attacker of another kind; the enemies counted are one
 * casus, answered against each (engine 0.11.0).
 */
import type { ConformanceCase } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Triple Alliance (Vienna, 20 May 1882), Art. III, English text in A. F. Pribram, The Secret Treaties of Austria-Hungary 1879–1914, vol. I (1920), as at the Avalon Project (https://avalon.law.yale.edu/19th_century/tripall.asp)';

const KEYS = ['triple-1882/art3@DEU', 'triple-1882/art3@AUT', 'triple-1882/art3@ITA'];

/** Art. III alone (Art. II, the clause on an attack by France, is not coded: the cases isolate Art. III). */
const PACT = `  - id: triple-1882
    name: Treaty of Alliance (Austria-Hungary, Germany, Italy)
    parties: [DEU, AUT, ITA]
    signed: 1882-05-20
    inForce: 1882-05-20
    obligations:
      - id: art3
        type: defense
        article: Art. III
        summary: a party attacked without direct provocation and engaged in a war with two or more non-signatory Great Powers; the casus foederis arises for all
        casus: { armedAttack: { on: party, by: { tag: great_power }, unprovoked: true, minEnemies: 2 } }
        response: { atLeast: forces }`;

const scenario = (id: string, title: string, inject: string): string => eventScenario({
  id, title,
  version: '1.11',
  clock: '{ start: 1890-01-01, tick: day, horizon: 4 }',
  regions: `regions:
  germany: { administeredBy: DEU }
  austria: { administeredBy: AUT }
  italy: { administeredBy: ITA }
  france: { administeredBy: FRA }
  russia: { administeredBy: RUS }
  serbia: { administeredBy: SRB }`,
  actors: actors(
    { DEU: 'Germany', AUT: 'Austria-Hungary', ITA: 'Italy', FRA: 'France', RUS: 'Russia', SRB: 'Serbia' },
    {
      DEU: 'territory: germany', AUT: 'territory: austria', ITA: 'territory: italy',
      // "Great Powers nonsignatory": the tag marks the Great Powers outside the treaty.
      FRA: 'territory: france, tags: [great_power]', RUS: 'territory: russia, tags: [great_power]', SRB: 'territory: serbia',
    },
  ),
  pacts: PACT,
  inject,
  outcomes: '  aut_at_war: { when: { posture: { actor: AUT, atLeast: war } } }',
});

const DORMANT = { state: 'dormant' } as const;
const FRANCE = '      - { at: 1890-01-02, effect: { armedAttack: { by: FRA, on: DEU, intensity: war } } }';

export const TRIPLE_1882_CASES: ConformanceCase[] = [
  {
    id: 'TA82-01',
    title: 'France alone attacks Germany: one Great Power is not "two or more" — Art. III is not called into play',
    source: SRC,
    interpretation: 'A hypothetical French attack on Germany, unprovoked. Germany is engaged in a war with one non-signatory Great Power; Art. III asks for two or more (coded `minEnemies: 2`, the class `by: { tag: great_power }` tagging France and Russia). Nothing is judged: every Art. III duty stays dormant and Austria-Hungary and Italy stay at peace. (Art. II, which answers an attack by France on Italy or Germany, is not coded here.)',
    yaml: scenario('TA82-01', 'France attacks Germany', FRANCE),
    situation: 'event',
    expect: {
      obligations: Object.fromEntries(KEYS.map((k) => [k, DORMANT])),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['FRA', 'DEU'], rung: 'war' }, { between: ['AUT', 'FRA'], rung: 'peace' }, { between: ['ITA', 'FRA'], rung: 'peace' }],
    },
  },
  {
    id: 'TA82-02',
    title: 'France attacks Germany, then Russia does: with the second Great Power the casus foederis arises for Austria-Hungary and Italy together',
    source: SRC,
    interpretation: 'The French attack of TA82-01 on 2 Jan, a Russian attack on Germany on 3 Jan. Russia\'s attack leaves Germany engaged in a war with two non-signatory Great Powers, neither provoked: the casus is met "simultaneously for all" — Austria-Hungary\'s and Italy\'s duties are judged on that attack, France joining the casus as part of the same war (a coalition: engine 0.11.0), and honoured at forces, each joining the war against both Great Powers. Before 0.11.0 the response went against Russia alone, the attacker that completed the count. Germany\'s own duty protects the others and stays dormant.',
    yaml: scenario('TA82-02', 'France, then Russia, attack Germany', `${FRANCE}
      - { at: 1890-01-03, effect: { armedAttack: { by: RUS, on: DEU, intensity: war } } }`),
    situation: 'event',
    expect: {
      obligations: {
        ...Object.fromEntries(KEYS.map((k) => [k, DORMANT])),
        'triple-1882/art3@AUT': { state: 'honoured', level: 'forces' },
        'triple-1882/art3@ITA': { state: 'honoured', level: 'forces' },
      },
      events: [
        { kind: 'obligation', cause: 'obligation:triple-1882/art3@AUT', date: '1890-01-03' },
        { kind: 'obligation', cause: 'obligation:triple-1882/art3@AUT', detail: 'coalition', target: 'FRA' },
        { kind: 'obligation', cause: 'obligation:triple-1882/art3@ITA', detail: 'coalition', target: 'FRA' },
      ],
      relations: [{ between: ['AUT', 'RUS'], rung: 'war' }, { between: ['ITA', 'RUS'], rung: 'war' }, { between: ['AUT', 'FRA'], rung: 'war' }, { between: ['ITA', 'FRA'], rung: 'war' }],
    },
  },
  {
    id: 'TA82-03',
    title: 'France and then Serbia attack Germany: Serbia is no Great Power — still one enemy of the kind the clause names',
    source: SRC,
    interpretation: 'As TA82-02 with Serbia in Russia\'s place. Germany fights two states, but only France is a non-signatory Great Power (Serbia carries no `great_power` tag): the clause counts the enemies its class names, the attacker included, so the casus is not met and nothing is judged.',
    yaml: scenario('TA82-03', 'France, then Serbia, attack Germany', `${FRANCE}
      - { at: 1890-01-03, effect: { armedAttack: { by: SRB, on: DEU, intensity: war } } }`),
    situation: 'event',
    expect: {
      obligations: Object.fromEntries(KEYS.map((k) => [k, DORMANT])),
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['SRB', 'DEU'], rung: 'war' }, { between: ['AUT', 'SRB'], rung: 'peace' }],
    },
  },
];

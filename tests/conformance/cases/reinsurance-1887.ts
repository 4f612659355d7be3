/**
 * The Reinsurance Treaty between Germany and Russia (Berlin, signed 18 June 1887, secret, for three
 * years: Art. IV; not renewed in 1890): Art. I, "In case one of the High Contracting Parties should
 * find itself at war with a third Great Power, the other would maintain a benevolent neutrality
 * towards it, and would devote its efforts to the localization of the conflict. This provision
 * shall not apply to a war against Austria or France in case this war should result from an attack
 * directed against one of these two latter Powers by one of the High Contracting Parties."
 *
 * What the cases pin (format 1.12): a neutrality duty called into play only by a war with a state
 * of a class (`enemies: { tag: great_power }`, "a third Great Power"), and an exception for wars
 * the beneficiary began against named states only (`unprovoked: [AUT, FRA]`) — a German attack on
 * France frees Russia, a German attack on Britain does not, and a war with a small state is no
 * concern of the clause.
 */
import type { ConformanceCase } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Reinsurance Treaty (Berlin, 18 June 1887), Art. I, English text in S. Goriainov, "The End of the Alliance of the Emperors", American Historical Review vol. 23 (1918), pp. 338–339, and in A. F. Pribram, The Secret Treaties of Austria-Hungary 1879–1914, vol. I (1920)';

const RUS_DUTY = 'reinsurance-1887/art1@RUS';
const KEYS = [RUS_DUTY, 'reinsurance-1887/art1@DEU'];

const PACT = `  - id: reinsurance-1887
    name: Reinsurance Treaty (Germany, Russia)
    parties: [DEU, RUS]
    signed: 1887-06-18
    inForce: 1887-06-18
    lapsed: 1890-06-18
    obligations:
      - id: art1
        type: neutrality
        article: Art. I
        summary: benevolent neutrality toward the other party at war with a third Great Power, except in a war against Austria or France resulting from an attack on either by that party
        enemies: { tag: great_power }
        unprovoked: [AUT, FRA]`;

const scenario = (id: string, title: string, inject: string): string => eventScenario({
  id, title,
  version: '1.12',
  clock: '{ start: 1888-01-01, tick: day, horizon: 4 }',
  regions: `regions:
  germany: { administeredBy: DEU }
  russia: { administeredBy: RUS }
  austria: { administeredBy: AUT }
  france: { administeredBy: FRA }
  britain: { administeredBy: GBR }
  denmark: { administeredBy: DNK }`,
  actors: actors(
    { DEU: 'Germany', RUS: 'Russia', AUT: 'Austria-Hungary', FRA: 'France', GBR: 'Great Britain', DNK: 'Denmark' },
    {
      DEU: 'territory: germany, tags: [great_power]', RUS: 'territory: russia, tags: [great_power]',
      AUT: 'territory: austria, tags: [great_power]', FRA: 'territory: france, tags: [great_power]',
      GBR: 'territory: britain, tags: [great_power]', DNK: 'territory: denmark',
    },
  ),
  pacts: PACT,
  inject,
  outcomes: '  rus_at_war: { when: { posture: { actor: RUS, atLeast: war } } }',
});

const DORMANT = { state: 'dormant' } as const;
const dormant = Object.fromEntries(KEYS.map((k) => [k, DORMANT]));
/** Russia strikes Germany the day after the war under test begins, in aid of Germany's enemy. */
const russiaStrikes = (aid: string): string => `      - { at: 1888-01-03, effect: { armedAttack: { by: RUS, on: DEU, intensity: war, inAidOf: ${aid} } } }`;

export const REINSURANCE_1887_CASES: ConformanceCase[] = [
  {
    id: 'RE87-01',
    title: 'France attacks Germany: Russia\'s neutrality binds, and holds back a Russian attack on Germany in France\'s aid',
    source: SRC,
    interpretation: 'A hypothetical French attack on Germany on 2 Jan 1888 and a Russian attack on Germany in France\'s aid on 3 Jan. Germany is at war with a third Great Power (France carries the `great_power` tag) in a war it did not begin, so Art. I binds Russia: its attack is checked against the duty and, with reliability 1, respected — suppressed and recorded. Russia stays at peace with Germany.',
    yaml: scenario('RE87-01', 'France attacks Germany; Russia would strike Germany', `      - { at: 1888-01-02, effect: { armedAttack: { by: FRA, on: DEU, intensity: war } } }
${russiaStrikes('FRA')}`),
    situation: 'event',
    expect: {
      obligations: dormant,
      duties: [{ key: RUS_DUTY, verdict: 'respected' }],
      absent: [{ kind: 'armedAttack', actor: 'RUS' }],
      relations: [{ between: ['FRA', 'DEU'], rung: 'war' }, { between: ['RUS', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'RE87-02',
    title: 'Germany attacks France: the exception for a war against France begun by a party — Russia\'s attack in France\'s aid is not checked',
    source: SRC,
    interpretation: 'A hypothetical German attack on France on 2 Jan 1888, then Russia\'s attack on Germany in France\'s aid. The war results from an attack directed against France by a High Contracting Party: "this provision shall not apply" (coded `unprovoked: [AUT, FRA]`, the war episode\'s victim being France). No duty is checked, no `duty` event is recorded, and Russia and Germany are at war.',
    yaml: scenario('RE87-02', 'Germany attacks France; Russia strikes Germany', `      - { at: 1888-01-02, effect: { armedAttack: { by: DEU, on: FRA, intensity: war } } }
${russiaStrikes('FRA')}`),
    situation: 'event',
    expect: {
      obligations: dormant,
      duties: [],
      relations: [{ between: ['DEU', 'FRA'], rung: 'war' }, { between: ['RUS', 'DEU'], rung: 'war' }],
    },
  },
  {
    id: 'RE87-03',
    title: 'Germany attacks Great Britain: the exception names Austria and France only — Russia\'s neutrality still binds',
    source: SRC,
    interpretation: 'A hypothetical German attack on Great Britain, a third Great Power the exception does not name, then Russia\'s attack on Germany in Britain\'s aid. Germany began the war, but not against Austria or France: the duty stands, and Russia, reliability 1, respects it (its attack suppressed). With `unprovoked: true` the exception would cover every war Germany began, and Russia would strike (the difference from RE87-02 is only the victim).',
    yaml: scenario('RE87-03', 'Germany attacks Britain; Russia would strike Germany', `      - { at: 1888-01-02, effect: { armedAttack: { by: DEU, on: GBR, intensity: war } } }
${russiaStrikes('GBR')}`),
    situation: 'event',
    expect: {
      obligations: dormant,
      duties: [{ key: RUS_DUTY, verdict: 'respected' }],
      absent: [{ kind: 'armedAttack', actor: 'RUS' }],
      relations: [{ between: ['DEU', 'GBR'], rung: 'war' }, { between: ['RUS', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'RE87-04',
    title: 'Denmark attacks Germany: a war with a state that is no Great Power does not call Art. I into play',
    source: SRC,
    interpretation: 'A hypothetical Danish attack on Germany, then Russia\'s attack on Germany in Denmark\'s aid. Germany is at war, and did not begin it, but not "with a third Great Power" (Denmark carries no `great_power` tag; `enemies: { tag: great_power }`): the neutrality is not in play, nothing is checked, and Russia and Germany are at war. Written without `enemies`, neutrality binds in any war with a third state and Russia would be held back.',
    yaml: scenario('RE87-04', 'Denmark attacks Germany; Russia strikes Germany', `      - { at: 1888-01-02, effect: { armedAttack: { by: DNK, on: DEU, intensity: war } } }
${russiaStrikes('DNK')}`),
    situation: 'event',
    expect: {
      obligations: dormant,
      duties: [],
      relations: [{ between: ['DNK', 'DEU'], rung: 'war' }, { between: ['RUS', 'DEU'], rung: 'war' }],
    },
  },
  {
    id: 'RE87-05',
    title: 'Russia attacks Austria-Hungary: the exception runs both ways — Germany\'s attack on Russia in Austria\'s aid is not checked',
    source: SRC,
    interpretation: 'A hypothetical Russian attack on Austria-Hungary on 2 Jan 1888, then a German attack on Russia in Austria\'s aid on 3 Jan (the Dual Alliance of 1879, which would call Germany in, is not coded: the case isolates Art. I). The war results from an attack directed against Austria by a High Contracting Party, so Germany\'s neutrality toward Russia does not apply: nothing is checked, and Germany and Russia are at war.',
    yaml: scenario('RE87-05', 'Russia attacks Austria-Hungary; Germany strikes Russia', `      - { at: 1888-01-02, effect: { armedAttack: { by: RUS, on: AUT, intensity: war } } }
      - { at: 1888-01-03, effect: { armedAttack: { by: DEU, on: RUS, intensity: war, inAidOf: AUT } } }`),
    situation: 'event',
    expect: {
      obligations: dormant,
      duties: [],
      relations: [{ between: ['RUS', 'AUT'], rung: 'war' }, { between: ['DEU', 'RUS'], rung: 'war' }],
    },
  },
];

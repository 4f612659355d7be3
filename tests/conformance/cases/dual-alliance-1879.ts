/**
 * The Dual Alliance between Austria-Hungary and Germany (Vienna, signed 7 October 1879): Art. I,
 * "Should, contrary to their hope, … one of the two Empires be attacked by Russia, the High
 * Contracting Parties are bound to come to the assistance one of the other with the whole war
 * strength of their Empires, and accordingly only to conclude peace together and upon mutual
 * agreement"; Art. II, "Should one of the High Contracting Parties be attacked by another Power,
 * the other High Contracting Party binds itself hereby, not only not to support the aggressor
 * against its high Ally, but to observe at least a benevolent neutral attitude … Should, however,
 * the attacking party in such a case be supported by Russia, either by an active cooperation or
 * by military measures which constitute a menace to the Party attacked, then the obligation
 * stipulated in Article I … becomes equally operative, and the conduct of the war by the two High
 * Contracting Parties shall in this case also be in common until the conclusion of a common peace."
 *
 * What the cases pin (format 1.12, `supportedBy` with `menace` and `response.against: both`): an attack
 * by another Power supported by Russia — arming it, or threatening the attacked party during the
 * war — is answered by war against the attacker and Russia together, as one casus.
 */
import type { ConformanceCase } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Treaty of Alliance between Austria-Hungary and Germany (7 Oct 1879), Arts. I and II, English text in A. F. Pribram, The Secret Treaties of Austria-Hungary 1879–1914, vol. I (1920), as at the First World War primary documents archive (https://www.firstworldwar.com/source/dualalliance.htm)';

const KEYS = ['dual-1879/art1@AUT', 'dual-1879/art1@DEU', 'dual-1879/art2-neutral@AUT', 'dual-1879/art2-neutral@DEU', 'dual-1879/art2-russia@AUT', 'dual-1879/art2-russia@DEU'];

const PACT = `  - id: dual-1879
    name: Dual Alliance (Austria-Hungary, Germany)
    parties: [AUT, DEU]
    signed: 1879-10-07
    inForce: 1879-10-07
    obligations:
      - { id: art1, type: defense, article: Art. I, casus: { armedAttack: { on: party, by: [RUS] } }, response: { atLeast: war } }
      - { id: art2-neutral, type: neutrality, article: Art. II, summary: not to support the aggressor and at least a benevolent neutrality, unprovoked: true }
      - id: art2-russia
        type: defense
        article: Art. II
        summary: the attacking party supported by Russia; Art. I operative, the war in common
        casus: { armedAttack: { on: party, by: { except: [RUS] }, supportedBy: [RUS], menace: true } }
        response: { atLeast: war, against: both }`;

/** A hypothetical Russian undertaking to arm France in a war of France's (an offense duty at materiel). */
const RUSSIAN_ARMS = `
  - id: arms
    name: Russian arms for France (hypothetical)
    parties: [RUS, FRA]
    inForce: 1879-01-01
    obligations:
      - { id: arms, type: offense, obligated: [RUS], casus: { armedAttack: { by: party } }, response: { atLeast: materiel } }`;

const scenario = (id: string, title: string, inject: string, arms = false): string => eventScenario({
  id, title,
  version: '1.12',
  clock: '{ start: 1887-01-01, tick: day, horizon: 5 }',
  regions: `regions:
  germany: { administeredBy: DEU }
  austria: { administeredBy: AUT }
  russia: { administeredBy: RUS }
  france: { administeredBy: FRA }`,
  actors: actors(
    { AUT: 'Austria-Hungary', DEU: 'Germany', RUS: 'Russia', FRA: 'France' },
    { AUT: 'territory: austria', DEU: 'territory: germany', RUS: 'territory: russia', FRA: 'territory: france' },
  ),
  pacts: PACT + (arms ? RUSSIAN_ARMS : ''),
  inject,
  outcomes: '  aut_at_war: { when: { posture: { actor: AUT, atLeast: war } } }',
});

const DORMANT = { state: 'dormant' } as const;
const dormant = Object.fromEntries(KEYS.map((k) => [k, DORMANT]));
const FRANCE = '      - { at: 1887-01-02, effect: { armedAttack: { by: FRA, on: DEU, intensity: war } } }';

export const DUAL_ALLIANCE_1879_CASES: ConformanceCase[] = [
  {
    id: 'DA79-01',
    title: 'Russia attacks Germany: Art. I — Austria-Hungary goes to war with Russia',
    source: SRC,
    interpretation: 'A hypothetical Russian attack on Germany on 2 Jan 1887: Austria-Hungary\'s Art. I duty is met and honoured at war.',
    yaml: scenario('DA79-01', 'Russia attacks Germany', '      - { at: 1887-01-02, effect: { armedAttack: { by: RUS, on: DEU, intensity: war } } }'),
    situation: 'event',
    expect: {
      obligations: { ...dormant, 'dual-1879/art1@AUT': { state: 'honoured', level: 'war' } },
      relations: [{ between: ['AUT', 'RUS'], rung: 'war' }],
    },
  },
  {
    id: 'DA79-02',
    title: 'France alone attacks Germany: Art. II asks only benevolent neutrality of Austria-Hungary — no war',
    source: SRC,
    interpretation: 'A hypothetical French attack on Germany, Russia taking no part: Art. II\'s first paragraph, a neutrality (coded with `unprovoked: true`, since it follows an attack on the ally); its second paragraph asks for Russian support, which there is not. Nothing is judged and Austria-Hungary stays at peace with France.',
    yaml: scenario('DA79-02', 'France attacks Germany', FRANCE),
    situation: 'event',
    expect: {
      obligations: dormant,
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['FRA', 'DEU'], rung: 'war' }, { between: ['AUT', 'FRA'], rung: 'peace' }],
    },
  },
  {
    id: 'DA79-03',
    title: 'France attacks Germany and Russia arms France: Art. I becomes operative — Austria-Hungary makes war in common against France and Russia',
    source: SRC,
    interpretation: 'The French attack of DA79-02 with Russia arming France the same day under a hypothetical undertaking (an offense duty honoured at materiel, which puts Russia on France\'s side of the war: "an active cooperation"). Austria-Hungary\'s Art. II duty is met ("supported by Russia", coded `supportedBy: [RUS]`); with `against: both` Russia joins the casus and Austria-Hungary, honouring at war, attacks France and Russia alike.',
    yaml: scenario('DA79-03', 'France attacks Germany, Russia arms France', FRANCE, true),
    situation: 'event',
    expect: {
      obligations: { ...dormant, 'dual-1879/art2-russia@AUT': { state: 'honoured', level: 'war' }, 'arms/arms@RUS': { state: 'honoured', level: 'materiel' } },
      events: [{ kind: 'obligation', cause: 'obligation:dual-1879/art2-russia@AUT', detail: 'coalition', target: 'RUS' }],
      relations: [{ between: ['AUT', 'FRA'], rung: 'war' }, { between: ['AUT', 'RUS'], rung: 'war' }],
    },
  },
  {
    id: 'DA79-04',
    title: 'France attacks Germany and Russia threatens Germany the next day: support "by military measures which constitute a menace" — Austria-Hungary makes war in common against both',
    source: SRC,
    interpretation: 'The French attack of DA79-02 on 2 Jan, then on 3 Jan a Russian threat of armed aggression against Germany, Russia taking no part in the fighting. During the war the threat is support by menace (coded `menace: true` beside `supportedBy: [RUS]`): the attack waited in its war for support and is judged on 3 Jan; with `against: both` Austria-Hungary attacks France and Russia. A Russian threat made before the war began would not count.',
    yaml: scenario('DA79-04', 'France attacks Germany, Russia menaces Germany', `${FRANCE}
      - { at: 1887-01-03, effect: { threat: { by: RUS, on: DEU } } }`),
    situation: 'event',
    expect: {
      obligations: { ...dormant, 'dual-1879/art2-russia@AUT': { state: 'honoured', level: 'war' } },
      events: [{ kind: 'obligation', cause: 'obligation:dual-1879/art2-russia@AUT', detail: 'judged', date: '1887-01-03' }],
      relations: [{ between: ['AUT', 'FRA'], rung: 'war' }, { between: ['AUT', 'RUS'], rung: 'war' }],
    },
  },
];

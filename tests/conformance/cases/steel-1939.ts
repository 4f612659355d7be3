/**
 * The Pact of Friendship and Alliance between Germany and Italy (the Pact of Steel, Berlin, signed
 * and in force 22 May 1939): Art. V, the parties "undertake even now that, in the event of a war
 * conducted jointly, they will conclude an armistice or peace only in full agreement with each
 * other". (Art. III, assistance whenever the partner "becomes involved in warlike complications",
 * is coded in fragments.ts and tested in RR-20, RR-21 and RR-65.)
 *
 * What the cases pin (format 1.11, `no_separate_peace`; format 1.15, its `consent` — "in full
 * agreement"): Italy's separate armistice of September 1943 with the United Kingdom and the United
 * States, while Germany fought both on and without its agreement, is a truce the duty bears on —
 * breached as it was, or held back; an armistice that ends Germany's fight too
 * (an episode-wide ceasefire) is not separate; a truce in a war Italy fought alone (Greece, before
 * Germany entered it) is not "a war conducted jointly" and is not checked.
 */
import type { ConformanceCase } from '../case.js';
import { all, DORMANT } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Pact of Friendship and Alliance between Germany and Italy (22 May 1939), Art. V: Avalon Project (https://avalon.law.yale.edu/wwii/steel.asp); not in facts.md';
const SRC_1943 = 'the armistice of Cassibile, signed 3 Sep 1943 by Italy with the Allied commander for the United Kingdom and the United States and made public on 8 Sep 1943, without Germany\'s agreement; Germany fought on against both (general knowledge, not in facts.md)';
const SRC_1940 = 'the Italian invasion of Greece, 28 Oct 1940, and the German invasion of Greece, 6 Apr 1941 (general knowledge, not in facts.md)';

const KEYS = ['steel-1939/art5@DEU', 'steel-1939/art5@ITA'];
const ITA = 'steel-1939/art5@ITA';

const pact = (reliability: number): string => `  - id: steel-1939
    name: Pact of Friendship and Alliance between Germany and Italy (Pact of Steel)
    parties: [DEU, ITA]
    signed: 1939-05-22
    inForce: 1939-05-22
    source: Avalon Project, steel.asp
    obligations:
      - id: art5
        type: no_separate_peace
        article: Art. V
        summary: in a war conducted jointly, an armistice or peace only in full agreement with each other
        # "only in full agreement with each other": the partner left fighting is asked first;
        # Germany did not agree to Cassibile (0).
        consent: 0
        reliability: ${reliability}`;

/** The joint war of September 1943: Germany and Italy against the United Kingdom and the United States. */
const WARS_1943 = `
relations:
  - { between: [DEU, GBR], rung: war, war: declared, initiator: DEU, since: 1939-09-03 }
  - { between: [ITA, GBR], rung: war, war: declared, initiator: ITA, since: 1940-06-10 }
  - { between: [DEU, USA], rung: war, war: declared, initiator: DEU, since: 1941-12-11 }
  - { between: [ITA, USA], rung: war, war: declared, initiator: ITA, since: 1941-12-11 }`;

const scenario = (id: string, title: string, clock: string, inject: string, reliability: number, relations: string): string => eventScenario({
  id, title,
  version: '1.15',
  clock,
  actors: `${actors({ DEU: 'Germany', ITA: 'Italy', GBR: 'United Kingdom', USA: 'United States', GRC: 'Greece' })}${relations}`,
  pacts: pact(reliability),
  inject,
  outcomes: '  ita_out: { when: { relation: { between: [ITA, GBR], atMost: crisis } } }',
});

const CLOCK_1943 = '{ start: 1943-09-07, tick: day, horizon: 3 }';
const CASSIBILE = `      - { at: 1943-09-08, effect: { ceasefire: { between: [ITA, GBR] } } }
      - { at: 1943-09-08, effect: { ceasefire: { between: [ITA, USA] } } }`;

export const STEEL_1939_CASES: ConformanceCase[] = [
  {
    id: 'PS39-01',
    title: 'The armistice of Cassibile (in effect 8 Sep 1943): Italy\'s truce with the United Kingdom and the United States, Germany fighting both on — Art. V breached twice',
    source: `${SRC}; ${SRC_1943}`,
    interpretation: 'Germany and Italy at war with the United Kingdom and the United States (the wars under way at the start, begun by the Axis side). Italy\'s armistice is written as two ceasefires between pairs, Italy–UK and Italy–US, on 8 Sep. Each is a truce "with an enemy a beneficiary is still fighting" — Germany fights both on — and neither ends Germany\'s fight: the Italian Art. V duty is asked for each and, with reliability 0 (the breach that happened), breached each time; the truces take effect. Germany\'s own duty is not engaged (it makes no truce). A historian would cite also — for the truce with the United States, first — the Germany–Italy–Japan agreement of 11 Dec 1941, Art. II (no armistice or peace with the United States or England without complete and reciprocal agreement), not coded here; whether the Pact of Steel still bound Italy after Mussolini\'s fall is debated.',
    yaml: scenario('PS39-01', 'The armistice of Cassibile', CLOCK_1943, CASSIBILE, 0, WARS_1943),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [{ key: ITA, verdict: 'breached' }, { key: ITA, verdict: 'breached' }],
      events: [{ kind: 'ceasefire', actor: 'ITA', target: 'GBR', date: '1943-09-08' }, { kind: 'ceasefire', actor: 'ITA', target: 'USA', date: '1943-09-08' }],
      relations: [
        { between: ['ITA', 'GBR'], rung: 'crisis' },
        { between: ['ITA', 'USA'], rung: 'crisis' },
        { between: ['DEU', 'GBR'], rung: 'war', initiator: 'DEU' },
        { between: ['DEU', 'USA'], rung: 'war', initiator: 'DEU' },
      ],
    },
  },
  {
    id: 'PS39-02',
    title: 'The same armistice with Italy keeping its word (hypothetical): Art. V respected, no separate truce — Italy stays at war',
    source: `${SRC}; ${SRC_1943}`,
    interpretation: 'As PS39-01 with reliability 1: the first truce is held back by the duty (respected), and so is the second. Italy\'s wars with the United Kingdom and the United States go on.',
    yaml: scenario('PS39-02', 'No separate armistice', CLOCK_1943, CASSIBILE, 1, WARS_1943),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [{ key: ITA, verdict: 'respected' }, { key: ITA, verdict: 'respected' }],
      absent: [{ kind: 'ceasefire' }],
      relations: [{ between: ['ITA', 'GBR'], rung: 'war' }, { between: ['ITA', 'USA'], rung: 'war' }],
    },
  },
  {
    id: 'PS39-03',
    title: 'An armistice that ends the whole war (hypothetical): a ceasefire that ends Germany\'s fight with the United Kingdom too is not separate — no duty is asked',
    source: SRC,
    interpretation: 'A ceasefire between Italy and the United Kingdom written with `scope: episode` ends every pair fighting in that war, Germany\'s included: the truce leaves no partner still fighting the enemy, an armistice "in full agreement with each other" by its very form. No duty event; every relation of the war falls to crisis. (An armistice Germany agreed to while fighting on — consent without a common end — is the duty\'s `consent`, format 1.15: 0 in these cases, as Germany did not agree in 1943; the Anglo-Soviet AS42-04 pins it at 1.)',
    yaml: scenario('PS39-03', 'A general armistice', CLOCK_1943, '      - { at: 1943-09-08, effect: { ceasefire: { between: [ITA, GBR], scope: episode } } }', 1, WARS_1943),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [],
      relations: [{ between: ['ITA', 'GBR'], rung: 'crisis' }, { between: ['DEU', 'GBR'], rung: 'crisis' }],
    },
  },
  {
    id: 'PS39-04',
    title: 'A war Italy fought alone: a truce with Greece in December 1940 (hypothetical), before Germany entered that war, is not one of "a war conducted jointly" — not checked',
    source: `${SRC}; ${SRC_1940}`,
    interpretation: 'Italy invaded Greece on 28 Oct 1940; Germany entered that war only on 6 Apr 1941. A hypothetical Italian–Greek ceasefire of 15 Dec 1940, while Germany and Italy were fighting the United Kingdom jointly: Germany was not fighting Greece, so the truce is no separate peace under Art. V. No duty event; the truce takes effect and the joint war with the United Kingdom goes on.',
    yaml: scenario('PS39-04', 'A truce with Greece', '{ start: 1940-12-14, tick: day, horizon: 3 }', '      - { at: 1940-12-15, effect: { ceasefire: { between: [ITA, GRC] } } }', 1, `
relations:
  - { between: [DEU, GBR], rung: war, war: declared, initiator: DEU, since: 1939-09-03 }
  - { between: [ITA, GBR], rung: war, war: declared, initiator: ITA, since: 1940-06-10 }
  - { between: [ITA, GRC], rung: war, war: hostilities, initiator: ITA, since: 1940-10-28 }`),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [],
      events: [{ kind: 'ceasefire', actor: 'ITA', target: 'GRC', date: '1940-12-15' }],
      relations: [{ between: ['ITA', 'GRC'], rung: 'crisis' }, { between: ['ITA', 'GBR'], rung: 'war' }],
    },
  },
];

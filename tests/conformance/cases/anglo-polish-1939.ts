/**
 * The Agreement of Mutual Assistance between the United Kingdom and Poland (London, signed and in
 * force 25 Aug 1939) and its secret protocol of the same day. Art. 1: should a party "become engaged
 * in hostilities with a European Power in consequence of aggression by the latter against that
 * Contracting Party", the other "will at once give ... all the support and assistance in its power";
 * Art. 2(1): Art. 1 applies also to "any action by a European Power which clearly threatened,
 * directly or indirectly, the independence" of a party and which that party "considered it vital to
 * resist ... with its armed forces"; Art. 7: parties engaged in hostilities in consequence of the
 * Agreement conclude an armistice or peace only "by mutual agreement". Secret protocol, point 1:
 * (a) "the expression 'a European Power' employed in the Agreement is to be understood Germany";
 * (b) on such action by a European Power other than Germany the parties "will consult together";
 * point 2: the case of Art. 2(1) is the Free City of Danzig.
 *
 * What the cases pin: Art. 1 read with the protocol is a duty against Germany alone, beside a duty
 * to consult against any other European aggressor (the Soviet invasion of 17 Sep 1939); read as the
 * published text, it would have called the United Kingdom into war with the USSR. Art. 7 is a
 * `no_separate_peace` duty. Art. 2(1) can be written only approximately (AP39-05).
 */
import type { ConformanceCase } from '../case.js';
import { all, DORMANT, honouredLedger } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Agreement of Mutual Assistance between the United Kingdom and Poland (25 Aug 1939), Arts. 1, 2 and 7, and the secret protocol of the same day, points 1 and 2: text with the protocol at https://msuweb.montclair.edu/~furrg/research/mlg09/secret_uk_pol_agreement_082539.html (after A. Carty and R. A. Smith, Sir Gerald Fitzmaurice and the World Crisis, 2000, p. 312); not in facts.md';
const SRC_1939 = 'the German invasion of Poland, 1 Sep 1939, the British declaration of war on Germany, 3 Sep 1939, and the Soviet invasion of Poland, 17 Sep 1939, which the United Kingdom answered with no declaration of war (general knowledge, not in facts.md)';

type Reading = 'protocol' | 'published';

/**
 * Art. 1 under the protocol (Germany alone; any other European aggressor → consultation), or as the
 * published text stands (any European Power). Art. 7 beside it.
 */
const pact = (reading: Reading, extra = ''): string => `  - id: anglo-polish-1939
    name: Agreement of Mutual Assistance (United Kingdom–Poland)
    parties: [GBR, POL]
    signed: 1939-08-25
    inForce: 1939-08-25
    source: Agreement and secret protocol of 25 Aug 1939
    obligations:
      - id: art1
        type: defense
        article: Art. 1${reading === 'protocol' ? ' with the secret protocol, point 1(a)' : ''}
        summary: the other party engaged in hostilities with ${reading === 'protocol' ? 'Germany' : 'a European Power'} in consequence of its aggression → at once all the support and assistance in its power
        casus: { armedAttack: { on: party, by: ${reading === 'protocol' ? '[DEU]' : '{ tag: european }'}, unprovoked: true } }
        response: { atLeast: forces, levels: { forces: 1, war: 1 }, within: 2 }${reading === 'protocol' ? `
      - id: protocol-1b
        type: consultation
        article: Secret protocol, point 1(b)
        summary: action within the meaning of Art. 1 by a European Power other than Germany → the parties consult together on the measures to be taken in common
        casus: { armedAttack: { on: party, by: { allOf: [{ tag: european }, { except: [DEU] }] }, unprovoked: true } }
        response: { atLeast: consult }` : ''}
      - id: art7
        type: no_separate_peace
        article: Art. 7
        summary: engaged in hostilities in consequence of the Agreement, an armistice or peace only by mutual agreement${extra}`;

const scenario = (id: string, title: string, clock: string, inject: string, reading: Reading, relations = '', extra = ''): string => eventScenario({
  id, title,
  version: '1.13',
  clock,
  regions: `regions:
  poland: { administeredBy: POL }
  britain: { administeredBy: GBR }
  germany: { administeredBy: DEU }
  soviet_union: { administeredBy: SUN }
  danzig: { name: Free City of Danzig, administeredBy: DZG }`,
  actors: `${actors(
    { GBR: 'United Kingdom', POL: 'Poland', DEU: 'Germany', SUN: 'Soviet Union', DZG: 'Free City of Danzig' },
    {
      GBR: 'territory: britain, tags: [european]', POL: 'territory: poland, tags: [european]', DEU: 'territory: germany, tags: [european]',
      SUN: 'territory: soviet_union, tags: [european]', DZG: 'territory: danzig',
    },
  )}${relations}`,
  pacts: pact(reading, extra),
  inject,
  outcomes: '  uk_at_war: { when: { posture: { actor: GBR, atLeast: war } } }',
});

const KEYS_PROTOCOL = [
  'anglo-polish-1939/art1@GBR', 'anglo-polish-1939/art1@POL',
  'anglo-polish-1939/protocol-1b@GBR', 'anglo-polish-1939/protocol-1b@POL',
  'anglo-polish-1939/art7@GBR', 'anglo-polish-1939/art7@POL',
];
const KEYS_PUBLISHED = ['anglo-polish-1939/art1@GBR', 'anglo-polish-1939/art1@POL', 'anglo-polish-1939/art7@GBR', 'anglo-polish-1939/art7@POL'];
const UK_ART1 = 'anglo-polish-1939/art1@GBR';
const UK_CONSULT = 'anglo-polish-1939/protocol-1b@GBR';

/** The war of September 1939 as it stood on the 17th. */
const SEPTEMBER = `
relations:
  - { between: [DEU, POL], rung: war, war: hostilities, initiator: DEU, since: 1939-09-01 }
  - { between: [DEU, GBR], rung: war, war: declared, initiator: DEU, since: 1939-09-03 }`;
const SOVIET_INVASION = '      - { at: 1939-09-17, effect: { armedAttack: { by: SUN, on: POL, in: poland, intensity: war } } }';

export const ANGLO_POLISH_1939_CASES: ConformanceCase[] = [
  {
    id: 'AP39-01',
    title: 'Germany invades Poland (1 Sep 1939): Art. 1 read with the protocol is met — the United Kingdom answers with war two days later; the duty to consult is not engaged',
    source: `${SRC}; ${SRC_1939}`,
    interpretation: 'Art. 1 with protocol point 1(a) is a defence duty against Germany (`by: [DEU]`), in hostilities "in consequence of aggression by the latter" (`unprovoked`), answered "at once" with all the support in the party\'s power — forces or war, the United Kingdom\'s choice pinned at war, within 2 days (1 to 3 Sep). Germany is not "a European Power other than Germany": point 1(b) stays dormant. RR-65 has the same event with Art. 1 read without the protocol.',
    yaml: scenario('AP39-01', 'The German invasion', '{ start: 1939-08-31, tick: day, horizon: 4 }', '      - { at: 1939-09-01, effect: { armedAttack: { by: DEU, on: POL, in: poland, intensity: war } } }', 'protocol'),
    situation: 'event',
    decisions: { [`respond ${UK_ART1}`]: 'honour:war' },
    expect: {
      obligations: { ...all(KEYS_PROTOCOL, DORMANT), [UK_ART1]: { state: 'honoured', level: 'war' } },
      ledger: { [UK_ART1]: honouredLedger('war') },
      events: [
        { kind: 'obligation', cause: `obligation:${UK_ART1}`, detail: 'judged', date: '1939-09-01' },
        { kind: 'armedAttack', actor: 'GBR', target: 'DEU', date: '1939-09-03' },
      ],
      relations: [{ between: ['GBR', 'DEU'], rung: 'war', initiator: 'DEU' }],
    },
  },
  {
    id: 'AP39-02',
    title: 'The Soviet invasion of Poland (17 Sep 1939), read with the secret protocol: not "Germany", so Art. 1 is not met — the United Kingdom owes consultation only, and stays at peace with the USSR',
    source: `${SRC}; ${SRC_1939}`,
    interpretation: 'Poland at war with Germany since 1 Sep, the United Kingdom since 3 Sep. The Soviet attack of 17 Sep opens a war of its own (the USSR is no ally of Germany in the scenario: the 1939 non-aggression treaty has no defence duty), begun by the USSR. Protocol point 1(a) limits Art. 1 to Germany: nothing is judged under it. Point 1(b), action within the meaning of Art. 1 by another European Power, is met: the British duty to consult is judged, invoked and honoured at consult, which moves no relation — as the United Kingdom declared no war on the USSR.',
    yaml: scenario('AP39-02', 'The Soviet invasion, with the protocol', '{ start: 1939-09-16, tick: day, horizon: 4 }', SOVIET_INVASION, 'protocol', SEPTEMBER),
    situation: 'event',
    expect: {
      obligations: { ...all(KEYS_PROTOCOL, DORMANT), [UK_CONSULT]: { state: 'honoured', level: 'consult' } },
      ledger: { [UK_CONSULT]: honouredLedger('consult') },
      relations: [{ between: ['SUN', 'POL'], rung: 'war', initiator: 'SUN' }, { between: ['GBR', 'SUN'], rung: 'peace', war: 'none' }],
    },
  },
  {
    id: 'AP39-03',
    title: 'The Soviet invasion read with the published text alone: the USSR is a European Power, so Art. 1 is met and the United Kingdom is bound to join Poland\'s war against it',
    source: `${SRC}; ${SRC_1939}`,
    interpretation: 'As AP39-02 with Art. 1 as published ("a European Power", `by: { tag: european }`) and no protocol. The Soviet aggression meets it: the British duty is judged and, its level pinned at forces (defending in place), honoured — the United Kingdom is at war with the USSR on Poland\'s side. The protocol, secret until 1945, is what kept the obligation to Germany; the suite codes the protocol reading as the treaty (AP39-02).',
    yaml: scenario('AP39-03', 'The Soviet invasion, published text', '{ start: 1939-09-16, tick: day, horizon: 4 }', SOVIET_INVASION, 'published', SEPTEMBER),
    situation: 'event',
    decisions: { [`respond ${UK_ART1}`]: 'honour:forces' },
    expect: {
      obligations: { ...all(KEYS_PUBLISHED, DORMANT), [UK_ART1]: { state: 'honoured', level: 'forces' } },
      ledger: { [UK_ART1]: honouredLedger('forces') },
      relations: [{ between: ['GBR', 'SUN'], rung: 'war', initiator: 'SUN' }],
    },
  },
  {
    id: 'AP39-04',
    title: 'Art. 7: a British armistice with Germany after the "peace offer" of 6 Oct 1939 (hypothetical), Poland still at war — held back, no separate armistice',
    source: `${SRC}; Hitler's Reichstag speech of 6 Oct 1939 offering peace, rejected by Chamberlain on 12 Oct 1939 (general knowledge, not in facts.md)`,
    interpretation: 'The war of September as it stood (Poland, its government continuing the war, and the United Kingdom at war with Germany). A hypothetical British–German ceasefire on 12 Oct 1939 is a truce with an enemy Poland still fights that does not end Poland\'s fight: the British Art. 7 duty is asked and respected (reliability 1), and the truce does not happen. The Agreement\'s "in consequence of the application of the present Agreement" is met here by the facts (the United Kingdom was at war under Art. 1); the format cannot ask it (semantics.md: a `no_separate_peace` duty binds in any war the partner fights).',
    yaml: scenario('AP39-04', 'No separate armistice', '{ start: 1939-10-11, tick: day, horizon: 3 }', '      - { at: 1939-10-12, effect: { ceasefire: { between: [GBR, DEU] } } }', 'protocol', SEPTEMBER),
    situation: 'event',
    expect: {
      obligations: all(KEYS_PROTOCOL, DORMANT),
      duties: [{ key: 'anglo-polish-1939/art7@GBR', verdict: 'respected' }],
      absent: [{ kind: 'ceasefire' }],
      relations: [{ between: ['GBR', 'DEU'], rung: 'war' }],
    },
  },
  {
    id: 'AP39-05',
    title: 'Art. 2(1), the protocol\'s Danzig case, written approximately: Germany annexes Danzig (a hostile act), Poland resists in arms — the British duty, coded as an offensive one, is honoured, and the war is recorded as begun by Poland',
    source: SRC,
    interpretation: 'A hypothetical course (Gauleiter Forster did proclaim the Free City\'s union with the Reich on 1 Sep 1939, but on the day Germany invaded Poland): on 1 Sep 1939 Germany annexes the Free City without firing on Poland (a `hostileAct`, kind `annexation`), and on 2 Sep Poland, considering it vital to resist, attacks German forces in Danzig. The format has no casus "a party resists with its armed forces an action that threatened its independence": the nearest is an offense duty of the United Kingdom toward Poland — Poland\'s attack in Danzig (`by: party`, `in: danzig`) — conditioned on the state it attacks having taken that action (`when: { happened: { event: hostileAct, kind: annexation, by: $actor } }`, `$actor` the state attacked). The attacked state cannot be named in the casus itself: `armedAttack.on` must list parties (`E_NOT_PARTY`), so an offense duty cannot say "an attack on Germany". It is met and honoured at forces. What is lost: a hostile act opens no war episode, so the war is recorded as begun by Poland, the United Kingdom joins "the side that began it" and its own war with Germany is recorded as begun by itself — any `unprovoked` clause elsewhere (a German ally\'s) would treat Germany as the victim, which Art. 2(1) does not.',
    yaml: scenario('AP39-05', 'Danzig, Art. 2(1)', '{ start: 1939-08-31, tick: day, horizon: 4 }', `      - { at: 1939-09-01, effect: { hostileAct: { by: DEU, on: POL, kind: annexation, in: danzig } } }
      - { at: 1939-09-02, effect: { armedAttack: { by: POL, on: DEU, in: danzig, intensity: war } } }`, 'protocol', '', `
      - id: art2-1
        type: offense
        article: Art. 2(1) with the secret protocol, point 2 (Danzig)
        summary: action by Germany that clearly threatened a party's independence, which it resists with its armed forces → Art. 1 applies
        obligated: [GBR]
        casus:
          armedAttack: { by: party, in: [{ region: danzig }] }
          when: { happened: { event: hostileAct, kind: annexation, by: $actor } }
        response: { atLeast: forces }`),
    situation: 'event',
    expect: {
      obligations: { ...all(KEYS_PROTOCOL, DORMANT), 'anglo-polish-1939/art2-1@GBR': { state: 'honoured', level: 'forces' } },
      ledger: { 'anglo-polish-1939/art2-1@GBR': honouredLedger('forces') },
      events: [{ kind: 'hostileAct', actor: 'DEU', target: 'POL', date: '1939-09-01' }],
      relations: [{ between: ['POL', 'DEU'], rung: 'war', initiator: 'POL' }, { between: ['GBR', 'DEU'], rung: 'war', initiator: 'GBR' }],
    },
  },
];

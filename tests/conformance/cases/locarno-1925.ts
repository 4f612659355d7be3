/**
 * Treaty of Mutual Guarantee between Germany, Belgium, France, Great Britain and Italy (Locarno,
 * signed 16 Oct 1925, in force 14 Sep 1926; Germany repudiated it on 7 Mar 1936): Art. 2, Germany
 * and Belgium, and Germany and France, "will in no case attack or invade each other or resort to
 * war against each other", save in legitimate defence, in action under Art. 16 of the Covenant
 * and in action decided by the League "in favour of a State which has been the first to be
 * attacked"; Art. 4(3), in a flagrant violation of Art. 2, "each of the other Contracting Parties
 * hereby undertakes immediately to come to the help of the Party against whom such a violation …
 * has been directed", once satisfied that it is "an unprovoked act of aggression".
 *
 * What the cases pin: a non-aggression duty written with its exceptions (`unprovoked: true`, format
 * 1.11) does not hold a guarantor back from the help Art. 4(3) requires against the aggressor, and
 * still forbids the same party an attack of its own; written without them, it does (the reading
 * the suite's X-04 applies to Russia's 2001 duty toward China).
 */
import type { ConformanceCase } from '../case.js';
import { actors, council, eventScenario, type SeatSpec } from '../fragments.js';

const SRC = 'Treaty of Mutual Guarantee (Locarno), Arts. 2 and 4(3): League of Nations Treaty Series vol. 54, p. 289; text at the Avalon Project (https://avalon.law.yale.edu/20th_century/locarno_001.asp); in force 14 Sep 1926, on Germany\'s entry into the League (Art. 10)';

const KEYS = ['locarno-1925/art4-3@DEU', 'locarno-1925/art4-3@FRA', 'locarno-1925/art4-3@BEL'];
const ART2_BEL = 'locarno-1925/art2-bel@BEL';
/** Germany's undertaking, which the invasion breaches (reliability 0: the hypothesis of the cases). */
const ART2_DEU = 'locarno-1925/art2-deu@DEU';
const ART2_KEYS = [ART2_DEU, 'locarno-1925/art2-fra@FRA', ART2_BEL];

/** Three of the five parties (Great Britain and Italy, guarantors only, add nothing the cases test). */
const pact = (exceptions: boolean): string => `  - id: locarno-1925
    name: Treaty of Mutual Guarantee (Locarno)
    parties: [DEU, FRA, BEL]
    signed: 1925-10-16
    inForce: 1926-09-14
    source: LNTS vol. 54, p. 289
    obligations:
      - { id: art2-deu, type: nonaggression, article: Art. 2, obligated: [DEU], beneficiaries: [FRA, BEL], reliability: 0${exceptions ? ', unprovoked: true' : ''} }
      - { id: art2-fra, type: nonaggression, article: Art. 2, obligated: [FRA], beneficiaries: [DEU]${exceptions ? ', unprovoked: true' : ''} }
      - { id: art2-bel, type: nonaggression, article: Art. 2, obligated: [BEL], beneficiaries: [DEU]${exceptions ? ', unprovoked: true' : ''} }
      - id: art4-3
        type: defense
        article: Art. 4(3)
        summary: immediate help to the party against whom a flagrant violation of Art. 2 is directed, once satisfied that it is an unprovoked act of aggression
        casus: { armedAttack: { on: party, by: party, unprovoked: true } }
        response: { atLeast: forces }`;

const scenario = (id: string, title: string, inject: string, exceptions = true): string => eventScenario({
  id, title,
  version: exceptions ? '1.11' : '1.1',
  clock: '{ start: 1930-01-01, tick: day, horizon: 4 }',
  regions: `regions:
  germany: { administeredBy: DEU }
  france: { administeredBy: FRA }
  belgium: { administeredBy: BEL }`,
  actors: actors(
    { DEU: 'Germany', FRA: 'France', BEL: 'Belgium' },
    { DEU: 'territory: germany', FRA: 'territory: france', BEL: 'territory: belgium' },
  ),
  pacts: pact(exceptions),
  inject,
  outcomes: '  bel_at_war: { when: { relation: { between: [BEL, DEU], atLeast: war } } }',
});

/**
 * (Format 1.13) Art. 4(1)–(2): an alleged violation of Art. 2 goes before the Council of the
 * League; "as soon as the Council … is satisfied that such violation or breach has been committed,
 * it will notify its finding without delay to the Powers signatory …, who severally agree that in
 * such case they will each of them come immediately to the assistance of the Power against whom the
 * act complained of is directed". Coded as a casus on an attack by a party on a party that waits in
 * its war (`awaitWhen`) for the Council's finding against the attacker (`council: { target: $actor,
 * result: [adopted] }`), every party its guarantor; the five parties, the Council's four permanent
 * members of 1930 (unanimity: each can block), the parties to the dispute not voting (coded as the
 * Charter's obligatory abstention, `under: chapter_vi, dispute`: an assumption of the cases, from
 * the Covenant's rule for reports, Art. 15(6)–(7)). Art. 4(3), the flagrant case, is left out here.
 */
const SRC_4_2 = 'Treaty of Mutual Guarantee (Locarno), Art. 4(1)–(2): League of Nations Treaty Series vol. 54, p. 289 (https://avalon.law.yale.edu/20th_century/locarno_001.asp); Covenant of the League of Nations, Arts. 4–5 and 15(6)–(7) (https://avalon.law.yale.edu/20th_century/leagcov.asp)';
const FINDING_SEATS: SeatSpec[] = ['GBR', 'FRA', 'ITA', 'DEU'].map((actor) => ({ actor, permanent: true }));
const ART4_2_KEYS = ['DEU', 'FRA', 'BEL', 'GBR', 'ITA'].map((a) => `locarno-1925/art4-2@${a}`);

/** `attacker` attacks `attacked` on 2 Jan 1930; on 4 Jan the question is before the Council, Italy voting `italy`. */
const finding = (id: string, title: string, attacker: string, attacked: string, italy: 'yes' | 'no'): string => eventScenario({
  id, title,
  version: '1.13',
  clock: '{ start: 1930-01-01, tick: day, horizon: 6 }',
  regions: `regions:
  germany: { administeredBy: DEU }
  france: { administeredBy: FRA }
  belgium: { administeredBy: BEL }`,
  actors: actors(
    { DEU: 'Germany', FRA: 'France', BEL: 'Belgium', GBR: 'Great Britain', ITA: 'Italy' },
    { DEU: 'territory: germany', FRA: 'territory: france', BEL: 'territory: belgium' },
  ),
  pacts: `  - id: locarno-1925
    name: Treaty of Mutual Guarantee (Locarno)
    parties: [DEU, FRA, BEL, GBR, ITA]
    signed: 1925-10-16
    inForce: 1926-09-14
    source: LNTS vol. 54, p. 289
    obligations:
      - id: art4-2
        type: defense
        article: Art. 4(1)–(2)
        summary: each signatory comes immediately to the assistance of the party against whom a violation of Art. 2 is directed, once the Council of the League has found that it was committed
        casus:
          armedAttack: { on: party, by: party }
          when: { council: { kind: condemnation, target: $actor, result: [adopted] } }
          awaitWhen: true
        response: { atLeast: forces }`,
  extra: council({ seats: FINDING_SEATS, votes: { GBR: 'yes', FRA: 'yes', DEU: 'yes', ITA: italy }, minYes: 1 }),
  inject: `      - { at: 1930-01-02, effect: { armedAttack: { by: ${attacker}, on: ${attacked}, intensity: use_of_force } } }
      - { at: 1930-01-04, effect: { draft: { kind: condemnation, target: ${attacker}, sponsor: GBR, under: chapter_vi, dispute: [${attacker}, ${attacked}] } } }`,
  outcomes: '  gbr_at_war: { when: { posture: { actor: GBR, atLeast: war } } }',
});

const DORMANT = { state: 'dormant' } as const;
const INVASION = '      - { at: 1930-01-02, effect: { armedAttack: { by: DEU, on: FRA, intensity: war } } }';

export const LOCARNO_1925_CASES: ConformanceCase[] = [
  {
    id: 'LOC-01',
    title: 'Germany invades France: Belgium comes to France\'s help under Art. 4(3), and its own Art. 2 duty toward Germany, written with the treaty\'s exceptions, does not hold it back',
    source: SRC,
    interpretation: 'A hypothetical German invasion of France on 2 Jan 1930, a flagrant violation of Art. 2 and unprovoked. Belgium\'s Art. 4(3) duty is met (an attack by a party on a party, which France did not provoke) and honoured at forces. Its Art. 2 undertaking toward Germany excepts legitimate defence and action in favour of the state first attacked: coded `unprovoked: true`, it does not protect Germany while Germany wages a war it began, so Belgium\'s entry is not checked — the one duty event is Germany\'s own breach (its undertaking written with reliability 0: the hypothesis), and Belgium and Germany are at war. France\'s own fire is self-defence and never checked.',
    yaml: scenario('LOC-01', 'Germany invades France', INVASION),
    situation: 'event',
    expect: {
      obligations: { ...Object.fromEntries([...KEYS, ...ART2_KEYS].map((k) => [k, DORMANT])), 'locarno-1925/art4-3@BEL': { state: 'honoured', level: 'forces' } },
      duties: [{ key: ART2_DEU, verdict: 'breached' }],
      relations: [{ between: ['DEU', 'FRA'], rung: 'war' }, { between: ['BEL', 'DEU'], rung: 'war' }],
    },
  },
  {
    id: 'LOC-02',
    title: 'The same invasion with Art. 2 written without its exceptions: Belgium honours Art. 4(3), but its non-aggression duty toward Germany holds the entry back',
    source: SRC,
    interpretation: 'LOC-01 with the three Art. 2 duties written as plain non-aggression (no `unprovoked`), the reading the engine applies to a duty whose text has no such exception (X-04: Russia\'s 2001 duty toward China). Belgium decides to help (honoured at forces), and its duty toward Germany, with reliability 1, is respected: the entry is suppressed and recorded, and Belgium stays at peace with Germany. Locarno\'s own text rules this reading out (LOC-01); the case pins the difference.',
    yaml: scenario('LOC-02', 'Germany invades France (Art. 2 without its exceptions)', INVASION, false),
    situation: 'event',
    expect: {
      obligations: { ...Object.fromEntries([...KEYS, ...ART2_KEYS].map((k) => [k, DORMANT])), 'locarno-1925/art4-3@BEL': { state: 'honoured', level: 'forces' } },
      duties: [{ key: ART2_DEU, verdict: 'breached' }, { key: ART2_BEL, verdict: 'respected' }],
      relations: [{ between: ['DEU', 'FRA'], rung: 'war' }, { between: ['BEL', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'LOC-03',
    title: 'Belgium attacks Germany at peace: Art. 2 with its exceptions still forbids it — Germany wages no war it began',
    source: SRC,
    interpretation: 'A hypothetical Belgian attack on Germany on 2 Jan 1930, no war under way. The exceptions cover resistance to an aggression, not an attack of one\'s own: Germany began no war, so the duty binds, and with reliability 1 Belgium refrains (the attack is suppressed, one duty event). No attack happened, so no Art. 4(3) duty is called into play.',
    yaml: scenario('LOC-03', 'Belgium attacks Germany', '      - { at: 1930-01-02, effect: { armedAttack: { by: BEL, on: DEU, intensity: war } } }'),
    situation: 'event',
    expect: {
      obligations: Object.fromEntries([...KEYS, ...ART2_KEYS].map((k) => [k, DORMANT])),
      duties: [{ key: ART2_BEL, verdict: 'respected' }],
      absent: [{ kind: 'armedAttack', actor: 'BEL' }],
      relations: [{ between: ['BEL', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'LOC-04',
    title: 'Art. 4(1)–(2): Germany\'s forces cross into Belgium; two days later the Council finds the violation, and each guarantor\'s duty to assist Belgium falls due that day',
    source: SRC_4_2,
    interpretation: 'A hypothetical German use of force against Belgium on 2 Jan 1930 (MID 4, not coded as the flagrant case of Art. 4(3)). The question goes before the Council, which on 4 Jan finds the violation: Great Britain, France and Italy vote for the finding; Germany and Belgium, the parties, do not vote (obligatory abstentions). The casus waits in its war for the finding against the attacker (`target: $actor`, `awaitWhen`) and is judged on 4 Jan: Great Britain, France and Italy each honour at forces, joining the fight at the level it has reached (a clash). Germany, the attacker, and Belgium, the attacked party, bear no duty in this casus.',
    yaml: finding('LOC-04', 'A German incursion into Belgium, then the Council\'s finding', 'DEU', 'BEL', 'yes'),
    situation: 'event',
    expect: {
      obligations: {
        ...Object.fromEntries(ART4_2_KEYS.map((k) => [k, DORMANT])),
        'locarno-1925/art4-2@GBR': { state: 'honoured', level: 'forces' },
        'locarno-1925/art4-2@FRA': { state: 'honoured', level: 'forces' },
        'locarno-1925/art4-2@ITA': { state: 'honoured', level: 'forces' },
      },
      drafts: [{ kind: 'condemnation', target: 'DEU', result: 'adopted', yes: 3, no: 0, abstain: 1, abstainedAsParty: ['DEU'] }],
      events: [{ kind: 'obligation', actor: 'GBR', target: 'DEU', detail: 'judged', date: '1930-01-04' }],
      relations: [{ between: ['GBR', 'DEU'], rung: 'clash' }, { between: ['ITA', 'DEU'], rung: 'clash' }],
    },
  },
  {
    id: 'LOC-05',
    title: 'Art. 4(2): the same incursion, but Italy objects and the Council is not satisfied — no guarantor\'s duty falls due',
    source: SRC_4_2,
    interpretation: 'As LOC-04 with Italy voting against the finding. The League Council decides by unanimity (Covenant Art. 5(1); coded as every seat able to block), so it is not "satisfied that such violation … has been committed" and notifies no finding. The attack waits in its war for a finding that does not come; nothing is judged, and Art. 4(3), for a flagrant violation, is not coded in these cases.',
    yaml: finding('LOC-05', 'A German incursion into Belgium, the finding blocked', 'DEU', 'BEL', 'no'),
    situation: 'event',
    expect: {
      obligations: Object.fromEntries(ART4_2_KEYS.map((k) => [k, DORMANT])),
      drafts: [{ kind: 'condemnation', target: 'DEU', result: 'vetoed', yes: 2, no: 1, abstain: 1, vetoedBy: ['ITA'], abstainedAsParty: ['DEU'] }],
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['GBR', 'DEU'], rung: 'peace' }],
    },
  },
  {
    id: 'LOC-06',
    title: 'Art. 4(2) works both ways: France\'s forces cross into Germany, the Council finds against France, and the guarantors come to Germany\'s assistance',
    source: SRC_4_2,
    interpretation: 'The Rhine guarantee is mutual: the same clause, with France as the attacker (2 Jan 1930) and Germany attacked. On 4 Jan the Council finds against France: Great Britain and Italy vote for the finding; France and Germany, the parties, do not vote. The finding is about the attacker of the act (`target: $actor`), so the casus on the French attack is met: Great Britain, Italy and Belgium each honour at forces, against France.',
    yaml: finding('LOC-06', 'A French incursion into Germany, then the Council\'s finding', 'FRA', 'DEU', 'yes'),
    situation: 'event',
    expect: {
      obligations: {
        ...Object.fromEntries(ART4_2_KEYS.map((k) => [k, DORMANT])),
        'locarno-1925/art4-2@GBR': { state: 'honoured', level: 'forces' },
        'locarno-1925/art4-2@BEL': { state: 'honoured', level: 'forces' },
        'locarno-1925/art4-2@ITA': { state: 'honoured', level: 'forces' },
      },
      drafts: [{ kind: 'condemnation', target: 'FRA', result: 'adopted', yes: 2, no: 0, abstain: 2, abstainedAsParty: ['FRA', 'DEU'] }],
      relations: [{ between: ['GBR', 'FRA'], rung: 'clash' }, { between: ['BEL', 'FRA'], rung: 'clash' }],
    },
  },
];

/**
 * The Anglo-Soviet Treaty of Alliance (London, signed 26 May 1942; ratifications exchanged in Moscow
 * on 4 July 1942): Art. II, the parties undertake "not to negotiate or conclude except by mutual
 * consent any armistice or peace treaty with Germany or any other State associated with her in acts
 * of aggression in Europe". (Art. I, assistance in the war already under way, and Part II, the
 * twenty-year post-war alliance, are not coded.)
 *
 * What the cases pin (format 1.11, `no_separate_peace`; format 1.14, its `enemies`; format 1.15, its
 * `consent`): a separate Soviet truce with Germany while the United Kingdom fights on, without its
 * consent, is held back (AS42-01), and with it breaches nothing (AS42-04); a truce with
 * Japan, no associate of Germany "in Europe", is not checked at all (AS42-03: before format 1.14 the
 * duty bound against every enemy and held it back). By default the duty asks whether the partner
 * is still *fighting* the enemy, while Art. II asks for the partner's consent to any armistice with
 * such a State, fighting or not (AS42-02, written as semantics.md has it); from format 1.16 the
 * clause can say so (`partners: at_war`), and the armistice with Finland asks the United Kingdom,
 * at war with Finland in law only, which consents as it did (AS42-05).
 */
import type { ConformanceCase } from '../case.js';
import { all, DORMANT } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Treaty for an Alliance in the War against Hitlerite Germany and her Associates in Europe and providing also for Collaboration and Mutual Assistance thereafter (United Kingdom–USSR, 26 May 1942), Art. II: signed text in UK Treaty Series No. 2 (1942); as reproduced at https://community.timeghost.tv/t/anglo-soviet-treaty-5-26-42/6946, with a pre-signature draft in the FDR Library (http://docs.fdrlibrary.marist.edu/PSF/box5/t62s12.html); ratifications exchanged 4 July 1942 (general knowledge); not in facts.md';
const SRC_FIN = 'the Moscow Armistice with Finland, 19 Sep 1944, signed by the USSR and the United Kingdom on one side and Finland on the other; the United Kingdom had declared war on Finland on 6 Dec 1941 without major hostilities (general knowledge, not in facts.md)';
const SRC_JPN = 'the Soviet declaration of war on Japan, 8 Aug 1945, and the British war with Japan since 8 Dec 1941 (general knowledge, not in facts.md)';

const KEYS = ['anglo-soviet-1942/art2@GBR', 'anglo-soviet-1942/art2@SUN'];
const SUN = 'anglo-soviet-1942/art2@SUN';

const pact = (consent: number, partners?: string): string => `  - id: anglo-soviet-1942
    name: Anglo-Soviet Treaty of Alliance
    parties: [GBR, SUN]
    signed: 1942-05-26
    inForce: 1942-07-04
    obligations:
      - id: art2
        type: no_separate_peace
        article: Art. II
        # "Germany or any other State associated with her in acts of aggression in Europe": of the
        # states in these cases, Germany and Finland (Japan was Germany's ally, not in Europe).
        enemies: [DEU, FIN]
        # "except by mutual consent": the partner left fighting is asked first. Whether the United
        # Kingdom would have agreed is each case's judgment (0 or 1 here).
        consent: ${consent}${partners === undefined ? '' : `
        # (1.16) Whatever the fighting: the partner at war with the enemy in law only is asked too.
        partners: ${partners}`}
        summary: no armistice or peace treaty with Germany or any State associated with her in acts of aggression in Europe, except by mutual consent`;

const scenario = (id: string, title: string, clock: string, inject: string, relations: string, consent = 0, partners?: string): string => eventScenario({
  id, title,
  version: partners === undefined ? '1.15' : '1.16',
  clock,
  actors: `${actors({ GBR: 'United Kingdom', SUN: 'Soviet Union', DEU: 'Germany', FIN: 'Finland', JPN: 'Japan' })}${relations}`,
  pacts: pact(consent, partners),
  inject,
  outcomes: '  sun_truce: { when: { happened: { event: ceasefire, by: SUN } } }',
});

/** A hypothetical Soviet–German ceasefire on 1 July 1943, both parties at war with Germany; `consent` the United Kingdom's. */
const armistice1943 = (id: string, title: string, consent: number): string => scenario(id, title, '{ start: 1943-06-30, tick: day, horizon: 3 }', '      - { at: 1943-07-01, effect: { ceasefire: { between: [SUN, DEU] } } }', `
relations:
  - { between: [DEU, GBR], rung: war, war: declared, initiator: DEU, since: 1939-09-03 }
  - { between: [DEU, SUN], rung: war, war: hostilities, initiator: DEU, since: 1941-06-22 }`, consent);

/** The Soviet–Finnish armistice of 19 Sep 1944, the United Kingdom at war with Finland in law only; `consent` and `partners` the clause's. */
const finnishArmistice = (id: string, title: string, consent = 0, partners?: string): string => scenario(id, title, '{ start: 1944-09-18, tick: day, horizon: 3 }', '      - { at: 1944-09-19, effect: { ceasefire: { between: [SUN, FIN] } } }', `
relations:
  - { between: [DEU, GBR], rung: war, war: declared, initiator: DEU, since: 1939-09-03 }
  - { between: [DEU, SUN], rung: war, war: hostilities, initiator: DEU, since: 1941-06-22 }
  - { between: [FIN, SUN], rung: war, war: declared, initiator: FIN, since: 1941-06-25 }
  - { between: [GBR, FIN], rung: crisis, war: declared, initiator: GBR, since: 1941-12-06 }`, consent, partners);

export const ANGLO_SOVIET_1942_CASES: ConformanceCase[] = [
  {
    id: 'AS42-01',
    title: 'A separate Soviet armistice with Germany (hypothetical, 1943) while the United Kingdom fights on: Art. II holds it back',
    source: SRC,
    interpretation: 'Both parties at war with Germany (begun by Germany). A hypothetical Soviet–German ceasefire on 1 July 1943 — the separate peace the treaty was meant to exclude — is a truce with an enemy the United Kingdom still fights and that does not end its fight. The United Kingdom is asked for its consent and refuses (`consent: 0`, this case\'s judgment); the Soviet Art. II duty is then asked and, reliability 1 (the format\'s default), respected. The truce does not happen.',
    yaml: armistice1943('AS42-01', 'A separate armistice with Germany', 0),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [{ key: SUN, verdict: 'respected' }],
      absent: [{ kind: 'ceasefire' }],
      relations: [{ between: ['SUN', 'DEU'], rung: 'war' }],
    },
  },
  {
    id: 'AS42-02',
    title: 'The armistice with Finland (19 Sep 1944): the United Kingdom, at war with Finland in law only, is not "fighting" it — the duty is not asked, whether or not it consented',
    source: `${SRC}; ${SRC_FIN}`,
    interpretation: 'The USSR fights Finland (the Continuation War, written as begun by Finland); the United Kingdom is in a declared war with Finland without hostilities (crisis rung, `war: declared`). The Soviet–Finnish ceasefire of 19 Sep 1944 is checked only against a partner still fighting that enemy (semantics.md, "Negative duties"): the United Kingdom is not, so no duty is asked and the truce takes effect. The record agrees — the United Kingdom signed the armistice, so it was concluded "by mutual consent" — but for another reason: Art. II asks for the partner\'s consent to any armistice with Germany\'s European associates, and a Soviet armistice with Finland made without it would go unchecked too under the default reading — the clause written `partners: at_war` (format 1.16) asks the United Kingdom (AS42-05). Whoever began the Continuation War does not change the case.',
    yaml: finnishArmistice('AS42-02', 'The armistice with Finland'),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [],
      events: [{ kind: 'ceasefire', actor: 'SUN', target: 'FIN', date: '1944-09-19' }],
      relations: [{ between: ['SUN', 'FIN'], rung: 'crisis' }, { between: ['SUN', 'DEU'], rung: 'war' }],
    },
  },
  {
    id: 'AS42-03',
    title: 'A Soviet truce with Japan (hypothetical, 20 Aug 1945) while the United Kingdom still fights Japan: Japan is no associate of Germany "in Europe", and the duty naming its enemies leaves the truce free',
    source: `${SRC}; ${SRC_JPN}`,
    interpretation: 'The USSR at war with Japan since 9 Aug 1945, the United Kingdom since 8 Dec 1941 (begun by Japan); a hypothetical Soviet–Japanese ceasefire on 20 Aug while the British war goes on. Art. II covers armistices "with Germany or any other State associated with her in acts of aggression in Europe": Japan is neither, and the text leaves the USSR free. The duty names its enemies (`enemies: [DEU, FIN]`, format 1.14), so a truce with Japan is not checked under it: no duty is asked and the truce takes effect. Before format 1.14 `enemies` was allowed on `neutrality` only and the duty bore on a truce with any enemy the partner still fought, holding this one back.',
    yaml: scenario('AS42-03', 'A Soviet truce with Japan', '{ start: 1945-08-19, tick: day, horizon: 3 }', '      - { at: 1945-08-20, effect: { ceasefire: { between: [SUN, JPN] } } }', `
relations:
  - { between: [JPN, GBR], rung: war, war: declared, initiator: JPN, since: 1941-12-08 }
  - { between: [SUN, JPN], rung: war, war: declared, initiator: SUN, since: 1945-08-09 }`),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [],
      events: [{ kind: 'ceasefire', actor: 'SUN', target: 'JPN', date: '1945-08-20' }],
      relations: [{ between: ['SUN', 'JPN'], rung: 'crisis' }, { between: ['JPN', 'GBR'], rung: 'war' }],
    },
  },
  {
    id: 'AS42-04',
    title: 'The same separate armistice with Germany, the United Kingdom consenting (hypothetical): "except by mutual consent" — the truce breaches nothing',
    source: SRC,
    interpretation: 'AS42-01 with the United Kingdom agreeing to the Soviet armistice (`consent: 1`, format 1.15). Art. II forbids an armistice with Germany "except by mutual consent": with the partner\'s consent the truce is no breach. A `duty` event `consented` records the United Kingdom\'s agreement; the Soviet duty is not asked (no respect, no breach), and the ceasefire takes effect while the British war with Germany goes on.',
    yaml: armistice1943('AS42-04', 'A separate armistice with Germany, by consent', 1),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [{ key: SUN, verdict: 'consented' }],
      events: [{ kind: 'duty', actor: 'GBR', target: 'SUN', detail: 'consented', date: '1943-07-01' }, { kind: 'ceasefire', actor: 'SUN', target: 'DEU', date: '1943-07-01' }],
      relations: [{ between: ['SUN', 'DEU'], rung: 'crisis' }, { between: ['DEU', 'GBR'], rung: 'war' }],
    },
  },
  {
    id: 'AS42-05',
    title: 'The armistice with Finland (19 Sep 1944) read "whatever the fighting" (partners: at_war): the United Kingdom, at war with Finland in law only, is asked and consents — as it did, signing the armistice',
    source: `${SRC}; ${SRC_FIN}`,
    interpretation: 'AS42-02 with the clause written `partners: at_war` (format 1.16): Art. II forbids "except by mutual consent any armistice" with Germany\'s European associates, whatever the fighting, so a partner at war with the enemy in law only — the United Kingdom, at war with Finland since 6 Dec 1941 without hostilities (crisis rung, `war: declared`) — is left behind by the Soviet truce too and is asked for its consent. It consents (`consent: 1`): the record has the United Kingdom sign the Moscow Armistice beside the USSR. A `duty` event `consented` records it; the Soviet duty is not asked, and the ceasefire takes effect. With `consent: 0` the duty would be asked and, respected, hold the armistice back.',
    yaml: finnishArmistice('AS42-05', 'The armistice with Finland, the United Kingdom asked', 1, 'at_war'),
    situation: 'event',
    expect: {
      obligations: all(KEYS, DORMANT),
      duties: [{ key: SUN, verdict: 'consented' }],
      events: [{ kind: 'duty', actor: 'GBR', target: 'SUN', detail: 'consented', date: '1944-09-19' }, { kind: 'ceasefire', actor: 'SUN', target: 'FIN', date: '1944-09-19' }],
      relations: [{ between: ['SUN', 'FIN'], rung: 'crisis' }, { between: ['SUN', 'DEU'], rung: 'war' }],
    },
  },
];

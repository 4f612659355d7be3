/**
 * The Tripartite Pact between Germany, Italy and Japan (Berlin, signed and in force 27 Sep 1940, for
 * ten years, Art. 6): Art. 3, the parties "undertake to assist one another with all political,
 * economic and military means if one of the three Contracting Powers is attacked by a Power at
 * present not involved in the European War or in the Japanese-Chinese conflict"; Art. 5, the terms
 * "do not in any way affect the political status" existing between each of them and Soviet Russia.
 *
 * What the cases pin: "at present" is read as the day of signature, so the class of Powers is fixed
 * — written as a tag carried without dates by the Powers at peace on 27 Sep 1940 (the United States,
 * the USSR), not as a class judged on the day of the attack; "attacked" is read with `unprovoked`
 * (Japan striking first at Pearl Harbor calls nothing into play, and neither does the American
 * answer); Art. 5 is read two ways (the USSR inside or outside the class); Japan, neutral in
 * Germany's wars, is read as the victim of a new war when struck by Germany's enemies
 * (`episodes: { allyStruck: new_war }`), TP40-07 showing the default reading. The accessions of
 * November 1940 onward are not coded.
 */
import type { ConformanceCase } from '../case.js';
import { all, DORMANT, honouredLedger } from '../case.js';
import { actors, eventScenario } from '../fragments.js';

const SRC = 'Three-Power Pact between Germany, Italy and Japan (Berlin, 27 Sep 1940), Arts. 3, 5 and 6: Avalon Project (https://avalon.law.yale.edu/wwii/triparti.asp); the text read into the IMT record, 10 Dec 1945 (http://www.holocaust-history.org/works/imt/03/htm/t370.htm); not in facts.md';
const SRC_1941 = 'the Japanese attack on Pearl Harbor, 7 Dec 1941, and the German and Italian declarations of war on the United States, 11 Dec 1941, made although Japan had not been attacked (general knowledge, not in facts.md)';

const KEYS = ['tripartite-1940/art3@DEU', 'tripartite-1940/art3@ITA', 'tripartite-1940/art3@JPN'];

/**
 * Art. 3. `art5` excludes the USSR from the class (Art. 5 read as keeping the Soviet Union out of
 * the Art. 3 casus); `literal` drops `unprovoked` (any attack on a party by such a Power).
 */
const pact = (o: Coding = {}): string => {
  const by = o.art5 ? '{ allOf: [{ tag: uninvolved_1940 }, { except: [SUN] }] }' : '{ tag: uninvolved_1940 }';
  return `  - id: tripartite-1940
    name: Three-Power Pact (Germany, Italy, Japan)
    parties: [DEU, ITA, JPN]
    signed: 1940-09-27
    inForce: 1940-09-27
    lapsed: 1950-09-27
    source: Avalon Project, triparti.asp
    obligations:
      - id: art3
        type: defense
        article: Art. 3${o.art5 ? ' with Art. 5' : ''}
        summary: a party attacked by a Power not involved, on 27 Sep 1940, in the European War or the Japanese-Chinese conflict → assistance with all political, economic and military means
        casus: { armedAttack: { on: party, by: ${by}${o.literal ? '' : ', unprovoked: true'} } }
        response: { atLeast: forces }`;
};

interface Coding { art5?: boolean; literal?: boolean; /** War episodes rule 4 in its default, broad reading (an ally struck stands on its ally's side). */ broad?: boolean }

const scenario = (id: string, title: string, clock: string, inject: string, o: Coding = {}, relations = ''): string => eventScenario({
  id, title,
  version: '1.13',
  clock,
  regions: `regions:
  germany: { administeredBy: DEU }
  italy: { administeredBy: ITA }
  japan: { administeredBy: JPN }
  hawaii: { administeredBy: USA, name: Territory of Hawaii }
  usa: { administeredBy: USA }
  soviet_union: { administeredBy: SUN }
  britain: { administeredBy: GBR }
  indochina: { administeredBy: JPN, name: French Indochina under Japanese occupation }`,
  actors: `${actors(
    { DEU: 'Germany', ITA: 'Italy', JPN: 'Japan', USA: 'United States', SUN: 'Soviet Union', GBR: 'United Kingdom', CHN: 'China' },
    {
      DEU: 'territory: germany', ITA: 'territory: italy', JPN: 'territory: japan', GBR: 'territory: britain',
      // "at present not involved": at peace on the day of signature, 27 Sep 1940.
      USA: 'territory: usa, tags: [uninvolved_1940]', SUN: 'territory: soviet_union, tags: [uninvolved_1940]',
    },
  )}${relations}`,
  pacts: pact(o),
  // Japan took no side in Germany's wars with Britain and the USSR: struck by either, it is the
  // victim of a new war, not Germany's co-belligerent (the strict reading of rule 4, format 1.7).
  extra: o.broad ? undefined : 'episodes: { allyStruck: new_war }',
  inject,
  outcomes: '  deu_at_war_usa: { when: { relation: { between: [DEU, USA], atLeast: war } } }',
});

/** The wars under way on 27 Sep 1940 that the cases need. */
const WARS_1941 = `
relations:
  - { between: [DEU, GBR], rung: war, war: declared, initiator: DEU, since: 1939-09-03 }
  - { between: [ITA, GBR], rung: war, war: declared, initiator: ITA, since: 1940-06-10 }
  - { between: [JPN, CHN], rung: war, war: hostilities, initiator: JPN, since: 1937-07-07 }`;

const CLOCK_1941 = '{ start: 1941-12-05, tick: day, horizon: 6 }';
const PEARL_HARBOR = '      - { at: 1941-12-07, effect: { armedAttack: { by: JPN, on: USA, in: hawaii, intensity: war } } }';
const dormant = all(KEYS, DORMANT);

/** The expected fates when the Art. 3 duties of `parties` are honoured at forces, the others dormant. */
const honouredAtForces = (...parties: string[]): Pick<ConformanceCase['expect'], 'obligations' | 'ledger'> => ({
  obligations: { ...dormant, ...Object.fromEntries(parties.map((p) => [`tripartite-1940/art3@${p}`, { state: 'honoured', level: 'forces' }])) },
  ledger: Object.fromEntries(parties.map((p) => [`tripartite-1940/art3@${p}`, honouredLedger('forces')])),
});

/** TP40-05…07: a hypothetical Soviet attack on Japan on 15 Aug 1941, Germany and the USSR at war since June. */
const SOVIET_ATTACK = {
  clock: '{ start: 1941-08-13, tick: day, horizon: 4 }',
  inject: '      - { at: 1941-08-15, effect: { armedAttack: { by: SUN, on: JPN, in: japan, intensity: war } } }',
  wars: `${WARS_1941}
  - { between: [DEU, SUN], rung: war, war: hostilities, initiator: DEU, since: 1941-06-22 }`,
};

export const TRIPARTITE_1940_CASES: ConformanceCase[] = [
  {
    id: 'TP40-01',
    title: 'Pearl Harbor, 7 Dec 1941, and the American answer of 8 Dec: Japan was not attacked — Art. 3 is not called into play, and Germany and Italy owe no war on the United States',
    source: `${SRC}; ${SRC_1941}`,
    interpretation: 'Japan attacks the United States in Hawaii on 7 Dec 1941; the United States strikes Japan on 8 Dec. The Pact is defensive: a party "attacked" by an uninvolved Power, read with `unprovoked` — the American strike answers the war Japan began (War episodes), so it is no casus for Germany or Italy, and Japan\'s own attack is no casus at all (Japan is the attacker). Nothing is judged; Germany and Italy stay at peace with the United States. Their declarations of war of 11 Dec 1941 came outside Art. 3 — from assurances given to Japan beforehand (Hitler to Matsuoka in April 1941, Ribbentrop to Ōshima in late November) and the tripartite agreement of 11 Dec 1941, not from the Pact\'s casus; in a scenario they are a doctrine or a pact of their own, not this duty.',
    yaml: scenario('TP40-01', 'Pearl Harbor and the answer', CLOCK_1941, `${PEARL_HARBOR}
      - { at: 1941-12-08, effect: { armedAttack: { by: USA, on: JPN, in: japan, intensity: war } } }`, {}, WARS_1941),
    situation: 'event',
    expect: {
      obligations: dormant,
      absent: [{ kind: 'obligation' }],
      relations: [
        { between: ['JPN', 'USA'], rung: 'war', initiator: 'JPN' },
        { between: ['DEU', 'USA'], rung: 'peace', war: 'none' },
        { between: ['ITA', 'USA'], rung: 'peace', war: 'none' },
      ],
    },
  },
  {
    id: 'TP40-02',
    title: 'Art. 3 read without "unprovoked": the American answer to Pearl Harbor is an attack on Japan by an uninvolved Power, and Germany\'s and Italy\'s duties are judged and honoured',
    source: `${SRC}; ${SRC_1941}`,
    interpretation: 'As TP40-01 with the casus written literally ("is attacked by a Power", no test of who began the war). The American strike of 8 Dec meets it: Germany and Italy honour at forces, joining the war Japan began (each on Japan\'s side, so their wars with the United States are recorded as begun by Japan\'s side). The reading is shown to fix what `unprovoked` changes; the German Foreign Office read the Pact as defensive, not binding Germany when Japan struck first, though Hitler and Ribbentrop had promised Japan that Germany would join a war with the United States whoever began it (the promise is not Art. 3).',
    yaml: scenario('TP40-02', 'Pearl Harbor, literal reading', CLOCK_1941, `${PEARL_HARBOR}
      - { at: 1941-12-08, effect: { armedAttack: { by: USA, on: JPN, in: japan, intensity: war } } }`, { literal: true }, WARS_1941),
    situation: 'event',
    expect: {
      ...honouredAtForces('DEU', 'ITA'),
      events: [{ kind: 'obligation', cause: 'obligation:tripartite-1940/art3@DEU', detail: 'judged', target: 'USA', date: '1941-12-08' }],
      relations: [{ between: ['DEU', 'USA'], rung: 'war' }, { between: ['ITA', 'USA'], rung: 'war' }],
    },
  },
  {
    id: 'TP40-03',
    title: 'A hypothetical American attack on Germany (autumn 1941): a Power not involved on 27 Sep 1940 attacks a party unprovoked — Italy and Japan must assist',
    source: SRC,
    interpretation: 'A hypothetical American attack on Germany on 6 Dec 1941 (the undeclared naval war in the Atlantic turned into an attack on Germany itself). The United States was at peace on the day of signature (tag `uninvolved_1940`); Germany did not begin a war with it: the casus is met for Italy and Japan, honoured at forces (the level of "all political, economic and military means" is not what the case tests).',
    yaml: scenario('TP40-03', 'An American attack on Germany', CLOCK_1941, '      - { at: 1941-12-06, effect: { armedAttack: { by: USA, on: DEU, in: germany, intensity: war } } }', {}, WARS_1941),
    situation: 'event',
    expect: {
      ...honouredAtForces('ITA', 'JPN'),
      relations: [{ between: ['JPN', 'USA'], rung: 'war', initiator: 'USA' }, { between: ['ITA', 'USA'], rung: 'war', initiator: 'USA' }],
    },
  },
  {
    id: 'TP40-04',
    title: 'A hypothetical British strike on Japanese forces in Indochina (Nov 1941): the United Kingdom was involved in the European War on 27 Sep 1940 — no casus, though Japan was attacked unprovoked',
    source: SRC,
    interpretation: 'A hypothetical British pre-emptive strike on Japanese-occupied Indochina on 20 Nov 1941, opening a war Japan did not begin. The attack is unprovoked, but the United Kingdom was at war with Germany and Italy on the day of signature: it carries no `uninvolved_1940` tag, and the class is fixed at that day — the Pact was aimed at the Powers then outside the wars. Nothing is judged.',
    yaml: scenario('TP40-04', 'A British strike on Japan', '{ start: 1941-11-18, tick: day, horizon: 4 }', '      - { at: 1941-11-20, effect: { armedAttack: { by: GBR, on: JPN, in: indochina, intensity: use_of_force } } }', {}, WARS_1941),
    situation: 'event',
    expect: {
      obligations: dormant,
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['GBR', 'JPN'], rung: 'clash', initiator: null }, { between: ['DEU', 'GBR'], rung: 'war', initiator: 'DEU' }],
    },
  },
  {
    id: 'TP40-05',
    title: 'Art. 3 alone: a hypothetical Soviet attack on Japan (summer 1941) — the USSR was at peace on 27 Sep 1940, so Germany and Italy must assist Japan',
    source: SRC,
    interpretation: 'A hypothetical Soviet attack on Japan in Manchuria, 15 Aug 1941. Read alone, Art. 3 covers it: the USSR was not involved in either war on the day of signature. (Germany had attacked the USSR on 22 June 1941, Japan had not; the Soviet–Japanese Neutrality Pact is not coded here: SJ41.) Germany and Italy honour at forces; Germany, already at war with the USSR, joins Japan\'s war without its relation moving.',
    yaml: scenario('TP40-05', 'A Soviet attack on Japan, Art. 3 alone', SOVIET_ATTACK.clock, SOVIET_ATTACK.inject, {}, SOVIET_ATTACK.wars),
    situation: 'event',
    expect: {
      ...honouredAtForces('DEU', 'ITA'),
      relations: [{ between: ['ITA', 'SUN'], rung: 'war' }],
    },
  },
  {
    id: 'TP40-06',
    title: 'Art. 3 with Art. 5: the same Soviet attack on Japan, the USSR read out of the class — nothing is judged',
    source: SRC,
    interpretation: 'As TP40-05, with Art. 5 ("do not in any way affect the political status" with Soviet Russia) read as keeping the USSR out of the Art. 3 casus — the reading of some of the Pact\'s summaries; most historians read Art. 5 rather as a reassurance to Moscow than as a carve-out, which is TP40-05\'s reading. Written `by: { allOf: [{ tag: uninvolved_1940 }, { except: [SUN] }] }`. The Soviet attack meets nothing; Italy stays at peace with the USSR.',
    yaml: scenario('TP40-06', 'A Soviet attack on Japan, Art. 3 with Art. 5', SOVIET_ATTACK.clock, SOVIET_ATTACK.inject, { art5: true }, SOVIET_ATTACK.wars),
    situation: 'event',
    expect: {
      obligations: dormant,
      absent: [{ kind: 'obligation' }],
      relations: [{ between: ['SUN', 'JPN'], rung: 'war' }, { between: ['ITA', 'SUN'], rung: 'peace', war: 'none' }],
    },
  },
  {
    id: 'TP40-07',
    title: 'The same Soviet attack under the default (broad) reading of War episodes rule 4: Japan, Germany\'s ally, is taken to stand on Germany\'s side of the German–Soviet war, so the attack is not unprovoked and Art. 3 is not met',
    source: SRC,
    interpretation: 'As TP40-05 without `episodes: { allyStruck: new_war }`. Under rule 4 in its default reading, a state struck by an enemy of its ally (the USSR, at war with Germany since 22 June 1941) stands on its ally\'s side of that war — here the side that began it — whether or not it had taken part. Japan had not: it was bound to neutrality toward the USSR from April 1941 (SJ41) and stayed out of the German–Soviet war. The default reading therefore turns a Soviet attack on a neutral Japan into a blow in Germany\'s war of aggression, and the `unprovoked` Art. 3 is not met. The case pins what the default does; the other TP40 cases take the strict reading, which the format offers for such allies (semantics.md, "War episodes").',
    yaml: scenario('TP40-07', 'A Soviet attack on Japan, the broad reading of rule 4', SOVIET_ATTACK.clock, SOVIET_ATTACK.inject, { broad: true }, SOVIET_ATTACK.wars),
    situation: 'event',
    expect: {
      obligations: dormant,
      absent: [{ kind: 'obligation' }],
      events: [{ kind: 'episode', detail: 'joined:initiator:attacked', actor: 'JPN' }],
      relations: [{ between: ['SUN', 'JPN'], rung: 'war', initiator: 'SUN' }, { between: ['ITA', 'SUN'], rung: 'peace', war: 'none' }],
    },
  },
];

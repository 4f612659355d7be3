/**
 * Denunciation by notice during a run (format 1.6; semantics.md, "Denunciation"): a `denounce`
 * effect records the notice, the party stays bound through the notice period, and on the day the
 * notice takes effect it ceases to be a party — a multilateral pact stays in force for the others,
 * a bilateral one terminates. The clauses are the treaties' own (facts.md §1v): SEATO Art. X and
 * NATO Art. 13 (one year), Rio Art. 25 (two years), the modified Brussels Treaty Art. XII (one year,
 * after fifty years), US–Japan Art. X (one year, after ten years; the treaty terminates). Every
 * pact is written with one defence clause answered by consultation: the levels are not what these
 * cases test. The attacks are hypothetical; the notices are real where facts.md §1v sources them.
 */
import { all, DORMANT, honouredLedger, LAPSED, type ConformanceCase } from '../case.js';
import { actors, CALM_LADDER } from '../fragments.js';

const SRC_SEATO = 'facts.md §1v (SEATO Art. X: https://leesiwoo.net/?p=3545; Gibler, International Military Alliances, SEATO "in force until November 7, 1973" for Pakistan: https://issuhub.com/view/index/23326?pageIndex=466)';
const SRC_FRANCE = 'facts.md §1v (US Embassy Bangkok 12583, 3 Aug 1974: France\'s note of 8 Jul 1974 "reaffirms that GOF has not renounced the Manila Pact": https://search.wikileaks.org/plusd/cables/1974BANGKO12583_b.html)';
const SRC_RIO = 'facts.md §1v (Rio Treaty Art. 25: https://books.google.to/books?id=kb4y25hFWs4C&pg=RA1-PA10; Mexico\'s denunciation of 6 Sep 2002, in the Mexican foreign ministry\'s statement of 11 Sep 2019: https://na24.com.co/index.php/internacional/7442-mexico-rechaza-de-manera-contudente-la-invocacion-del-tiar-con-respecto-a-venezuela)';
const SRC_WEU = 'facts.md §1v (modified Brussels Treaty Art. XII, HL Deb 16 Apr 1996 vol 571 c55WA: https://api.parliament.uk/historic-hansard/written_answers/1996/apr/16/brussels-treaty; the UK\'s written ministerial statement of Mar 2010, notice to the Belgian government "in April 2010", "a twelve month notice period": http://regards-citoyens.over-blog.com/article-british-membership-of-the-western-european-union-47781529.html); §1o (the WEU ended 30 Jun 2011)';
const SRC_JPN = 'facts.md §1e (Term: "minimum 10 years, then continues until one year after either party gives notice of termination") and §1v';

/** One defence clause of every party toward every other, answered by consultation. */
const pact = (o: { id: string; name: string; parties: string; inForce: string; lapsed?: string; denunciation: string; article: string; obligated?: string; beneficiaries?: string }): string => `  - id: ${o.id}
    name: ${JSON.stringify(o.name)}
    parties: ${o.parties}
    inForce: ${o.inForce}${o.lapsed !== undefined ? `\n    lapsed: ${o.lapsed}` : ''}
    denunciation: ${o.denunciation}
    obligations:
      - id: def
        type: defense
        article: ${JSON.stringify(o.article)}${o.obligated !== undefined ? `\n        obligated: ${o.obligated}` : ''}${o.beneficiaries !== undefined ? `\n        beneficiaries: ${o.beneficiaries}` : ''}
        casus: { armedAttack: { on: party } }
        response: { atLeast: consult }`;

const scenario = (o: { id: string; title: string; clock: string; names: Record<string, string>; pacts: string; inject: string; version?: string }): string => [
  `version: "${o.version ?? '1.6'}"`,
  `id: ${o.id}`,
  `title: ${JSON.stringify(o.title)}`,
  `clock: ${o.clock}`,
  CALM_LADDER,
  actors(o.names),
  `pacts:\n${o.pacts}`,
  'situations:\n  event:\n    title: the notice and the event under test\n    inject:',
  o.inject,
  'outcomes:\n  war: { when: { posture: { actor: USA, atLeast: war } } }',
].join('\n');

/** US–Japan 1960 as facts.md §1e summarises Art. X (DEN-06…08): the US duty under Art. V, a year's notice after ten years. */
const US_JPN_1960 = pact({ id: 'us-jpn-1960', name: 'Treaty of Mutual Cooperation and Security (US–Japan)', parties: '[USA, JPN]', inForce: '1960-06-23', denunciation: '{ noticeMonths: 12, afterYears: 10, article: Art. X }', article: 'Art. V', obligated: '[USA]', beneficiaries: '[JPN]' });

const SEATO_NAMES = { USA: 'United States', GBR: 'United Kingdom', THA: 'Thailand', PAK: 'Pakistan', FRA: 'France', IND: 'India', DRV: 'Democratic Republic of Vietnam' };
const seato = (parties = '[USA, GBR, THA, PAK]'): string => pact({
  id: 'seato-1954', name: 'Southeast Asia Collective Defense Treaty (Manila Pact)', parties, inForce: '1955-02-19',
  denunciation: '{ noticeMonths: 12, article: Art. X }', article: 'Art. IV(1)',
});
const SEATO_KEYS = ['USA', 'GBR', 'THA', 'PAK'].map((a) => `seato-1954/def@${a}`);
/** Pakistan's notice, as coded: the day is not sourced (Gibler gives its membership to 7 Nov 1973). */
const PAKISTAN_NOTICE = '      - { at: 1972-11-08, effect: { denounce: { pact: seato-1954, by: PAK } } }';

const RIO_NAMES = { USA: 'United States', MEX: 'Mexico', BRA: 'Brazil', ARG: 'Argentina', X: 'an extra-continental state' };
const WEU_NAMES = { GBR: 'United Kingdom', FRA: 'France', DEU: 'Germany', BEL: 'Belgium', USA: 'United States', X: 'an aggressor' };
const JPN_NAMES = { USA: 'United States', JPN: 'Japan', X: 'an aggressor' };

export const DENUNCIATION_CASES: ConformanceCase[] = [
  {
    id: 'DEN-01',
    title: 'Pakistan\'s notice of denunciation of SEATO (Nov 1972): during the year of notice Pakistan is still a party — an attack on it (hypothetical) engages every ally, and Pakistan\'s own duty binds',
    source: SRC_SEATO,
    interpretation: 'Art. X: "any Party may cease to be a Party one year after its notice of denunciation has been given". Coded `denunciation: { noticeMonths: 12 }`. The notice is a `pact` event (`notice`, effective 8 Nov 1973); nothing else changes during the notice period. The day of the notice is [UNVERIFIED]: coded 8 Nov 1972, so that Pakistan\'s last day as a party is 7 Nov 1973, the date Gibler gives. The attack of March 1973 is hypothetical.',
    yaml: scenario({
      id: 'DEN-01', title: 'Pakistan during its year of notice', clock: '{ start: 1972-11-06, tick: week, horizon: 20 }', names: SEATO_NAMES, pacts: seato(),
      inject: `${PAKISTAN_NOTICE}\n      - { at: 1973-03-05, effect: { armedAttack: { by: IND, on: PAK, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: { ...all(SEATO_KEYS, { state: 'honoured', level: 'consult' }), 'seato-1954/def@PAK': DORMANT },
      ledger: { 'seato-1954/def@USA': honouredLedger('consult'), 'seato-1954/def@PAK': [] },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'PAK', date: '1972-11-08' },
        { kind: 'armedAttack', target: 'PAK', date: '1973-03-05' },
        { kind: 'obligation', cause: 'obligation:seato-1954/def@USA', detail: 'judged' },
      ],
      absent: [{ kind: 'pact', detail: 'withdrawn' }],
    },
  },
  {
    id: 'DEN-02',
    title: 'Pakistan after its notice took effect (Nov 1973): it is no party to SEATO — its duty lapses, an attack on it (hypothetical) engages no one, and the pact stays in force for the others',
    source: SRC_SEATO,
    interpretation: 'The notice of 8 Nov 1972 [UNVERIFIED day] takes effect on 8 Nov 1973; with weekly ticks beginning on Mondays the start of the tick of 12 Nov 1973 records it (`pact` event `withdrawn`, cause `denunciation:seato-1954@PAK`) and lapses Pakistan\'s duty; an attack dated after it finds Pakistan out (as a membership `to` date does: semantics.md, "Membership dates"). The others stay bound to each other: their duties stay dormant, not lapsed.',
    yaml: scenario({
      id: 'DEN-02', title: 'Pakistan after its notice took effect', clock: '{ start: 1972-11-06, tick: week, horizon: 58 }', names: SEATO_NAMES, pacts: seato(),
      inject: `${PAKISTAN_NOTICE}\n      - { at: 1973-12-03, effect: { armedAttack: { by: IND, on: PAK, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: { ...all(SEATO_KEYS, DORMANT), 'seato-1954/def@PAK': LAPSED },
      ledger: { 'seato-1954/def@PAK': [] },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'PAK', date: '1972-11-08' },
        { kind: 'pact', detail: 'withdrawn', actor: 'PAK', cause: 'denunciation:seato-1954@PAK', date: '1973-11-12' },
        { kind: 'obligation', cause: 'pact:seato-1954', actor: 'PAK', detail: 'lapsed', date: '1973-11-12' },
        { kind: 'armedAttack', target: 'PAK', date: '1973-12-03' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged' }, { kind: 'pact', detail: 'terminated' }],
    },
  },
  {
    id: 'DEN-03',
    title: 'France and SEATO, 1974–75: France stopped paying the organisation\'s budget but declared it had not renounced the Manila Pact — no notice, so France stays a party and its duty binds (an attack on Thailand, hypothetical)',
    source: SRC_FRANCE,
    interpretation: 'Leaving the organisation\'s budget and meetings is no notice of denunciation under Art. X: nothing is coded for it, and France remains a party (its duty is judged, invoked and honoured when Thailand is attacked). Whether France ever gave notice before SEATO was wound up is [UNVERIFIED]: the sources read show none.',
    yaml: scenario({
      id: 'DEN-03', title: 'France without notice', clock: '{ start: 1975-01-06, tick: week, horizon: 4 }', names: SEATO_NAMES,
      pacts: seato('[USA, GBR, THA, FRA]'),
      inject: '      - { at: 1975-01-15, effect: { armedAttack: { by: DRV, on: THA, intensity: war } } }',
    }),
    situation: 'event',
    expect: {
      obligations: { ...all(['USA', 'GBR', 'FRA'].map((a) => `seato-1954/def@${a}`), { state: 'honoured', level: 'consult' }), 'seato-1954/def@THA': DORMANT },
      ledger: { 'seato-1954/def@FRA': honouredLedger('consult') },
      absent: [{ kind: 'pact' }],
    },
  },
  {
    id: 'DEN-04',
    title: 'Mexico\'s denunciation of the Rio Treaty (6 Sep 2002): two years of notice; from 6 Sep 2004 Mexico is no party — an attack on it (hypothetical) engages no one, while an attack on Brazil engages the remaining parties',
    source: SRC_RIO,
    interpretation: 'Art. 25: after two years from the receipt of a notice "the present Treaty shall cease to be in force with respect to such State, but shall remain in full force and effect with respect to all the other High Contracting Parties" — `denunciation: { noticeMonths: 24 }`. The notice\'s day is the one Mexico\'s foreign ministry gives (6 Sep 2002); the day the Pan American Union (OAS) received it is [UNVERIFIED]. Four of the parties are written; the Art. 3(2) request and the Art. 4 region are left out (TIAR cases test them). Weekly ticks from Monday 2 Sep 2002: the notice takes effect in the tick of 6 Sep 2004. Mexico\'s own duty toward Brazil records `not_in_force` for the attack of 5 Oct: the casus would have been met, but Mexico is no party that day (semantics.md, "Membership dates").',
    yaml: scenario({
      id: 'DEN-04', title: 'Mexico and the Rio Treaty', clock: '{ start: 2002-09-02, tick: week, horizon: 110 }', names: RIO_NAMES,
      pacts: pact({ id: 'rio-1947', name: 'Inter-American Treaty of Reciprocal Assistance', parties: '[USA, MEX, BRA, ARG]', inForce: '1948-12-03', denunciation: '{ noticeMonths: 24, article: Art. 25 }', article: 'Art. 3(1)' }),
      inject: `      - { at: 2002-09-06, effect: { denounce: { pact: rio-1947, by: MEX } } }
      - { at: 2004-10-04, effect: { armedAttack: { by: X, on: MEX, intensity: war } } }
      - { at: 2004-10-05, effect: { armedAttack: { by: X, on: BRA, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: {
        'rio-1947/def@USA': { state: 'honoured', level: 'consult' },
        'rio-1947/def@ARG': { state: 'honoured', level: 'consult' },
        'rio-1947/def@BRA': DORMANT,
        'rio-1947/def@MEX': LAPSED,
      },
      ledger: { 'rio-1947/def@USA': honouredLedger('consult'), 'rio-1947/def@MEX': ['not_in_force'] },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'MEX', date: '2002-09-06' },
        { kind: 'pact', detail: 'withdrawn', actor: 'MEX', date: '2004-09-06' },
        { kind: 'armedAttack', target: 'MEX', date: '2004-10-04' },
        { kind: 'armedAttack', target: 'BRA', date: '2004-10-05' },
        { kind: 'obligation', cause: 'obligation:rio-1947/def@USA', detail: 'judged', date: '2004-10-05' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged', date: '2004-10-04' }],
    },
  },
  {
    id: 'DEN-05',
    title: 'The United Kingdom\'s notice of withdrawal from the modified Brussels Treaty (April 2010): a year\'s notice under Art. XII; from April 2011, until the WEU ended on 30 June 2011, an attack on the UK (hypothetical) engages no one, and the UK owes nothing when France is attacked',
    source: SRC_WEU,
    interpretation: 'Art. XII: after fifty years "each of the High Contracting Parties shall have the right to cease to be a party thereto provided that he shall have previously given one year\'s notice of denunciation to the Belgian Government" — `denunciation: { noticeMonths: 12, afterYears: 50 }`. The UK government counted the fifty years from the 1948 treaty (HL Deb 1996); the pact here is the 1954 text in force from 6 May 1955, and either reading allows a notice in 2010. The day of the notice is [UNVERIFIED] ("April 2010"): coded 1 Apr 2010. Four of the ten parties are written; the pact lapses on 30 Jun 2011 as in B54. The UK\'s duty records `not_in_force` when France is attacked: the casus would have been met, but the UK is no party that day.',
    yaml: scenario({
      id: 'DEN-05', title: 'The UK\'s notice and the WEU', clock: '{ start: 2010-03-29, tick: week, horizon: 62 }', names: WEU_NAMES,
      pacts: pact({ id: 'brussels-1954', name: 'Brussels Treaty as modified by the Paris Protocol', parties: '[GBR, FRA, DEU, BEL]', inForce: '1955-05-06', lapsed: '2011-06-30', denunciation: '{ noticeMonths: 12, afterYears: 50, article: Art. XII }', article: 'Art. V' }),
      inject: `      - { at: 2010-04-01, effect: { denounce: { pact: brussels-1954, by: GBR } } }
      - { at: 2011-05-02, effect: { armedAttack: { by: X, on: GBR, intensity: war } } }
      - { at: 2011-05-03, effect: { armedAttack: { by: X, on: FRA, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: {
        'brussels-1954/def@DEU': { state: 'honoured', level: 'consult' },
        'brussels-1954/def@BEL': { state: 'honoured', level: 'consult' },
        'brussels-1954/def@FRA': DORMANT,
        'brussels-1954/def@GBR': LAPSED,
      },
      ledger: { 'brussels-1954/def@GBR': ['not_in_force'] },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'GBR', date: '2010-04-01' },
        { kind: 'pact', detail: 'withdrawn', actor: 'GBR', date: '2011-04-04' },
        { kind: 'obligation', cause: 'obligation:brussels-1954/def@DEU', detail: 'judged', date: '2011-05-03' },
      ],
      absent: [{ kind: 'obligation', detail: 'judged', date: '2011-05-02' }],
    },
  },
  {
    id: 'DEN-06',
    title: 'US–Japan Treaty, Art. X (hypothetical notices): a notice in 1965, before the treaty had been ten years in force, has no effect; a notice on 23 Jun 1975 terminates the treaty for both a year later — an attack on Japan in July 1976 engages no one',
    source: SRC_JPN,
    interpretation: 'Art. X as facts.md §1e summarises it (a minimum of ten years, then in force until one year after either party gives notice of termination; exact wording [UNVERIFIED]) — `denunciation: { noticeMonths: 12, afterYears: 10 }`. A bilateral treaty left with one party ends: the `pact` event `terminated`, then every duty lapses — here the one duty written, the United States\' under Art. V (Japan has none toward the United States). The early notice records nothing. The attack of July 1976 is judged by no one; since engine 0.8.2 it records the fate `not_in_force` for the US duty, as an attack after a pact\'s written last day does (W55-05): Japan was a party when the treaty ended, so this is the treaty that would have applied (semantics.md, "Membership dates"). Both notices are hypothetical.',
    yaml: scenario({
      id: 'DEN-06', title: 'US–Japan, Art. X', clock: '{ start: 1965-01-01, tick: month, horizon: 140 }', names: JPN_NAMES,
      pacts: US_JPN_1960,
      inject: `      - { at: 1965-03-01, effect: { denounce: { pact: us-jpn-1960, by: USA } } }
      - { at: 1975-06-23, effect: { denounce: { pact: us-jpn-1960, by: USA } } }
      - { at: 1976-07-15, effect: { armedAttack: { by: X, on: JPN, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: { 'us-jpn-1960/def@USA': LAPSED },
      ledger: { 'us-jpn-1960/def@USA': ['not_in_force'] },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'USA', date: '1975-06-23' },
        { kind: 'pact', detail: 'terminated', actor: 'USA', cause: 'denunciation:us-jpn-1960@USA', date: '1976-07-01' },
        { kind: 'armedAttack', target: 'JPN', date: '1976-07-15' },
      ],
      absent: [{ kind: 'pact', date: '1965-03-01' }, { kind: 'obligation', detail: 'judged' }],
    },
  },
  {
    id: 'DEN-07',
    title: 'US–Japan, Art. X (hypothetical): the notice of 23 Jun 1975 is revoked on 1 Mar 1976, before it takes effect — the treaty does not end, and the attack on Japan of July 1976 is judged and answered',
    source: `${SRC_JPN}; Vienna Convention on the Law of Treaties, Art. 68 (a notification "may be revoked at any time before it takes effect"); the Philippines' revocation on 30 Jul 2021 of its notice of 11 Feb 2020 terminating the Visiting Forces Agreement with the United States (the practice; not in facts.md)`,
    interpretation: 'DEN-06 with the notice revoked (format 1.8, `denounce: { revoke: true }`): the United States stays a party as if it had given none — a `pact` event `revoked` records it — so the termination the notice would have brought on 23 Jun 1976 does not come, Japan stays a party too, and the attack of 15 Jul 1976 meets Art. V. The answer is pinned at forces.',
    yaml: scenario({
      id: 'DEN-07', title: 'US–Japan, a notice revoked', clock: '{ start: 1975-06-01, tick: month, horizon: 16 }', names: JPN_NAMES, version: '1.8',
      pacts: US_JPN_1960,
      inject: `      - { at: 1975-06-23, effect: { denounce: { pact: us-jpn-1960, by: USA } } }
      - { at: 1976-03-01, effect: { denounce: { pact: us-jpn-1960, by: USA, revoke: true } } }
      - { at: 1976-07-15, effect: { armedAttack: { by: X, on: JPN, intensity: war } } }`,
    }),
    situation: 'event',
    decisions: { 'respond us-jpn-1960/def@USA': 'honour:forces' },
    expect: {
      obligations: { 'us-jpn-1960/def@USA': { state: 'honoured', level: 'forces' } },
      ledger: { 'us-jpn-1960/def@USA': ['judged', 'invoked', 'honoured:forces'] },
      events: [
        { kind: 'pact', detail: 'notice', actor: 'USA', date: '1975-06-23' },
        { kind: 'pact', detail: 'revoked', actor: 'USA', date: '1976-03-01' },
        { kind: 'armedAttack', target: 'JPN', date: '1976-07-15' },
      ],
      absent: [{ kind: 'pact', detail: 'terminated' }, { kind: 'obligation', detail: 'lapsed' }],
    },
  },
  {
    id: 'DEN-08',
    title: 'US–Japan, Art. X (hypothetical): a revocation after the notice has taken effect comes too late — the treaty has ended, and the attack of July 1976 records not_in_force',
    source: `${SRC_JPN}; Vienna Convention on the Law of Treaties, Art. 68`,
    interpretation: 'DEN-06 with a revocation dated 5 Jul 1976, after the notice took effect (23 Jun; recorded at the start of July\'s monthly tick): a notice can be revoked only "before it takes effect", so the revocation changes nothing and records nothing, and the attack of 15 Jul finds the treaty ended (`not_in_force`, as in DEN-06).',
    yaml: scenario({
      id: 'DEN-08', title: 'US–Japan, a revocation too late', clock: '{ start: 1975-06-01, tick: month, horizon: 16 }', names: JPN_NAMES, version: '1.8',
      pacts: US_JPN_1960,
      inject: `      - { at: 1975-06-23, effect: { denounce: { pact: us-jpn-1960, by: USA } } }
      - { at: 1976-07-05, effect: { denounce: { pact: us-jpn-1960, by: USA, revoke: true } } }
      - { at: 1976-07-15, effect: { armedAttack: { by: X, on: JPN, intensity: war } } }`,
    }),
    situation: 'event',
    expect: {
      obligations: { 'us-jpn-1960/def@USA': LAPSED },
      ledger: { 'us-jpn-1960/def@USA': ['not_in_force'] },
      events: [
        { kind: 'pact', detail: 'terminated', actor: 'USA', date: '1976-07-01' },
        { kind: 'armedAttack', target: 'JPN', date: '1976-07-15' },
      ],
      absent: [{ kind: 'pact', detail: 'revoked' }, { kind: 'obligation', detail: 'judged' }],
    },
  },
];

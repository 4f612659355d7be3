/**
 * Council products beyond the vote: presidential and press statements (adopted only by consensus
 * of every member — any one member blocks them, permanent or elected, no veto needed), drafts a
 * sponsor does not put to a vote because it expects a veto (shelved: no vote, so no veto on
 * record), and Council episodes that end with no product. Built from real DPRK episodes with the
 * composition of their year; sources: facts.md §2, §2g, §5 and unsc_korea_related_vetoes.csv.
 *
 * An episode opens with a `draft` effect: the product it seeks first (a resolution unless
 * `product` says otherwise), then the weaker products of `fallback` in turn, each only after the
 * one before was withdrawn, shelved or blocked. A veto or a failed vote ends the episode as it is.
 */
import type { ConformanceCase } from '../case.js';
import { actors, CALM_LADDER, council, elected, P5, type SeatSpec, type Vote } from '../fragments.js';
import { NAMES as SC_NAMES, SEATS_2017, SEATS_2022, SEATS_2024 } from './unsc.js';

const NAMES: Record<string, string> = {
  ...SC_NAMES,
  // 2010 (facts.md §5)
  AUT: 'Austria', TUR: 'Turkey', UGA: 'Uganda', BIH: 'Bosnia and Herzegovina', LBN: 'Lebanon', NGA: 'Nigeria', ROK: 'Republic of Korea',
};

/** 2010 (facts.md §5): Austria, Japan, Mexico, Turkey, Uganda (2009–10); Bosnia and Herzegovina, Brazil, Gabon, Lebanon, Nigeria (2010–11). */
const SEATS_2010: SeatSpec[] = [...P5, ...elected(2009, ['AUT', 'JPN', 'MEX', 'TUR', 'UGA']), ...elected(2010, ['BIH', 'BRA', 'GAB', 'LBN', 'NGA'])];

const everyone = (seats: readonly SeatSpec[], vote: Vote, except: readonly string[] = []): Record<string, Vote> =>
  Object.fromEntries(seats.filter((s) => !except.includes(s.actor)).map((s) => [s.actor, vote]));

/** A member's policy from its rules, written as YAML flow maps. */
const policy = (member: string, rules: readonly string[]): string => `    - { member: ${member}, rules: [${rules.join(', ')}] }`;
const ON_RESOLUTIONS = (vote: string): string => `{ product: resolution, vote: ${vote} }`;
const ON_STATEMENTS = (vote: string): string => `{ product: [presidential_statement, press_statement], vote: ${vote} }`;
const ALWAYS = (vote: string): string => `{ vote: ${vote} }`;
const YES = '{ yes: 1, no: 0 }';
const NO = '{ yes: 0, no: 1 }';
const ABSTAIN = '{ yes: 0, no: 0, abstain: 1 }';

/** Sponsors read the Council and shelve a draft more likely than not to be vetoed; they never force a vote unless the draft says so. */
const READ_THE_COUNCIL = '{ vetoExpectedAbove: 0.5, forceVote: 0 }';

const scenario = (o: {
  id: string; title: string; date: string; seats: readonly SeatSpec[]; votes: Record<string, Vote>; policies?: readonly string[];
  draft: string; tick?: string; horizon?: number; monitoring?: string; sponsorActor?: string;
}): string => {
  const ids = [...new Set([...o.seats.map((s) => s.actor), 'PRK', ...(o.sponsorActor ? [o.sponsorActor] : [])])];
  return `version: "1.2"
id: ${o.id}
title: ${JSON.stringify(o.title)}
clock: { start: ${o.date}, tick: ${o.tick ?? 'day'}, horizon: ${o.horizon ?? 1} }
${CALM_LADDER}
${actors(Object.fromEntries(ids.map((id) => [id, NAMES[id]!])))}
variables:
  un_enforcement: { initial: 0.6 }
${council({ seats: o.seats, votes: o.votes, anticipation: READ_THE_COUNCIL, ...(o.policies ? { policies: o.policies.join('\n') } : {}) })}
sanctions:
  - { id: un-1718, authority: un, target: PRK, enforcement: un_enforcement, tightenBy: 0.1${o.monitoring ?? ''} }
situations:
  episode:
    title: the Council takes up the matter
    inject:
      - { at: 0, effect: { draft: ${o.draft} } }
outcomes:
  vetoed: { when: { council: { result: vetoed } } }
  statement: { when: { council: { result: [presidential_statement, press_statement] } } }
  nothing: { when: { council: { result: no_product } } }`;
};

const SANCTIONS_ON_PRK = (extra = ''): string => `{ kind: sanctions, target: PRK, regime: un-1718, sponsor: USA${extra} }`;

export const COUNCIL_PRODUCT_CASES: ConformanceCase[] = [
  {
    id: 'CP-01',
    title: 'The Cheonan, S/PRST/2010/13 of 9 Jul 2010: no resolution put to a vote (China and Russia would not name the DPRK); a presidential statement by consensus of all 15',
    source: 'facts.md §5 (https://press.un.org/en/2010/sc9975.doc.htm: S/PRST/2010/13, 6355th meeting, adopted unanimously after a month of consultations; China and Russia opposed naming the DPRK); 2010 composition facts.md §5',
    interpretation: 'The record shows no vote on a resolution. The case codes China\'s and Russia\'s stance on a resolution condemning the DPRK as "no" (they opposed naming it) and on a statement as consent (they joined S/PRST/2010/13 once it condemned "the attack" without naming the DPRK — the model has no drafting of the text, only the product). The ROK, not a member in 2010, brought the matter. The sponsor reads a certain veto and shelves the resolution; the presidential statement is then sought and issued; no press statement is needed.',
    yaml: scenario({
      id: 'CP-01', title: 'S/PRST/2010/13', date: '2010-07-09', seats: SEATS_2010, sponsorActor: 'ROK',
      votes: everyone(SEATS_2010, 'yes', ['CHN', 'RUS']),
      policies: ['CHN', 'RUS'].map((m) => policy(m, [ON_RESOLUTIONS(NO), ALWAYS(YES)])),
      draft: '{ kind: condemnation, target: PRK, sponsor: ROK, fallback: [presidential_statement, press_statement] }',
    }),
    situation: 'episode',
    expect: {
      obligations: {},
      drafts: [
        { kind: 'condemnation', target: 'PRK', result: 'shelved' },
        { kind: 'condemnation', product: 'presidential_statement', target: 'PRK', result: 'presidential_statement', yes: 15, no: 0, abstain: 0 },
      ],
      events: [{ kind: 'draftResult', detail: 'shelved', date: '2010-07-09' }, { kind: 'draftResult', detail: 'presidential_statement', cause: 'council:condemnation:presidential_statement' }],
      absent: [{ kind: 'draftResult', detail: 'vetoed' }, { kind: 'draftResult', detail: 'no_product' }, { kind: 'draft', detail: 'condemnation:press_statement' }],
    },
  },
  {
    id: 'CP-02',
    title: 'Yeonpyeong, Council meeting of 19 Dec 2010: China blocks a presidential and a press statement — no product',
    source: 'facts.md §2g (AFP, 19 Dec 2010: http://www.spacedaily.com/reports/UN_council_failure_leaves_no_game_plan_for_Korea999.html — China rejected even a statement that did not name the DPRK; Times of India, 20 Dec 2010); the shelling: facts.md §3c; 2010 composition facts.md §5',
    interpretation: 'The meeting (called by Russia) sought a statement, not a resolution, so the episode opens at the presidential statement and falls back to a press statement. China objects to both (the record names China as the member that would not agree); Russia\'s own position is coded as consent, since it sought a statement of restraint. Each blocked draft records its tally (14 for, 1 objecting); the episode ends with no product.',
    yaml: scenario({
      id: 'CP-02', title: 'Yeonpyeong: no product', date: '2010-12-19', seats: SEATS_2010,
      votes: everyone(SEATS_2010, 'yes', ['CHN']),
      policies: [policy('CHN', [ON_STATEMENTS(NO), ALWAYS(ABSTAIN)])],
      draft: '{ kind: condemnation, target: PRK, sponsor: USA, product: presidential_statement, fallback: [press_statement] }',
    }),
    situation: 'episode',
    expect: {
      obligations: {},
      drafts: [
        { kind: 'condemnation', product: 'presidential_statement', target: 'PRK', result: 'blocked', yes: 14, no: 1, abstain: 0, blockedBy: ['CHN'] },
        { kind: 'condemnation', product: 'press_statement', target: 'PRK', result: 'blocked', yes: 14, no: 1, abstain: 0, blockedBy: ['CHN'] },
      ],
      events: [
        { kind: 'draftResult', detail: 'blocked:condemnation:presidential_statement' },
        { kind: 'draftResult', detail: 'blocked:condemnation:press_statement' },
        { kind: 'draftResult', detail: 'no_product:condemnation', cause: 'council:condemnation:no_product' },
      ],
      absent: [{ kind: 'draftResult', detail: 'vetoed' }, { kind: 'draftResult', detail: 'presidential_statement' }, { kind: 'draftResult', detail: 'press_statement' }],
    },
  },
  ...([
    ['CP-03', 'Resolution 2371', '2017-08-05', 'ICBM tests of 3 and 28 July 2017; bans coal, iron, lead and seafood exports', 'https://eg.usembassy.gov/fact-sheet-strengthening-sanctions-north-korea/'],
    ['CP-04', 'Resolution 2375', '2017-09-11', 'sixth nuclear test (3 Sep 2017); textile ban, refined-product cap', 'https://asil.org/node/7032'],
    ['CP-05', 'Resolution 2397', '2017-12-22', 'Hwasong-15 ICBM (28 Nov 2017); refined-product cap of 500k bbl/yr', 'https://press.un.org/en/2018/sc13162.doc.htm'],
  ] as const).map(([id, name, date, trigger, url]): ConformanceCase => ({
    id,
    title: `${name}, ${date}: the sponsor reads no veto, puts the draft to a vote, adopted 15–0; the episode ends with a resolution`,
    source: `facts.md §2a (${name.replace('Resolution ', 'res. ')}: ${trigger}; ${url}); 2017 composition: general knowledge (not in facts.md)`,
    interpretation: 'With every member voting yes the chance of a veto the sponsor reads is 0, below any threshold: the draft goes to a vote and is adopted (enforcement +0.1). The presidential statement listed as a fallback is never sought: an adopted resolution ends the episode.',
    yaml: scenario({ id, title: name, date, seats: SEATS_2017, votes: everyone(SEATS_2017, 'yes'), draft: SANCTIONS_ON_PRK(', fallback: [presidential_statement]') }),
    situation: 'episode',
    expect: {
      obligations: {},
      drafts: [{ kind: 'sanctions', target: 'PRK', result: 'adopted', yes: 15, no: 0, abstain: 0 }],
      events: [{ kind: 'draftResult', detail: 'adopted', date }, { kind: 'variable', detail: 'un_enforcement', cause: 'council:sanctions:adopted' }],
      absent: [{ kind: 'draftResult', detail: 'shelved' }, { kind: 'draft', detail: 'sanctions:presidential_statement' }, { kind: 'draftResult', detail: 'no_product' }],
    },
  })),
  {
    id: 'CP-06',
    title: 'S/2022/431, 26 May 2022: the US expects the veto and forces the vote; vetoed by China and Russia, 13–2; no statement follows a veto',
    source: 'facts.md §2b (https://www.dw.com/en/china-russia-veto-un-resolution-on-tougher-north-korea-sanctions/a-61946582); unsc_korea_related_vetoes.csv (5/26/2022, S/2022/431, China;Russia); 2022 composition facts.md §2b',
    interpretation: 'The sponsor reads a certain veto (China and Russia vote no) and puts the draft to a vote anyway (`forceVote: 1` on the draft, overriding the Council\'s 0), as the US did to put the veto on record. A vetoed draft ends the episode: the listed presidential statement is not sought (none followed in May 2022).',
    yaml: scenario({
      id: 'CP-06', title: 'S/2022/431 forced', date: '2022-05-26', seats: SEATS_2022,
      votes: { ...everyone(SEATS_2022, 'yes', ['CHN', 'RUS']), CHN: 'no', RUS: 'no' }, draft: SANCTIONS_ON_PRK(', forceVote: 1, fallback: [presidential_statement]'),
    }),
    situation: 'episode',
    expect: {
      obligations: {},
      drafts: [{ kind: 'sanctions', target: 'PRK', result: 'vetoed', yes: 13, no: 2, abstain: 0, vetoedBy: ['CHN', 'RUS'] }],
      events: [{ kind: 'draftResult', detail: 'vetoed', date: '2022-05-26' }],
      absent: [{ kind: 'draftResult', detail: 'shelved' }, { kind: 'draft', detail: 'sanctions:presidential_statement' }, { kind: 'draftResult', detail: 'no_product' }, { kind: 'variable' }],
    },
  },
  {
    id: 'CP-07',
    title: 'Panel of Experts renewal, 28 Mar 2024: forced vote, vetoed by Russia (13–1–1, China abstaining); the panel lapses after 30 Apr; the MSMT monitors from 16 Oct without any vote',
    source: 'facts.md §2b (https://www.ajc.com/news/nation-world/russia-vetoes-un-resolution-abolishing-monitoring-of-un-sanctions-against-north-korea-by-un-experts/MTE3EZEJBVF57E7FTK7KLTR3YA/); unsc_korea_related_vetoes.csv (3/28/2024); MSMT launched 16 Oct 2024 by 11 states: facts.md §2g (https://kyivindependent.com/us-south-korea-japan-to-monitor-north-korea-sanctions-under-new-multinational-group); draft symbol [UNVERIFIED]',
    interpretation: 'China\'s abstention is no veto, so the chance the sponsor reads is Russia\'s alone (1): it forces the vote (`forceVote: 1`). Weekly ticks from Thursday 28 Mar 2024: the mandate lapses on the first tick after 30 Apr (2 May); the monitoring team, coded as monitoring outside the Council from 16 Oct 2024, begins on the first tick on or after that day (17 Oct), cause monitoring:un-1718/msmt — no Council event is involved.',
    yaml: scenario({
      id: 'CP-07', title: 'Panel veto and the MSMT', date: '2024-03-28', tick: 'week', horizon: 31, seats: SEATS_2024,
      votes: { ...everyone(SEATS_2024, 'yes', ['CHN', 'RUS']), RUS: 'no', CHN: 'abstain' },
      draft: '{ kind: panel_renewal, target: PRK, regime: un-1718, sponsor: USA, forceVote: 1 }',
      monitoring: ', monitoring: { mandateUntil: 2024-04-30, renewalMonths: 12, baselineWith: 0.75, baselineWithout: 0.4, outside: [{ id: msmt, from: 2024-10-16, baseline: 0.5 }] }',
    }),
    situation: 'episode',
    expect: {
      obligations: {},
      drafts: [{ kind: 'panel_renewal', target: 'PRK', result: 'vetoed', yes: 13, no: 1, abstain: 1, vetoedBy: ['RUS'] }],
      events: [
        { kind: 'draftResult', detail: 'vetoed', date: '2024-03-28' },
        { kind: 'monitoring', detail: 'lapsed', cause: 'mandate:un-1718', date: '2024-05-02' },
        { kind: 'monitoring', detail: 'outside_started', cause: 'monitoring:un-1718/msmt', date: '2024-10-17' },
      ],
      absent: [{ kind: 'monitoring', detail: 'renewed' }, { kind: 'draftResult', detail: 'no_product' }],
    },
  },
  {
    id: 'CP-08',
    title: 'Edge: a sanctions draft the sponsor expects Russia and China to veto, not forced and with no fallback — shelved, no vote, no veto on record, no product',
    source: 'docs/semantics.md "The Security Council" (drafts not put to a vote when a veto is expected); practice after May 2022: no sanctions draft after the 2023–24 ICBM launches [UNVERIFIED: not in facts.md]; 2024 composition facts.md §2f',
    yaml: scenario({
      id: 'CP-08', title: 'Shelved', date: '2024-06-03', seats: SEATS_2024,
      votes: { ...everyone(SEATS_2024, 'yes', ['CHN', 'RUS']), CHN: 'no', RUS: 'no' }, draft: SANCTIONS_ON_PRK(),
    }),
    situation: 'episode',
    expect: {
      obligations: {},
      drafts: [{ kind: 'sanctions', target: 'PRK', result: 'shelved' }],
      events: [{ kind: 'draftResult', detail: 'shelved:sanctions', cause: 'council:sanctions:shelved' }, { kind: 'draftResult', detail: 'no_product:sanctions' }],
      absent: [{ kind: 'draftResult', detail: 'vetoed' }, { kind: 'variable' }],
    },
  },
  {
    id: 'CP-09',
    title: 'Edge: after the November 2022 ICBM the US seeks a presidential statement; one elected member\'s objection is enough to block it (no veto needed), then a press statement likewise — no product',
    source: 'facts.md §2g (AP, 21 Nov 2022: "Presidential statements require agreement from all 15 council members", https://keyt.com/news/2022/11/21/us-allies-clash-with-russia-china-over-north-korea-tests/); the objecting member here is an elected one by construction, to show that consensus is not the veto',
    interpretation: 'Consensus means no member objects. Algeria (an elected member in 2024, used only as an example) objects; China and Russia are coded as silent (abstain), which does not block.',
    yaml: scenario({
      id: 'CP-09', title: 'Blocked by an elected member', date: '2024-06-03', seats: SEATS_2024,
      votes: { ...everyone(SEATS_2024, 'yes', ['CHN', 'RUS', 'DZA']), CHN: 'abstain', RUS: 'abstain', DZA: 'no' },
      draft: SANCTIONS_ON_PRK(', product: presidential_statement, fallback: [press_statement]'),
    }),
    situation: 'episode',
    expect: {
      obligations: {},
      drafts: [
        { kind: 'sanctions', product: 'presidential_statement', target: 'PRK', result: 'blocked', yes: 12, no: 1, abstain: 2, blockedBy: ['DZA'] },
        { kind: 'sanctions', product: 'press_statement', target: 'PRK', result: 'blocked', yes: 12, no: 1, abstain: 2, blockedBy: ['DZA'] },
      ],
      events: [{ kind: 'draftResult', detail: 'no_product:sanctions' }],
      absent: [{ kind: 'draftResult', detail: 'vetoed' }, { kind: 'variable' }],
    },
  },
  {
    id: 'CP-10',
    title: 'Edge: a presidential statement with two permanent members silent (abstaining) — issued 13–0–2: silence is no objection, and a statement has no effect on the sanctions',
    source: 'docs/semantics.md "The Security Council" (statements by consensus); facts.md §2g',
    yaml: scenario({
      id: 'CP-10', title: 'Silence is consent', date: '2024-06-03', seats: SEATS_2024,
      votes: { ...everyone(SEATS_2024, 'yes', ['CHN', 'RUS']), CHN: 'abstain', RUS: 'abstain' },
      draft: SANCTIONS_ON_PRK(', product: presidential_statement'),
    }),
    situation: 'episode',
    expect: {
      obligations: {},
      drafts: [{ kind: 'sanctions', product: 'presidential_statement', target: 'PRK', result: 'presidential_statement', yes: 13, no: 0, abstain: 2 }],
      events: [{ kind: 'draftResult', detail: 'presidential_statement:sanctions' }],
      absent: [{ kind: 'variable' }, { kind: 'draftResult', detail: 'no_product' }],
    },
  },
];

// (1.9) The General Assembly's standing mandate to debate every veto (res. 76/262 of 26 April
// 2022): a Council with `vetoDebate` records an `assembly` event `veto_debate:KIND` on the
// `workingDays`-th working day after each veto cast from `from` on, in the tick holding that day
// and dated it — the vetoes of 26 May 2022 (debated 8 June) and 28 March 2024 (debated 11 April).
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile, resolveParameters } from '../model/compile.js';
import { dayOf, isoOf } from '../model/calendar.js';
import { masterSeedOf } from '../rng/index.js';
import { describeEvent } from './narrate.js';
import { Simulator, type EngineKind } from './simulator.js';
import type { SimEvent } from './event.js';

interface Case {
  clock?: string;
  debate?: string;
  at?: string;
  /** How P2 votes on the draft (P1 always votes no). */
  second?: 'yes' | 'no';
  kind?: string;
  product?: string;
}

const scenario = (c: Case = {}): string => `
version: "1.9"
id: vd
title: Veto debate
clock: ${c.clock ?? '{ start: 2024-03-25, tick: day, horizon: 30 }'}
actors:
  USA: { name: United States }
  RUS: { name: Russia }
  CHN: { name: China }
  PRK: { name: DPRK }
council:
  rule: { minYes: 1, permanentVeto: true }${c.debate === undefined ? '' : `\n  vetoDebate: ${c.debate}`}
  seats: [{ actor: USA, permanent: true }, { actor: RUS, permanent: true }, { actor: CHN, permanent: true }]
  policies:
    - { member: USA, rules: [{ vote: { yes: 1 } }] }
    - { member: RUS, rules: [{ vote: { no: 1 } }] }
    - { member: CHN, rules: [{ vote: { ${c.second === 'no' ? 'no' : 'abstain'}: 1 } }] }
situations:
  s:
    title: a draft
    inject: [{ at: ${c.at ?? '2024-03-28'}, effect: { draft: { kind: ${c.kind ?? 'panel_renewal'}, target: PRK, sponsor: USA${c.product ? `, product: ${c.product}` : ''} } } }]
outcomes:
  debated: { when: { happened: { event: assembly, kind: veto_debate } } }
`;

function run(c: Case, engine: EngineKind): { events: readonly SimEvent[]; outcomes: Readonly<Record<string, number>>; model: ReturnType<typeof compile> } {
  const r = loadScenario(scenario(c));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const model = compile(r.scenario, resolveParameters(r.scenario));
  const s = new Simulator(model, { engine }).run(masterSeedOf(1), 0, { situation: 's' });
  if (s.error) throw new Error(s.error);
  const outcomes: Record<string, number> = {};
  model.outcomes.forEach((o, k) => { outcomes[o.id] = s.outcomeTick[k]!; });
  return { events: s.events, outcomes, model };
}

const debates = (events: readonly SimEvent[]): SimEvent[] => events.filter((e) => e.kind === 'assembly');

describe('the General Assembly debates every veto (res. 76/262)', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`${engine}: Russia's veto of 28 March 2024 is debated on 11 April, the tenth working day, its cause the veto`, () => {
      const { events, outcomes, model } = run({ debate: '{}' }, engine);
      const veto = events.find((e) => e.kind === 'draftResult')!;
      expect(veto.detail.startsWith('vetoed')).toBe(true);
      expect(isoOf(veto.day)).toBe('2024-03-28');
      const [debate, ...more] = debates(events);
      expect(more).toEqual([]);
      expect(debate).toMatchObject({ detail: 'veto_debate:panel_renewal', votes: 'RUS', from: dayOf('2024-03-28'), parent: veto.seq, cause: 'assembly:veto_debate:panel_renewal', actor: -1 });
      expect(isoOf(debate!.day)).toBe('2024-04-11');
      expect(debate!.tick).toBe(dayOf('2024-04-11') - dayOf('2024-03-25'));
      expect(model.actors[debate!.target]!.id).toBe('PRK');
      expect(outcomes.debated).toBe(debate!.tick);
      expect(describeEvent(model, debate!)).toBe('the General Assembly debates RUS\'s veto of the panel_renewal draft on PRK of 2024-03-28 — a formal meeting within ten working days of a veto (res. 76/262); it binds no one');
    });

    it(`${engine}: two vetoes of 26 May 2022, debated on the ninth working day (8 June) as on the record`, () => {
      const { events, model } = run({ clock: '{ start: 2022-05-23, tick: day, horizon: 30 }', at: '2022-05-26', kind: 'sanctions', second: 'no', debate: '{ workingDays: 9 }' }, engine);
      const [debate] = debates(events);
      expect(isoOf(debate!.day)).toBe('2022-06-08');
      expect(debate!.votes).toBe('RUS CHN');
      expect(describeEvent(model, debate!)).toContain('RUS\'s and CHN\'s vetoes of the sanctions draft on PRK of 2022-05-26');
    });

    it(`${engine}: nothing without vetoDebate, for a veto before \`from\`, for a debate past the run's end, for an adopted draft or a blocked statement`, () => {
      expect(debates(run({}, engine).events)).toEqual([]);
      expect(debates(run({ debate: '{ from: 2024-03-29 }' }, engine).events)).toEqual([]);
      expect(debates(run({ debate: '{ from: 2024-03-28 }' }, engine).events)).toHaveLength(1);
      // The run's last day is 10 April: the debate of the 11th is not reached; of the 10th (ninth working day) it is.
      expect(debates(run({ clock: '{ start: 2024-03-25, tick: day, horizon: 16 }', debate: '{}' }, engine).events)).toEqual([]);
      expect(debates(run({ clock: '{ start: 2024-03-25, tick: day, horizon: 16 }', debate: '{ workingDays: 9 }' }, engine).events)).toHaveLength(1);
      // The default mandate starts on 26 April 2022: a veto of 2021 calls no debate.
      expect(debates(run({ clock: '{ start: 2021-03-22, tick: day, horizon: 30 }', at: '2021-03-25', debate: '{}' }, engine).events)).toEqual([]);
      expect(debates(run({ debate: '{}', kind: 'agenda' }, engine).events)).toEqual([]);
      const blocked = run({ debate: '{}', kind: 'condemnation', product: 'presidential_statement' }, engine).events;
      expect(blocked.some((e) => e.kind === 'draftResult' && e.detail.startsWith('blocked'))).toBe(true);
      expect(debates(blocked)).toEqual([]);
    });

    it(`${engine}: (1.9) an admission and an authorization are drafts like any other, vetoed and debated; the story names them`, () => {
      const admission = run({ debate: '{}', kind: 'admission' }, engine);
      const tabled = admission.events.find((e) => e.kind === 'draft')!;
      expect(describeEvent(admission.model, tabled)).toBe('a draft recommending PRK\'s admission to the United Nations is tabled by USA');
      expect(debates(admission.events).map((e) => e.detail)).toEqual(['veto_debate:admission']);
      const authorization = run({ debate: '{}', kind: 'authorization' }, engine);
      expect(describeEvent(authorization.model, authorization.events.find((e) => e.kind === 'draft')!)).toBe('an authorization draft on PRK is tabled by USA');
      expect(describeEvent(authorization.model, debates(authorization.events)[0]!)).toContain('RUS\'s veto of the authorization draft on PRK');
    });

    it(`${engine}: weekly and monthly ticks: the debate is in the tick that holds its day, dated that day`, () => {
      const weekly = debates(run({ clock: '{ start: 2024-03-25, tick: week, horizon: 4 }', debate: '{}' }, engine).events);
      expect(weekly.map((e) => [e.tick, isoOf(e.day)])).toEqual([[2, '2024-04-11']]);
      // A veto of Friday 1 March: the tenth working day is 15 March, in the same monthly tick.
      const monthly = debates(run({ clock: '{ start: 2024-03-01, tick: month, horizon: 2 }', at: '2024-03-01', debate: '{}' }, engine).events);
      expect(monthly.map((e) => [e.tick, isoOf(e.day)])).toEqual([[0, '2024-03-15']]);
    });
  }
});

// Invariants of the seminar core, with a controlled odds source: while the odds of a state are
// computed the pages see "computing" with the progress reported so far and can still act; a result
// is shown only for the state it was computed for; a state met again (after undo) is answered from
// the cache without asking again; every action saves both files.
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import type { OddsReport } from '../play/odds.js';
import { percentWithInterval } from '../play/view.js';
import { joinCodes } from './access.js';
import type { OddsSource } from './odds-service.js';
import type { OddsRequest } from './odds-protocol.js';
import { openSeminar } from './open.js';
import { Seminar, type SeminarSidecar } from './seminar.js';
import { sessionView } from './state-view.js';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const io: CliIo = { stdout: () => {}, stderr: () => {}, cwd: ROOT, env: {}, isTTY: false };

/** An odds source that computes nothing until told: each request waits in `asked`. */
class HeldOdds implements OddsSource {
  readonly asked: { text: string; progress?: (done: number, total: number) => void; resolve(r: OddsReport): void; decision: OddsRequest['decision']; withhold: OddsRequest['withhold'] }[] = [];
  compute(text: string, _runs: number, progress?: (done: number, total: number) => void, decision?: OddsRequest['decision'], withhold?: OddsRequest['withhold']): Promise<OddsReport> {
    return new Promise((resolve) => this.asked.push({ text, progress, resolve, decision, withhold }));
  }
  async close(): Promise<void> {}
}

function fixture() {
  const setup = openSeminar('tutorial', { seed: 3, run: 0, engine: 'reference', session: '/nonexistent-dir/t.json', host: '127.0.0.1', port: 0, oddsRuns: 40, as: 'C' }, io);
  const saved: { session: string[]; sidecar: SeminarSidecar[] } = { session: [], sidecar: [] };
  const odds = new HeldOdds();
  let now = 0;
  const seminar = new Seminar(setup.session, setup.teams, joinCodes(setup.teams, undefined), {
    saveSession: (t) => saved.session.push(t), saveSidecar: (s) => saved.sidecar.push(s),
  }, odds, 40, undefined, () => (now += 1000));
  return { seminar, odds, saved };
}

const report = (runs: number): OddsReport => ({
  position: 0, pending: undefined, runs, outcomes: [{ id: 'x', title: 'X' }], reached: { x: null },
  columns: [{ label: 'from here', runs, hits: { x: runs / 2 }, errors: 0 }], baseline: { label: 'at the start', runs, hits: { x: runs / 4 }, errors: 0 },
});

describe('Seminar', () => {
  it('shows progress while the odds compute, keeps acting meanwhile, and caches by state', async () => {
    const { seminar, odds, saved } = fixture();
    const facilitator = { kind: 'facilitator' } as const;
    expect(odds.asked).toHaveLength(1);
    expect(saved.session.length).toBe(1);
    let seen = 0;
    seminar.subscribe(() => { seen++; });
    odds.asked[0]!.progress!(20, 80);
    let view = sessionView(seminar, facilitator, null);
    expect([view.odds.state, view.odds.done, view.odds.total]).toEqual(['computing', 20, 80]);
    expect(seen).toBe(1);

    // Acting does not wait for the odds; the new state asks for its own.
    const start = seminar.version;
    await seminar.act(facilitator, start, { type: 'inject', effect: '{signal: {kind: talks, by: C}}' });
    expect(odds.asked).toHaveLength(2);
    expect(saved.session.length).toBe(2);
    // The first state's odds arrive late: they are kept for it, not shown for the new state.
    odds.asked[0]!.resolve(report(40));
    await Promise.resolve();
    expect(sessionView(seminar, facilitator, null).odds.state).toBe('computing');
    odds.asked[1]!.resolve(report(40));
    await new Promise((r) => setTimeout(r, 0));
    view = sessionView(seminar, facilitator, null);
    expect(view.odds.state).toBe('ready');

    // Undo: back to the first state, whose odds are known — nothing is asked again.
    await seminar.act(facilitator, seminar.version, { type: 'undo' });
    expect(odds.asked).toHaveLength(2);
    view = sessionView(seminar, facilitator, null);
    expect(view.odds.state).toBe('ready');
    // The first state's report, cell by cell as casus play's table prints it.
    expect(view.odds.rows[0]!.cells.map((c) => c.text)).toEqual([percentWithInterval(20, 40), percentWithInterval(10, 40)]);
    expect(saved.sidecar.at(-1)!.milestones.map((m) => m.label)).toEqual(['the start', 'white-cell inject at tick 0 · 2025-01-06']);
    // The review shows only what is still on the branch: the undone inject is gone.
    expect(seminar.reviewMoments().map((m) => m.milestone.label)).toEqual(['the start']);
  });

  it('refuses actions that are not the role\'s, or made on another state, and changes nothing', async () => {
    const { seminar, saved } = fixture();
    const v = seminar.version;
    await expect(seminar.act({ kind: 'wall' }, v, { type: 'undo' })).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await expect(seminar.act({ kind: 'team', team: 'C' }, v, { type: 'advance', ticks: 1 })).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await expect(seminar.act({ kind: 'team', team: 'C' }, v, { type: 'answer', actor: 'A', option: '1' })).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await expect(seminar.act({ kind: 'facilitator' }, 'old', { type: 'undo' })).rejects.toMatchObject({ code: 'E_STALE' });
    await expect(seminar.act({ kind: 'facilitator' }, v, { type: 'undo' })).rejects.toMatchObject({ code: 'E_REFUSED' });
    await expect(seminar.act({ kind: 'facilitator' }, v, { type: 'set', name: 'nope', value: '1' })).rejects.toMatchObject({ code: 'E_REFUSED' });
    expect(seminar.version).toBe(v);
    expect(saved.session.length).toBe(1);
  });
  it('shows a team each doctrine option with the effects its doctrine writes for it', async () => {
    const setup = openSeminar('korea-2024', { seed: 1, run: 0, engine: 'reference', situation: 'yeonpyeong-clash', session: '/nonexistent-dir/k.json', host: '127.0.0.1', port: 0, oddsRuns: 40, as: 'ROK' }, io);
    const seminar = new Seminar(setup.session, setup.teams, joinCodes(setup.teams, undefined), { saveSession: () => {}, saveSidecar: () => {} }, new HeldOdds(), 40);
    const team = { kind: 'team', team: 'ROK' } as const;
    const rok = () => sessionView(seminar, team, null).decisions.find((d) => d.key === 'ROK/answer-provocation');
    for (let i = 0; i < 6 && rok() === undefined; i++) {
      const f = seminar.current.frame;
      if (f.pending) await seminar.act({ kind: 'facilitator' }, seminar.version, { type: 'answer', actor: f.pending.request.actor, option: f.pending.request.options[0]! });
      else await seminar.act({ kind: 'facilitator' }, seminar.version, { type: 'advance', ticks: 1 });
    }
    const pending = rok()!;
    expect(pending.key).toBe('ROK/answer-provocation');
    expect(Object.keys(pending.consequences)).toEqual(pending.options);
    expect(pending.consequences.strike_origin).toContain('armedAttack: {by: $self, on: $actor, in: prk_territory, intensity: 4}');
    expect(pending.consequences.absorb_and_protest).toContain('signal: {kind: protest');
  });

  it('asks each team\'s odds with its own open decision taken each way and the other teams\' answers of the round withheld', async () => {
    const setup = openSeminar('korea-2024', { seed: 1, run: 0, engine: 'reference', situation: 'yeonpyeong-clash', session: '/nonexistent-dir/k.json', host: '127.0.0.1', port: 0, oddsRuns: 40, team: ['seoul=ROK', 'washington=USA'] }, io);
    const odds = new HeldOdds();
    const seminar = new Seminar(setup.session, setup.teams, joinCodes(setup.teams, undefined), { saveSession: () => {}, saveSidecar: () => {} }, odds, 40);
    const f = { kind: 'facilitator' } as const;
    await seminar.act(f, seminar.version, { type: 'advance', ticks: 3 });
    const asked = (n: number) => odds.asked.slice(-n).map((a) => [a.decision === undefined ? 'pending' : a.decision, a.withhold ?? []]);
    // The facilitator's (the pending decision each way, everything known), the wall's (from here,
    // the open decisions left to the doctrine), then Seoul's own; Washington's first open decision
    // is the pending one.
    const judge = { actor: 'USA', key: 'camp-david-2023/consult@USA', occurrence: 0 };
    const rok = { actor: 'ROK', key: 'ROK/answer-provocation', occurrence: 0 };
    const ally = { actor: 'USA', key: 'USA/answer-attack-on-ally', occurrence: 0 };
    expect(odds.asked).toHaveLength(4);
    expect(asked(3)).toEqual([['pending', []], [null, []], [rok, []]]);
    await seminar.act({ kind: 'team', team: 'seoul' }, seminar.version, { type: 'answer', actor: 'ROK', option: 'absorb_and_protest' });
    // Seoul has answered: it sees the odds from here (nothing of its own to take each way) — and
    // Washington's take its judgment each way without Seoul's answer, which is not in effect yet;
    // the wall's stay from here without Seoul's answer (no one's choices on the projector).
    expect(odds.asked).toHaveLength(8);
    expect(asked(4)).toEqual([['pending', []], [null, [rok]], [null, []], [judge, [rok]]]);
    const views = () => ({ seoul: seminar.perspective({ kind: 'team', team: 'seoul' }), washington: seminar.perspective({ kind: 'team', team: 'washington' }), wall: seminar.perspective({ kind: 'wall' }) });
    const facilitator = seminar.perspective({ kind: 'facilitator' });
    expect([facilitator.decision, facilitator.withhold]).toEqual([undefined, []]);
    expect([views().seoul.decision, views().seoul.withhold]).toEqual([null, []]);
    expect([views().washington.decision, views().washington.withhold]).toEqual([judge, [rok]]);
    expect([views().wall.decision, views().wall.withhold]).toEqual([null, [rok]]);
    await seminar.act({ kind: 'team', team: 'washington' }, seminar.version, { type: 'answer', actor: 'USA', key: ally.key, option: 'restraint' });
    expect([views().seoul.decision, views().seoul.withhold]).toEqual([null, [ally]]);
    expect([views().washington.decision, views().washington.withhold]).toEqual([judge, [rok]]);
    expect([views().wall.decision, views().wall.withhold]).toEqual([null, [rok, ally]]);
    // Every perspective a page shows was asked of the odds source.
    const requested = odds.asked.map((a) => JSON.stringify([a.decision, a.withhold ?? []]));
    for (const v of Object.values(views())) expect(requested).toContain(JSON.stringify([v.decision, v.withhold]));
  });
});

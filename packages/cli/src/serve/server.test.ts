// Invariants of the seminar server's API, against the real server on 127.0.0.1 and an ephemeral
// port with the real odds worker: every request needs a join code; a team acts only for its own
// actors; malformed requests get a 4xx JSON error with a stable code and never hurt the server; an
// action made on an older state is refused with E_STALE; two actions at once never both apply;
// the session file on disk is `casus play`'s, rewritten after every action, and reopening it gives
// the same session; the odds served are those `casus play` computes for the same session.
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { parseSessionText, sessionFromFile, sessionToText } from '../play/session-file.js';
import { openSeminar, type ServeOptions } from './open.js';
import { startServer, type RunningServer } from './server.js';
import type { SessionView } from './state-types.js';
import { oddsTable } from './state-view.js';
import { computeOdds } from '../play/odds.js';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const io: CliIo = { stdout: () => {}, stderr: () => {}, cwd: ROOT, env: {}, isTTY: false };
const RUNS = 100;

/** A JSON reply (an error, or an endpoint's own fields), or a page's text. */
type Reply = { error: { code: string; message: string; version?: string } } & Record<string, unknown>;

function options(dir: string, extra: Partial<ServeOptions> = {}): ServeOptions {
  return {
    seed: 1, run: 0, situation: 'yeonpyeong-clash', engine: 'reference', team: ['seoul=ROK', 'washington=USA'],
    session: join(dir, 'seminar.json'), host: '127.0.0.1', port: 0, oddsRuns: RUNS, ...extra,
  };
}

describe('casus serve API', () => {
  let dir: string;
  let server: RunningServer;
  let base: string;
  const codes = { facilitator: '', wall: '', seoul: '', washington: '' };

  const call = async (path: string, code: string | undefined, init: RequestInit = {}): Promise<{ status: number; body: Reply }> => {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined) };
    if (code !== undefined) headers.authorization = `Bearer ${code}`;
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, { ...init, headers });
    } catch (error) {
      // A reading request may be retried once after a transport failure (a reset connection on a
      // loaded machine); actions never are, so a retry cannot apply anything twice.
      if ((init.method ?? 'GET') !== 'GET') throw error;
      res = await fetch(`${base}${path}`, { ...init, headers });
    }
    const text = await res.text();
    let body: unknown = text;
    try { body = JSON.parse(text); } catch { /* HTML */ }
    return { status: res.status, body: body as Reply };
  };
  const state = async (code: string): Promise<SessionView> => (await call('/api/state', code)).body as unknown as SessionView;
  const action = (code: string, version: string, a: Record<string, unknown>) => call('/api/action', code, { method: 'POST', body: JSON.stringify({ version, action: a }) });
  const waitForOdds = async (code: string): Promise<SessionView> => {
    for (let i = 0; i < 600; i++) {
      const v = await state(code);
      if (v.odds.state !== 'computing') return v;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the odds never came');
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casus-serve-'));
    server = await startServer(openSeminar('korea-2024', options(dir), io));
    base = server.url.replace(/\/$/, '');
    codes.facilitator = server.codes.facilitator;
    codes.wall = server.codes.wall;
    codes.seoul = server.codes.teams.seoul!;
    codes.washington = server.codes.teams.washington!;
  });

  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, and refuses requests without a valid join code', async () => {
    expect(server.address).toBe('127.0.0.1');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(new Set(Object.values(codes)).size).toBe(4);
    expect((await call('/api/state', undefined)).body.error.code).toBe('E_UNAUTHORIZED');
    const wrong = await call('/api/state', 'not-a-code');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('E_UNAUTHORIZED');
    expect((await call(`/api/state?code=${codes.wall}`, undefined)).status).toBe(200);
    // The page itself needs no code: it asks for one.
    expect((await call('/', undefined)).status).toBe(200);
  });

  it('answers malformed requests with a 4xx JSON error naming the problem', async () => {
    const v = (await state(codes.facilitator)).version;
    const cases: [RequestInit, number, string][] = [
      [{ method: 'POST', body: '{not json' }, 400, 'E_BAD_REQUEST'],
      [{ method: 'POST', body: '[]' }, 400, 'E_BAD_REQUEST'],
      [{ method: 'POST', body: JSON.stringify({ action: { type: 'undo' } }) }, 400, 'E_BAD_REQUEST'],
      [{ method: 'POST', body: JSON.stringify({ version: v, action: { type: 'explode' } }) }, 400, 'E_BAD_REQUEST'],
      [{ method: 'POST', body: JSON.stringify({ version: v, action: { type: 'advance', ticks: -3 } }) }, 400, 'E_BAD_REQUEST'],
      [{ method: 'POST', body: JSON.stringify({ version: v, action: { type: 'inject', effect: 42 } }) }, 400, 'E_BAD_REQUEST'],
      [{ method: 'POST', body: JSON.stringify({ version: v, action: { type: 'answer', actor: 'ROK', option: 'x', occurrence: -1 } }) }, 400, 'E_BAD_REQUEST'],
      [{ method: 'POST', body: JSON.stringify({ version: v, action: { type: 'answer', actor: 'ROK', option: 'x', key: 5 } }) }, 400, 'E_BAD_REQUEST'],
      [{ method: 'POST', body: 'x'.repeat(70_000) }, 413, 'E_TOO_LARGE'],
    ];
    for (const [init, status, code] of cases) {
      const r = await call('/api/action', codes.facilitator, init);
      expect([r.status, r.body.error.code], String(init.body).slice(0, 60)).toEqual([status, code]);
      expect(r.body.error.message).toBeTypeOf('string');
    }
    const unknown = await call('/api/nothing', codes.facilitator);
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'E_NOT_FOUND']);
    // A bad inject is refused by the session, with the play code's message, and changes nothing.
    const bad = await action(codes.facilitator, v, { type: 'inject', effect: '{armedAttack: {by: PRK, on: ATLANTIS, in: yeonpyeong, intensity: 4}}' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('E_REFUSED');
    expect(bad.body.error.message).toContain('unknown actor "ATLANTIS"');
    expect((await state(codes.facilitator)).version).toBe(v);
  });

  it('lets only the facilitator move time; opens every decision of the round at once, each team seeing only its own', async () => {
    let view = await state(codes.facilitator);
    expect((await action(codes.wall, view.version, { type: 'advance', ticks: 1 })).body.error.code).toBe('E_FORBIDDEN');
    expect((await action(codes.seoul, view.version, { type: 'advance', ticks: 1 })).body.error.code).toBe('E_FORBIDDEN');
    const adv = await action(codes.facilitator, view.version, { type: 'advance', ticks: 3 });
    expect(adv.status, JSON.stringify(adv.body)).toBe(200);
    view = await state(codes.facilitator);
    // Tick 1: the shelling raises three decisions of the played actors, taken on the same state.
    expect(view.decisions.map((d) => [d.actor, d.key, d.answer])).toEqual([
      ['USA', 'camp-david-2023/consult@USA', null], ['ROK', 'ROK/answer-provocation', null], ['USA', 'USA/answer-attack-on-ally', null],
    ]);
    expect(new Set(view.decisions.map((d) => d.round)).size).toBe(1);
    expect(view.waitingOn).toEqual(['seoul', 'washington']);
    expect(view.teams.map((t) => [t.name, t.open, t.answered])).toEqual([['seoul', 1, 0], ['washington', 2, 0]]);
    // Each team sees its own decisions only; the wall none; everyone sees whom the session waits on.
    const seoul = await state(codes.seoul);
    expect(seoul.decisions.map((d) => d.key)).toEqual(['ROK/answer-provocation']);
    expect((await state(codes.washington)).decisions.map((d) => d.key)).toEqual(['camp-david-2023/consult@USA', 'USA/answer-attack-on-ally']);
    const wall = await state(codes.wall);
    expect([wall.decisions, wall.waitingOn, wall.deciding]).toEqual([[], ['seoul', 'washington'], true]);
    // A team cannot answer another's decision, whatever it names; nothing changes.
    for (const [team, actor, key] of [['seoul', 'USA', 'USA/answer-attack-on-ally'], ['washington', 'ROK', 'ROK/answer-provocation']] as const) {
      const r = await action(codes[team], view.version, { type: 'answer', actor, key, option: 'restraint' });
      expect([r.status, r.body.error.code]).toEqual([403, 'E_FORBIDDEN']);
    }
    expect((await state(codes.facilitator)).version).toBe(view.version);
    // The odds: the facilitator's take the pending decision each way (as casus play does); the
    // wall's take no one's decision each way — one column from here, the open decisions left to the
    // doctrine; a team's never take another team's decision each way — Seoul's take its own.
    expect((await waitForOdds(codes.facilitator)).odds.title).toContain("with USA's decision (camp-david-2023/consult@USA) taken each way");
    const wallOdds = (await waitForOdds(codes.wall)).odds;
    expect([wallOdds.columns, wallOdds.title.includes('its open decisions left to the doctrine')]).toEqual([['from here', 'at the start'], true]);
    expect(JSON.stringify(wallOdds)).not.toMatch(/camp-david-2023\/consult@USA|answer-attack-on-ally|taken each way|"if /);
    const seoulOdds = (await waitForOdds(codes.seoul)).odds;
    expect(seoulOdds.title).toContain("with ROK's decision (ROK/answer-provocation) taken each way");
    expect(seoulOdds.columns).toEqual(['if absorb_and_protest', 'if return_fire_in_place', 'if strike_origin', 'at the start']);
  });

  it('takes two teams\' answers made at once on the same state, and the run does not depend on which arrives first', async () => {
    const start = await state(codes.facilitator);
    const seoul = (v: string) => action(codes.seoul, v, { type: 'answer', actor: 'ROK', key: 'ROK/answer-provocation', occurrence: 0, option: 'absorb_and_protest' });
    const washington = (v: string) => action(codes.washington, v, { type: 'answer', actor: 'USA', key: 'USA/answer-attack-on-ally', option: 'restraint' });
    const seen: unknown[] = [];
    for (const order of [[seoul, washington], [washington, seoul]]) {
      const here = await state(codes.facilitator);
      // Undo brought the session back to the same moment (its version differs: the action counter moved).
      expect([here.where, here.decisions]).toEqual([start.where, start.decisions]);
      const now = here.version;
      const replies = await Promise.all(order.map((send) => send(now)));
      expect(replies.map((r) => r.status), JSON.stringify(replies.map((r) => r.body))).toEqual([200, 200]);
      expect(String(replies[0]!.body.message)).toContain('takes effect with the round\'s other decisions');
      const after = await state(codes.facilitator);
      // Still in tick 1: Washington's judgment of the casus is open; both answers wait for it.
      expect(after.waitingOn).toEqual(['washington']);
      expect(after.decisions.map((d) => d.answer)).toEqual([null, 'absorb_and_protest', 'restraint']);
      // Seoul has nothing left to decide: its odds are from here, the open decisions left to the doctrine.
      const seoulOdds = (await waitForOdds(codes.seoul)).odds;
      expect([seoulOdds.columns, seoulOdds.title.includes('its open decisions left to the doctrine')]).toEqual([['from here', 'at the start'], true]);
      // Washington's odds take its open judgment each way, with Seoul's answer — not in effect yet —
      // left to the doctrine.
      if (seen.length === 0) {
        const s = server.seminar.current.setup;
        const played = sessionFromFile(parseSessionText(readFileSync(join(dir, 'seminar.json'), 'utf8'), 'f'), 'f', s.scenario, s.scenarioArg, s.scenarioHash);
        const course = played.course();
        const answers = new Map([...course.answers].filter(([k]) => !k.includes('ROK/answer-provocation')));
        expect(answers.size).toBe(course.answers.size - 1);
        const input = { worlds: played.worlds, identity: played.identity, course, played: played.played, frame: played.frame, runs: RUNS };
        const withheld = oddsTable(played, computeOdds({ ...input, course: { ...course, answers } }));
        const washingtonOdds = (await waitForOdds(codes.washington)).odds;
        expect(washingtonOdds).toEqual(withheld);
        // (Here the numbers happen to agree with the facilitator's, which know Seoul's answer: korea-2024's odds
        // barely move with it. seminar.test.ts checks what each team's odds are asked with.)
        expect((await waitForOdds(codes.facilitator)).odds).toEqual(oddsTable(played, computeOdds(input)));
        // The wall's: from here, every answer of the open round (Seoul's and Washington's) left to the
        // doctrine — the room cannot tell from its numbers that anyone has answered, nor how.
        const open = new Map([...course.answers].filter(([k]) => !k.includes('ROK/answer-provocation') && !k.includes('USA/answer-attack-on-ally')));
        expect(open.size).toBe(course.answers.size - 2);
        const fromHere = oddsTable(played, computeOdds({ ...input, course: { ...course, answers: open }, decision: null }));
        expect((await waitForOdds(codes.wall)).odds).toEqual(fromHere);
      }
      const judged = await action(codes.washington, after.version, { type: 'answer', actor: 'USA', key: 'camp-david-2023/consult@USA', option: 'invoke' });
      expect(judged.status, JSON.stringify(judged.body)).toBe(200);
      const done = server.seminar.current.frame;
      seen.push([done.position, done.result.events, (await state(codes.facilitator)).decisions.map((d) => [d.actor, d.key, d.round])]);
      for (let i = 0; i < 3; i++) expect((await action(codes.facilitator, (await state(codes.facilitator)).version, { type: 'undo' })).status).toBe(200);
    }
    expect(seen[1]).toEqual(seen[0]);
    // After a white-cell action an answer made on the earlier state is refused: the client must refresh.
    const first = await action(codes.seoul, (await state(codes.seoul)).version, { type: 'answer', actor: 'ROK', option: 'absorb_and_protest' });
    expect(first.status).toBe(200);
    const moved = await state(codes.facilitator);
    expect((await action(codes.facilitator, moved.version, { type: 'undo' })).status).toBe(200);
    const late = await action(codes.washington, moved.version, { type: 'answer', actor: 'USA', option: 'invoke' });
    expect([late.status, late.body.error.code]).toEqual([409, 'E_STALE']);
    // Answering twice is refused with the session's reason.
    const v = (await state(codes.facilitator)).version;
    expect((await action(codes.seoul, v, { type: 'answer', actor: 'ROK', option: 'absorb_and_protest' })).status).toBe(200);
    const twice = await action(codes.seoul, v, { type: 'answer', actor: 'ROK', option: 'strike_origin' });
    expect([twice.status, twice.body.error.code]).toEqual([422, 'E_REFUSED']);
    expect(twice.body.error.message).toContain('answered already');
  });

  it('keeps the fog of war at the API: a team gets only what its actors know', async () => {
    // Complete the round and let the rest of the tick run (Washington answers its two decisions).
    for (;;) {
      const view = await state(codes.facilitator);
      const open = view.decisions.find((d) => d.answer === null);
      if (!open) break;
      const team = open.actor === 'ROK' ? codes.seoul : codes.washington;
      expect((await action(team, view.version, { type: 'answer', actor: open.actor, key: open.key, occurrence: open.occurrence, option: open.options[0] })).status).toBe(200);
    }
    const all = server.seminar.current.frame.result.events!;
    const bySeq = new Map(all.map((e) => [e.seq, e]));
    const full = await state(codes.facilitator);
    expect(full.events.length).toBe(all.length);
    expect(all.some((e) => e.kind === 'decision' && e.actor === 'USA')).toBe(true);
    expect(all.some((e) => e.kind === 'variable')).toBe(true);
    for (const [team, own, other] of [['seoul', 'ROK', 'USA'], ['washington', 'USA', 'ROK']] as const) {
      const view = await state(codes[team]);
      const seen = view.events.map((e) => bySeq.get(e.seq)!);
      // Its own decisions, and the shelling (a use of force): known.
      expect(seen.some((e) => e.kind === 'decision' && e.actor === own)).toBe(true);
      expect(seen.some((e) => e.kind === 'armedAttack' && e.actor === 'PRK')).toBe(true);
      // Another actor's decisions and judgments, and the model's variables: not.
      for (const e of seen) {
        expect(e.kind === 'decision' && e.actor !== own, `${team} sees ${e.text}`).toBe(false);
        expect(e.kind === 'obligation' && /^(judged|denied)/.test(e.detail ?? '') && e.actor !== own, `${team} sees ${e.text}`).toBe(false);
        expect(e.kind, `${team} sees ${e.text}`).not.toBe('variable');
      }
      // No link points at an event the team does not have.
      const have = new Set(view.events.map((e) => e.seq));
      for (const e of view.events) if (e.parent !== null) expect(have.has(e.parent)).toBe(true);
      expect(view.choices.every((c) => c.actor === own)).toBe(true);
      expect(view.decisions.every((d) => d.actor === own)).toBe(true);
      expect(view.parameters).toEqual([]);
      expect(view.injects).toEqual([]);
      expect(view.access).toBeNull();
      // Of the other team, only who it is; how many decisions it has open or took is its business.
      expect(view.teams.filter((t) => t.name !== team).map((t) => [t.open, t.answered, t.choices])).toEqual([[null, null, null]]);
      expect(view.teams.find((t) => t.name === team)!.choices).toBe(view.choices.length);
      expect(view.status.join('\n')).not.toMatch(new RegExp(`${other}\\*? [^\\n]*(MDT|Treaty|Camp David)`));
      // What another actor did is seen as its act: never the decision and option that produced it
      // (the facilitator's timeline keeps them).
      const leaked = view.events.filter((e) => e.cause.startsWith(`decision:${other}/`) || e.cause.startsWith('duty:'));
      expect(leaked.map((e) => `#${e.seq} ${e.text} [${e.cause}]`)).toEqual([]);
      const acts = view.events.filter((e) => bySeq.get(e.seq)!.cause.startsWith(`decision:${other}/`));
      expect(acts.length, `${team} sees none of ${other}'s acts`).toBeGreaterThan(0);
      for (const e of acts) expect(e.cause).toBe(`act:${other}`);
      expect(full.events.filter((e) => e.cause.startsWith(`decision:${other}/`)).length).toBeGreaterThan(0);
      // The live stream sends the same filtered view.
      const res = await fetch(`${base}/api/events?code=${codes[team]}`);
      const reader = res.body!.getReader();
      let text = '';
      while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
      await reader.cancel();
      const streamed = JSON.parse(text.split('\n').find((l) => l.startsWith('data: '))!.slice(6)) as SessionView;
      expect(streamed.events).toEqual(view.events);
      expect(JSON.stringify(streamed)).not.toContain(`"actor":"${other}"`);
      expect(JSON.stringify(streamed)).not.toContain(`decision:${other}/`);
      // Nor may a team read the review or the session file, which hold every choice.
      for (const path of ['/api/review', '/api/review?download=1', '/api/session-file']) expect((await call(path, codes[team])).body.error.code, path).toBe('E_FORBIDDEN');
    }
  });

  it('saves the session in casus play\'s format after every action; reopening it gives the same session', async () => {
    const view = await state(codes.facilitator);
    const text = readFileSync(join(dir, 'seminar.json'), 'utf8');
    expect(text).toBe(sessionToText(server.seminar.current));
    const s = server.seminar.current.setup;
    const reopened = sessionFromFile(parseSessionText(text, 'seminar.json'), 'seminar.json', s.scenario, s.scenarioArg, s.scenarioHash);
    expect(reopened.frame.result).toEqual(server.seminar.current.frame.result);
    // The sidecar with the join codes is private to the facilitator's account.
    expect(statSync(join(dir, 'seminar.serve.json')).mode & 0o077).toBe(0);
    expect(view.access?.map((a) => a.code).sort()).toEqual(Object.values(codes).sort());
    expect(view.access?.every((a) => a.qr.startsWith('<svg role="img"'))).toBe(true);
  });

  it('serves the odds casus play computes for the same session, cached by state', async () => {
    const view = await waitForOdds(codes.facilitator);
    expect(view.odds.state).toBe('ready');
    const s = server.seminar.current.setup;
    const text = readFileSync(join(dir, 'seminar.json'), 'utf8');
    const played = sessionFromFile(parseSessionText(text, 'seminar.json'), 'seminar.json', s.scenario, s.scenarioArg, s.scenarioHash);
    const expected = oddsTable(played, played.odds(RUNS));
    expect(view.odds).toEqual(expected);
    // Same state again (no action in between): same answer, from the cache.
    expect((await state(codes.facilitator)).odds).toEqual(expected);
    // No decision is open: the wall's odds from here are the same.
    expect(server.seminar.current.frame.pending).toBeUndefined();
    expect((await waitForOdds(codes.wall)).odds).toEqual(expected);
  });

  it('exports the after-action review as one self-contained HTML file', async () => {
    await waitForOdds(codes.facilitator);
    const r = await call('/api/review?download=1', codes.facilitator);
    expect(r.status).toBe(200);
    const html = r.body as unknown as string;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Decisions in order');
    expect(html).toContain('How the odds moved');
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect((await call('/api/review', codes.seoul)).body.error.code).toBe('E_FORBIDDEN');
    // The wall shows no one's choices: the review, which lists them all, is the facilitator's.
    expect(html).toContain('<strong>');
    const wall = await call('/api/review?download=1', codes.wall);
    expect([wall.status, wall.body.error.code]).toEqual([403, 'E_FORBIDDEN']);
    expect((await call('/api/session-file', codes.wall)).body.error.code).toBe('E_FORBIDDEN');
  });

  it('resumes after a restart with the same session, teams and join codes', async () => {
    const before = await state(codes.facilitator);
    await server.close();
    expect(existsSync(join(dir, 'seminar.json'))).toBe(true);
    server = await startServer(openSeminar('korea-2024', options(dir, { team: undefined, situation: undefined }), io));
    base = server.url.replace(/\/$/, '');
    expect(server.codes.teams.seoul).toBe(codes.seoul);
    const after = await state(codes.facilitator);
    expect([after.version, after.where, after.events.length]).toEqual([before.version, before.where, before.events.length]);
  });
});

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

  it('lets only the facilitator move time, and a team answer only for its own actors', async () => {
    let view = await state(codes.facilitator);
    expect((await action(codes.wall, view.version, { type: 'advance', ticks: 1 })).body.error.code).toBe('E_FORBIDDEN');
    expect((await action(codes.seoul, view.version, { type: 'advance', ticks: 1 })).body.error.code).toBe('E_FORBIDDEN');
    const adv = await action(codes.facilitator, view.version, { type: 'advance', ticks: 3 });
    expect(adv.status, JSON.stringify(adv.body)).toBe(200);
    view = await state(codes.facilitator);
    expect(view.pending).not.toBeNull();
    const actor = view.pending!.actor;
    const owner = actor === 'ROK' ? 'seoul' : 'washington';
    const other = owner === 'seoul' ? 'washington' : 'seoul';
    // The other team does not even see the decision, and cannot answer it.
    const otherView = await state(codes[other]);
    expect(otherView.pending).toBeNull();
    expect(otherView.waitingFor).toBe(owner);
    const forbidden = await action(codes[other], view.version, { type: 'answer', actor, option: view.pending!.options[0] });
    expect([forbidden.status, forbidden.body.error.code]).toEqual([403, 'E_FORBIDDEN']);
    expect((await state(codes.facilitator)).version).toBe(view.version);
    const ownerView = await state(codes[owner]);
    expect(ownerView.pending?.actor).toBe(actor);
    const ok = await action(codes[owner], view.version, { type: 'answer', actor, option: view.pending!.options.at(-1) });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const after = await state(codes[owner]);
    expect(after.choices.map((c) => [c.actor, c.option])).toContainEqual([actor, view.pending!.options.at(-1)]);
    // The wall sees nobody's choices; the other team does not see this one.
    expect((await state(codes.wall)).choices).toEqual([]);
    expect((await state(codes[other])).choices.some((c) => c.actor === actor)).toBe(false);
  });

  it('refuses an action made on an older state, and never applies two actions made at once on the same state', async () => {
    const before = await state(codes.facilitator);
    const stale = 'ffffffffffffffff';
    const r = await action(codes.facilitator, stale, { type: 'undo' });
    expect([r.status, r.body.error.code, r.body.error.version]).toEqual([409, 'E_STALE', before.version]);
    const effect = '{signal: {kind: talks, by: PRK}}';
    const [a, b] = await Promise.all([
      action(codes.facilitator, before.version, { type: 'inject', effect }),
      action(codes.facilitator, before.version, { type: 'set', name: before.parameters[0]!.name, value: String(before.parameters[0]!.value) }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.code).toBe('E_STALE');
    const after = await state(codes.facilitator);
    expect(after.version).not.toBe(before.version);
    // Undo the one that applied: back to the earlier session exactly (the version differs: the action counter moved).
    const undo = await action(codes.facilitator, after.version, { type: 'undo' });
    expect(undo.status).toBe(200);
    expect((await state(codes.facilitator)).where).toBe(before.where);
  });

  it('orders two teams submitting at once the same way whichever arrives first', async () => {
    let view = await state(codes.facilitator);
    for (let i = 0; i < 10 && view.pending === null; i++) {
      await action(codes.facilitator, view.version, { type: 'advance', ticks: 1 });
      view = await state(codes.facilitator);
    }
    expect(view.pending).not.toBeNull();
    const actor = view.pending!.actor;
    const owner = actor === 'ROK' ? 'seoul' : 'washington';
    const other = owner === 'seoul' ? 'washington' : 'seoul';
    const otherActor = other === 'seoul' ? 'ROK' : 'USA';
    const ownerAnswer = (v: string) => action(codes[owner], v, { type: 'answer', actor, option: view.pending!.options[0] });
    const otherAnswer = (v: string) => action(codes[other], v, { type: 'answer', actor: otherActor, option: 'yes' });
    const outcomes: string[][] = [];
    for (const order of [[ownerAnswer, otherAnswer], [otherAnswer, ownerAnswer]]) {
      const now = (await state(codes.facilitator)).version;
      const replies = await Promise.all(order.map((send) => send(now)));
      const after = await state(codes.facilitator);
      const byTeam = order[0] === ownerAnswer ? replies : [replies[1]!, replies[0]!];
      outcomes.push([String(byTeam[0]!.status), byTeam[1]!.body.error?.code ?? 'applied', after.where, JSON.stringify(after.choices.map((c) => [c.actor, c.key, c.option])), String(after.events.length)]);
      expect((await action(codes.facilitator, after.version, { type: 'undo' })).status).toBe(200);
    }
    // The team whose actor must decide is heard; the other is told to refresh; the session ends the same.
    expect(outcomes[0]![0]).toBe('200');
    expect(outcomes[0]![1]).toBe('E_STALE');
    expect(outcomes[1]).toEqual(outcomes[0]);
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
    const view = await waitForOdds(codes.wall);
    expect(view.odds.state).toBe('ready');
    const s = server.seminar.current.setup;
    const text = readFileSync(join(dir, 'seminar.json'), 'utf8');
    const played = sessionFromFile(parseSessionText(text, 'seminar.json'), 'seminar.json', s.scenario, s.scenarioArg, s.scenarioHash);
    const expected = oddsTable(played, played.odds(RUNS));
    expect(view.odds).toEqual(expected);
    // Same state again (no action in between): same answer, from the cache.
    expect((await state(codes.facilitator)).odds).toEqual(expected);
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

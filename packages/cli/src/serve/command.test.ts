// Invariants of `casus serve` on the command line and of its session files: bad options are one
// coded line and exit 2, never a stack trace; a session file written by `casus play` opens in
// `casus serve` (one team per played actor) and the file serve writes — a round's answers taken in
// any order — replays identically in `casus play`, which reaches the same run answering in order;
// the odds' progress reports add up to the total and never change the odds. A start that fails —
// the port in use, an address the machine does not have, a session file that cannot be written —
// leaves no file behind (so the retry is not refused) and leaves a session that was there untouched.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { runCli } from '../main.js';
import { computeOdds } from '../play/odds.js';
import { parseSessionText, sessionFromFile } from '../play/session-file.js';
import type { Session } from '../play/session.js';
import { openSeminar } from './open.js';
import { startServer } from './server.js';

const ROOT = new URL('../../../../', import.meta.url).pathname;

function fakeIo(lines?: string[]): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, cwd: ROOT, env: {}, isTTY: false,
    interactive: lines ? { input: Readable.from(lines.map((l) => `${l}\n`)), output: new PassThrough(), terminal: false } : undefined,
    out: () => out, err: () => err,
  };
}

describe('casus serve on the command line', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'casus-serve-cli-')); });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it.each([
    [['--team', 'seoul'], 'E_SERVE_TEAM', /--team expects NAME=ACTOR/],
    [['--team', 'seoul=ATLANTIS'], 'E_SERVE_TEAM', /unknown actor "ATLANTIS"/],
    [['--team', 'a=ROK', '--team', 'b=ROK'], 'E_SERVE_TEAM', /actor ROK is in two teams/],
    [['--as', 'ROK,USA', '--team', 'seoul=ROK'], 'E_SERVE_TEAM', /give every played actor to exactly one team/],
    [['--port', '99999'], 'E_SERVE_OPTION', /--port expects a port number/],
    [['--odds-runs', '0'], 'E_SERVE_OPTION', /--odds-runs expects a number of runs/],
    [['--situation', 'nowhere'], '', /unknown situation "nowhere"/],
  ])('refuses %j with one line and exit 2', async (args, errorCode, message) => {
    const io = fakeIo();
    const code = await runCli(['serve', 'korea-2024', '--session', join(dir, 'x.json'), '--port', '0', ...args], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(message);
    if (errorCode) expect(io.err().trimEnd().endsWith(`[${errorCode}]`)).toBe(true);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('says which port is in use instead of failing with a stack trace', async () => {
    const first = await startServer(openSeminar('tutorial', { seed: 1, run: 0, engine: 'reference', session: join(dir, 'a.json'), host: '127.0.0.1', port: 0, oddsRuns: 20 }, fakeIo()));
    try {
      const io = fakeIo();
      expect(await runCli(['serve', 'tutorial', '--session', join(dir, 'b.json'), '--port', String(first.port)], io)).toBe(2);
      expect(io.err()).toContain(`port ${first.port} on 127.0.0.1 is in use`);
      expect(io.err()).toContain('[E_SERVE_LISTEN]');
    } finally {
      await first.close();
    }
  });

  it('a session that cannot be written is named, with its reason, and nothing is left behind', async () => {
    const io = fakeIo();
    const missing = join(dir, 'no-such-dir', 's.json');
    expect(await runCli(['serve', 'tutorial', '--as', 'C', '--session', missing, '--port', '0'], io)).toBe(2);
    expect(io.err()).toContain(`cannot write ${missing}: the directory ${join(dir, 'no-such-dir')} does not exist`);
    expect(io.err()).not.toContain('.tmp-');
    expect(io.err().trimEnd().endsWith('[E_SERVE_SESSION]')).toBe(true);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  /** A port taken by something else (not a seminar). */
  const occupy = async (): Promise<{ port: number; server: Server }> => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as { port: number }).port, server };
  };

  it.each([
    ['the port is in use', 'busy', /port \d+ on 127\.0\.0\.1 is in use/],
    // TEST-NET-1 (RFC 5737): an address no machine of ours has.
    ['the address is not this machine\'s', '192.0.2.1', /cannot listen on 192\.0\.2\.1:\d+ \(EADDRNOTAVAIL\)/],
  ])('writes nothing when it cannot listen (%s), so the retry with other actors starts', async (_why, where, message) => {
    const sub = mkdtempSync(join(dir, 'listen-'));
    const session = join(sub, 'tutorial-seminar.json');
    const taken = await occupy();
    try {
      const args = where === 'busy' ? ['--port', String(taken.port)] : ['--host', where, '--port', '0'];
      const io = fakeIo();
      expect(await runCli(['serve', 'tutorial', '--as', 'C', '--session', session, ...args], io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.err().trimEnd().endsWith('[E_SERVE_LISTEN]')).toBe(true);
      expect(readdirSync(sub)).toEqual([]);
    } finally {
      await new Promise((resolve) => taken.server.close(resolve));
    }
    // Nothing was left to resume: the retry plays another actor without being refused.
    const retry = fakeIo();
    expect(await runCli(['serve', 'tutorial', '--as', 'A', '--session', session, '--port', '0'], retry), retry.err()).toBe(0);
    expect(retry.out()).toContain('team A (A)');
    expect(JSON.parse(readFileSync(session, 'utf8')).actors).toEqual(['A']);
  });

  it('leaves a session that was there untouched when it cannot listen', async () => {
    const sub = mkdtempSync(join(dir, 'kept-'));
    const session = join(sub, 'kept.json');
    const sidecar = join(sub, 'kept.serve.json');
    // A session casus play saved (no server file yet), then one a seminar server saved (with its join codes).
    expect(await runCli(['play', 'tutorial', '--as', 'C', '--seed', '5', '--session', session], fakeIo(['run 2', 'quit']))).toBe(0);
    for (const withSidecar of [false, true]) {
      if (withSidecar) expect(await runCli(['serve', 'tutorial', '--session', session, '--port', '0'], fakeIo())).toBe(0);
      expect(existsSync(sidecar)).toBe(withSidecar);
      const before = readdirSync(sub).sort().map((f) => [f, readFileSync(join(sub, f), 'utf8'), statSync(join(sub, f)).mtimeMs, statSync(join(sub, f)).mode]);
      await new Promise((r) => setTimeout(r, 20));
      const taken = await occupy();
      try {
        const io = fakeIo();
        expect(await runCli(['serve', 'tutorial', '--session', session, '--port', String(taken.port)], io)).toBe(2);
        expect(io.err()).toContain('[E_SERVE_LISTEN]');
      } finally {
        await new Promise((resolve) => taken.server.close(resolve));
      }
      const after = readdirSync(sub).sort().map((f) => [f, readFileSync(join(sub, f), 'utf8'), statSync(join(sub, f)).mtimeMs, statSync(join(sub, f)).mode]);
      expect(after, withSidecar ? 'with its server file' : 'saved by casus play').toEqual(before);
    }
  });

  it('removes what it wrote, and stops listening, when it cannot save the session after listening', async () => {
    const sub = mkdtempSync(join(dir, 'unsaved-'));
    const session = join(sub, 's.json');
    // The server's file cannot be written: a directory stands where it goes.
    mkdirSync(join(sub, 's.serve.json'));
    const free = await occupy();
    await new Promise((resolve) => free.server.close(resolve));
    const setup = openSeminar('tutorial', { seed: 1, run: 0, engine: 'reference', session, host: '127.0.0.1', port: free.port, oddsRuns: 20, as: 'C' }, fakeIo());
    await expect(startServer(setup)).rejects.toThrow();
    expect(readdirSync(sub)).toEqual(['s.serve.json']);
    expect(readdirSync(join(sub, 's.serve.json'))).toEqual([]);
    // The port is free again.
    const again = createServer();
    await new Promise<void>((resolve, reject) => { again.once('error', reject); again.listen(free.port, '127.0.0.1', resolve); });
    await new Promise((resolve) => again.close(resolve));
  });

  it('opens a session file written by casus play, and casus play opens the file serve writes', async () => {
    const file = join(dir, 'from-play.json');
    const play = fakeIo(['run 3', '1', 'quit']);
    expect(await runCli(['play', 'korea-2024', '--situation', 'yeonpyeong-clash', '--as', 'USA,ROK', '--session', file], play)).toBe(0);
    const before = readFileSync(file, 'utf8');
    const setup = openSeminar('korea-2024', { seed: 1, run: 0, engine: 'reference', session: file, host: '127.0.0.1', port: 0, oddsRuns: 50 }, fakeIo());
    const sc = setup.session.setup;
    const load = (text: string): Session => sessionFromFile(parseSessionText(text, 'f'), 'f', sc.scenario, sc.scenarioArg, sc.scenarioHash);
    expect(setup.resumed).toBe(true);
    expect(setup.teams).toEqual([{ name: 'USA', actors: ['USA'] }, { name: 'ROK', actors: ['ROK'] }]);
    const server = await startServer(setup);
    try {
      // Saved at once in the same format: the same session, byte for byte.
      expect(readFileSync(file, 'utf8')).toBe(before);
      const { seminar } = server;
      // casus play answered the round's first decision; the other two of the round are open in serve.
      expect(seminar.current.frame.result).toEqual(load(before).frame.result);
      expect(seminar.current.open.map((d) => [d.request.actor, d.request.key, d.answer ?? null])).toEqual([
        ['USA', 'camp-david-2023/consult@USA', 'invoke'], ['ROK', 'ROK/answer-provocation', null], ['USA', 'USA/answer-attack-on-ally', null],
      ]);
      // Serve takes them in the opposite of the engine's order, as teams may.
      await seminar.act({ kind: 'team', team: 'USA' }, seminar.version, { type: 'answer', actor: 'USA', key: 'USA/answer-attack-on-ally', option: 'restraint' });
      await seminar.act({ kind: 'team', team: 'ROK' }, seminar.version, { type: 'answer', actor: 'ROK', option: 'strike_origin' });
      expect(seminar.current.frame.position).toBe(1);
    } finally {
      await server.close();
    }
    const served = readFileSync(file, 'utf8');
    // The file serve wrote replays identically in play; and play, answering the same in the engine's
    // order from the same start, reaches the same run.
    const fromServe = load(served);
    const inPlay = join(dir, 'in-play.json');
    writeFileSync(inPlay, before);
    expect(await runCli(['play', 'korea-2024', '--session', inPlay], fakeIo(['strike_origin', 'restraint', 'quit']))).toBe(0);
    const fromPlay = load(readFileSync(inPlay, 'utf8'));
    expect(fromPlay.frame.result).toEqual(fromServe.frame.result);
    expect(fromPlay.open.map((d) => [d.request.key, d.occurrence])).toEqual(fromServe.open.map((d) => [d.request.key, d.occurrence]));
    const again = fakeIo(['log', 'quit']);
    expect(await runCli(['play', 'korea-2024', '--session', file], again)).toBe(0);
    expect(again.out()).toContain(`saved the session to ${file}`);
    for (const e of fromServe.frame.result.events!) expect(again.out()).toContain(e.text);
    expect(JSON.parse(readFileSync(file, 'utf8')).branches[0].decisions.length).toBe(JSON.parse(before).branches[0].decisions.length + 2);
  });

  it('reports the odds\' progress up to the total without changing them', async () => {
    const setup = openSeminar('tutorial', { seed: 7, run: 0, engine: 'reference', session: join(dir, 'tutorial.json'), host: '127.0.0.1', port: 0, oddsRuns: 50, as: 'C' }, fakeIo());
    const s = setup.session;
    s.advance(2);
    const input = { worlds: s.worlds, identity: s.identity, course: s.course(), played: s.played, frame: s.frame, runs: 250 };
    const seen: [number, number][] = [];
    const withProgress = computeOdds({ ...input, onProgress: (done, total) => seen.push([done, total]) });
    expect(withProgress).toEqual(computeOdds(input));
    const total = 250 * ((s.frame.pending?.request.options.length ?? 1) + 1);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([d], i) => i === 0 || d >= seen[i - 1]![0])).toBe(true);
  });
});

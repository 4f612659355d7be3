import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from '../io.js';
import { scenarioHash } from '../batch/manifest.js';
import { PlayInputError } from '../play/input-error.js';
import { Session } from '../play/session.js';
import { parseSessionText, sessionFromFile } from '../play/session-file.js';
import { replayCommand } from '../replay-line.js';
import { resolveRunRequest, type RunIdentityOptions } from '../run-request.js';
import { ServeCliError } from './cli-errors.js';
import { ServeError } from './errors.js';
import type { SeminarSidecar } from './seminar.js';
import type { ServerSetup } from './server.js';
import { checkTeamsCover, parseTeams } from './teams.js';

export interface ServeOptions extends RunIdentityOptions {
  as?: string;
  team?: string[];
  session?: string;
  host: string;
  port: number;
  oddsRuns: number;
}

/**
 * Everything `casus serve` needs before it listens: the scenario, the session (resumed from
 * --session FILE when it exists — a file `casus play` wrote opens too), the teams and the
 * sidecar with the join codes of a seminar being resumed. Throws a ServeCliError (exit 2, with a stable code) for bad input.
 */
export function openSeminar(file: string, opts: ServeOptions, io: CliIo): Omit<ServerSetup, 'odds'> & { resumed: boolean } {
  const req = resolveRunRequest(file, opts, io);
  const hash = scenarioHash(req.scenario, {});
  const sessionName = opts.session ?? `${req.scenario.id}-seminar.json`;
  const sessionPath = resolve(io.cwd, sessionName);
  const sidecarPath = `${sessionPath.replace(/\.json$/, '')}.serve.json`;
  const actorIds = Object.keys(req.scenario.actors);
  let session: Session;
  let saved: SeminarSidecar | undefined;
  let resumed = false;
  try {
    if (existsSync(sessionPath)) {
      const text = readText(sessionPath, sessionName);
      session = sessionFromFile(parseSessionText(text, sessionName), sessionName, req.scenario, file, hash);
      if (opts.as !== undefined || (opts.set?.length ?? 0) > 0) {
        throw new ServeCliError('E_SERVE_SESSION', `${sessionName} holds a session already (playing ${session.setup.actors.join(', ') || 'no actor'}): drop --as and --set to resume it, or give another --session file`);
      }
      if (existsSync(sidecarPath)) saved = readSidecar(sidecarPath);
      resumed = true;
    } else {
      const given = parseTeams(opts.team ?? [], [], actorIds);
      if (!given.ok) throw new ServeCliError('E_SERVE_TEAM', given.message);
      const fromTeams = given.teams.flatMap((t) => t.actors);
      const asList = opts.as === undefined ? fromTeams : opts.as.split(',').map((a) => a.trim()).filter(Boolean);
      for (const a of asList) if (!actorIds.includes(a)) throw new ServeCliError('E_SERVE_TEAM', `unknown actor "${a}" in --as; ${req.scenario.id} has ${actorIds.join(', ')}`);
      session = Session.start({
        scenario: req.scenario, scenarioArg: file, scenarioHash: hash, seed: req.seed, runIndex: req.runIndex,
        situation: req.situation, actors: [...new Set(asList)], engine: req.engine, parameters: req.parameters,
      });
    }
    void session.frame; // a session that does not replay fails here, before the server starts
  } catch (error) {
    if (error instanceof PlayInputError) throw new ServeCliError('E_SERVE_SESSION', error.message);
    throw error;
  }
  const specs = opts.team ?? [];
  let teams;
  if (saved !== undefined && specs.length === 0) {
    teams = saved.teams;
  } else {
    const parsed = parseTeams(specs, session.setup.actors, actorIds);
    if (!parsed.ok) throw new ServeCliError('E_SERVE_TEAM', parsed.message);
    teams = parsed.teams;
    if (saved !== undefined && JSON.stringify(saved.teams) !== JSON.stringify(teams)) saved = { ...saved, codes: { ...saved.codes, teams: {} } };
  }
  try {
    checkTeamsCover(teams, session.setup.actors);
  } catch (error) {
    if (error instanceof ServeError) throw new ServeCliError('E_SERVE_TEAM', `${error.message} (--as sets the played actors, --team NAME=ACTORS the teams)`);
    throw error;
  }
  const setup = session.setup;
  const replay = replayCommand('play', { ...req, batch: undefined, seed: setup.seed, runIndex: setup.runIndex, situation: setup.situation, engine: setup.engine, parameters: setup.parameters }, {
    defaultEngine: 'reference',
    extra: [...(setup.actors.length > 0 ? ['--as', setup.actors.join(',')] : []), '--session', sessionName],
  });
  return { session, teams, sessionPath, sidecarPath, saved, host: opts.host, port: opts.port, oddsRuns: opts.oddsRuns, replay, resumed };
}

function readText(path: string, name: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ServeCliError('E_SERVE_SESSION', `cannot read ${name}: ${(error as Error).message}`);
  }
}

function readSidecar(path: string): SeminarSidecar {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ServeCliError('E_SERVE_SESSION', `cannot read the seminar's server file ${path}: ${(error as Error).message}; delete it to start with new join codes`);
  }
  const d = data as Partial<SeminarSidecar> | null;
  if (d === null || typeof d !== 'object' || d.format !== 'casus-serve-seminar' || d.version !== 1 || !Array.isArray(d.teams) || typeof d.codes !== 'object' || !Array.isArray(d.milestones) || typeof d.odds !== 'object') {
    throw new ServeCliError('E_SERVE_SESSION', `${path} is not a casus serve file (format casus-serve-seminar, version 1); delete it to start with new join codes`);
  }
  return d as SeminarSidecar;
}

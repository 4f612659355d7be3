import type { EngineKind, Scenario } from '@casus/engine';
import { PlayInputError } from './input-error.js';
import { Session, type BranchData, type ChangeAction, type DecisionAction, type InjectAction } from './session.js';

export const SESSION_FORMAT = 'casus-play-session';
export const SESSION_VERSION = 1;

/**
 * A saved session (`save FILE`, `--session FILE`): what identifies the run, who is played, and each
 * branch's actions — never the simulated state, which is rebuilt by replaying them. Loading it
 * gives back exactly the session that was saved.
 */
export interface SessionFile {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  scenario: { id: string; file: string; sha256: string };
  seed: number | string;
  runIndex: number;
  situation: string | null;
  engine: EngineKind;
  actors: string[];
  parameters: Record<string, number>;
  /** The branch the session was on. */
  branch: string;
  branches: BranchData[];
}

/** The session as a file: stable key order, two-space indent, a final newline. */
export function sessionToText(session: Session): string {
  const { setup } = session;
  const file: SessionFile = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    scenario: { id: setup.scenario.id, file: setup.scenarioArg, sha256: setup.scenarioHash },
    seed: setup.seed,
    runIndex: setup.runIndex,
    situation: setup.situation ?? null,
    engine: setup.engine,
    actors: [...setup.actors],
    parameters: { ...setup.parameters },
    branch: session.branchName,
    branches: session.allBranches.map((b) => ({
      name: b.name, target: b.target, forkedFrom: b.forkedFrom, nextSeq: b.nextSeq,
      decisions: b.decisions.map((d) => ({ seq: d.seq, at: d.at, tick: d.tick, actor: d.actor, key: d.key, occurrence: d.occurrence, kind: d.kind, option: d.option })),
      injects: b.injects.map((i) => ({ seq: i.seq, at: i.at, tick: i.tick, effect: i.effect })),
      changes: b.changes.map((c) => ({ seq: c.seq, at: c.at, tick: c.tick, name: c.name, value: c.value })),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a session file's text and checks its shape; throws a PlayInputError naming the first
 * problem. The scenario is checked by {@link sessionFromFile}.
 */
export function parseSessionText(text: string, name: string): SessionFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PlayInputError(`${name} is not a session file: not JSON (${(error as Error).message})`);
  }
  const bad = (what: string): never => { throw new PlayInputError(`${name} is not a valid session file: ${what}`); };
  if (!isObject(data)) return bad('not a JSON object');
  if (data.format !== SESSION_FORMAT) return bad(`format is ${JSON.stringify(data.format)}, expected "${SESSION_FORMAT}"`);
  if (data.version !== SESSION_VERSION) return bad(`version ${JSON.stringify(data.version)} is not supported (this casus reads version ${SESSION_VERSION})`);
  const sc = data.scenario;
  if (!isObject(sc) || typeof sc.id !== 'string' || typeof sc.file !== 'string' || typeof sc.sha256 !== 'string') return bad('scenario must be { id, file, sha256 }');
  if (typeof data.seed !== 'number' && typeof data.seed !== 'string') return bad('seed must be a number or a string');
  if (!isCount(data.runIndex)) return bad('runIndex must be a non-negative integer');
  if (data.situation !== null && typeof data.situation !== 'string') return bad('situation must be a string or null');
  if (data.engine !== 'batch' && data.engine !== 'reference') return bad('engine must be "batch" or "reference"');
  if (!Array.isArray(data.actors) || !data.actors.every((a) => typeof a === 'string')) return bad('actors must be a list of actor ids');
  if (!isObject(data.parameters) || !Object.values(data.parameters).every((v) => typeof v === 'number' && Number.isFinite(v))) return bad('parameters must map names to numbers');
  if (typeof data.branch !== 'string') return bad('branch must be a branch name');
  if (!Array.isArray(data.branches) || data.branches.length === 0) return bad('branches must be a non-empty list');
  data.branches.forEach((b, i) => checkBranch(b, `branches[${i}]`, bad));
  return data as unknown as SessionFile;
}

function checkBranch(b: unknown, at: string, bad: (what: string) => never): void {
  if (!isObject(b)) bad(`${at} is not an object`);
  const br = b as Record<string, unknown>;
  if (typeof br.name !== 'string') bad(`${at}.name must be a string`);
  if (!isCount(br.target) || !isCount(br.nextSeq)) bad(`${at}: target and nextSeq must be non-negative integers`);
  const from = br.forkedFrom;
  if (from !== null && (!isObject(from) || typeof from.branch !== 'string' || typeof from.where !== 'string')) bad(`${at}.forkedFrom must be null or { branch, where }`);
  const list = (key: string, check: (x: Record<string, unknown>) => boolean, what: string): void => {
    const items = br[key];
    if (!Array.isArray(items)) bad(`${at}.${key} must be a list`);
    (items as unknown[]).forEach((x, i) => {
      if (!isObject(x) || !isCount(x.seq) || !isCount(x.at) || !isCount(x.tick) || !check(x)) bad(`${at}.${key}[${i}] must be ${what}`);
    });
  };
  list('decisions', (d) => typeof d.actor === 'string' && typeof d.key === 'string' && isCount(d.occurrence) && typeof d.kind === 'string' && typeof d.option === 'string',
    '{ seq, at, tick, actor, key, occurrence, kind, option }');
  list('injects', (x) => x.effect !== undefined, '{ seq, at, tick, effect }');
  list('changes', (c) => typeof c.name === 'string' && typeof c.value === 'number' && Number.isFinite(c.value), '{ seq, at, tick, name, value }');
}

/**
 * The session a file holds, for this scenario: refuses a file saved with another scenario (or
 * another version of it: the SHA-256 of the resolved scenario must match).
 */
export function sessionFromFile(file: SessionFile, name: string, scenario: Scenario, scenarioArg: string, scenarioHash: string): Session {
  if (file.scenario.sha256 !== scenarioHash) {
    const which = file.scenario.id === scenario.id ? `another version of ${scenario.id}` : `scenario ${file.scenario.id}`;
    throw new PlayInputError(`${name} was saved with ${which} (sha256 ${file.scenario.sha256.slice(0, 12)}…), not ${scenarioArg} (sha256 ${scenarioHash.slice(0, 12)}…); play it with the scenario it was saved with`);
  }
  const branches: BranchData[] = file.branches.map((b) => ({
    name: b.name, target: b.target, forkedFrom: b.forkedFrom, nextSeq: b.nextSeq,
    decisions: b.decisions.map((d): DecisionAction => ({ ...d })),
    injects: b.injects.map((i): InjectAction => ({ ...i })),
    changes: b.changes.map((c): ChangeAction => ({ ...c })),
  }));
  return Session.resume({
    scenario, scenarioArg, scenarioHash,
    seed: file.seed, runIndex: file.runIndex, situation: file.situation ?? undefined, actors: file.actors, engine: file.engine,
    parameters: file.parameters,
  }, branches, file.branch);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

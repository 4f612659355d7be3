import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Scenario } from '@casus/engine';
import { CliError } from '../context.js';
import { loadScenarioText, readScenarioArg, type ScenarioText } from '../read-scenario.js';
import { scenarioHash } from '../batch/manifest.js';
import { mismatchError, scenarioError } from './errors.js';

/** The scenario a result was simulated from, found and checked against the result's SHA-256. */
export interface ResolvedScenario {
  readonly scenario: Scenario;
  readonly source: ScenarioText;
  /** How to name the scenario in replay lines typed from the current directory. */
  readonly arg: string;
  /** The `--set` overrides the batch ran with (part of the hash). */
  readonly overrides: Readonly<Record<string, number>>;
  /** How it was found, in words, for the report's colophon. */
  readonly how: string;
}

/** What a result file says about its scenario. */
export interface SimulatedScenario {
  readonly id: string;
  readonly sha256: string;
  /** The manifest's own record of the scenario's path or argument, when it has one. */
  readonly path?: string | undefined;
  /** Overrides recorded in the manifest, when it records them. */
  readonly overrides?: Readonly<Record<string, number>> | undefined;
  /** The command line that produced the result (provenance). */
  readonly command?: string | undefined;
}

/**
 * Splits a command line written by `shellWord` (POSIX quoting: '…', "…", backslash escapes) into
 * its words.
 */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      word += line.slice(i + 1, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
      inWord = true;
    } else if (ch === '"') {
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length) i++;
        word += line[i++];
      }
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The scenario argument and `--set` overrides of a `casus run|sweep|sensitivity …` command line. */
export function runCommandFacts(command: string): { scenarioArg?: string; overrides: Record<string, number> } {
  const words = shellWords(command);
  const overrides: Record<string, number> = {};
  const at = 1;
  if (words[0] !== 'casus' || !['run', 'sweep', 'sensitivity'].includes(words[at] ?? '')) return { overrides };
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i]!;
    const set = w === '--set' ? words[++i] : w.startsWith('--set=') ? w.slice(6) : undefined;
    if (set === undefined) continue;
    const eq = set.indexOf('=');
    const value = Number(set.slice(eq + 1));
    if (eq > 0 && Number.isFinite(value)) overrides[set.slice(0, eq)] = value;
  }
  const arg = words[at + 1];
  return { ...(arg !== undefined && !arg.startsWith('--') ? { scenarioArg: arg } : {}), overrides };
}

/**
 * Finds the scenario a result was simulated from and checks it is the very one: its SHA-256 (of
 * the fully resolved scenario with the run's overrides) must equal the manifest's. Tried in order:
 * `--scenario FILE` (the only candidate when given); the path the manifest records; the scenario
 * argument of the command that made the result, relative to the current directory, then to the
 * result file's directory, then as a bundled id; the manifest's scenario id as a bundled id.
 * Throws E_REPORT_SCENARIO when nothing is found, E_REPORT_SCENARIO_MISMATCH when only other
 * versions of it are.
 */
export function resolveSimulatedScenario(sim: SimulatedScenario, opts: { cwd: string; resultPath: string; scenarioOption?: string | undefined }): ResolvedScenario {
  const facts = sim.command !== undefined ? runCommandFacts(sim.command) : { overrides: {} as Record<string, number> };
  const overrides = sim.overrides ?? facts.overrides;
  const resultDir = dirname(opts.resultPath);
  const candidates: { arg: string; cwd: string; how: string }[] = [];
  if (opts.scenarioOption !== undefined) {
    candidates.push({ arg: opts.scenarioOption, cwd: opts.cwd, how: `--scenario ${opts.scenarioOption}` });
  } else {
    if (sim.path !== undefined) {
      candidates.push({ arg: sim.path, cwd: opts.cwd, how: 'the path in the manifest' });
      if (!isAbsolute(sim.path)) candidates.push({ arg: sim.path, cwd: resultDir, how: 'the path in the manifest, next to the result' });
    }
    if (facts.scenarioArg !== undefined) {
      candidates.push({ arg: facts.scenarioArg, cwd: opts.cwd, how: 'the batch\'s command line' });
      candidates.push({ arg: facts.scenarioArg, cwd: resultDir, how: 'the batch\'s command line, next to the result' });
    }
    candidates.push({ arg: sim.id, cwd: opts.cwd, how: 'the bundled scenario with the manifest\'s id' });
  }

  const tried: string[] = [];
  const mismatched: string[] = [];
  // Whether any candidate was another version of the simulated scenario (else all were other scenarios).
  let sameScenario = false;
  const seen = new Set<string>();
  for (const c of candidates) {
    let source: ScenarioText;
    try {
      source = readScenarioArg(c.arg, c.cwd);
    } catch (error) {
      if (error instanceof CliError) { tried.push(`${c.arg} (${c.how}): not found`); continue; }
      throw error;
    }
    if (seen.has(source.path)) continue;
    seen.add(source.path);
    const loaded = loadScenarioText(source, c.cwd);
    if (!loaded.ok) { tried.push(`${source.name} (${c.how}): does not load`); continue; }
    const hash = scenarioHash(loaded.scenario, overrides);
    if (hash !== sim.sha256) {
      const other = loaded.scenario.id !== sim.id;
      if (!other) sameScenario = true;
      mismatched.push(other
        ? `${source.path} (${c.how}) is another scenario, "${loaded.scenario.id}"`
        : `${source.path} (${c.how}) has SHA-256 ${hash.slice(0, 12)}…`);
      continue;
    }
    const fromCwd = resolve(opts.cwd, c.arg) === source.path;
    const arg = opts.scenarioOption !== undefined || fromCwd || !/[\\/]|\.(ya?ml|json)$/i.test(c.arg) ? c.arg : relative(opts.cwd, source.path) || source.path;
    return { scenario: loaded.scenario, source, arg, overrides, how: c.how };
  }
  const want = `the result was simulated from scenario "${sim.id}" with SHA-256 ${sim.sha256.slice(0, 12)}…${Object.keys(overrides).length > 0 ? ` (with --set ${Object.entries(overrides).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}`;
  if (mismatched.length > 0) {
    const why = sameScenario ? 'the file has changed since the batch ran' : 'not the scenario the batch ran';
    throw mismatchError(`${want}, but ${mismatched.join('; ')}: ${why}; pass --scenario FILE with the version that was simulated`);
  }
  throw scenarioError(`cannot find the scenario of this result: ${want}; tried ${tried.join('; ') || 'nothing'}; pass --scenario FILE`);
}

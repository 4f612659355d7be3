import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { bundledScenarioFiles, resolveScenario, scenarioResolver } from '@casus/scenarios';
import { loadScenario, type LoadResult, type Scenario } from '@casus/engine';
import { CliError } from './context.js';
import { closest } from './did-you-mean.js';
import { EXIT } from './io.js';

/** Scenario text and the name to show for it in messages. */
export interface ScenarioText {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/**
 * Reads a scenario named on the command line: a file (relative to cwd) or, when no such file
 * exists, a bundled scenario id. An unreadable file throws a CliError (exit 2) naming the file
 * and the operating system's reason.
 */
export function readScenarioArg(arg: string, cwd: string): ScenarioText {
  const path = resolve(cwd, arg);
  if (existsSync(path)) {
    try {
      // Named as typed: that is the path the user's editor and shell understand.
      return { name: arg, path, text: readFileSync(path, 'utf8') };
    } catch (error) {
      throw new CliError(`cannot read ${arg}: ${osReason(error)}`, EXIT.usage, 'E_READ');
    }
  }
  const bundled = resolveScenario(arg, { cwd });
  if (bundled !== undefined) return { name: basename(bundled.path), path: bundled.path, text: bundled.text };
  // Read anyway, for the operating system's own words (ENOENT, with the full path).
  try {
    readFileSync(path, 'utf8');
  } catch (error) {
    const near = closest(arg, bundledScenarioFiles().map((s) => s.id));
    const hint = near !== undefined ? `; did you mean the bundled scenario ${near}?` : ' (and no bundled scenario has that id; see casus list)';
    throw new CliError(`cannot read ${arg}: ${osReason(error)}${hint}`, EXIT.usage, 'E_SCENARIO_NOT_FOUND');
  }
  throw new CliError(`cannot read ${arg}`, EXIT.usage, 'E_READ');
}

function osReason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  return e.code !== undefined && !message.startsWith(e.code) ? `${e.code}: ${message}` : message;
}

/**
 * Loads scenario text read by {@link readScenarioArg}, resolving `extends` relative to the file
 * (or among the bundled scenarios). Every command loads through here so variants work everywhere.
 */
export function loadScenarioText(source: ScenarioText, cwd: string, opts: { strict?: boolean } = {}): LoadResult {
  return loadScenario(source.text, {
    filename: source.name, resolve: scenarioResolver({ cwd, baseDir: dirname(source.path) }), ...(opts.strict === true ? { strict: true } : {}),
  });
}

/**
 * The base a variant `extends`, loaded (itself resolved relative to the variant), or undefined for
 * a scenario that extends nothing or whose base does not load (the variant's own loading has said
 * why). `extends` is read from the file's top level as written.
 */
export function loadBaseOf(source: ScenarioText, cwd: string): { name: string; scenario: Scenario } | undefined {
  const m = /^extends:[ \t]*(?:"([^"]+)"|'([^']+)'|([^\s#]+))/m.exec(source.text);
  const ref = m?.[1] ?? m?.[2] ?? m?.[3];
  if (ref === undefined) return undefined;
  const resolve = scenarioResolver({ cwd, baseDir: dirname(source.path) });
  const base = resolve(ref, undefined);
  if (base === undefined) return undefined;
  const loaded = loadScenario(base.text, { filename: base.filename, resolve });
  return loaded.ok ? { name: base.filename, scenario: loaded.scenario } : undefined;
}

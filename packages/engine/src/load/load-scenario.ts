import { Scenario } from '../schema/index.js';
import { compareIssues, type Issue } from './issue.js';
import type { DraftIssue } from './draft-issue.js';
import { checkSafeData } from './safe-data.js';
import { checkVersion } from './version.js';
import { checkFeatureVersions } from './feature-versions.js';
import { fromZodIssues } from './zod-issues.js';
import { runRules } from './rules/index.js';
import { strictIssues } from './rules/strict.js';
import { alignPath } from './value-at.js';
import { loadLayers, type Layered, type ScenarioResolver } from './extends.js';

/**
 * The outcome of loading a scenario: the validated scenario and any warnings, or every issue
 * found (errors and warnings), sorted by place. Loading never throws for bad input.
 */
export type LoadResult =
  | { ok: true; scenario: Scenario; warnings: Issue[] }
  | { ok: false; issues: Issue[] };

export interface LoadOptions {
  /** Named in every issue (`korea.yaml:42:7 …`). */
  filename?: string;
  /** Finds the base of a variant that `extends` another scenario (the engine reads no files). */
  resolve?: ScenarioResolver;
  /**
   * Strict mode (`casus validate --strict`): also reports, as errors, every bare number in a
   * weight, rate, scale or probability and every parameter without a spread or a stated basis
   * (`E_BARE_NUMBER`, `E_PLACEHOLDER_SPREAD`, `E_PARAMETER_BASIS`; see rules/strict.ts).
   */
  strict?: boolean;
}

/**
 * Loads a scenario from YAML (or JSON) text: YAML syntax, then forbidden keys, then the format
 * version, then the schema, then the semantic rules. Every issue carries a stable code, the path,
 * and the line and column in the text. Never throws: an unexpected failure becomes an
 * `E_INTERNAL` issue, so a caller only ever has a result to handle.
 */
export function loadScenario(text: string, options: LoadOptions = {}): LoadResult {
  const file = options.filename;
  try {
    if (typeof text !== 'string') {
      return { ok: false, issues: [{ code: 'E_TYPE', severity: 'error', message: `expected scenario text, got ${describeValue(text)}`, path: [], ...(file === undefined ? {} : { file }) }] };
    }
    const layers = loadLayers(text, file, options.resolve);
    if (!layers.layered || layers.issues.length > 0) return { ok: false, issues: layers.issues.sort(compareIssues) };
    const result = validate(layers.layered.data, file, layers.layered, options.strict === true);
    const more = layers.layered.warnings.map((w) => w.issue);
    if (more.length === 0) return result;
    return result.ok ? { ...result, warnings: [...result.warnings, ...more].sort(compareIssues) } : { ...result, issues: [...result.issues, ...more].sort(compareIssues) };
  } catch (error) {
    return internalError(error, file, true);
  }
}

/**
 * Validates a scenario given as data (as a library caller or a JSON reader has it): the same
 * checks as {@link loadScenario} after YAML, with paths but no line numbers. Never throws.
 */
export function validateScenarioData(data: unknown, options: LoadOptions = {}): LoadResult {
  try {
    return validate(data, options.filename, undefined, options.strict === true);
  } catch (error) {
    return internalError(error, options.filename, false);
  }
}

function validate(data: unknown, file: string | undefined, layers: Layered | undefined, strict = false): LoadResult {
  const place = (d: DraftIssue, align: boolean): Issue => {
    const path = align ? alignPath(data, d.path) : d.path;
    const issue: Issue = { code: d.code, severity: d.severity ?? 'error', message: d.message, path };
    if (file !== undefined) issue.file = file;
    const at = layers?.place(path, d.anchor);
    if (at) {
      if (at.file !== undefined) issue.file = at.file;
      issue.line = at.line;
      issue.column = at.column;
    }
    if (d.expected !== undefined) issue.expected = d.expected;
    if (d.received !== undefined) issue.received = d.received;
    if (d.hint !== undefined) issue.hint = d.hint;
    return issue;
  };
  const finish = (issues: Issue[], scenario?: Scenario): LoadResult => {
    issues.sort(compareIssues);
    if (scenario !== undefined && !issues.some((i) => i.severity === 'error')) return { ok: true, scenario, warnings: issues };
    return { ok: false, issues };
  };

  const unsafe = checkSafeData(data);
  if (unsafe.length > 0) return finish(unsafe.map((d) => place(d, false)));

  const version = checkVersion(data);
  const parsed = Scenario.safeParse(data);
  if (!parsed.success) {
    const schemaIssues = fromZodIssues(parsed.error.issues, data, Scenario)
      .filter((d) => version.length === 0 || !(d.path.length === 1 && d.path[0] === 'version'));
    return finish([...version, ...schemaIssues].map((d) => place(d, false)));
  }
  const ruleIssues = runRules(parsed.data);
  // Strict issues are found on the data as written (defaults never flagged), so their paths need no aligning.
  const strictFound = strict ? strictIssues(data) : [];
  return finish([
    ...version.map((d) => place(d, false)), ...ruleIssues.map((d) => place(d, true)), ...strictFound.map((d) => place(d, false)),
    ...checkFeatureVersions(data, layers?.versions).map((d) => place(d, false)),
  ], parsed.data);
}

function internalError(error: unknown, file: string | undefined, located: boolean): LoadResult {
  const detail = error instanceof Error ? error.message : String(error);
  const issue: Issue = {
    code: 'E_INTERNAL', severity: 'error', path: [],
    message: `internal error while loading the scenario (a bug in Casus; please report it with the file): ${detail}`,
  };
  if (file !== undefined) issue.file = file;
  if (located) Object.assign(issue, { line: 1, column: 1 });
  return { ok: false, issues: [issue] };
}

/** How a value that is not text is named in the message: `null`, `undefined`, `an array`, `an object`, `a number`. */
function describeValue(x: unknown): string {
  if (x === null || x === undefined) return String(x);
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}

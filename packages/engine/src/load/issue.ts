/**
 * Stable codes for everything the loader can report. Tests and tools match on the code, never on
 * the wording; `docs/errors.md` documents each one. `E_` codes are errors (the scenario is
 * rejected), `W_` codes are warnings (it loads, but something is probably not what the author meant).
 */
export const ISSUE_CODES = [
  // YAML and data shape
  'E_NOT_TEXT', 'E_YAML', 'E_TOO_DEEP', 'E_FORBIDDEN_KEY', 'E_TYPE', 'E_REQUIRED', 'E_UNKNOWN_KEY', 'E_ONE_KEY',
  'E_ENUM', 'E_FORMAT', 'E_RANGE', 'E_SIZE', 'E_VERSION',
  // references
  'E_UNKNOWN_ACTOR', 'E_UNKNOWN_REGION', 'E_UNKNOWN_RUNG', 'E_UNKNOWN_PACT', 'E_UNKNOWN_OBLIGATION',
  'E_UNKNOWN_PARAMETER', 'E_UNKNOWN_VARIABLE', 'E_UNKNOWN_OUTCOME', 'E_UNKNOWN_REGIME', 'E_ROLE_CONTEXT',
  // semantic rules
  'E_DUPLICATE_ID', 'E_DUPLICATE_RELATION', 'E_SELF_RELATION', 'E_INITIATOR', 'E_PARAM_RANGE',
  'E_DISTRIBUTION', 'E_HORIZON', 'E_EMPTY_LADDER', 'E_LADDER_DEESCALATION', 'E_DATES', 'E_COUNCIL_P5',
  'E_REGION_CYCLE', 'E_OUTCOME_CYCLE', 'E_RESPONSE_LEVELS', 'E_NOT_PARTY', 'E_TRIGGER_SOURCE', 'E_REQUEST_CLAUSE', 'E_DUTY_CLAUSE',
  'E_UNKNOWN_TAG', 'E_EMPTY_CLASS', 'E_SPELLS', 'E_VOTE_WEIGHTS', 'E_DENUNCIATION',
  // strict mode (`casus validate --strict`)
  'E_BARE_NUMBER', 'E_PLACEHOLDER_SPREAD', 'E_PARAMETER_BASIS',
  // bugs
  'E_EXTENDS', 'E_COUNCIL_PATCH', 'E_REMOVE', 'E_INTERNAL',
  // warnings
  'W_UNUSED_PARAMETER', 'W_CASUS_UNREACHABLE', 'W_OUTSIDE_RUN', 'W_INJECT_BEFORE_START', 'W_COUNCIL_SEATS', 'W_PRETEXT_UNCAPPED', 'W_CASUS_END_UNHANDLED', 'W_REGION_ADMINISTRATOR',
  'W_VERSION_FEATURE', 'W_WAR_NO_INITIATOR', 'W_VOTE_WEIGHTS_ZERO', 'W_DUTY_CLAUSE', 'W_DRAFT_NO_COUNCIL', 'W_REVERSION_SHARE', 'W_RATE_IS_RULE', 'W_VARIANT_DROPS',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** A step into a document: an object key or a list index. */
export type PathSegment = string | number;

/**
 * One problem found in a scenario. The data (code, path, expected, received) is kept apart from
 * the message text so tools can act on it and tests can assert it without matching wording.
 * `line` and `column` are 1-based and present when the scenario came from text.
 */
export interface Issue {
  code: IssueCode;
  severity: 'error' | 'warning';
  message: string;
  path: PathSegment[];
  file?: string;
  line?: number;
  column?: number;
  /** What the field accepts, in words: `a number in [0, 1] or the name of a parameter`. */
  expected?: string;
  /** What was found, as written: `1.4`, `"ROK "`, `a list`. */
  received?: string;
  /** A suggested fix: `did you mean "reliability"?`. */
  hint?: string;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Renders a path the way a JavaScript reader would write it: `pacts[1].obligations[0].reliability`;
 * keys that are not plain words are quoted: `actors["b c"]`.
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/**
 * One line for a person: `korea.yaml:42:7 pacts[1].obligations[0].reliability: expected a number
 * in [0, 1], got 1.4 [E_RANGE] (did you mean …?)`. The location part shrinks to what is known.
 */
export function formatIssue(issue: Issue): string {
  let where = issue.file ?? '';
  if (issue.line !== undefined) where += `${where === '' ? '' : ':'}${issue.line}:${issue.column ?? 1}`;
  const path = formatPath(issue.path);
  const head = [where, path === '' ? '' : `${path}:`].filter((s) => s !== '').join(' ');
  const body = `${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message} [${issue.code}]`;
  const hint = issue.hint === undefined ? '' : ` (${issue.hint})`;
  return `${head === '' ? '' : `${head} `}${body}${hint}`;
}

/** Total order for reports: by line, then column, then path, so output never depends on rule order. */
export function compareIssues(a: Issue, b: Issue): number {
  const la = a.line ?? Number.MAX_SAFE_INTEGER;
  const lb = b.line ?? Number.MAX_SAFE_INTEGER;
  if (la !== lb) return la - lb;
  const ca = a.column ?? 0;
  const cb = b.column ?? 0;
  if (ca !== cb) return ca - cb;
  const pa = formatPath(a.path);
  const pb = formatPath(b.path);
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

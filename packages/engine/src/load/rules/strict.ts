import type { DraftIssue } from '../draft-issue.js';
import type { PathSegment } from '../issue.js';

/**
 * The strict rules (`casus validate --strict`, `loadScenario(text, { strict: true })`): every
 * number that shapes an outcome is a named parameter, so sweeps, sensitivity analyses and the
 * report's "hinges on judgment" flags can see it.
 *
 * Checked on the data as written (after `extends` is applied, before defaults are filled in), so a
 * default the author never wrote is never flagged:
 *
 * - **weights**: a doctrine option's `weight`, a trigger's `scale`, an obligation's
 *   `response.levels`, a Council vote rule's `vote` weights;
 * - **rates**: a trigger's `rate.value`, a rung's `deescalation.value`, a variable's
 *   `reversion.value`;
 * - **probabilities**: an obligation's `reliability`, `judgment.deny`, `judgment.pretext` and
 *   `request.chance`, and
 *   a draft's `withdrawal`, `compliance` and `forceVote` (in any effect), and the Council's
 *   `anticipation` (the veto a sponsor expects, and its chance of forcing a vote anyway);
 * - inside any `logistic` or `linear` weight (wherever it stands): the `intercept` and every
 *   term's `coef`.
 *
 * Structural constants stay allowed: 0 (absence) and 1 (the unit: an option every other weight is
 * relative to, a rate of one a year multiplied by a named scale, certainty) — except in a logistic,
 * where a log-odds of 1 is a judgment like any other and only 0 is allowed. Effect amounts
 * (`variable.add`), condition thresholds and start values are state, not weights, rates or scales,
 * and are not checked.
 *
 * Two checks on parameters: a `placeholder` needs a spread (not a fixed `value`), or sensitivity
 * analyses cannot see it; and every parameter gives a `rationale` or a `source`.
 */
export function strictIssues(data: unknown): DraftIssue[] {
  const out: DraftIssue[] = [];
  if (!isObj(data)) return out;
  const bare = (value: unknown, path: PathSegment[], what: string, allowed: readonly number[] = [0, 1]): void => {
    if (typeof value !== 'number' || allowed.includes(value)) return;
    out.push({
      code: 'E_BARE_NUMBER', path, received: String(value), expected: 'the name of a parameter',
      message: `${what} is the bare number ${value}: in strict mode every weight, rate, scale and probability that shapes an outcome names a parameter (with basis and rationale)`,
      hint: `declare it under parameters and write its name here${allowed.length > 0 ? `; ${allowed.join(' and ')} ${allowed.length === 1 ? 'stays' : 'stay'} allowed as structural constants` : ''}`,
    });
  };
  const weight = (w: unknown, path: PathSegment[], what: string): void => {
    if (typeof w === 'number') bare(w, path, what);
  };
  const rate = (r: unknown, path: PathSegment[], what: string): void => {
    if (isObj(r)) bare(r.value, [...path, 'value'], what);
  };

  for (const [i, t] of list(data.triggers)) {
    if (!isObj(t)) continue;
    rate(t.rate, ['triggers', i, 'rate'], `the rate of trigger "${String(t.id)}"`);
    weight(t.scale, ['triggers', i, 'scale'], `the scale of trigger "${String(t.id)}"`);
  }
  if (isObj(data.doctrine)) {
    for (const [actor, points] of Object.entries(data.doctrine)) {
      for (const [i, dp] of list(points)) {
        if (!isObj(dp)) continue;
        for (const [j, o] of list(dp.options)) {
          if (isObj(o)) weight(o.weight, ['doctrine', actor, i, 'options', j, 'weight'], `the weight of option "${String(o.id)}" (${actor}/${String(dp.id)})`);
        }
      }
    }
  }
  for (const [i, p] of list(data.pacts)) {
    if (!isObj(p)) continue;
    for (const [j, ob] of list(p.obligations)) {
      if (!isObj(ob)) continue;
      const at: PathSegment[] = ['pacts', i, 'obligations', j];
      const name = `${String(p.id)}/${String(ob.id ?? ob.type)}`;
      bare(ob.reliability, [...at, 'reliability'], `the reliability of obligation ${name}`);
      if (isObj(ob.judgment)) {
        bare(ob.judgment.deny, [...at, 'judgment', 'deny'], `the denial probability of obligation ${name}`);
        bare(ob.judgment.pretext, [...at, 'judgment', 'pretext'], `the pretext probability of obligation ${name}`);
      }
      if (isObj(ob.request)) bare(ob.request.chance, [...at, 'request', 'chance'], `the chance the attacked party asks for help under obligation ${name}`);
      if (isObj(ob.response) && isObj(ob.response.levels)) {
        for (const [level, w] of Object.entries(ob.response.levels)) {
          bare(w, [...at, 'response', 'levels', level], `the weight of response level "${level}" of obligation ${name}`);
        }
      }
    }
  }
  if (isObj(data.council)) {
    if (isObj(data.council.anticipation)) {
      bare(data.council.anticipation.vetoExpectedAbove, ['council', 'anticipation', 'vetoExpectedAbove'], 'the veto chance above which a sponsor expects a veto');
      bare(data.council.anticipation.forceVote, ['council', 'anticipation', 'forceVote'], 'the chance a sponsor forces a vote it expects to be vetoed');
    }
    for (const [i, pol] of list(data.council.policies)) {
      if (!isObj(pol)) continue;
      for (const [j, r] of list(pol.rules)) {
        if (!isObj(r) || !isObj(r.vote)) continue;
        for (const [k, w] of Object.entries(r.vote)) {
          bare(w, ['council', 'policies', i, 'rules', j, 'vote', k], `the "${k}" weight of ${String(pol.member)}'s vote rule`);
        }
      }
    }
  }
  if (isObj(data.ladder)) {
    for (const [i, r] of list(data.ladder.rungs)) {
      if (isObj(r)) rate(r.deescalation, ['ladder', 'rungs', i, 'deescalation'], `the de-escalation rate of rung "${String(r.id)}"`);
    }
  }
  if (isObj(data.variables)) {
    for (const [id, v] of Object.entries(data.variables)) {
      if (isObj(v)) rate(v.reversion, ['variables', id, 'reversion'], `the reversion rate of variable "${id}"`);
    }
  }
  // Anywhere: logistic and linear weights, and draft withdrawal chances.
  walk(data, [], (node, path) => {
    for (const kind of ['logistic', 'linear'] as const) {
      const f = node[kind];
      if (!isObj(f)) continue;
      const allowed = kind === 'logistic' ? [0] : [0, 1];
      bare(f.intercept, [...path, kind, 'intercept'], `the intercept of a ${kind} weight`, allowed);
      for (const [j, term] of list(f.terms)) {
        if (isObj(term)) bare(term.coef, [...path, kind, 'terms', j, 'coef'], `a coefficient of a ${kind} weight`, allowed);
      }
    }
    if (isObj(node.draft)) {
      bare(node.draft.withdrawal, [...path, 'draft', 'withdrawal'], 'the withdrawal chance of a draft');
      bare(node.draft.compliance, [...path, 'draft', 'compliance'], 'the compliance chance of a ceasefire draft');
      bare(node.draft.forceVote, [...path, 'draft', 'forceVote'], 'the chance a sponsor forces a vote it expects to be vetoed');
    }
  });

  if (isObj(data.parameters)) {
    for (const [name, p] of Object.entries(data.parameters)) {
      if (!isObj(p)) continue;
      if (p.basis === 'placeholder' && p.value !== undefined) {
        out.push({
          code: 'E_PLACEHOLDER_SPREAD', path: ['parameters', name, 'value'], received: String(p.value), expected: 'a distribution',
          message: `placeholder parameter "${name}" has the fixed value ${String(p.value)}: a placeholder needs a spread, or sensitivity analyses cannot see it`,
          hint: 'give it a distribution, e.g. triangular: [value / 2, value, value × 2]',
        });
      }
      if (p.rationale === undefined && p.source === undefined) {
        out.push({
          code: 'E_PARAMETER_BASIS', path: ['parameters', name], anchor: 'key',
          message: `parameter "${name}" gives neither a rationale nor a source: in strict mode every parameter says where its figure comes from`,
        });
      }
    }
  }
  return out;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): [number, unknown][] {
  return Array.isArray(v) ? v.map((x, i) => [i, x]) : [];
}

function walk(node: unknown, path: PathSegment[], visit: (node: Obj, path: PathSegment[]) => void): void {
  if (Array.isArray(node)) node.forEach((x, i) => walk(x, [...path, i], visit));
  else if (isObj(node)) {
    visit(node, path);
    for (const [k, v] of Object.entries(node)) walk(v, [...path, k], visit);
  }
}

import type { Condition, Effect, EventPattern, Scenario, Weight } from '../../schema/index.js';
import type { PathSegment } from '../issue.js';

/**
 * Where a piece of logic sits, which decides what the roles `$self`, `$actor`, `$target` mean:
 * in a doctrine and in a Council voting policy they are bound (the deciding or voting actor, the
 * event's actor and target); in triggers, injects, outcomes and metrics nothing binds them.
 */
export type Site = 'doctrine' | 'council' | 'obligation' | 'trigger' | 'inject' | 'outcome' | 'metric';

/** The sites where roles are bound (an obligation's `pretextWhen`, `request.when` and (1.12) `casus.when`: $self obligated, $actor enemy, $target protected). */
export const ROLE_SITES: ReadonlySet<Site> = new Set(['doctrine', 'council', 'obligation']);

/** Callbacks for each kind of logic written as data; paths are into the validated scenario. */
export interface LogicVisitor {
  condition?(c: Condition, path: PathSegment[], site: Site): void;
  effect?(e: Effect, path: PathSegment[], site: Site): void;
  weight?(w: Weight, path: PathSegment[], site: Site): void;
  eventPattern?(p: EventPattern, path: PathSegment[], site: Site): void;
}

/**
 * Visits every condition (including those nested in `all`/`any`/`not` and in weight terms),
 * effect, weight and event pattern of a scenario, in declaration order.
 */
export function walkLogic(s: Scenario, v: LogicVisitor): void {
  const condition = (c: Condition, path: PathSegment[], site: Site): void => {
    v.condition?.(c, path, site);
    c.all?.forEach((x, i) => condition(x, [...path, 'all', i], site));
    c.any?.forEach((x, i) => condition(x, [...path, 'any', i], site));
    if (c.not !== undefined) condition(c.not, [...path, 'not'], site);
  };
  const weight = (w: Weight, path: PathSegment[], site: Site): void => {
    v.weight?.(w, path, site);
    if (typeof w !== 'object' || !('logistic' in w || 'linear' in w)) return;
    const [key, linear] = 'logistic' in w ? ['logistic', w.logistic] as const : ['linear', w.linear] as const;
    linear.terms.forEach((t, i) => {
      if (t.condition !== undefined) condition(t.condition, [...path, key, 'terms', i, 'condition'], site);
    });
  };
  const effects = (list: readonly Effect[] | undefined, path: PathSegment[], site: Site): void => {
    list?.forEach((e, i) => v.effect?.(e, [...path, i], site));
  };

  for (const [actor, points] of Object.entries(s.doctrine)) {
    points.forEach((dp, i) => {
      const at = ['doctrine', actor, i];
      v.eventPattern?.(dp.on, [...at, 'on'], 'doctrine');
      if (dp.when !== undefined) condition(dp.when, [...at, 'when'], 'doctrine');
      dp.options.forEach((o, j) => {
        weight(o.weight, [...at, 'options', j, 'weight'], 'doctrine');
        effects(o.effect, [...at, 'options', j, 'effect'], 'doctrine');
      });
    });
  }
  s.pacts.forEach((p, i) => p.obligations.forEach((o, j) => {
    if (o.judgment?.pretextWhen !== undefined) condition(o.judgment.pretextWhen, ['pacts', i, 'obligations', j, 'judgment', 'pretextWhen'], 'obligation');
    if (o.request?.when !== undefined) condition(o.request.when, ['pacts', i, 'obligations', j, 'request', 'when'], 'obligation');
    if (o.casus?.when !== undefined) condition(o.casus.when, ['pacts', i, 'obligations', j, 'casus', 'when'], 'obligation');
  }));
  s.council?.policies.forEach((p, i) => p.rules.forEach((r, j) => {
    if (r.when !== undefined) condition(r.when, ['council', 'policies', i, 'rules', j, 'when'], 'council');
  }));
  s.triggers.forEach((t, i) => {
    const at = ['triggers', i];
    if (t.scale !== undefined) weight(t.scale, [...at, 'scale'], 'trigger');
    if (t.becomes !== undefined) condition(t.becomes, [...at, 'becomes'], 'trigger');
    if (t.when !== undefined) condition(t.when, [...at, 'when'], 'trigger');
    effects(t.effect, [...at, 'effect'], 'trigger');
  });
  for (const [id, sit] of Object.entries(s.situations)) {
    sit.inject.forEach((inj, i) => effects(inj.effect, ['situations', id, 'inject', i, 'effect'], 'inject'));
  }
  for (const [id, o] of Object.entries(s.outcomes)) condition(o.when, ['outcomes', id, 'when'], 'outcome');
  // A metric's count is a `happened` or `council` condition without its threshold: its references
  // (actors, draft kinds) are checked as a condition's.
  for (const [id, x] of Object.entries(s.metrics ?? {})) {
    if (x.count !== undefined) condition(x.count as Condition, ['metrics', id, 'count'], 'metric');
    if (x.ticks !== undefined) condition(x.ticks, ['metrics', id, 'ticks'], 'metric');
  }
}

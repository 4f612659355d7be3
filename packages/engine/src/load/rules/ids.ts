import type { PathSegment } from '../issue.js';
import { formatPath } from '../issue.js';
import { partyActor } from '../../model/parties.js';
import { obligationIds } from './obligation-ids.js';
import type { Rule, RuleContext } from './context.js';

/**
 * Ids in a list must be unique within their namespace: pacts, obligations within a pact, parties
 * of a pact, triggers, sanctions regimes, sources, rungs, decision points per actor and options
 * per decision point, actors of a theatre. (Keys of maps are unique already: YAML rejects a repeated key.)
 */
export const ids: Rule = {
  name: 'ids',
  check(s, ctx) {
    unique(ctx, 'pact id', s.pacts.map((p, i) => [p.id, ['pacts', i, 'id']]));
    s.pacts.forEach((p, i) => {
      const names = obligationIds(p);
      unique(ctx, 'obligation id', p.obligations.map((o, j) => [names[j]!, o.id === undefined ? ['pacts', i, 'obligations', j] : ['pacts', i, 'obligations', j, 'id']]), `pact "${p.id}"`);
      unique(ctx, 'party', p.parties.map((a, j) => [partyActor(a), typeof a === 'string' ? ['pacts', i, 'parties', j] : ['pacts', i, 'parties', j, 'actor']]), `pact "${p.id}"`);
    });
    unique(ctx, 'trigger id', s.triggers.map((t, i) => [t.id, ['triggers', i, 'id']]));
    unique(ctx, 'sanctions regime id', s.sanctions.map((r, i) => [r.id, ['sanctions', i, 'id']]));
    unique(ctx, 'source id', s.sources.map((r, i) => [r.id, ['sources', i, 'id']]));
    unique(ctx, 'rung id', (s.ladder?.rungs ?? []).map((r, i) => [r.id, ['ladder', 'rungs', i, 'id']]));
    for (const [id, t] of Object.entries(s.theatres)) unique(ctx, 'actor', t.actors.map((a, j) => [a, ['theatres', id, 'actors', j]]), `theatre "${id}"`);
    for (const [actor, points] of Object.entries(s.doctrine)) {
      unique(ctx, 'decision point id', points.map((d, i) => [d.id, ['doctrine', actor, i, 'id']]), `the doctrine of ${actor}`);
      points.forEach((d, i) => unique(ctx, 'option id', d.options.map((o, j) => [o.id, ['doctrine', actor, i, 'options', j, 'id']]), `decision point "${d.id}"`));
    }
  },
};

/** Reports every repetition of an id at its own place, naming the first occurrence. */
export function unique(ctx: RuleContext, what: string, items: readonly (readonly [string, PathSegment[]])[], scope?: string): void {
  const first = new Map<string, PathSegment[]>();
  for (const [id, path] of items) {
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, path);
      continue;
    }
    ctx.report({
      code: 'E_DUPLICATE_ID', path, received: JSON.stringify(id), expected: `a ${what} not used before`,
      message: `duplicate ${what} "${id}"${scope === undefined ? '' : ` in ${scope}`} (first at ${formatPath(seen)})`,
    });
  }
}

import { ROLES } from '../../schema/index.js';
import type { IssueCode } from '../issue.js';
import { didYouMean } from '../did-you-mean.js';
import { collectReferences, type ReferenceKind } from './reference-sites.js';
import { ROLE_SITES } from './walk.js';
import type { Rule, RuleContext } from './context.js';

const CODES: Record<ReferenceKind, IssueCode> = {
  actor: 'E_UNKNOWN_ACTOR', region: 'E_UNKNOWN_REGION', rung: 'E_UNKNOWN_RUNG', pact: 'E_UNKNOWN_PACT',
  obligation: 'E_UNKNOWN_OBLIGATION', variable: 'E_UNKNOWN_VARIABLE', outcome: 'E_UNKNOWN_OUTCOME', regime: 'E_UNKNOWN_REGIME',
};

const WHERE: Record<ReferenceKind, string> = {
  actor: 'actors', region: 'regions (or an actor without a territory)', rung: 'the ladder', pact: 'pacts',
  obligation: 'the obligations of the pact', variable: 'variables', outcome: 'outcomes', regime: 'sanctions',
};

const SITE_NAMES = { doctrine: 'a doctrine', council: 'a Council policy', obligation: 'an obligation', trigger: 'a trigger', inject: 'an inject', outcome: 'an outcome', metric: 'a metric' } as const;

/**
 * Every name used must be declared: actors, regions, rungs, pacts, obligations (within their
 * pact), variables, outcomes, sanctions regimes. Roles (`$self`, `$actor`, `$target`) are valid
 * names only where something binds them: doctrine, Council voting policies and an obligation's
 * conditions; in an event pattern only `$self`, inside a doctrine.
 */
export const references: Rule = {
  name: 'references',
  check(s, ctx) {
    const known = knownIds(ctx);
    for (const r of collectReferences(s).refs) {
      if (r.kind === 'actor' && (ROLES as readonly string[]).includes(r.id)) {
        if (r.fixed && !(r.id === '$self' && r.site === 'doctrine')) {
          ctx.report({
            code: 'E_ROLE_CONTEXT', path: r.path, received: JSON.stringify(r.id),
            message: `the role ${r.id} cannot be used here: an event pattern matches events by a fixed actor (only $self, inside a doctrine)`,
            hint: r.id === '$actor' || r.id === '$target' ? 'the pattern already matches the event; drop the role or name an actor id' : 'name an actor id instead',
          });
        } else if (r.site !== undefined && !ROLE_SITES.has(r.site)) {
          ctx.report({
            code: 'E_ROLE_CONTEXT', path: r.path, received: JSON.stringify(r.id),
            message: `the role ${r.id} means nothing in ${SITE_NAMES[r.site]}; roles are bound only in doctrine, Council voting policies and an obligation's pretextWhen, request.when and casus.when`,
            hint: 'name an actor id instead',
          });
        }
        continue;
      }
      let ids: readonly string[];
      if (r.kind === 'obligation') {
        const inPact = r.pact === undefined ? undefined : ctx.index.pacts.get(r.pact);
        if (inPact === undefined) continue; // the unknown pact is reported on its own
        ids = inPact;
      } else {
        ids = known[r.kind];
      }
      if (ids.includes(r.id)) continue;
      const suggestion = didYouMean(r.id, ids);
      const where = r.kind === 'obligation' ? `the obligations of pact "${r.pact}"` : WHERE[r.kind];
      ctx.report({
        code: CODES[r.kind], path: r.path, received: JSON.stringify(r.id),
        expected: ids.length === 0 ? `a ${r.kind} declared in ${where} (none are)` : `one of: ${ids.join(', ')}`,
        message: `unknown ${r.kind} "${r.id}": not declared in ${where}`,
        ...(r.anchor === undefined ? {} : { anchor: r.anchor }),
        ...(suggestion === undefined ? {} : { hint: `did you mean "${suggestion}"?` }),
      });
    }
  },
};

function knownIds(ctx: RuleContext): Record<Exclude<ReferenceKind, 'obligation'>, readonly string[]> {
  const i = ctx.index;
  return {
    actor: i.actors, region: i.regions, rung: i.rungs, pact: [...i.pacts.keys()],
    variable: i.variables, outcome: i.outcomes, regime: i.regimes,
  };
}

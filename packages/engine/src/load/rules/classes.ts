import type { ByClass, Scenario } from '../../schema/index.js';
import { tagParts } from '../../model/by-class.js';
import { partyIds } from '../../model/parties.js';
import type { PathSegment } from '../issue.js';
import { didYouMean } from '../did-you-mean.js';
import type { Rule, RuleContext } from './context.js';

/**
 * Classes of attackers (a casus `by: { alliedWith }`, `{ except }`, `{ tag }`) and the tags they
 * read: a tag a class names is carried by some actor; a tag's dates are in order; a class is not
 * empty by construction (anyone but every actor; only the allies of actors that can have none).
 * Unknown actors in a class are the references rule's.
 */
export const classes: Rule = {
  name: 'classes',
  check(s, ctx) {
    const tags = new Set<string>();
    for (const [id, actor] of Object.entries(s.actors)) {
      actor.tags?.forEach((t, i) => {
        const { tag, from, to } = tagParts(t);
        tags.add(tag);
        if (from !== undefined && to !== undefined && to < from) {
          ctx.report({ code: 'E_DATES', path: ['actors', id, 'tags', i, 'to'], received: to, expected: `a date no earlier than from (${from})`, message: `${id} carries the tag ${tag} until ${to}, before it begins ${from}` });
        }
      });
    }
    s.pacts.forEach((p, i) => p.obligations.forEach((o, j) => {
      for (const key of ['armedAttack', 'threat', 'signal', 'hostileAct'] as const) {
        const by = o.casus?.[key]?.by;
        if (by === undefined || typeof by === 'string' || Array.isArray(by)) continue;
        check(s, ctx, by as ByClass, ['pacts', i, 'obligations', j, 'casus', key, 'by'], [...tags], 'no act can meet this casus');
      }
      const at: PathSegment[] = ['pacts', i, 'obligations', j];
      // The one party bearing the duty, when there is one: never its own enemy, victim or attacker's supporter.
      const parties = partyIds(p);
      const bearers = (o.obligated ?? parties);
      const sole = bearers.length === 1 ? bearers[0]! : undefined;
      const attack = o.casus?.armedAttack;
      const supportedBy = attack?.supportedBy;
      if (supportedBy !== undefined && typeof supportedBy !== 'string' && !Array.isArray(supportedBy)) {
        check(s, ctx, supportedBy, [...at, 'casus', 'armedAttack', 'supportedBy'], [...tags], 'no attack can meet this casus');
      }
      if (Array.isArray(supportedBy)) {
        // A supporter is neither the attacker, the attacked party nor the obligated party — each
        // only when it is one state (of several attackers named, one may support another), and for
        // every party bearing the duty, whose own instance protects the others.
        const one = (x: readonly string[]): readonly string[] => (x.length === 1 ? x : []);
        const attackers = Array.isArray(attack!.by) ? one(attack!.by) : [];
        const unmeetable = bearers.every((b) => {
          const attacked = (Array.isArray(attack!.on) ? attack!.on : o.beneficiaries ?? parties).filter((x) => x !== b);
          const excluded = new Set([...attackers, ...one(attacked), b]);
          return supportedBy.every((x) => excluded.has(x));
        });
        if (unmeetable) {
          ctx.report({
            code: 'E_EMPTY_CLASS', path: [...at, 'casus', 'armedAttack', 'supportedBy'], received: JSON.stringify(supportedBy),
            message: `no state can support the attack: ${supportedBy.join(', ')} ${supportedBy.length === 1 ? 'is' : 'are each'} the attacker, the attacked party or the obligated party, so no attack can meet this casus`,
            hint: 'name the state whose support the clause asks for ("by Italy supported by Germany": by: [ITA], supportedBy: [DEU])',
          });
        }
      }
      // (1.12) Classes a negative duty names: the victims `unprovoked` reads, a neutrality's `enemies`
      // (1.14: or a no_separate_peace duty's).
      const noEnemy = o.type === 'no_separate_peace' ? 'no truce is ever checked under this duty' : 'no war can call this neutrality into play';
      for (const key of ['unprovoked', 'enemies'] as const) {
        const c = o[key];
        if (c === undefined || typeof c === 'boolean' || typeof c === 'string') continue;
        if (Array.isArray(c)) {
          // The party bound is never at war with itself (though a war begun against it may lift
          // an `unprovoked` duty toward the one who began it).
          if (key === 'enemies' && sole !== undefined && c.every((x) => x === sole)) {
            ctx.report({
              code: 'E_EMPTY_CLASS', path: [...at, key], received: JSON.stringify(c),
              message: `${key} names only ${sole}, the party bound by the duty, so ${noEnemy}`,
              hint: 'name the third states the clause means',
            });
          }
          continue;
        }
        check(s, ctx, c, [...at, key], [...tags], key === 'enemies' ? noEnemy : 'no war the beneficiary begins lifts its protection');
      }
    }));
  },
};

function check(s: Scenario, ctx: RuleContext, c: ByClass, path: PathSegment[], tags: readonly string[], consequence: string): void {
  if ('allOf' in c) {
    // (1.12) Each part is checked as a class of its own.
    c.allOf.forEach((part, k) => {
      if (typeof part === 'object' && !Array.isArray(part)) check(s, ctx, part, [...path, 'allOf', k], tags, consequence);
    });
    return;
  }
  const tag = 'tag' in c ? c.tag : 'except' in c && !Array.isArray(c.except) ? c.except.tag : undefined;
  if (tag !== undefined && !tags.includes(tag)) {
    const suggestion = didYouMean(tag, tags);
    ctx.report({
      code: 'E_UNKNOWN_TAG', path: [...path, ...('tag' in c ? ['tag'] : ['except', 'tag'])], received: JSON.stringify(tag),
      expected: tags.length === 0 ? 'a tag some actor carries (no actor has tags)' : `one of: ${tags.join(', ')}`,
      message: `unknown tag "${tag}": no actor carries it (actors[].tags)`,
      ...(suggestion === undefined ? {} : { hint: `did you mean "${suggestion}"?` }),
    });
  }
  const actors = Object.keys(s.actors);
  const except = 'except' in c && Array.isArray(c.except) ? c.except : undefined;
  if (except !== undefined && actors.every((a) => except.includes(a))) {
    ctx.report({ code: 'E_EMPTY_CLASS', path: [...path, 'except'], message: `the class is empty: every actor is excepted, so ${consequence}`, hint: 'name fewer actors, or drop the clause' });
  }
  if ('alliedWith' in c && !c.including && !c.alliedWith.some((a) => canHaveAllies(s, a))) {
    ctx.report({
      code: 'E_EMPTY_CLASS', path: [...path, 'including'], received: 'false',
      message: `the class is empty: ${c.alliedWith.join(', ')} ${c.alliedWith.length === 1 ? 'has' : 'have'} no ally in the scenario (no relation declared alignment: ally, no pact with a defence or offense obligation toward another party), and including: false leaves ${c.alliedWith.length === 1 ? 'it' : 'them'} out`,
      hint: 'declare the alliance (a pact, or alignment: ally), or set including: true',
    });
  }
}

/** Whether actor `a` is, at some time, allied with someone: a declared ally, or a party to a pact binding it to another party by a defence or offense obligation. */
function canHaveAllies(s: Scenario, a: string): boolean {
  if (s.relations.some((r) => r.alignment === 'ally' && r.between.includes(a) && r.between[0] !== r.between[1])) return true;
  return s.pacts.some((p) => {
    const parties = partyIds(p);
    return parties.includes(a) && p.obligations.some((o) => {
      if (o.type !== 'defense' && o.type !== 'offense') return false;
      const bearers = (o.obligated ?? parties).filter((x) => parties.includes(x));
      const protectedOnes = (o.beneficiaries ?? parties).filter((x) => parties.includes(x));
      return (bearers.includes(a) && protectedOnes.some((b) => b !== a)) || (protectedOnes.includes(a) && bearers.some((b) => b !== a));
    });
  });
}

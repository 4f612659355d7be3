import type { DraftIssue } from './draft-issue.js';
import type { PathSegment } from './issue.js';
import { SUPPORTED_VERSIONS } from './version.js';

/**
 * Which format version introduced each field a scenario can use, and the check that a file
 * declares a version that has all the fields it uses (`W_VERSION_FEATURE`).
 *
 * A minor version only adds (docs/scenario-format.md, "Versioning"), so today's loader reads a
 * file that declares "1.0" and uses `request` (1.4) without trouble — but an engine older than
 * 0.5.0, which a colleague or a cluster may still run, refuses it with an unknown-key error that
 * does not say why. The warning names the version to declare, so the file says truthfully which
 * engines can read it. It is a warning, not an error: the file means the same under this loader.
 *
 * The table lists fields and forms by where they sit in the data as written (before defaults),
 * so a default filled in by the schema is never mistaken for a use. New enum values in conditions
 * and results (`unrequested`, `presidential_statement`, …) and the Council patches of a variant
 * are not listed: an older engine reports those with their own located enum error.
 */

/** One field or form and the version that introduced it. */
interface Feature {
  readonly version: string;
  /** How the docs name it: "an obligation's `request`". */
  readonly name: string;
  /** True when `value`, found at `path` (its last segment is the key) in `parent`, is a use of the feature. */
  readonly test: (path: readonly PathSegment[], value: unknown, parent: unknown) => boolean;
}

const key = (path: readonly PathSegment[], back = 0): PathSegment | undefined => path[path.length - 1 - back];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The path ends with `…pacts[i].obligations[j].<rest>`. */
const inObligation = (path: readonly PathSegment[], ...rest: string[]): boolean => {
  const n = path.length, r = rest.length;
  if (n < r + 4 || path[n - r - 4] !== 'pacts' || path[n - r - 2] !== 'obligations') return false;
  return rest.every((k, i) => path[n - r + i] === k);
};
/** The key is one of an effect's: `effect: { … }`, or an item of a list of effects. */
const inEffect = (path: readonly PathSegment[]): boolean =>
  key(path, 1) === 'effect' || (typeof key(path, 1) === 'number' && key(path, 2) === 'effect');
const inCasus = (path: readonly PathSegment[], kind: string): boolean =>
  key(path, 1) === 'casus' && key(path) === kind && inObligation(path.slice(0, -1), 'casus');

/** The engine that first read each minor version (docs/scenario-format.md, "Versioning"). */
const FIRST_ENGINE: Readonly<Record<string, string>> = { '1.1': '0.2.0', '1.2': '0.3.0', '1.3': '0.4.0', '1.4': '0.5.0', '1.5': '0.6.0', '1.6': '0.7.0', '1.7': '0.8.0', '1.8': '0.8.2', '1.9': '0.8.3', '1.10': '0.9.0', '1.11': '0.10.0', '1.12': '0.11.0', '1.13': '0.12.0', '1.14': '0.13.0', '1.15': '0.14.0', '1.16': '0.15.0', '1.17': '0.17.0' };

export const FEATURES: readonly Feature[] = [
  // 1.1: the war-episode era.
  { version: '1.1', name: 'a `signal` casus', test: (p) => inCasus(p, 'signal') },
  { version: '1.1', name: 'a `hostileAct` casus', test: (p) => inCasus(p, 'hostileAct') },
  { version: '1.1', name: 'the `hostileAct` effect', test: (p) => key(p) === 'hostileAct' && inEffect(p) },
  { version: '1.1', name: 'a judgment\'s `pretextAtMost`', test: (p) => inObligation(p, 'judgment', 'pretextAtMost') },
  { version: '1.1', name: 'a judgment\'s `pretextWhen`', test: (p) => inObligation(p, 'judgment', 'pretextWhen') },
  { version: '1.1', name: 'a response\'s `onCasusEnd`', test: (p) => inObligation(p, 'response', 'onCasusEnd') },
  { version: '1.1', name: 'a ceasefire or draft `scope`', test: (p) => key(p) === 'scope' && (key(p, 1) === 'ceasefire' || key(p, 1) === 'draft') },
  { version: '1.1', name: 'a ceasefire draft\'s `compliance`', test: (p) => key(p) === 'compliance' && key(p, 1) === 'draft' },
  { version: '1.1', name: 'a MID level word (`use_of_force`, …) as an intensity', test: (p, v) => (key(p) === 'intensity' || key(p) === 'minIntensity') && typeof v === 'string' },
  { version: '1.1', name: 'a region `within` several regions', test: (p, v) => p.length === 3 && p[0] === 'regions' && key(p) === 'within' && Array.isArray(v) },
  { version: '1.1', name: '`theatres`', test: (p) => p.length === 1 && p[0] === 'theatres' },
  // 1.2: the Council's products.
  { version: '1.2', name: 'a draft\'s `product`', test: (p) => key(p) === 'product' && key(p, 1) === 'draft' },
  { version: '1.2', name: 'a draft\'s `fallback`', test: (p) => key(p) === 'fallback' && key(p, 1) === 'draft' },
  { version: '1.2', name: 'a draft\'s `forceVote`', test: (p) => key(p) === 'forceVote' && key(p, 1) === 'draft' },
  { version: '1.2', name: 'the Council\'s `anticipation`', test: (p) => p.length === 2 && p[0] === 'council' && p[1] === 'anticipation' },
  { version: '1.2', name: 'a voting rule\'s `product`', test: (p) => p[0] === 'council' && key(p) === 'product' },
  { version: '1.2', name: 'monitoring `outside` the Council', test: (p) => key(p) === 'outside' && key(p, 1) === 'monitoring' },
  // 1.3: the procedural decision.
  { version: '1.3', name: 'the draft kind `agenda`', test: (p, v) => key(p) === 'kind' && key(p, 1) === 'draft' && v === 'agenda' },
  // 1.4: who is bound, on whose word, against whom.
  { version: '1.4', name: 'membership dates in `parties` (`{ actor, from, to }`)', test: (p, v) => key(p, 1) === 'parties' && key(p, 3) === 'pacts' && isObject(v) },
  { version: '1.4', name: 'an obligation\'s `request`', test: (p) => inObligation(p, 'request') },
  { version: '1.4', name: 'a casus `by` a class (`alliedWith`, `except`, `tag`)', test: (p, v) => key(p) === 'by' && key(p, 2) === 'casus' && isObject(v) },
  { version: '1.4', name: 'actor `tags`', test: (p) => p.length === 3 && p[0] === 'actors' && p[2] === 'tags' },
  // 1.5: parties that leave and come back.
  { version: '1.5', name: 'spells of membership in `parties` (`{ actor, spells }`)', test: (p) => key(p) === 'spells' && key(p, 2) === 'parties' && key(p, 4) === 'pacts' },
  { version: '1.5', name: 'the `party` condition', test: (p, v) => key(p) === 'party' && isObject(v) && 'pact' in v },
  // 1.6: leaving by notice, and the parties to a dispute at the Council.
  { version: '1.6', name: 'a pact\'s `denunciation`', test: (p) => p.length === 3 && p[0] === 'pacts' && p[2] === 'denunciation' },
  { version: '1.6', name: 'the `denounce` effect', test: (p) => key(p) === 'denounce' && inEffect(p) },
  { version: '1.6', name: 'a draft\'s `under`', test: (p) => key(p) === 'under' && key(p, 1) === 'draft' },
  { version: '1.6', name: 'a draft\'s `dispute`', test: (p) => key(p) === 'dispute' && key(p, 1) === 'draft' },
  { version: '1.6', name: 'the voting rule\'s `partiesAbstain`', test: (p) => p.length === 3 && p[0] === 'council' && p[1] === 'rule' && p[2] === 'partiesAbstain' },
  // 1.7: coming to a state's aid without a treaty.
  { version: '1.7', name: 'an armed attack\'s `inAidOf`', test: (p) => key(p) === 'inAidOf' && key(p, 1) === 'armedAttack' },
  { version: '1.7', name: '`episodes`', test: (p) => p.length === 1 && p[0] === 'episodes' },
  // 1.7: terms renewed tacitly, and a minimum period that bars only the exit.
  { version: '1.7', name: 'a denunciation clause\'s `term`', test: (p) => p.length === 4 && p[0] === 'pacts' && p[2] === 'denunciation' && p[3] === 'term' },
  // 1.8: a unilateral undertaking, and a notice that names its day.
  { version: '1.8', name: 'a notice\'s `effective` day', test: (p) => key(p) === 'effective' && key(p, 1) === 'denounce' },
  { version: '1.8', name: 'a vote weight `notVoting` (present and not voting)', test: (p) => key(p) === 'notVoting' && key(p, 1) === 'vote' },
  { version: '1.8', name: 'a notice revoked (`revoke`)', test: (p) => key(p) === 'revoke' && key(p, 1) === 'denounce' },
  { version: '1.8', name: 'a pact of one party (a unilateral undertaking)', test: (p, v) => p.length === 3 && p[0] === 'pacts' && p[2] === 'parties' && Array.isArray(v) && v.length === 1 },
  // 1.9: the General Assembly's debate of every veto, and two draft kinds.
  { version: '1.9', name: 'the draft kind `authorization`', test: (p, v) => key(p) === 'kind' && key(p, 1) === 'draft' && v === 'authorization' },
  { version: '1.9', name: 'the draft kind `admission`', test: (p, v) => key(p) === 'kind' && key(p, 1) === 'draft' && v === 'admission' },
  { version: '1.9', name: 'the Council\'s `vetoDebate` (the General Assembly debates every veto)', test: (p) => p.length === 2 && p[0] === 'council' && p[1] === 'vetoDebate' },
  // 1.10: numbers each run reports.
  { version: '1.10', name: '`metrics`', test: (p) => p.length === 1 && p[0] === 'metrics' },
  // 1.11: negative duties that lapse toward a beneficiary waging a war it began.
  { version: '1.11', name: 'an obligation\'s `unprovoked`', test: (p) => inObligation(p, 'unprovoked') },
  { version: '1.11', name: 'the Council rule\'s `amended` (the votes a draft needs, changed on a date)', test: (p) => p.length === 3 && p[0] === 'council' && p[1] === 'rule' && p[2] === 'amended' },
  { version: '1.11', name: 'the obligation type `no_separate_peace`', test: (p, v) => key(p) === 'type' && inObligation(p, 'type') && v === 'no_separate_peace' },
  { version: '1.11', name: 'a casus\'s `armedAttack.minEnemies`', test: (p) => key(p) === 'minEnemies' && key(p, 1) === 'armedAttack' && inObligation(p.slice(0, -2), 'casus') },
  // 1.12: negative duties limited to some enemies.
  { version: '1.12', name: 'an obligation\'s `unprovoked` naming actors or a class', test: (p, v) => inObligation(p, 'unprovoked') && typeof v !== 'boolean' },
  { version: '1.12', name: 'an obligation\'s `enemies`', test: (p) => inObligation(p, 'enemies') },
  { version: '1.12', name: 'a class written `allOf`', test: (p, v) => key(p) === 'allOf' && Array.isArray(v) && p[0] === 'pacts' },
  { version: '1.12', name: 'a casus\'s `armedAttack.supportedBy`', test: (p) => key(p) === 'supportedBy' && key(p, 1) === 'armedAttack' && inObligation(p.slice(0, -2), 'casus') },
  { version: '1.12', name: 'a response\'s `against`', test: (p) => inObligation(p, 'response', 'against') },
  { version: '1.12', name: 'a casus\'s `when`', test: (p) => inObligation(p, 'casus', 'when') },
  { version: '1.12', name: 'a casus\'s `armedAttack.menace`', test: (p) => key(p) === 'menace' && key(p, 1) === 'armedAttack' && inObligation(p.slice(0, -2), 'casus') },
  { version: '1.12', name: 'a casus\'s `armedAttack.sameWar`', test: (p) => key(p) === 'sameWar' && key(p, 1) === 'armedAttack' && inObligation(p.slice(0, -2), 'casus') },
  { version: '1.12', name: 'the veto debate\'s `emergencySessions` (the proviso of res. 76/262)', test: (p) => p.length === 3 && p[0] === 'council' && p[1] === 'vetoDebate' && p[2] === 'emergencySessions' },
  // 1.13: counts about the actors of the look, and a casus that waits for its condition.
  { version: '1.13', name: 'a role in a `happened` or `council` count (other than `$self` in a doctrine)', test: (p, v) => typeof v === 'string' && v.startsWith('$') && !(v === '$self' && p[0] === 'doctrine')
    && ((key(p, 1) === 'happened' && (key(p) === 'by' || key(p) === 'on')) || (key(p, 1) === 'council' && key(p) === 'target')) },
  { version: '1.13', name: 'a relation condition\'s `begunBy`', test: (p) => key(p) === 'begunBy' && key(p, 1) === 'relation' },
  { version: '1.13', name: 'a casus\'s `awaitWhen`', test: (p) => inObligation(p, 'casus', 'awaitWhen') },
  // 1.14: a separate peace forbidden with some enemies only; an obligation condition about its casus.
  { version: '1.14', name: 'an `obligation` condition\'s `enemy` or `beneficiary`', test: (p) => (key(p) === 'enemy' || key(p) === 'beneficiary') && key(p, 1) === 'obligation' },
  { version: '1.14', name: 'a `no_separate_peace` duty\'s `enemies`', test: (p, _v, parent) => inObligation(p, 'enemies') && isObject(parent) && parent.type === 'no_separate_peace' },
  // 1.15: a separate peace allowed with the partners' consent.
  { version: '1.15', name: 'a `no_separate_peace` duty\'s `consent`', test: (p) => inObligation(p, 'consent') },
  { version: '1.15', name: '`episodes.aidEnds`', test: (p) => p.length === 2 && p[0] === 'episodes' && p[1] === 'aidEnds' },
  // 1.16: a rule applied at every tick; a separate peace that leaves a partner at war in law behind.
  { version: '1.16', name: 'a `no_separate_peace` duty\'s `partners`', test: (p) => inObligation(p, 'partners') },
  { version: '1.16', name: 'a trigger\'s `every: tick`', test: (p, v) => key(p) === 'every' && key(p, 2) === 'triggers' && v === 'tick' },
  // 1.17: a war fought without declaring it.
  { version: '1.17', name: 'a response\'s `declares`', test: (p) => inObligation(p, 'response', 'declares') },
  { version: '1.7', name: 'a denunciation clause\'s `afterYearsBars`', test: (p) => p.length === 4 && p[0] === 'pacts' && p[2] === 'denunciation' && p[3] === 'afterYearsBars' },
];

/** `"1.4"` → [1, 4]; `"0.1"`, the development version, reads as 1.0. */
function parse(version: string): [number, number] {
  if (version === '0.1') return [1, 0];
  const [major, minor] = version.split('.').map(Number);
  return [major ?? 0, minor ?? 0];
}

const newer = (a: string, b: string): boolean => {
  const [am, an] = parse(a), [bm, bn] = parse(b);
  return am !== bm ? am > bm : an > bn;
};

/**
 * Whether a file declaring `declared` is held to the rules of format `version`: a form a newer
 * minor version refuses stays valid, with a warning, in a file that declares an older one (every
 * 1.x file stays valid under every later 1.x loader).
 */
export function declaresAtLeast(declared: unknown, version: string): boolean {
  return typeof declared === 'string' && !newer(version, declared);
}

/**
 * Warns, once per field, where a file uses a field newer than the version it declares. Reads the
 * data as written; says nothing when the version is missing or unsupported (other checks do).
 * `layers` are the versions the files of an `extends` chain declare: the newest counts, since an
 * engine that cannot read it refuses the chain by that file's `E_VERSION` anyway.
 */
export function checkFeatureVersions(data: unknown, layers: readonly unknown[] = []): DraftIssue[] {
  if (!isObject(data) || typeof data.version !== 'string' || !SUPPORTED_VERSIONS.includes(data.version)) return [];
  const declared = layers.filter((v): v is string => typeof v === 'string' && SUPPORTED_VERSIONS.includes(v)).reduce((hi, v) => (newer(v, hi) ? v : hi), data.version);
  // Only the fields newer than the declaration are looked for: none at all in a current file.
  const sought = FEATURES.filter((f) => newer(f.version, declared));
  if (sought.length === 0) return [];
  const found = new Map<Feature, PathSegment[]>();
  const visit = (value: unknown, path: PathSegment[], parent: unknown): void => {
    if (path.length > 0) {
      for (const f of sought) if (!found.has(f) && f.test(path, value, parent)) found.set(f, [...path]);
    }
    if (Array.isArray(value)) value.forEach((v, i) => { path.push(i); visit(v, path, value); path.pop(); });
    else if (isObject(value)) for (const k of Object.keys(value)) { path.push(k); visit(value[k], path, value); path.pop(); }
  };
  visit(data, [], undefined);
  const needed = [...found.keys()].reduce((hi, f) => (newer(f.version, hi) ? f.version : hi), declared);
  return [...found].map(([f, path]) => ({
    code: 'W_VERSION_FEATURE', severity: 'warning', path, anchor: typeof path[path.length - 1] === 'string' ? 'key' : 'value',
    expected: `format ${f.version} or later`, received: `version "${declared}"`,
    message: `${f.name} is format ${f.version}; this scenario declares version "${declared}"`,
    hint: `declare version: "${needed}"${FIRST_ENGINE[needed] === undefined ? '' : ` (read by engine ${FIRST_ENGINE[needed]} and later)`}: an older engine refuses the field without saying why`,
  }));
}

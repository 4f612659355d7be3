import type { PathSegment } from './issue.js';
import { didYouMean } from './did-you-mean.js';

/**
 * What a variant's `remove` and its restated items do to the parts of the base's items: a
 * decision point of an actor's doctrine, an obligation or a field of a pact, a field of a trigger.
 *
 * A variant that restates an item replaces it whole, so a part the base has and the copy leaves
 * out is lost without a word — a fix made in the base after the copy was written never reaches it
 * (korea-2024-taiwan's US doctrine lost two decision points that way, korea-2024-us-drawdown's
 * US–ROK pact its Art. VI denunciation). The loader says so (`W_VARIANT_DROPS`); a variant that
 * means to go without the part says so with `remove: { doctrine: [USA/answer-taiwan] }`, which
 * takes the part out of the base first. A `remove` entry that names nothing in the base is an
 * error (`E_REMOVE`): a misspelt id would otherwise leave in what the author meant to take out.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A problem found while applying a variant, located in the variant by its path. */
export interface VariantIssue {
  readonly code: 'E_REMOVE' | 'W_VARIANT_DROPS';
  readonly severity: 'error' | 'warning';
  readonly path: PathSegment[];
  readonly message: string;
  readonly hint?: string;
  readonly received?: string;
}

/** Sections keyed by id whose entries `remove` may name, with the word for one entry. */
const MAP_SECTIONS: Record<string, string> = {
  parameters: 'parameter', regions: 'region', actors: 'actor', variables: 'variable', situations: 'situation',
  outcomes: 'outcome', metrics: 'metric', doctrine: 'doctrine', theatres: 'theatre',
};
/** Sections that are lists of items with ids. */
const LIST_SECTIONS: Record<string, string> = { pacts: 'pact', triggers: 'trigger', sanctions: 'sanctions regime', sources: 'source' };
/** Sections whose items have parts `remove` may name as `ITEM/PART`. */
const WITH_PARTS = ['doctrine', 'pacts', 'triggers'];

/** An obligation's id as the loader gives it: its own, or its type numbered in order (obligationIds). */
function obligationIdsOf(pact: Obj): string[] {
  const seen = new Map<string, number>();
  return (Array.isArray(pact.obligations) ? pact.obligations : []).map((o) => {
    const type = isObj(o) && typeof o.type === 'string' ? o.type : '';
    const n = (seen.get(type) ?? 0) + 1;
    seen.set(type, n);
    return isObj(o) && typeof o.id === 'string' ? o.id : n === 1 ? type : `${type}${n}`;
  });
}

const idOf = (x: unknown): string | undefined => (isObj(x) && typeof x.id === 'string' ? x.id : undefined);
const pairOf = (x: unknown): string | undefined => (Array.isArray(x) && x.length === 2 ? [String(x[0]), String(x[1])].sort().join('|') : undefined);

/**
 * Takes the parts a variant's `remove` names as `ITEM/PART` out of a copy of the base, and checks
 * that every whole id it names is in the base or the variant. Returns the base to overlay and the
 * errors found.
 */
export function removeParts(base: Obj, variant: Obj): { base: Obj; issues: VariantIssue[] } {
  if (variant.remove === undefined) return { base, issues: [] };
  if (!isObj(variant.remove)) {
    return { base, issues: [{ code: 'E_REMOVE', severity: 'error', path: ['remove'], message: 'remove must map sections to lists of ids, e.g. remove: { pacts: [rus-prk-2024], doctrine: [USA/answer-taiwan] }', received: Array.isArray(variant.remove) ? 'a list' : JSON.stringify(variant.remove) }] };
  }
  const remove = variant.remove;
  const namesIn = (section: string): string[] => {
    const names = new Set<string>();
    for (const layer of [base, variant]) {
      const v = layer[section];
      if (Array.isArray(v)) for (const x of v) { const k = section === 'relations' ? (isObj(x) ? pairOf(x.between) : undefined) : idOf(x); if (k !== undefined) names.add(k); }
      else if (isObj(v)) for (const k of Object.keys(v)) names.add(k);
    }
    return [...names];
  };
  const issues: VariantIssue[] = [];
  const out: Obj = { ...base };
  const fail = (path: PathSegment[], message: string, received: string, candidates: Iterable<string> = []): void => {
    const near = didYouMean(received, candidates);
    issues.push({ code: 'E_REMOVE', severity: 'error', path, message, received: JSON.stringify(received), ...(near === undefined ? {} : { hint: `did you mean "${near}"?` }) });
  };
  for (const [section, ids] of Object.entries(remove)) {
    if (!Array.isArray(ids)) {
      issues.push({ code: 'E_REMOVE', severity: 'error', path: ['remove', section], message: `a list of ids is expected here, e.g. ${section}: [${ids === null ? 'ID' : String(ids)}]`, received: JSON.stringify(ids) });
      continue;
    }
    const known = section in MAP_SECTIONS || section in LIST_SECTIONS || section === 'relations';
    if (!known) {
      fail(['remove', section], `there is no section "${section}" to remove from`, section, [...Object.keys(MAP_SECTIONS), ...Object.keys(LIST_SECTIONS), 'relations']);
      continue;
    }
    ids.forEach((entry, k) => {
      const path: PathSegment[] = ['remove', section, k];
      if (section === 'relations') {
        const key = pairOf(entry);
        if (key !== undefined && !namesIn(section).includes(key)) fail(path, `the base has no relation between ${String((entry as unknown[])[0])} and ${String((entry as unknown[])[1])}`, String(entry));
        return;
      }
      const text = String(entry);
      const slash = text.indexOf('/');
      if (slash < 0) {
        const names = namesIn(section);
        if (!names.includes(text)) fail(path, `the base has no ${MAP_SECTIONS[section] ?? LIST_SECTIONS[section]} "${text}"`, text, names);
        return;
      }
      const [item, part] = [text.slice(0, slash), text.slice(slash + 1)];
      if (!WITH_PARTS.includes(section)) {
        fail(path, `"${text}" names a part of an entry; only doctrine (ACTOR/POINT), pacts (PACT/OBLIGATION or PACT/FIELD) and triggers (TRIGGER/FIELD) have parts to remove`, text);
        return;
      }
      if (section === 'doctrine') {
        const doctrine = isObj(out.doctrine) ? out.doctrine : {};
        const points = doctrine[item];
        if (!Array.isArray(points)) { fail(path, `the base has no doctrine for "${item}"`, item, Object.keys(doctrine)); return; }
        const ids = points.map(idOf);
        if (!ids.includes(part)) { fail(path, `${item}'s doctrine in the base has no decision point "${part}"`, part, ids.filter((x): x is string => x !== undefined)); return; }
        out.doctrine = { ...doctrine, [item]: points.filter((p) => idOf(p) !== part) };
        return;
      }
      const list = Array.isArray(out[section]) ? (out[section] as unknown[]) : [];
      const at = list.findIndex((x) => idOf(x) === item);
      if (at < 0) { fail(path, `the base has no ${LIST_SECTIONS[section]} "${item}"`, item, list.map(idOf).filter((x): x is string => x !== undefined)); return; }
      const it = list[at] as Obj;
      const copy: Obj = { ...it };
      const obligations = section === 'pacts' ? obligationIdsOf(it) : [];
      const o = obligations.indexOf(part);
      if (o >= 0) copy.obligations = (it.obligations as unknown[]).filter((_, j) => j !== o);
      else if (part in it && part !== 'id') delete copy[part];
      else {
        const what = section === 'pacts' ? 'no obligation or field' : 'no field';
        fail(path, `${LIST_SECTIONS[section]} "${item}" in the base has ${what} "${part}"`, part, [...obligations, ...Object.keys(it).filter((f) => f !== 'id')]);
        return;
      }
      out[section] = list.map((x, j) => (j === at ? copy : x));
    });
  }
  return { base: out, issues };
}

/**
 * The warning for a variant's item that replaces the base's whole and leaves out some of its
 * parts, or undefined when it keeps them all. `section` is doctrine (the entry is an actor's list
 * of decision points), pacts or triggers; `path` locates the variant's item.
 */
export function droppedParts(section: string, id: string, theirs: unknown, mine: unknown, path: PathSegment[], baseName: string): VariantIssue | undefined {
  const lost: string[] = [];
  const parts: string[] = [];
  const lose = (what: string, part: string): void => { lost.push(`${what} ${part}`); parts.push(part); };
  let noun: string;
  if (section === 'doctrine') {
    noun = `${id}'s doctrine`;
    const own = new Set(Array.isArray(mine) ? mine.map(idOf) : []);
    for (const p of Array.isArray(theirs) ? theirs : []) { const pid = idOf(p); if (pid !== undefined && !own.has(pid)) lose('decision point', pid); }
  } else {
    if (!isObj(theirs) || !isObj(mine)) return undefined;
    noun = `${section === 'pacts' ? 'pact' : 'trigger'} ${id}`;
    for (const f of Object.keys(theirs)) if (!(f in mine)) lose('field', f);
    if (section === 'pacts' && 'obligations' in mine) {
      const own = new Set(obligationIdsOf(mine));
      for (const o of obligationIdsOf(theirs)) if (!own.has(o)) lose('obligation', o);
    }
  }
  if (lost.length === 0) return undefined;
  return {
    code: 'W_VARIANT_DROPS', severity: 'warning', path,
    message: `this restates ${noun} whole and leaves out what ${baseName} has: ${lost.join(', ')}`,
    hint: `write ${lost.length === 1 ? 'it' : 'them'} here again, or, to go without ${lost.length === 1 ? 'it' : 'them'}, remove: { ${section}: [${parts.map((p) => `${id}/${p}`).join(', ')}] }`,
  };
}

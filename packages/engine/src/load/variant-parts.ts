import type { PathSegment } from './issue.js';
import { didYouMean } from './did-you-mean.js';
import { Pact, Trigger } from '../schema/index.js';
import { obligationIds } from './rules/obligation-ids.js';

/**
 * What a variant's `remove` and its restated items do to the parts of the base's items: a
 * decision point of an actor's doctrine, an obligation or a field of a pact, a field of a trigger.
 *
 * A variant that restates an item replaces it whole, so a part the base has and the copy leaves
 * out is lost without a word — a fix made in the base after the copy was written never reaches it
 * (korea-2024-taiwan's US doctrine lost two decision points that way, korea-2024-us-drawdown's
 * US–ROK pact its Art. VI denunciation). The loader says so (`W_VARIANT_DROPS`); a variant that
 * means to go without the part says so with `remove: { doctrine: [USA/answer-taiwan] }`, which
 * takes the part out of the base's item and out of the variant's own copy. A `remove` entry that
 * names nothing is an error (`E_REMOVE`): a misspelt id would otherwise leave in what the author
 * meant to take out.
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
  /** Where in the path's node the issue points: its key (a section name) or its value. */
  readonly anchor?: 'key' | 'value';
  /** For `W_VARIANT_DROPS`: the restated item, so that a later layer that replaces it can drop the warning. */
  readonly item?: { readonly section: string; readonly id: string };
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
/** Fields an item cannot do without: restate the item to change them. */
const REQUIRED: Record<string, readonly string[]> = {
  pacts: Object.keys(Pact.shape).filter((f) => !Pact.shape[f as keyof typeof Pact.shape].safeParse(undefined).success),
  triggers: Object.keys(Trigger.shape).filter((f) => !Trigger.shape[f as keyof typeof Trigger.shape].safeParse(undefined).success),
};

/**
 * The ids of a pact's obligations as written (raw data: entries may be malformed), numbered by the
 * loader's own rule (rules/obligation-ids.ts).
 */
function obligationIdsOf(pact: Obj): string[] {
  const list = Array.isArray(pact.obligations) ? pact.obligations : [];
  const shapes = list.map((o) => ({ type: isObj(o) && typeof o.type === 'string' ? o.type : '', id: isObj(o) && typeof o.id === 'string' ? o.id : undefined }));
  return obligationIds({ obligations: shapes as unknown as Pact['obligations'] });
}

const idOf = (x: unknown): string | undefined => (isObj(x) && typeof x.id === 'string' ? x.id : undefined);
const pairOf = (x: unknown): string | undefined => (Array.isArray(x) && x.length === 2 && x.every((y) => typeof y === 'string') ? [x[0], x[1]].sort().join('|') : undefined);

/** One `ITEM/PART` of a variant's `remove`, checked against the base. */
export interface PartRemoval { readonly section: string; readonly item: string; readonly part: string }

/**
 * Takes out of `data` (a base, or the merged result) the part one removal names, if it is there.
 * An obligation without an id keeps the name it had (`defense2` stays `defense2` when `defense` goes).
 */
export function applyRemoval(data: Obj, r: PartRemoval): Obj {
  if (r.section === 'doctrine') {
    const doctrine = data.doctrine;
    if (!isObj(doctrine) || !Array.isArray(doctrine[r.item])) return data;
    return { ...data, doctrine: { ...doctrine, [r.item]: (doctrine[r.item] as unknown[]).filter((p) => idOf(p) !== r.part) } };
  }
  const list = data[r.section];
  if (!Array.isArray(list)) return data;
  const at = list.findIndex((x) => idOf(x) === r.item);
  if (at < 0 || !isObj(list[at])) return data;
  const it = list[at];
  const copy: Obj = { ...it };
  const ids = r.section === 'pacts' ? obligationIdsOf(it) : [];
  const o = ids.indexOf(r.part);
  if (o >= 0) {
    copy.obligations = (it.obligations as unknown[]).flatMap((x, j) => (j === o ? [] : [isObj(x) && x.id === undefined ? { id: ids[j], ...x } : x]));
  } else if (r.part in it) delete copy[r.part];
  else return data;
  return { ...data, [r.section]: list.map((x, j) => (j === at ? copy : x)) };
}

/**
 * Reads a variant's `remove`: checks that every id, pair and part it names exists (whole ids in the
 * base or the variant, parts in the base's item), and takes the parts out of a copy of the base.
 * Returns that base, the part removals (to apply to the merged result too, so that a part the
 * variant's own copy still has goes as well), the items it removes whole by section, and the errors.
 */
export function removeParts(base: Obj, variant: Obj): { base: Obj; parts: PartRemoval[]; whole: Map<string, Set<string>>; issues: VariantIssue[] } {
  const issues: VariantIssue[] = [];
  const parts: PartRemoval[] = [];
  const whole = new Map<string, Set<string>>();
  // `remove:` with nothing under it removes nothing.
  if (variant.remove === undefined || variant.remove === null) return { base, parts, whole, issues };
  if (!isObj(variant.remove)) {
    issues.push({ code: 'E_REMOVE', severity: 'error', path: ['remove'], message: 'remove must map sections to lists of ids, e.g. remove: { pacts: [rus-prk-2024], doctrine: [USA/answer-taiwan] }', received: Array.isArray(variant.remove) ? 'a list' : JSON.stringify(variant.remove) });
    return { base, parts, whole, issues };
  }
  const namesIn = (section: string, layers: readonly Obj[]): string[] => {
    const names = new Set<string>();
    for (const layer of layers) {
      const v = layer[section];
      if (Array.isArray(v)) for (const x of v) { const k = section === 'relations' ? (isObj(x) ? pairOf(x.between) : undefined) : idOf(x); if (k !== undefined) names.add(k); }
      else if (isObj(v)) for (const k of Object.keys(v)) names.add(k);
    }
    return [...names];
  };
  const fail = (path: PathSegment[], message: string, received: string, candidates: Iterable<string> = [], anchor?: 'key'): void => {
    const near = didYouMean(received, candidates);
    issues.push({ code: 'E_REMOVE', severity: 'error', path, message, received: JSON.stringify(received), ...(near === undefined ? {} : { hint: `did you mean "${near}"?` }), ...(anchor ? { anchor } : {}) });
  };
  let out: Obj = { ...base };
  const done = new Set<string>();
  for (const [section, ids] of Object.entries(variant.remove)) {
    // Any section the base or the variant has as a map or a list (an undocumented one such as
    // `council` removes keys, as it always did); one neither has is a misspelling.
    const present = [base[section], variant[section]].some((v) => isObj(v) || Array.isArray(v));
    if (!present) {
      const sections = [...new Set([...Object.keys(MAP_SECTIONS), ...Object.keys(LIST_SECTIONS), 'relations', ...Object.keys(base).filter((k) => isObj(base[k]) || Array.isArray(base[k]))])];
      fail(['remove', section], `there is no section "${section}" to remove from`, section, sections, 'key');
      continue;
    }
    if (!Array.isArray(ids)) {
      issues.push({ code: 'E_REMOVE', severity: 'error', path: ['remove', section], message: `a list of ids is expected here, e.g. ${section}: [ID]`, received: JSON.stringify(ids) });
      continue;
    }
    ids.forEach((entry, k) => {
      const path: PathSegment[] = ['remove', section, k];
      if (section === 'relations') {
        const key = pairOf(entry);
        if (key === undefined) fail(path, 'a relation is removed by its pair of actors, e.g. [RUS, PRK]', JSON.stringify(entry));
        else if (!namesIn(section, [base, variant]).includes(key)) fail(path, `the base has no relation between ${key.replace('|', ' and ')}`, key.replace('|', ', '));
        else (whole.get(section) ?? whole.set(section, new Set()).get(section)!).add(key);
        return;
      }
      const text = String(entry);
      const slash = text.indexOf('/');
      if (slash < 0) {
        const names = namesIn(section, [base, variant]);
        const noun = MAP_SECTIONS[section] ?? LIST_SECTIONS[section] ?? 'entry';
        if (!names.includes(text)) fail(path, `the base has no ${noun} "${text}"`, text, names);
        else (whole.get(section) ?? whole.set(section, new Set()).get(section)!).add(text);
        return;
      }
      const [item, part] = [text.slice(0, slash), text.slice(slash + 1)];
      if (!WITH_PARTS.includes(section)) {
        fail(path, `"${text}" names a part of an entry; only doctrine (ACTOR/POINT), pacts (PACT/OBLIGATION or PACT/FIELD) and triggers (TRIGGER/FIELD) have parts to remove`, text);
        return;
      }
      if (done.has(`${section}\n${text}`)) return; // named twice: once is enough
      const noun = section === 'doctrine' ? 'doctrine for' : LIST_SECTIONS[section]!;
      if (!namesIn(section, [base]).includes(item)) {
        const own = namesIn(section, [variant]).includes(item);
        fail(path, own ? `the base has no ${noun} "${item}": this file adds it, so leave the part out where it is written` : `the base has no ${noun} "${item}"`, item, own ? [] : namesIn(section, [base]));
        return;
      }
      let candidates: string[];
      let found: boolean;
      if (section === 'doctrine') {
        candidates = ((base.doctrine as Obj)[item] as unknown[]).map(idOf).filter((x): x is string => x !== undefined);
        found = candidates.includes(part);
      } else {
        const it = (base[section] as unknown[]).find((x) => idOf(x) === item) as Obj;
        const obligations = section === 'pacts' ? obligationIdsOf(it) : [];
        candidates = [...obligations, ...Object.keys(it).filter((f) => f !== 'id')];
        found = obligations.includes(part) || (part !== 'id' && part in it);
        if (found && !obligations.includes(part) && REQUIRED[section]!.includes(part)) {
          fail(path, `${part} is required of a ${noun}: it cannot be removed; restate the ${noun} to change it`, part);
          return;
        }
      }
      if (!found) {
        const what = section === 'doctrine' ? `${item}'s doctrine in the base has no decision point` : `${noun} "${item}" in the base has ${section === 'pacts' ? 'no obligation or field' : 'no field'}`;
        fail(path, `${what} "${part}"`, part, candidates);
        return;
      }
      const r = { section, item, part };
      out = applyRemoval(out, r);
      parts.push(r);
      done.add(`${section}\n${text}`);
    });
  }
  return { base: out, parts, whole, issues };
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
    code: 'W_VARIANT_DROPS', severity: 'warning', path, anchor: 'key', item: { section, id },
    message: `this restates ${noun} whole and leaves out what ${baseName} has: ${lost.join(', ')}`,
    hint: `write ${lost.length === 1 ? 'it' : 'them'} here again, or, to go without ${lost.length === 1 ? 'it' : 'them'}, remove: { ${section}: [${parts.map((p) => `${id}/${p}`).join(', ')}] }`,
  };
}

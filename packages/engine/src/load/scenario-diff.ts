import type { Scenario } from '../schema/index.js';
import { obligationIds } from './rules/obligation-ids.js';

/**
 * One difference between two scenarios, by the sections of the format: an item added, removed or
 * changed. Read it as "B, compared with A".
 */
export interface ScenarioChange {
  /** The section: `parameters`, `pacts`, `doctrine`, `relations`, `council`, `clock`, … */
  readonly section: string;
  /** The item's id (an actor's id for `doctrine`, `A–B` for a relation; '' for a section that is one value, such as `clock`). */
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  /**
   * For a changed item, what in it changed, in the order of the format: a field's name
   * (`reliability`), or a part with its fate (`obligation art4-prk added`, `decision point
   * answer-taiwan changed`, `seats of RUS changed`). Empty for an added or removed item.
   */
  readonly parts: readonly string[];
}

/** Words of the scenario that say what it is, not what it does: not compared. */
const NAMING = new Set(['id', 'title', 'description', 'version']);
/** Sections keyed by id. */
const MAPS = ['parameters', 'regions', 'actors', 'variables', 'situations', 'outcomes', 'metrics', 'theatres'] as const;
/** Sections that are lists of items with ids. */
const LISTS = ['pacts', 'triggers', 'sanctions', 'sources'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of data as loaded (plain objects, arrays, numbers, strings); an absent key equals `undefined`. */
export function sameData(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => sameData(v, y[i]));
  }
  if (!isObj(x) || !isObj(y)) return Number.isNaN(x) && Number.isNaN(y);
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if (!sameData(x[k], y[k])) return false;
  return true;
}

/** The fields of two versions of an item whose values differ, in the order the first names them. */
function changedFields(a: Obj, b: Obj, skip: readonly string[] = []): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => !skip.includes(k) && !sameData(a[k], b[k]));
}

/** Sub-items matched by id: each added, removed or changed one as `NOUN ID FATE`. */
function changedItems(noun: string, a: readonly unknown[], b: readonly unknown[], idsA: readonly string[], idsB: readonly string[]): string[] {
  const out: string[] = [];
  const inB = new Map(idsB.map((id, i) => [id, b[i]]));
  const inA = new Set(idsA);
  idsA.forEach((id, i) => {
    if (!inB.has(id)) out.push(`${noun} ${id} removed`);
    else if (!sameData(a[i], inB.get(id))) out.push(`${noun} ${id} changed`);
  });
  for (const id of idsB) if (!inA.has(id)) out.push(`${noun} ${id} added`);
  return out;
}

const idsOf = (items: readonly unknown[]): string[] => items.map((x, i) => (isObj(x) && typeof x.id === 'string' ? x.id : `#${i + 1}`));

/** Members of a Council list (`seats` by actor, `policies` by member) whose entries differ. */
function councilMembers(what: string, a: readonly Obj[], b: readonly Obj[], key: string): string[] {
  const members = [...new Set([...a, ...b].map((x) => String(x[key])))];
  const out: string[] = [];
  for (const m of members) {
    const ea = a.filter((x) => String(x[key]) === m);
    const eb = b.filter((x) => String(x[key]) === m);
    if (ea.length === 0) out.push(`${what} of ${m} added`);
    else if (eb.length === 0) out.push(`${what} of ${m} removed`);
    else if (!sameData(ea, eb)) out.push(`${what} of ${m} changed`);
  }
  return out;
}

/**
 * What scenario `b` changes from scenario `a`, section by section: items added, removed or changed,
 * and for a changed item which fields or parts changed. The scenarios' id, title, description and
 * format version are not compared. Both are scenarios as loaded (defaults filled in), so a value
 * written out that equals the default is no change.
 *
 * @example
 * const changes = diffScenarios(baseline, variant);
 * // [{ section: 'pacts', id: 'rus-prk-2024', change: 'removed', parts: [] }, …]
 */
export function diffScenarios(a: Scenario, b: Scenario): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  const A = a as unknown as Obj;
  const B = b as unknown as Obj;
  const sections = [...new Set([...Object.keys(A), ...Object.keys(B)])].filter((k) => !NAMING.has(k));
  for (const section of sections) {
    const x = A[section];
    const y = B[section];
    if (sameData(x, y)) continue;
    if ((MAPS as readonly string[]).includes(section) || section === 'doctrine') {
      const ma = isObj(x) ? x : {};
      const mb = isObj(y) ? y : {};
      for (const id of Object.keys(ma)) {
        if (!(id in mb)) out.push({ section, id, change: 'removed', parts: [] });
        else if (!sameData(ma[id], mb[id])) {
          const parts = section === 'doctrine'
            ? changedItems('decision point', ma[id] as unknown[], mb[id] as unknown[], idsOf(ma[id] as unknown[]), idsOf(mb[id] as unknown[]))
            : isObj(ma[id]) && isObj(mb[id]) ? changedFields(ma[id], mb[id]) : [];
          out.push({ section, id, change: 'changed', parts });
        }
      }
      for (const id of Object.keys(mb)) if (!(id in ma)) out.push({ section, id, change: 'added', parts: [] });
    } else if ((LISTS as readonly string[]).includes(section)) {
      const la = Array.isArray(x) ? (x as Obj[]) : [];
      const lb = Array.isArray(y) ? (y as Obj[]) : [];
      const byId = new Map(lb.map((item) => [String(item.id), item]));
      const inA = new Set(la.map((item) => String(item.id)));
      for (const item of la) {
        const other = byId.get(String(item.id));
        if (other === undefined) out.push({ section, id: String(item.id), change: 'removed', parts: [] });
        else if (!sameData(item, other)) {
          const parts = changedFields(item, other, section === 'pacts' ? ['obligations'] : []);
          if (section === 'pacts') {
            const oa = (item.obligations ?? []) as unknown[];
            const ob = (other.obligations ?? []) as unknown[];
            parts.push(...changedItems('obligation', oa, ob, obligationIds(item as unknown as Scenario['pacts'][number]), obligationIds(other as unknown as Scenario['pacts'][number])));
          }
          out.push({ section, id: String(item.id), change: 'changed', parts });
        }
      }
      for (const item of lb) if (!inA.has(String(item.id))) out.push({ section, id: String(item.id), change: 'added', parts: [] });
    } else if (section === 'relations') {
      const key = (r: Obj): string => [...(r.between as string[])].sort().join('–');
      const la = Array.isArray(x) ? (x as Obj[]) : [];
      const lb = Array.isArray(y) ? (y as Obj[]) : [];
      const byPair = new Map(lb.map((r) => [key(r), r]));
      const inA = new Set(la.map(key));
      for (const r of la) {
        const other = byPair.get(key(r));
        if (other === undefined) out.push({ section, id: key(r), change: 'removed', parts: [] });
        else if (!sameData({ ...r, between: undefined }, { ...other, between: undefined })) out.push({ section, id: key(r), change: 'changed', parts: changedFields(r, other, ['between']) });
      }
      for (const r of lb) if (!inA.has(key(r))) out.push({ section, id: key(r), change: 'added', parts: [] });
    } else if (section === 'council' && isObj(x) && isObj(y)) {
      const parts: string[] = [];
      for (const k of changedFields(x, y)) {
        if (k === 'rule' && isObj(x.rule) && isObj(y.rule)) parts.push(...changedFields(x.rule, y.rule).map((f) => `rule.${f}`));
        else if (k === 'seats') parts.push(...councilMembers('seats', (x.seats ?? []) as Obj[], (y.seats ?? []) as Obj[], 'actor'));
        else if (k === 'policies') parts.push(...councilMembers('policy', (x.policies ?? []) as Obj[], (y.policies ?? []) as Obj[], 'member'));
        else parts.push(k);
      }
      out.push({ section, id: '', change: 'changed', parts });
    } else {
      const change = x === undefined ? 'added' : y === undefined ? 'removed' : 'changed';
      out.push({ section, id: '', change, parts: change === 'changed' && isObj(x) && isObj(y) ? changedFields(x, y) : [] });
    }
  }
  return out;
}

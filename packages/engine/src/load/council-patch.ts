import type { PathSegment } from './issue.js';

/*
 * How a variant changes the Security Council without restating it. The Council merges key by key:
 *
 * - `rule` merges field by field (`rule: { minYes: 7 }` keeps the base's `permanentVeto`);
 * - `seats` and `policies` written as lists replace the base's lists whole (as before);
 * - `anticipation` and `vetoDebate` replace the base's whole, and `null` takes them away;
 * - written as maps keyed by member, they patch the base: an entry replaces that member's seats
 *   (a seat without `actor`, or a list of terms) or voting policy (without `member`) in place, at
 *   the position of the member's first seat or policy; `null` removes them; new members are added
 *   at the end, in the order written.
 *
 * ```yaml
 * extends: korea-2024
 * council:
 *   seats: { KOR: null, JPN: { from: 2025-01-01, to: 2026-12-31 } }
 *   policies:
 *     RUS: { shield: [PRK], rules: [{ kind: sanctions, vote: { abstain: 1 } }] }
 * ```
 *
 * Every merged seat and policy remembers where it was written, so an issue in it is reported in the
 * variant (at the entry of its member) or in the base (at its place in the base's list).
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where one merged seat or policy was written: in the variant or the base, and its path there. */
export interface ItemOrigin { readonly fromVariant: boolean; readonly path: readonly PathSegment[] }

/** Where the parts of a merged Council come from. */
export interface CouncilOrigins {
  /** Top-level Council keys (`rule`, `seats`, `policies`): written by the variant? */
  readonly keys: Map<string, boolean>;
  /** Fields of `rule`, when both layers wrote one. */
  readonly rule: Map<string, boolean> | undefined;
  /** Per merged seat / policy, when the variant patched that list by member. */
  readonly lists: Map<'seats' | 'policies', ItemOrigin[]>;
}

/** A problem in a variant's Council patch, at a path in the variant. */
export interface PatchIssue { readonly path: PathSegment[]; readonly message: string; readonly received: string; readonly expected: string }

const KEY_FIELD = { seats: 'actor', policies: 'member' } as const;

/** Merges a variant's `council` over the base's. Both must be maps; anything else replaces whole. */
export function overlayCouncil(base: Obj, variant: Obj): { council: Obj; origins: CouncilOrigins; issues: PatchIssue[] } {
  const out: Obj = { ...base };
  const keys = new Map<string, boolean>(Object.keys(base).map((k) => [k, false]));
  const lists: CouncilOrigins['lists'] = new Map();
  let rule: Map<string, boolean> | undefined;
  const issues: PatchIssue[] = [];
  for (const [k, v] of Object.entries(variant)) {
    keys.set(k, true);
    if (k === 'rule' && isObj(v) && isObj(base.rule)) {
      out.rule = { ...base.rule, ...v };
      keys.set(k, false); // the map itself is the base's; its fields say which layer wrote them
      rule = new Map([...Object.keys(base.rule).map((f) => [f, false] as const), ...Object.keys(v).map((f) => [f, true] as const)]);
    } else if ((k === 'seats' || k === 'policies') && isObj(v)) {
      const { items, from } = patchList(k, Array.isArray(base[k]) ? base[k] : [], v, issues);
      out[k] = items;
      lists.set(k, from);
    } else if (v === null && (k === 'anticipation' || k === 'vetoDebate')) {
      // An optional part of the Council written null is taken away, as `null` deletes a map's entry.
      delete out[k];
    } else {
      out[k] = v;
    }
  }
  return { council: out, origins: { keys, rule, lists }, issues };
}

function patchList(list: 'seats' | 'policies', base: readonly unknown[], patch: Obj, issues: PatchIssue[]): { items: unknown[]; from: ItemOrigin[] } {
  const field = KEY_FIELD[list];
  const memberOf = (x: unknown): string | undefined => (isObj(x) && typeof x[field] === 'string' ? x[field] : undefined);
  /** The variant's items for one member, each with its path in the variant. */
  const expand = (member: string, entry: unknown): { item: unknown; from: ItemOrigin }[] => {
    const one = (x: unknown, path: PathSegment[]): { item: unknown; from: ItemOrigin } => {
      if (!isObj(x)) return { item: x, from: { fromVariant: true, path } };
      if (x[field] !== undefined && x[field] !== member) {
        issues.push({
          path: [...path, field], received: JSON.stringify(x[field]), expected: `${member} (the key of this entry) or nothing`,
          message: `this entry of council.${list} is keyed ${member} but names ${String(x[field])}`,
        });
      }
      return { item: { ...x, [field]: member }, from: { fromVariant: true, path } };
    };
    const at: PathSegment[] = ['council', list, member];
    return list === 'seats' && Array.isArray(entry) ? entry.map((x, j) => one(x, [...at, j])) : [one(entry, at)];
  };

  const items: unknown[] = [];
  const from: ItemOrigin[] = [];
  const done = new Set<string>();
  base.forEach((x, i) => {
    const member = memberOf(x);
    if (member === undefined || !Object.prototype.hasOwnProperty.call(patch, member)) {
      items.push(x);
      from.push({ fromVariant: false, path: ['council', list, i] });
      return;
    }
    if (done.has(member)) return; // the member's later base seats are replaced too
    done.add(member);
    const entry = patch[member];
    if (entry === null) return;
    for (const e of expand(member, entry)) { items.push(e.item); from.push(e.from); }
  });
  for (const [member, entry] of Object.entries(patch)) {
    if (done.has(member) || entry === null) continue;
    for (const e of expand(member, entry)) { items.push(e.item); from.push(e.from); }
  }
  return { items, from };
}

/** The layer and path that a path inside a merged Council (after `council`) comes from. */
export function routeCouncil(rest: readonly PathSegment[], o: CouncilOrigins): { fromVariant: boolean; path: PathSegment[] } {
  const [key, second, ...more] = rest;
  if (key === undefined) return { fromVariant: true, path: ['council'] };
  const k = String(key);
  const items = o.lists.get(k as 'seats' | 'policies');
  if (items && typeof second === 'number' && items[second]) {
    const item = items[second]!;
    // The member named by a keyed entry is written as its key.
    const keyed = item.fromVariant && typeof item.path[2] === 'string';
    const field = KEY_FIELD[k as 'seats' | 'policies'];
    if (keyed && more[0] === field) return { fromVariant: true, path: [...item.path] };
    return { fromVariant: item.fromVariant, path: [...item.path, ...more] };
  }
  if (k === 'rule' && o.rule && second !== undefined && o.rule.has(String(second))) {
    return { fromVariant: o.rule.get(String(second))!, path: ['council', ...rest] };
  }
  return { fromVariant: o.keys.get(k) ?? true, path: ['council', ...rest] };
}

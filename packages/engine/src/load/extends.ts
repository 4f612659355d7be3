import type { Issue, PathSegment } from './issue.js';
import { locate, parseYaml, type YamlSource } from './yaml.js';
import { checkText } from './text-check.js';
import { checkSafeData } from './safe-data.js';
import { overlayCouncil, routeCouncil, type CouncilOrigins, type PatchIssue } from './council-patch.js';
import { applyRemoval, droppedParts, removeParts, type VariantIssue } from './variant-parts.js';

/**
 * Resolves the `extends` reference of a scenario file: a bundled scenario id or a path relative to
 * the file that names it. The engine reads no files; the caller (the CLI, `@casus/scenarios`)
 * provides this.
 */
export type ScenarioResolver = (ref: string, from: string | undefined) => { text: string; filename: string } | undefined;

/** Maps keyed by id: entries merge one by one; `null` deletes an entry. */
const MAPS = ['parameters', 'regions', 'actors', 'variables', 'situations', 'outcomes', 'metrics', 'doctrine', 'theatres'] as const;
/** Lists of items with an `id`: items merge by id, new ids are appended. */
const LISTS = ['pacts', 'triggers', 'sanctions', 'sources'] as const;
const MAX_DEPTH = 8;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a value of the merged data was written: which file, and the path in that file. */
export interface Located { file: string | undefined; line: number; column: number }

/** A scenario's data with every `extends` applied, and a way to find where any path was written. */
export interface Layered {
  readonly data: unknown;
  readonly source: YamlSource | undefined;
  readonly file: string | undefined;
  /** File, line and column of the place a path of the merged data comes from. */
  place(path: readonly PathSegment[], anchor?: 'value' | 'key'): Located | undefined;
  /** The format version each layer declares, this file's first (a variant may declare none). */
  readonly versions: readonly unknown[];
  /** Warnings found while applying the layers (`W_VARIANT_DROPS`), each in the file that caused it. */
  readonly warnings: readonly LayerWarning[];
}

/** A warning of one layer, with the restated item it is about (a later layer that replaces the item makes it moot). */
export interface LayerWarning { readonly issue: Issue; readonly item?: { readonly section: string; readonly id: string } }

/** One level of overlay: which layer (variant or base) each merged path comes from. */
interface Origins {
  lists: Map<string, { fromVariant: boolean; index: number }[]>;
  entries: Map<string, Map<string, boolean>>;
  keys: Map<string, boolean>;
  /** Set when both layers have a Council and it was merged key by key (see council-patch). */
  council?: CouncilOrigins;
}

/**
 * Applies a variant over its base. Top-level values replace; id-keyed maps merge entry by entry
 * (an entry replaces the base entry whole; `null` deletes it); lists of items with ids merge by id
 * (replacing in place, appending new ids); `relations` merge by the unordered `between` pair;
 * `remove: { pacts: [ids], triggers: [ids], sanctions: [ids], relations: [[A, B]], parameters: [ids], … }`
 * deletes what the variant no longer wants, and `ITEM/PART` in `doctrine`, `pacts` and `triggers`
 * takes one decision point, obligation or field out of the base's item (see variant-parts); the
 * `council` merges key by key, its seats and voting policies by member when written as maps (see
 * council-patch). The result keeps the base's order, new items last. `problems` holds a `remove`
 * entry that names nothing (an error) and each restated item that leaves out parts of the base's
 * (a warning); `baseName` names the base in their messages.
 */
export function overlay(base: Obj, variant: Obj, baseName = 'the base'): { data: Obj; origins: Origins; issues: PatchIssue[]; problems: VariantIssue[] } {
  const origins: Origins = { lists: new Map(), entries: new Map(), keys: new Map() };
  let issues: PatchIssue[] = [];
  const remove = isObj(variant.remove) ? variant.remove : {};
  const trimmed = removeParts(base, variant);
  const problems: VariantIssue[] = [...trimmed.issues];
  base = trimmed.base;
  // An item the variant removes whole loses nothing worth a warning.
  const goes = (section: string, id: string): boolean => trimmed.whole.get(section)?.has(id) === true;
  const out: Obj = {};
  for (const k of Object.keys(base)) { out[k] = base[k]; origins.keys.set(k, false); }
  for (const [k, v] of Object.entries(variant)) {
    if (k === 'extends' || k === 'remove') continue;
    const b = base[k];
    if ((MAPS as readonly string[]).includes(k) && isObj(v) && isObj(b)) {
      const merged: Obj = { ...b };
      const from = new Map<string, boolean>(Object.keys(b).map((id) => [id, false]));
      for (const [id, entry] of Object.entries(v)) {
        if (k === 'doctrine' && entry !== null && id in b && !goes(k, id)) {
          const dropped = droppedParts(k, id, b[id], entry, [k, id], baseName);
          if (dropped) problems.push(dropped);
        }
        if (entry === null) { delete merged[id]; from.delete(id); } else { merged[id] = entry; from.set(id, true); }
      }
      out[k] = merged;
      origins.entries.set(k, from);
    } else if (((LISTS as readonly string[]).includes(k) || k === 'relations') && Array.isArray(v) && Array.isArray(b)) {
      const keyOf = k === 'relations' ? pairKey : (x: unknown) => (isObj(x) && typeof x.id === 'string' ? x.id : undefined);
      const items: unknown[] = [];
      const from: { fromVariant: boolean; index: number }[] = [];
      const variantIndex = new Map<string, number>();
      v.forEach((x, i) => { const key = keyOf(x); if (key !== undefined && !variantIndex.has(key)) variantIndex.set(key, i); });
      const used = new Set<number>();
      b.forEach((x, i) => {
        const key = keyOf(x);
        const j = key === undefined ? undefined : variantIndex.get(key);
        if (j !== undefined) {
          if ((k === 'pacts' || k === 'triggers') && !goes(k, key!)) {
            const dropped = droppedParts(k, key!, x, v[j], [k, j], baseName);
            if (dropped) problems.push(dropped);
          }
          items.push(v[j]); from.push({ fromVariant: true, index: j }); used.add(j);
        } else { items.push(x); from.push({ fromVariant: false, index: i }); }
      });
      v.forEach((x, j) => { if (!used.has(j)) { items.push(x); from.push({ fromVariant: true, index: j }); } });
      out[k] = items;
      origins.lists.set(k, from);
    } else if (k === 'council' && isObj(v) && (isObj(b) || b === undefined)) {
      const merged = overlayCouncil(isObj(b) ? b : {}, v);
      out[k] = merged.council;
      origins.council = merged.origins;
      issues = merged.issues;
    } else {
      out[k] = v;
    }
    origins.keys.set(k, true);
  }
  for (const [k, all] of Object.entries(remove)) {
    if (!Array.isArray(all)) continue;
    // Parts (`ITEM/PART`) were taken out of the base above.
    const ids = all.filter((x) => typeof x !== 'string' || !x.includes('/'));
    const target = out[k];
    if (Array.isArray(target)) {
      const keyOf = k === 'relations' ? pairKey : (x: unknown) => (isObj(x) && typeof x.id === 'string' ? x.id : undefined);
      const drop = new Set(ids.map((x) => (k === 'relations' ? pairKey({ between: x }) : String(x))));
      const from = origins.lists.get(k) ?? target.map((_, i) => ({ fromVariant: false, index: i }));
      const kept = target.map((x, i) => [x, from[i]!] as const).filter(([x]) => !drop.has(keyOf(x) ?? ''));
      out[k] = kept.map(([x]) => x);
      origins.lists.set(k, kept.map(([, f]) => f));
    } else if (isObj(target)) {
      const merged = { ...target };
      for (const id of ids) delete merged[String(id)];
      out[k] = merged;
    }
  }
  // A part named in `remove` goes from the result too: from the variant's own copy of the item, if it restates it.
  let data = out;
  for (const r of trimmed.parts) data = applyRemoval(data, r);
  return { data, origins, issues, problems };
}

function pairKey(x: unknown): string | undefined {
  if (!isObj(x) || !Array.isArray(x.between) || x.between.length !== 2) return undefined;
  return [String(x.between[0]), String(x.between[1])].sort().join('|');
}

/**
 * Parses a scenario text and, if it `extends` another, loads the base (recursively, at most eight
 * levels, refusing cycles) and overlays the file on it. Problems with the `extends` chain itself
 * come back as located issues; problems inside a base file name that file.
 */
export function loadLayers(text: string, file: string | undefined, resolve: ScenarioResolver | undefined, chain: readonly string[] = []): { layered?: Layered; issues: Issue[] } {
  const at = (i: Omit<Issue, 'file'>): Issue => (file === undefined ? i : { ...i, file });
  const binary = checkText(text);
  if (binary !== undefined) return { issues: [at(binary)] };
  const parsed = parseYaml(text);
  if (parsed.issues.length > 0) return { issues: parsed.issues.map((i) => at(i)) };
  const data = parsed.data;
  const declared = isObj(data) ? data.version : undefined;
  const own: Layered = {
    data, source: parsed.source, file, versions: [declared], warnings: [],
    place: (path, anchor) => ({ file, ...locate(parsed.source, path, anchor) }),
  };
  if (!isObj(data) || data.extends === undefined) return { layered: own, issues: [] };
  const unsafe = checkSafeData(data);
  if (unsafe.length > 0) return { layered: own, issues: [] }; // reported by the normal checks
  const ref = data.extends;
  const where = (message: string, extra: Partial<Issue> = {}): Issue => at({
    code: 'E_EXTENDS', severity: 'error', message, path: ['extends'], ...locate(parsed.source, ['extends']), ...extra,
  });
  if (typeof ref !== 'string' || ref === '') return { issues: [where('extends must name a scenario: a bundled id or a path relative to this file', { received: JSON.stringify(ref) })] };
  if (chain.length >= MAX_DEPTH) return { issues: [where(`extends chain deeper than ${MAX_DEPTH} files: ${[...chain, ref].join(' → ')}`)] };
  if (!resolve) return { issues: [where(`cannot resolve extends "${ref}" here: load the file through the casus command or pass options.resolve`)] };
  const base = resolve(ref, file);
  if (!base) return { issues: [where(`extends "${ref}": no bundled scenario has that id and no file has that path`, { expected: 'a bundled scenario id (casus list) or a path relative to this file', received: JSON.stringify(ref) })] };
  if ([...chain, file].includes(base.filename)) return { issues: [where(`extends "${ref}" makes a cycle: ${[...chain, file, base.filename].join(' → ')}`)] };
  const inner = loadLayers(base.text, base.filename, resolve, [...chain, file ?? '(text)']);
  if (!inner.layered || inner.issues.length > 0) return { issues: inner.issues };
  const baseLayer = inner.layered;
  if (!isObj(baseLayer.data)) return { issues: [where(`extends "${ref}": the base is not a scenario mapping`)] };
  const { data: merged, origins, issues: patchIssues, problems } = overlay(baseLayer.data, data, base.filename);
  const located = problems.map((p): LayerWarning => ({
    issue: at({
      code: p.code, severity: p.severity, message: p.message, path: p.path, ...locate(parsed.source, p.path, p.anchor ?? 'value'),
      ...(p.received === undefined ? {} : { received: p.received }), ...(p.hint === undefined ? {} : { hint: p.hint }),
    }),
    ...(p.item === undefined ? {} : { item: p.item }),
  }));
  const errors = located.map((w) => w.issue).filter((i) => i.severity === 'error');
  if (patchIssues.length > 0 || errors.length > 0) {
    return {
      issues: [...patchIssues.map((p) => at({
        code: 'E_COUNCIL_PATCH', severity: 'error', message: p.message, path: p.path, expected: p.expected, received: p.received, ...locate(parsed.source, p.path),
      })), ...errors],
    };
  }
  return {
    issues: [],
    layered: {
      data: merged, source: parsed.source, file, versions: [declared, ...baseLayer.versions],
      // A lower layer's warning about an item this layer replaces, deletes or removes is moot.
      warnings: [...located, ...baseLayer.warnings.filter((w) => w.item === undefined || !replaces(data, w.item))],
      place(path, anchor) {
        const routed = route(path, origins);
        return routed.fromVariant ? { file, ...locate(parsed.source, routed.path, anchor) } : baseLayer.place(routed.path, anchor);
      },
    },
  };
}

/** Which layer a merged path comes from, and its path in that layer. */
function route(path: readonly PathSegment[], o: Origins): { fromVariant: boolean; path: PathSegment[] } {
  const [head, second, ...rest] = path;
  if (head === undefined) return { fromVariant: true, path: [] };
  const key = String(head);
  if (key === 'council' && o.council) return routeCouncil(path.slice(1), o.council);
  const list = o.lists.get(key);
  if (list && typeof second === 'number' && list[second]) {
    const f = list[second]!;
    return { fromVariant: f.fromVariant, path: [head, f.index, ...rest] };
  }
  const entries = o.entries.get(key);
  if (entries && second !== undefined && entries.has(String(second))) return { fromVariant: entries.get(String(second))!, path: [...path] };
  return { fromVariant: o.keys.get(key) ?? true, path: [...path] };
}

/** Whether a variant's own data replaces, deletes or removes whole the item of a section. */
function replaces(variant: Obj, item: { section: string; id: string }): boolean {
  const own = variant[item.section];
  if (isObj(own) && item.id in own) return true;
  if (Array.isArray(own) && own.some((x) => isObj(x) && x.id === item.id)) return true;
  const removed = isObj(variant.remove) ? variant.remove[item.section] : undefined;
  return Array.isArray(removed) && removed.includes(item.id);
}

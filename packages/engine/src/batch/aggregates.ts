import type { Model } from '../model/model.js';
import { RESPONSE_LEVEL_NAMES } from '../model/model.js';
import { TABLES } from '../machines/host.js';
import type { RunState } from '../run/state.js';
import { canonicalSplitCounts, mergeSplitCounts, type SplitCounts } from './splitting.js';
import { mergeBranchCounts, type BranchCounts } from './branching.js';
import { DRAFT_KINDS } from '../schema/vocabulary.js';
import { metricValue } from '../run/metrics.js';

/**
 * The exact, mergeable record of a batch: integer counts and histograms only. Every printed figure
 * is derived from these at the end, so one worker, eight workers, or sixteen shards merged give
 * byte-identical aggregates. JSON-ready; keys in the model's declared order, path maps sorted.
 */
/** Council results for one draft kind, over all runs. */
export interface CouncilCounts {
  tabled: number; adopted: number; vetoed: number; failed: number; withdrawn: number; vetoedBy: Record<string, number>;
  shelved: number; presidentialStatement: number; pressStatement: number; blocked: number; noProduct: number; blockedBy: Record<string, number>;
}

/** Where each draft result word is counted. */
const RESULT_FIELD: Record<string, keyof CouncilCounts> = {
  adopted: 'adopted', vetoed: 'vetoed', failed: 'failed', withdrawn: 'withdrawn', shelved: 'shelved',
  presidential_statement: 'presidentialStatement', press_statement: 'pressStatement', blocked: 'blocked', no_product: 'noProduct',
};

export interface Aggregates {
  /** Runs counted (after `given` filtering), and runs simulated. */
  runs: number;
  simulated: number;
  /** Runs that stopped with an error. */
  failed: number;
  /** The first failed runs by run index (at most MAX_ERRORS kept), with their messages. */
  errors: { run: number; message: string }[];
  outcomes: Record<string, { hits: number; ticks: number[] }>;
  /** `pairs[A][B]`: runs where both hit, and where A hit strictly before B. */
  pairs: Record<string, Record<string, { both: number; before: number }>>;
  /** The ladder's rung ids, naming the indices of `highestRung`. */
  rungs: string[];
  /** Per actor, runs by highest rung reached (index = rung). */
  highestRung: Record<string, number[]>;
  /**
   * Per pair of actors (`A|B`, in declared order), the runs in which their relation rose above the
   * rung it started on (`from`), by the highest rung it reached (index = rung). A pair that never
   * rose above its start in any run is absent: a war under way from the first day is not counted
   * as a war reached. Optional only so result files written before it still load.
   */
  escalation?: Record<string, { from: string; runs: number[] }>;
  obligations: Record<string, {
    judged: number; invoked: number; pretext: number; denied: number; defected: number; lapsed: number;
    /** Casus that arose while the pact was not (yet, or any longer) in force, and would have been met. */
    notInForce: number;
    /** Responses that fell due after the war they answered had ended. */
    moot: number;
    /**
     * Met casus the attacked party did not ask help for: present only for a clause that acts on
     * request (`request`), so results of scenarios without one keep their shape.
     */
    unrequested?: number;
    honoured: Record<string, number>;
  }>;
  /**
   * Per draft kind: drafts tabled (resolutions and statements; a fallback statement counts as its
   * own draft) and their results; `noProduct` counts Council episodes that issued nothing, and
   * `blockedBy` the members whose objection blocked a statement.
   */
  council: Record<string, CouncilCounts>;
  regimes: Record<string, Record<string, number>>;
  /** Per outcome, runs by causal path (cause ids joined by ' → '). Exact; cut to a top k only when printed. */
  paths: Record<string, Record<string, number>>;
  /**
   * Per outcome, the runs in which the event that made it hold belongs to a war episode, by who
   * began that war (the episode's initiator, an actor id). A causal path that starts inside a war
   * (an allied offensive, a great power's entry) does not show how the war began; this does.
   * Runs where the outcome was reached by no act of war (a vote, a variable, the state of the
   * world — even while a war went on) are not counted. Optional only so result files written
   * before it (engine 0.7.0 and earlier) still load.
   */
  wars?: Record<string, Record<string, number>>;
  /**
   * (1.10) Per metric, the runs counted by the value the run reported: `runs["3"]` runs reported 3
   * (values that no run reported are absent; keys in increasing order). Absent when the scenario
   * declares no metrics.
   */
  metrics?: Record<string, { runs: Record<string, number> }>;
  /** Nested designs: per parameter draw, its values, outcome hits, and the counts by seed block. */
  draws: DrawCounts[];
  /** Splitting batches only (`--rare`): the weighted counts of the copies (see batch/splitting.ts). */
  splitting?: SplitCounts;
  /** Branching batches only (`--rare`): the exact sums of the roots' weighted hits (see batch/branching.ts). */
  branching?: BranchCounts;
}

/**
 * One parameter draw of a nested design. `cells` splits its counts by seed block (run index mod B,
 * B = `cells.runs.length`): every draw sees the same luck, so intervals take both the draw and the
 * seed as units (stats/clustered.ts). `both[A][B]` exists for A before B in the model's order.
 */
export interface DrawCounts {
  index: number;
  values: Record<string, number>;
  runs: number;
  hits: Record<string, number>;
  /** (1.10) Per metric, the sum of its values over the draw's runs (absent without metrics). */
  metrics?: Record<string, number>;
  /** `metrics[id][b]`: the sum of the metric's values over the cell's runs (absent without metrics). */
  cells: { runs: number[]; hits: Record<string, number[]>; both: Record<string, Record<string, number[]>>; metrics?: Record<string, number[]> };
}

/** Empty counts of draw `index` split into `blocks` seed blocks. */
export function emptyDraw(m: Model, index: number, values: Record<string, number>, blocks: number): DrawCounts {
  const zeros = (): number[] => new Array<number>(blocks).fill(0);
  const hits: Record<string, number[]> = {};
  const both: Record<string, Record<string, number[]>> = {};
  m.outcomes.forEach((o, i) => {
    hits[o.id] = zeros();
    const row: Record<string, number[]> = {};
    for (let j = i + 1; j < m.outcomes.length; j++) row[m.outcomes[j]!.id] = zeros();
    both[o.id] = row;
  });
  if (m.metrics.length === 0) return { index, values, runs: 0, hits: {}, cells: { runs: zeros(), hits, both } };
  const sums: Record<string, number> = {};
  const cellSums: Record<string, number[]> = {};
  for (const x of m.metrics) { sums[x.id] = 0; cellSums[x.id] = zeros(); }
  return { index, values, runs: 0, hits: {}, metrics: sums, cells: { runs: zeros(), hits, both, metrics: cellSums } };
}

/**
 * How many failed runs keep their message. The count of failures is exact; keeping the first few
 * by run index (rather than all) keeps memory and result files bounded, and stays exact under
 * merging: the first K of a union are the first K of the first Ks.
 */
export const MAX_ERRORS = 20;
export const PATH_SEPARATOR = ' → ';

/** An empty aggregate shaped for a model. */
export function emptyAggregates(m: Model): Aggregates {
  const outcomes: Aggregates['outcomes'] = {};
  const pairs: Aggregates['pairs'] = {};
  const paths: Aggregates['paths'] = {};
  for (const o of m.outcomes) {
    outcomes[o.id] = { hits: 0, ticks: new Array<number>(m.clock.horizon + 1).fill(0) };
    paths[o.id] = {};
    pairs[o.id] = {};
    for (const p of m.outcomes) if (p.id !== o.id) pairs[o.id]![p.id] = { both: 0, before: 0 };
  }
  const highestRung: Aggregates['highestRung'] = {};
  for (const a of m.actors) highestRung[a.id] = new Array<number>(m.rungs.length).fill(0);
  const obligations: Aggregates['obligations'] = {};
  for (const o of m.obligations) {
    if (o.negative) continue;
    const honoured: Record<string, number> = {};
    for (const l of RESPONSE_LEVEL_NAMES) honoured[l] = 0;
    obligations[o.key] = { judged: 0, invoked: 0, pretext: 0, denied: 0, defected: 0, lapsed: 0, notInForce: 0, moot: 0, honoured };
    if (o.request >= 0) obligations[o.key]!.unrequested = 0;
  }
  for (const o of m.obligations) {
    if (!o.negative) continue;
    // (1.15) A clause that allows a separate truce by consent counts the partners' consents too; the
    // others keep their shape.
    obligations[o.key] = { judged: 0, invoked: 0, pretext: 0, denied: 0, defected: 0, lapsed: 0, notInForce: 0, moot: 0, honoured: o.consent >= 0 ? { respected: 0, breached: 0, consented: 0 } : { respected: 0, breached: 0 } };
  }
  const council: Aggregates['council'] = {};
  if (m.council) {
    for (const k of DRAFT_KINDS) {
      council[k] = { tabled: 0, adopted: 0, vetoed: 0, failed: 0, withdrawn: 0, vetoedBy: {}, shelved: 0, presidentialStatement: 0, pressStatement: 0, blocked: 0, noProduct: 0, blockedBy: {} };
    }
  }
  const regimes: Aggregates['regimes'] = {};
  for (const g of m.regimes) {
    const r: Record<string, number> = {};
    for (const st of TABLES.regime.states) r[st] = 0;
    regimes[g.id] = r;
  }
  const agg: Aggregates = { runs: 0, simulated: 0, failed: 0, errors: [], outcomes, pairs, rungs: m.rungs.map((r) => r.id), highestRung, escalation: {}, obligations, council, regimes, paths, wars: {}, draws: [] };
  // Only a scenario that declares metrics has the field, so other results keep their shape.
  if (m.metrics.length > 0) {
    const metrics: NonNullable<Aggregates['metrics']> = {};
    for (const x of m.metrics) metrics[x.id] = { runs: {} };
    return { ...agg, metrics, draws: [] };
  }
  return agg;
}

/** `String(n)` for the small values metrics mostly take, made once. */
const VALUE_KEYS: string[] = Array.from({ length: 1024 }, (_, i) => String(i));
const valueKey = (n: number): string => (n >= 0 && n < VALUE_KEYS.length ? VALUE_KEYS[n]! : String(n));

/**
 * An event's detail split at its first colons (`honoured:forces` → ['honoured', 'forces']). The
 * details are the engine's own few words, so the splits are kept rather than redone for every event.
 */
const DETAIL_PARTS = new Map<string, readonly (string | undefined)[]>();
function detailParts(detail: string): readonly (string | undefined)[] {
  let parts = DETAIL_PARTS.get(detail);
  if (parts === undefined) {
    parts = detail.split(':');
    if (DETAIL_PARTS.size < 10_000) DETAIL_PARTS.set(detail, parts);
  }
  return parts;
}

/**
 * The records of one aggregate that `accumulate` writes, by index instead of by id: built once per
 * aggregate (and again if a container is replaced), so a run's counts are array reads rather than
 * dictionary look-ups by string.
 */
interface Views {
  readonly outcomes: Aggregates['outcomes']; readonly obligations: Aggregates['obligations']; readonly highestRung: Aggregates['highestRung'];
  readonly paths: Aggregates['paths']; readonly pairs: Aggregates['pairs'];
  readonly outcome: Aggregates['outcomes'][string][];
  readonly pathsOf: Record<string, number>[];
  /** `pairCell[i][j]`: the cell of outcome i's row for outcome j (undefined on the diagonal). */
  readonly pairCell: ({ both: number; before: number } | undefined)[][];
  readonly highest: number[][];
  readonly obligation: Aggregates['obligations'][string][];
  /** Per relation pair, its key in `escalation` (`A|B`), made once. */
  readonly pairKey: string[];
  readonly regimes: Aggregates['regimes'];
  /** Per regime (by index), its counts by state. */
  readonly regime: Record<string, number>[];
}

const REGIME_STATES = TABLES.regime.states;
const VIEWS = new WeakMap<Aggregates, Views>();
/** The aggregate last asked for, and its views: a batch adds run after run into the same one. */
let lastAgg: Aggregates | undefined;
let lastViews: Views | undefined;
function views(agg: Aggregates, m: Model): Views {
  const v = agg === lastAgg ? lastViews : VIEWS.get(agg);
  if (v !== undefined && v.outcomes === agg.outcomes && v.obligations === agg.obligations && v.highestRung === agg.highestRung
    && v.paths === agg.paths && v.pairs === agg.pairs && v.regimes === agg.regimes) { lastAgg = agg; lastViews = v; return v; }
  const ids = m.outcomes.map((o) => o.id);
  const made: Views = {
    outcomes: agg.outcomes, obligations: agg.obligations, highestRung: agg.highestRung, paths: agg.paths, pairs: agg.pairs,
    outcome: ids.map((id) => agg.outcomes[id]!),
    pathsOf: ids.map((id) => agg.paths[id]!),
    pairCell: ids.map((x, i) => ids.map((y, j) => (i === j ? undefined : agg.pairs[x]![y]!))),
    highest: m.actors.map((a) => agg.highestRung[a.id]!),
    obligation: m.obligations.map((o) => agg.obligations[o.key]!),
    pairKey: Array.from(m.pairA, (a, p) => `${m.actors[a]!.id}|${m.actors[m.pairB[p]!]!.id}`),
    regimes: agg.regimes,
    regime: m.regimes.map((g) => agg.regimes[g.id]!),
  };
  VIEWS.set(agg, made);
  lastAgg = agg;
  lastViews = made;
  return made;
}

/**
 * Causal paths interned per model: a tree of causes walked from the outcome's event back to its
 * root, each node keeping its path's text once made. The same path then gives the same string
 * object run after run — no array, no join, and a key whose hash is already known.
 */
interface PathNode { readonly up: PathNode | undefined; readonly cause: string; readonly next: Map<string, PathNode>; key: string | undefined }
const PATH_TREES = new WeakMap<Model, { root: PathNode; steps: Map<number, string> }>();

function child(node: PathNode, cause: string): PathNode {
  let c = node.next.get(cause);
  if (c === undefined) { c = { up: node, cause, next: new Map(), key: undefined }; node.next.set(cause, c); }
  return c;
}

/** `causalPath(s, seq).join(PATH_SEPARATOR)`, interned (see run/result.ts `causalPath`, the definition). */
export function causalPathKey(s: RunState, seq: number): string {
  const m = s.model;
  let tree = PATH_TREES.get(m);
  if (tree === undefined) { tree = { root: { up: undefined, cause: '', next: new Map(), key: undefined }, steps: new Map() }; PATH_TREES.set(m, tree); }
  let node = tree.root;
  let last: string | undefined;
  for (let e = seq, guard = 0; e >= 0 && guard < 100_000; e = s.events[e]!.parent, guard++) {
    const ev = s.events[e]!;
    const c = ev.cause;
    if (last !== c) { node = child(node, c); last = c; }
    if (ev.kind === 'obligation' && ev.episode >= 0 && (ev.detail === 'judged' || ev.detail === 'judged:unmet')) {
      const initiator = s.episodes.initiator[ev.episode]!;
      const code = initiator * 2 + (ev.detail === 'judged' ? 0 : 1);
      let step = tree.steps.get(code);
      if (step === undefined) {
        step = `episode:begun-by-${m.actors[initiator]!.id}:${ev.detail === 'judged' ? 'casus-met' : 'casus-unmet'}`;
        tree.steps.set(code, step);
      }
      if (last !== step) { node = child(node, step); last = step; }
    }
  }
  if (node.key === undefined) {
    // The tree runs from the outcome back to the root cause: read upward, the path is in order.
    const parts: string[] = [];
    for (let n: PathNode | undefined = node; n !== undefined && n !== tree.root; n = n.up) parts.push(n.cause);
    node.key = parts.join(PATH_SEPARATOR);
  }
  return node.key;
}

/**
 * Adds one finished run to the aggregates. Reads the run state directly (no result object) so the
 * batch loop allocates nothing for a path it has seen before.
 */
export function accumulate(agg: Aggregates, m: Model, s: RunState, given = -1): void {
  agg.simulated++;
  if (s.status === 'error') {
    agg.failed++;
    keepFirstErrors(agg, [{ run: s.runIndex, message: s.error ?? 'error' }]);
    return;
  }
  if (given >= 0 && s.outcomeTick[given]! < 0) return;
  agg.runs++;
  const v = views(agg, m);
  const outs = m.outcomes;
  // Outcomes that one event made hold share its causal path: walked once.
  let lastEvent = -1;
  let lastKey = 'state';
  for (let i = 0; i < outs.length; i++) {
    const ti = s.outcomeTick[i]!;
    if (ti < 0) continue;
    const o = v.outcome[i]!;
    o.hits++;
    o.ticks[ti]!++;
    const ev = s.outcomeEvent[i]!;
    if (ev >= 0 && ev !== lastEvent) { lastEvent = ev; lastKey = causalPathKey(s, ev); }
    const key = ev >= 0 ? lastKey : 'state';
    const paths = v.pathsOf[i]!;
    paths[key] = (paths[key] ?? 0) + 1;
    const episode = ev >= 0 ? s.events[ev]!.episode : -1;
    if (episode >= 0) {
      const row = ((agg.wars ??= {})[outs[i]!.id] ??= {});
      const who = m.actors[s.episodes.initiator[episode]!]!.id;
      row[who] = (row[who] ?? 0) + 1;
    }
    const row = v.pairCell[i]!;
    for (let j = 0; j < outs.length; j++) {
      if (j === i) continue;
      const tj = s.outcomeTick[j]!;
      if (tj < 0) continue;
      const cell = row[j]!;
      cell.both++;
      if (ti < tj) cell.before++;
    }
  }
  for (let a = 0; a < m.actors.length; a++) v.highest[a]![s.peak[a]!]!++;
  // Most relations never rise in a run: four at a time are skipped by comparing words.
  const startWords = s.pairStartWords;
  const peakWords = s.pairPeakWords;
  const nPairs = m.pairA.length;
  for (let w = 0; w < startWords.length; w++) {
    if (startWords[w] === peakWords[w]) continue;
    const end = Math.min(nPairs, 4 * w + 4);
    for (let p = 4 * w; p < end; p++) {
      const start = s.pairStart[p]!;
      const peak = s.pairPeak[p]!;
      if (peak <= start) continue;
      const esc = (agg.escalation ??= {});
      const key = v.pairKey[p]!;
      const e = (esc[key] ??= { from: m.rungs[start]!.id, runs: new Array<number>(m.rungs.length).fill(0) });
      e.runs[peak]!++;
    }
  }
  for (const ev of s.events) {
    const kind = ev.kind;
    if (kind === 'obligation') {
      const rec = v.obligation[ev.ref]!;
      // The most frequent details, whole words of the engine's own, by a switch (no look-up of
      // their split); the others by their fate and what follows its colon.
      switch (ev.detail) {
        case 'judged': case 'judged:unmet': rec.judged++; break;
        case 'invoked': rec.invoked++; break;
        case 'invoked:pretext': rec.invoked++; rec.pretext++; break;
        case 'denied': case 'denied:unmet': rec.denied++; break;
        case 'in_force': case 'coalition': break;
        default: countFate(rec, ev.detail);
      }
    } else if (kind === 'duty') {
      v.obligation[ev.ref]!.honoured[ev.detail]!++;
    } else if (kind === 'draft') {
      // The detail is the draft's kind (and a statement's product after a colon): read from its record,
      // as the detail is a new string every time (a look-up by it would hash it every time).
      agg.council[s.drafts[ev.ref]!.kind]!.tabled++;
    } else if (kind === 'draftResult') {
      // `RESULT:KIND…`: the result is one of the engine's few words, found without splitting.
      let result = resultWord(ev.detail);
      let draftKind: string;
      if (result !== undefined) draftKind = s.drafts[ev.ref]!.kind;
      else { const parts = detailParts(ev.detail); result = parts[0]!; draftKind = parts[1]!; }
      const c = agg.council[draftKind]!;
      (c as unknown as Record<string, number>)[RESULT_FIELD[result]!]!++;
      const by = result === 'vetoed' ? c.vetoedBy : result === 'blocked' ? c.blockedBy : undefined;
      if (by) for (const v of s.drafts[ev.ref]!.vetoedBy) { const id = m.actors[v]!.id; by[id] = (by[id] ?? 0) + 1; }
    }
  }
  for (let r = 0; r < m.regimes.length; r++) v.regime[r]![REGIME_STATES[s.regimeState(r)]!]!++;
  // Not `draws[length - 1]`: on a batch without draws that reads index −1, a look-up V8 makes slowly.
  const nDraws = agg.draws.length;
  const d = nDraws > 0 ? agg.draws[nDraws - 1] : undefined;
  if (d) {
    d.runs++;
    const c = d.cells;
    const b = s.runIndex % c.runs.length;
    c.runs[b]!++;
    for (let i = 0; i < outs.length; i++) {
      if (s.outcomeTick[i]! < 0) continue;
      const id = outs[i]!.id;
      d.hits[id] = (d.hits[id] ?? 0) + 1;
      c.hits[id]![b]!++;
      const row = c.both[id]!;
      for (let j = i + 1; j < outs.length; j++) if (s.outcomeTick[j]! >= 0) row[outs[j]!.id]![b]!++;
    }
  }
  // Each metric's value, into its histogram and, in a nested design, its draw's and cell's sums.
  if (m.metrics.length > 0) {
    const counts = agg.metrics!;
    const block = d ? s.runIndex % d.cells.runs.length : 0;
    for (const x of m.metrics) {
      const value = metricValue(s, x);
      const runs = counts[x.id]!.runs;
      const key = valueKey(value);
      runs[key] = (runs[key] ?? 0) + 1;
      if (d) {
        d.metrics![x.id]! += value;
        d.cells.metrics![x.id]![block]! += value;
      }
    }
  }
}

const RESULT_WORDS = Object.keys(RESULT_FIELD);

/** The result word a `draftResult` detail begins with (`vetoed:sanctions` → `vetoed`). */
function resultWord(detail: string): string | undefined {
  for (const w of RESULT_WORDS) if (detail.length > w.length && detail.charCodeAt(w.length) === 58 && detail.startsWith(w)) return w;
  return undefined;
}

/** Counts an obligation event's fate (its detail up to the first colon; `honoured:LEVEL` by level). */
function countFate(rec: Aggregates['obligations'][string], detail: string): void {
  const [fate, extra] = detailParts(detail);
  if (fate === 'judged') rec.judged++;
  else if (fate === 'invoked') { rec.invoked++; if (extra === 'pretext') rec.pretext++; }
  else if (fate === 'denied') rec.denied++;
  else if (fate === 'defected') rec.defected++;
  else if (fate === 'lapsed') rec.lapsed++;
  else if (fate === 'not_in_force') rec.notInForce++;
  else if (fate === 'moot') rec.moot++;
  else if (fate === 'unrequested') rec.unrequested = (rec.unrequested ?? 0) + 1;
  else if (fate === 'honoured') rec.honoured[extra!]!++;
}

function keepFirstErrors(agg: Aggregates, more: readonly { run: number; message: string }[]): void {
  if (more.length === 0) return;
  const all = [...agg.errors, ...more].sort((x, y) => x.run - y.run);
  agg.errors = all.slice(0, MAX_ERRORS);
}

/**
 * Adds `b` into `a` (exact integer sums; errors and draws concatenated and kept in run / draw
 * order). Merging is associative and commutative up to that ordering, which is canonical.
 */
export function mergeInto(a: Aggregates, b: Aggregates): Aggregates {
  a.runs += b.runs;
  a.simulated += b.simulated;
  a.failed += b.failed;
  keepFirstErrors(a, b.errors);
  for (const [id, o] of Object.entries(b.outcomes)) {
    const t = a.outcomes[id]!;
    t.hits += o.hits;
    o.ticks.forEach((n, i) => { t.ticks[i]! += n; });
  }
  for (const [x, row] of Object.entries(b.pairs)) for (const [y, c] of Object.entries(row)) { a.pairs[x]![y]!.both += c.both; a.pairs[x]![y]!.before += c.before; }
  for (const [id, h] of Object.entries(b.highestRung)) h.forEach((n, i) => { a.highestRung[id]![i]! += n; });
  for (const [pair, e] of Object.entries(b.escalation ?? {})) {
    const esc = (a.escalation ??= {});
    const t = esc[pair];
    if (!t) { esc[pair] = { from: e.from, runs: [...e.runs] }; continue; }
    // Start rungs are fixed by the scenario and situation, which merging already requires to agree.
    if (t.from !== e.from) throw new Error(`cannot merge escalation of ${pair}: it starts at ${t.from} in one part and ${e.from} in the other`);
    e.runs.forEach((n, i) => { t.runs[i] = (t.runs[i] ?? 0) + n; });
  }
  for (const [k, o] of Object.entries(b.obligations)) {
    const t = a.obligations[k]!;
    t.judged += o.judged; t.invoked += o.invoked; t.pretext += o.pretext; t.denied += o.denied; t.defected += o.defected; t.lapsed += o.lapsed;
    t.notInForce = (t.notInForce ?? 0) + (o.notInForce ?? 0); t.moot = (t.moot ?? 0) + (o.moot ?? 0);
    if (o.unrequested !== undefined || t.unrequested !== undefined) t.unrequested = (t.unrequested ?? 0) + (o.unrequested ?? 0);
    for (const [l, n] of Object.entries(o.honoured)) t.honoured[l] = (t.honoured[l] ?? 0) + n;
  }
  for (const [k, c] of Object.entries(b.council)) {
    const t = a.council[k]!;
    t.tabled += c.tabled; t.adopted += c.adopted; t.vetoed += c.vetoed; t.failed += c.failed; t.withdrawn += c.withdrawn;
    for (const [who, n] of Object.entries(c.vetoedBy)) t.vetoedBy[who] = (t.vetoedBy[who] ?? 0) + n;
    // Result files written before statements existed lack these counts: read them as 0.
    for (const f of ['shelved', 'presidentialStatement', 'pressStatement', 'blocked', 'noProduct'] as const) t[f] = (t[f] ?? 0) + (c[f] ?? 0);
    t.blockedBy ??= {};
    for (const [who, n] of Object.entries(c.blockedBy ?? {})) t.blockedBy[who] = (t.blockedBy[who] ?? 0) + n;
  }
  for (const [g, states] of Object.entries(b.regimes)) for (const [st, n] of Object.entries(states)) a.regimes[g]![st]! += n;
  for (const [o, paths] of Object.entries(b.paths)) for (const [p, n] of Object.entries(paths)) a.paths[o]![p] = (a.paths[o]![p] ?? 0) + n;
  for (const [o, row] of Object.entries(b.wars ?? {})) {
    const t = ((a.wars ??= {})[o] ??= {});
    for (const [who, n] of Object.entries(row)) t[who] = (t[who] ?? 0) + n;
  }
  for (const [id, x] of Object.entries(b.metrics ?? {})) {
    const t = ((a.metrics ??= {})[id] ??= { runs: {} }).runs;
    for (const [value, n] of Object.entries(x.runs)) t[value] = (t[value] ?? 0) + n;
  }
  const byIndex = new Map(a.draws.map((d) => [d.index, d] as const));
  for (const d of b.draws) {
    const t = byIndex.get(d.index);
    if (!t) { byIndex.set(d.index, structuredClone(d)); continue; }
    t.runs += d.runs;
    for (const [o, n] of Object.entries(d.hits)) t.hits[o] = (t.hits[o] ?? 0) + n;
    addInto(t.cells.runs, d.cells.runs);
    for (const [o, v] of Object.entries(d.cells.hits)) addInto(t.cells.hits[o]!, v);
    for (const [x, row] of Object.entries(d.cells.both)) for (const [y, v] of Object.entries(row)) addInto(t.cells.both[x]![y]!, v);
    for (const [id, n] of Object.entries(d.metrics ?? {})) (t.metrics ??= {})[id] = (t.metrics[id] ?? 0) + n;
    for (const [id, v] of Object.entries(d.cells.metrics ?? {})) addInto((t.cells.metrics ??= {})[id] ??= new Array<number>(v.length).fill(0), v);
  }
  a.draws = [...byIndex.values()].sort((x, y) => x.index - y.index);
  if (b.splitting) {
    if (!a.splitting) throw new Error('cannot merge splitting counts into aggregates without them');
    mergeSplitCounts(a.splitting, b.splitting);
  }
  if (b.branching) {
    if (!a.branching) throw new Error('cannot merge branching counts into aggregates without them');
    mergeBranchCounts(a.branching, b.branching);
  }
  return a;
}

function addInto(a: number[], b: readonly number[]): void {
  for (let i = 0; i < b.length; i++) a[i]! += b[i]!;
}

/**
 * The canonical form of aggregates: every map with sorted keys where order is not the model's,
 * so equal aggregates serialise to identical bytes however they were computed.
 */
export function canonicalAggregates(a: Aggregates): Aggregates {
  const sortKeys = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  const paths: Aggregates['paths'] = {};
  for (const [o, p] of Object.entries(a.paths)) paths[o] = sortKeys(p);
  const council: Aggregates['council'] = {};
  for (const [k, c] of Object.entries(a.council)) council[k] = { ...c, vetoedBy: sortKeys(c.vetoedBy), blockedBy: sortKeys(c.blockedBy ?? {}) };
  return {
    ...a,
    escalation: sortKeys(a.escalation ?? {}),
    wars: Object.fromEntries(Object.entries(sortKeys(a.wars ?? {})).map(([o, row]) => [o, sortKeys(row)])),
    errors: [...a.errors].sort((x, y) => x.run - y.run),
    council,
    paths,
    draws: [...a.draws].sort((x, y) => x.index - y.index).map((d) => ({ ...d, hits: sortKeys(d.hits) })),
    // Values in increasing numeric order (as a JavaScript object keeps integer keys anyway).
    ...(a.metrics ? { metrics: Object.fromEntries(Object.entries(a.metrics).map(([id, x]) => [id, { runs: Object.fromEntries(Object.entries(x.runs).sort(([p], [q]) => Number(p) - Number(q))) }])) } : {}),
    ...(a.splitting ? { splitting: canonicalSplitCounts(a.splitting) } : {}),
    ...(a.branching ? { branching: structuredClone(a.branching) } : {}),
  };
}

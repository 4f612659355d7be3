import { SEED_SCHEME, type Scenario } from '@casus/engine';
import { canonicalJson } from '../batch/canonical-json.js';
import { engineVersion, scenarioHash } from '../batch/manifest.js';
import type { RunRange } from '../batch/shard.js';

export const SWEEP_FORMAT = 'casus-sweep';
export const SWEEP_VERSION = 1;

/** What a design point is for: a sweep point, or in a sensitivity analysis its role. */
export type PointRole = 'grid' | 'lhs' | 'base' | 'low' | 'high';

/** One design point as the manifest lists it. */
export interface PointEntry {
  index: number;
  role: PointRole;
  /** Value of every parameter of the table's columns at this point. */
  values: Record<string, number>;
  /** Level names the values were given by (`--vary x=low,high`), when any. */
  levels?: Record<string, string>;
  /** The parameter moved at a sensitivity analysis's `low`/`high` point. */
  parameter?: string;
}

/** A varied parameter as the manifest records it. */
export interface VaryEntry {
  name: string;
  /** The `--vary` text, or for a sensitivity analysis how its range was chosen. */
  spec: string;
  values: number[] | null;
  range: [number, number] | null;
}

/**
 * `manifest.json` of a sweep or sensitivity directory: what was simulated, nothing about how or
 * when (that is `provenance.json`). Everything but `pointRange` and `replay` must match for two
 * shards to merge; everything must match for a checkpoint to resume.
 */
export interface SweepManifest {
  format: typeof SWEEP_FORMAT;
  version: typeof SWEEP_VERSION;
  kind: 'sweep' | 'sensitivity';
  scenario: { id: string; title: string; sha256: string };
  seed: number | string;
  seedScheme: string;
  engine: 'batch' | 'reference';
  engineVersion: string;
  situation: string | null;
  /** `--set` overrides, the same at every point (the scenario hash includes them). */
  fixed: Record<string, number>;
  design: { type: 'grid' | 'lhs' | 'sensitivity'; points: number; runsPerPoint: number };
  vary: VaryEntry[];
  /** The parameter columns of the tables, in order. */
  parameters: string[];
  points: PointEntry[];
  runsPerPoint: number;
  /** The design points this directory holds: `[from, to)` of `total` (a shard holds a slice). */
  pointRange: { from: number; to: number; total: number };
  outcomes: { id: string; title: string }[];
  /** The command that simulates exactly this directory's points again. */
  replay: string;
  /** A sensitivity analysis's ranking inputs (see docs/results.md). */
  sensitivity?: SensitivitySection;
}

export interface SensitivitySection {
  /** The analysed parameters: basis, nominal value and the low/high ends, and where the ends came from. */
  parameters: { name: string; basis: string; nominal: number; low: number; high: number; ends: 'p10-p90' | 'range' }[];
  /** Index of the point with every parameter at its nominal value. */
  base: number;
  /** Per parameter, the indices of its low and high points (the others at nominal). */
  tornado: { parameter: string; low: number; high: number }[];
  /** The Latin-hypercube points (indices [from, to)) over the same low–high ranges. */
  lhs: { from: number; to: number; points: number };
  /** How each outcome's parameters are ranked: by |swing|, then |src|, then name. */
  rankedBy: 'swing';
}

/** Inputs of a manifest, from a checked plan. */
export interface ManifestInput {
  kind: SweepManifest['kind'];
  scenario: Scenario;
  seed: number | string;
  engine: 'batch' | 'reference';
  situation: string | undefined;
  fixed: Readonly<Record<string, number>>;
  design: SweepManifest['design'];
  vary: VaryEntry[];
  parameters: string[];
  points: PointEntry[];
  runsPerPoint: number;
  pointRange: RunRange;
  replay: string;
  sensitivity?: SensitivitySection;
}

export function buildSweepManifest(i: ManifestInput): SweepManifest {
  return {
    format: SWEEP_FORMAT,
    version: SWEEP_VERSION,
    kind: i.kind,
    scenario: { id: i.scenario.id, title: i.scenario.title, sha256: scenarioHash(i.scenario, i.fixed) },
    seed: i.seed,
    seedScheme: SEED_SCHEME,
    engine: i.engine,
    engineVersion: engineVersion(),
    situation: i.situation ?? null,
    fixed: { ...i.fixed },
    design: i.design,
    vary: i.vary,
    parameters: i.parameters,
    points: i.points,
    runsPerPoint: i.runsPerPoint,
    pointRange: { from: i.pointRange.from, to: i.pointRange.to, total: i.points.length },
    outcomes: Object.entries(i.scenario.outcomes).map(([id, o]) => ({ id, title: o.title ?? id })),
    replay: i.replay,
    ...(i.sensitivity !== undefined ? { sensitivity: i.sensitivity } : {}),
  };
}

/** The serialised manifest: stable key order (as built), two-space indent, final newline. */
export function serialiseManifest(m: SweepManifest): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

/** The part of a manifest that says which sweep it is (not which slice of it, nor how it was asked for). */
export function sweepIdentity(m: SweepManifest): string {
  const { pointRange: _range, replay: _replay, ...identity } = m;
  return canonicalJson(identity);
}

/**
 * The fields in which two manifests describe different sweeps, as readable phrases (empty when
 * they are slices of the same one), each with the merge code that names it.
 */
export function sweepDifferences(a: SweepManifest, b: SweepManifest): { code: 'E_MERGE_SCENARIO' | 'E_MERGE_SEED' | 'E_MERGE_SEED_SCHEME' | 'E_MERGE_ENGINE' | 'E_MERGE_ENGINE_VERSION' | 'E_MERGE_OPTIONS'; what: string }[] {
  const out: ReturnType<typeof sweepDifferences> = [];
  const show = (v: unknown): string => { const s = JSON.stringify(v); return s.length > 80 ? `${s.slice(0, 77)}…` : s; };
  const differ = (code: (typeof out)[number]['code'], what: string, x: unknown, y: unknown): void => {
    if (canonicalJson(x) !== canonicalJson(y)) out.push({ code, what: `${what} ${show(x)} ≠ ${show(y)}` });
  };
  differ('E_MERGE_SCENARIO', 'resolved scenario sha256', a.scenario.sha256, b.scenario.sha256);
  differ('E_MERGE_SEED', 'seed', a.seed, b.seed);
  differ('E_MERGE_SEED_SCHEME', 'seed scheme', a.seedScheme, b.seedScheme);
  differ('E_MERGE_ENGINE', 'engine', a.engine, b.engine);
  differ('E_MERGE_ENGINE_VERSION', 'engine version', a.engineVersion, b.engineVersion);
  differ('E_MERGE_OPTIONS', 'kind', a.kind, b.kind);
  differ('E_MERGE_OPTIONS', 'situation', a.situation, b.situation);
  differ('E_MERGE_OPTIONS', 'design', a.design, b.design);
  differ('E_MERGE_OPTIONS', 'varied parameters', a.vary, b.vary);
  differ('E_MERGE_OPTIONS', 'runs per point', a.runsPerPoint, b.runsPerPoint);
  differ('E_MERGE_OPTIONS', 'design points', a.points, b.points);
  differ('E_MERGE_OPTIONS', 'sensitivity', a.sensitivity ?? null, b.sensitivity ?? null);
  if (out.length === 0 && sweepIdentity(a) !== sweepIdentity(b)) out.push({ code: 'E_MERGE_OPTIONS', what: 'manifests differ' });
  return out;
}

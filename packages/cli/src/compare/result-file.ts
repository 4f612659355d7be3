import { SEED_SCHEME, type Comparison } from '@casus/engine';
import { engineVersion, machine, type Provenance } from '../batch/manifest.js';
import type { ComparePlan } from './options.js';

export const COMPARE_FORMAT = 'casus-compare';
export const COMPARE_VERSION = 1;

/** What was compared: everything that decides the counts, and nothing else. */
export interface CompareManifest {
  a: CompareVariantManifest;
  b: CompareVariantManifest;
  seed: number | string;
  seedScheme: string;
  engine: 'batch' | 'reference';
  /** Paired runs: run k of A and run k of B share master seed and run index, k = 0 … runs − 1. */
  runs: number;
  situation: string | null;
  /**
   * Nested designs: parameter draws (0: none), runs per draw and the draws' luck (`independent`:
   * the default design over the judgments; `shared`: --parameter-draws). Absent in older files: 0.
   */
  parameterDraws?: number;
  runsPerDraw?: number | null;
  drawLuck?: 'independent' | 'shared' | null;
  /** --precision: the target half-width of every B − A the comparison stopped at (absent without it). */
  precision?: number;
  engineVersion: string;
}

export interface CompareVariantManifest {
  /** The scenario argument as typed. */
  file: string;
  scenario: { id: string; title: string; sha256: string };
  /** Parameter overrides (`--set` for A, `--vs` for B). */
  overrides: Record<string, number>;
}

/**
 * A comparison's result file (`casus compare … --out FILE`): the manifest, the exact counts — both
 * variants' aggregates (as in a `casus-result` file) and the paired 2×2 table per shared outcome —
 * and the provenance. Every printed figure is computed from `comparison`.
 */
export interface CompareDocument {
  format: typeof COMPARE_FORMAT;
  version: typeof COMPARE_VERSION;
  manifest: CompareManifest;
  comparison: Comparison;
  provenance: Provenance;
}

export function compareManifest(plan: ComparePlan, runs: number): CompareManifest {
  const variant = (v: ComparePlan['a']): CompareVariantManifest => ({
    file: v.arg, scenario: { id: v.scenario.id, title: v.scenario.title, sha256: v.sha256 }, overrides: { ...v.overrides },
  });
  return {
    a: variant(plan.a), b: variant(plan.b), seed: plan.seed, seedScheme: SEED_SCHEME, engine: plan.engine, runs,
    situation: plan.situation ?? null, parameterDraws: plan.parameterDraws, runsPerDraw: plan.parameterDraws > 0 ? plan.runs : null,
    drawLuck: plan.parameterDraws > 0 ? plan.drawLuck : null, ...(plan.precision !== undefined ? { precision: plan.precision } : {}), engineVersion: engineVersion(),
  };
}

export function compareProvenance(command: string, startedAt: Date, finishedAt: Date, workers: number): Provenance {
  return {
    command, startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(), machine: machine(), workers,
  };
}

/** The file's text: fixed key order, two-space indent, a final newline. */
export function serialiseCompare(doc: CompareDocument): string {
  const ordered: CompareDocument = {
    format: doc.format, version: doc.version, manifest: doc.manifest,
    comparison: {
      runs: doc.comparison.runs, a: doc.comparison.a, b: doc.comparison.b, paired: doc.comparison.paired,
      ...(doc.comparison.pairedMetrics ? { pairedMetrics: doc.comparison.pairedMetrics } : {}),
      ...(doc.comparison.pairedDraws ? { pairedDraws: doc.comparison.pairedDraws } : {}),
    } as Comparison,
    provenance: doc.provenance,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

const obj = (x: unknown): Record<string, unknown> | undefined => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined);

/** Parses and shape-checks a `casus-compare` file (for `casus report` and `casus verify`). Never throws. */
export function parseCompareDocument(text: string): { ok: true; doc: CompareDocument } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})` };
  }
  const d = obj(data);
  if (!d) return { ok: false, reason: 'not a JSON object' };
  if (d.format !== COMPARE_FORMAT) return { ok: false, reason: `format is ${JSON.stringify(d.format)}, expected "${COMPARE_FORMAT}"` };
  if (d.version !== COMPARE_VERSION) return { ok: false, reason: `version ${JSON.stringify(d.version)} is not supported (this casus reads version ${COMPARE_VERSION})` };
  const c = obj(d.comparison);
  const paired = obj(c?.paired);
  const a = obj(c?.a);
  const b = obj(c?.b);
  if (!c || !paired || !a || !b || typeof a.runs !== 'number' || typeof b.runs !== 'number' || !obj(a.outcomes) || !obj(b.outcomes) || typeof c.runs !== 'number') {
    return { ok: false, reason: 'no comparison: expected { runs, a, b, paired }' };
  }
  for (const [id, cell] of Object.entries(paired)) {
    const k = obj(cell);
    if (!k || !['n11', 'n10', 'n01', 'n00'].every((f) => Number.isSafeInteger(k[f]) && (k[f] as number) >= 0)) return { ok: false, reason: `paired counts of "${id}" must be { n11, n10, n01, n00 }` };
  }
  for (const [id, cell] of Object.entries(obj(c.pairedMetrics) ?? {})) {
    const k = obj(cell);
    if (!k || !['n', 'sumA', 'sumB', 'sumA2', 'sumB2', 'sumD2'].every((f) => Number.isSafeInteger(k[f]))) return { ok: false, reason: `paired metric counts of "${id}" must be { n, sumA, sumB, sumA2, sumB2, sumD2 }` };
  }
  const m = obj(d.manifest);
  const va = obj(m?.a);
  const vb = obj(m?.b);
  const variantOk = (v: Record<string, unknown> | undefined) => v && typeof v.file === 'string' && typeof obj(v.scenario)?.id === 'string' && typeof obj(v.scenario)?.sha256 === 'string' && obj(v.overrides);
  if (!variantOk(va) || !variantOk(vb)) return { ok: false, reason: 'manifest.a and manifest.b must each name a file, a scenario { id, title, sha256 } and overrides' };
  return { ok: true, doc: data as CompareDocument };
}

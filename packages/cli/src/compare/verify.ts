/**
 * `casus verify COMPARISON.json` (batch/verification.ts has what it finds).
 *
 * @module
 */
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { CodedError } from '../batch/errors.js';
import { checkSeedScheme, checkSetUp, countsCheck, engineVersions, fmt, type Verification, type VerifyOptions } from '../batch/verification.js';
import { requestedRuns } from '../batch/judgments.js';
import { resolveSimulatedScenario, shellWords, type ResolvedScenario } from '../report/scenario-source.js';
import { runComparison } from './execute.js';
import { planCompare } from './options.js';
import { compareManifest, parseCompareDocument, type CompareManifest, type CompareVariantManifest } from './result-file.js';

/**
 * Verifies a comparison (`casus compare … --out FILE`): both variants found by the files its
 * manifest names (each checked against its SHA-256 with its overrides), the comparison set up again
 * from the manifest (seed, engine, situation, design), its paired runs simulated again and its counts
 * — both variants' aggregates and the paired tables — compared byte for byte.
 */
export async function verifyComparison(input: string, path: string, text: string, io: CliIo, options: VerifyOptions): Promise<Verification> {
  if (options.records !== undefined || options.sample !== undefined || options.scenario !== undefined) {
    throw new CodedError('E_OPTION_CONFLICT', `${input} is a comparison: it is checked on its counts (no --runs-file or --sample), its two scenarios found from the files it names (no --scenario)`, EXIT.usage);
  }
  const parsed = parseCompareDocument(text);
  if (!parsed.ok) throw new CodedError('E_VERIFY_FORMAT', `${input} is not a casus comparison file: ${parsed.reason}`, EXIT.invalid);
  const doc = parsed.doc;
  const m = doc.manifest;
  checkSeedScheme(m.seedScheme, 'comparison');
  const side = (v: CompareVariantManifest): ResolvedScenario => resolveSimulatedScenario({ id: v.scenario.id, sha256: v.scenario.sha256, path: v.file, overrides: v.overrides }, { cwd: io.cwd, resultPath: path });
  const a = side(m.a);
  const b = side(m.b);
  options.note?.(`verifying ${input}: a comparison of ${a.source.name} and ${b.source.name} (seed ${String(m.seed)}), ${fmt(m.runs)} paired runs; scenarios found from the files it names (SHA-256 match)`);
  const draws = m.parameterDraws ?? 0;
  const words = typeof doc.provenance?.command === 'string' ? shellWords(doc.provenance.command) : [];
  const typedRuns = words.includes('--runs') ? words[words.indexOf('--runs') + 1] : undefined;
  // A comparison that stopped on precision stopped where its cap's chunks put it: the cap is --runs as typed.
  if (m.precision !== undefined && typedRuns === undefined) {
    throw new CodedError('E_VERIFY_REPLAY', 'cannot set up the comparison this file records again: it stopped on precision, and its run cap (--runs), on which its stopping point depends, is recorded only in the command line of provenance, which this file lacks', EXIT.invalid);
  }
  const runs = m.precision !== undefined ? typedRuns! : draws > 0 && m.drawLuck === 'independent' ? requestedRuns(draws, m.runsPerDraw ?? 0, typedRuns) : draws > 0 ? (m.runsPerDraw ?? m.runs) : m.runs;
  const sets = (o: Readonly<Record<string, number>>): string[] => Object.entries(o).map(([k, v]) => `${k}=${v}`);
  const plan = planCompare([a.source.path, b.source.path], {
    set: sets(m.a.overrides), vs: sets(m.b.overrides), runs: String(runs), seed: m.seed, engine: m.engine,
    ...(m.situation !== null ? { situation: m.situation } : {}),
    ...(draws > 0 && m.drawLuck !== 'independent' ? { parameterDraws: String(draws) } : {}),
    ...(draws === 0 && m.precision === undefined ? { nominal: true } : {}),
    ...(m.precision !== undefined ? { precision: m.precision } : {}),
    ...(options.workers !== undefined ? { workers: String(options.workers) } : {}),
    quiet: options.quiet ?? false,
  }, io);
  // The manifest the set-up comparison would write, but for the files as typed and the engine's version.
  const comparable = (x: CompareManifest): unknown => ({ ...x, a: { ...x.a, file: null }, b: { ...x.b, file: null }, engineVersion: null });
  checkSetUp(comparable(m), comparable(compareManifest(plan, m.runs)), 'comparison this file records');
  const job = await runComparison(plan, io);
  const aggregates = countsCheck({ comparison: doc.comparison }, { comparison: job.comparison });
  return {
    kind: 'compare', identical: aggregates.identical, runs: { from: 0, to: m.runs, total: m.runs }, simulated: job.comparison.runs,
    workers: job.workers, durationMs: job.finishedAt.getTime() - job.startedAt.getTime(), aggregates, records: null,
    engineVersion: engineVersions(m.engineVersion),
  };
}


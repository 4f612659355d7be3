import { resolve } from 'node:path';
import { CliError } from '../context.js';
import { EXIT, type CliIo } from '../io.js';
import { CodedError } from '../batch/errors.js';
import { machine } from '../batch/manifest.js';
import { shellWord } from '../batch/replay.js';
import type { SweepManifest } from './manifest.js';
import { sweepDifferences } from './manifest.js';
import { isSweepDirArgument, prepareSweepDir, readSweepDir, SWEEP_FILES, writeSweepDir, type SweepAggregatesDocument } from './sweep-dir.js';
import { toParquet } from './parquet.js';
import { metricFiles, metricTable, sweepTable, toCsv, toNdjson } from './tables.js';

/**
 * `casus merge DIR… --out DIR`: combines the directories of a sweep's shards into the directory
 * the unsharded sweep writes — byte for byte, every file but provenance.json. The shards must be
 * slices of one sweep (same scenario hash, seed, scheme, engine and version, design, points and
 * runs per point; otherwise an E_MERGE_* code, exit 1), must not overlap (E_MERGE_OVERLAP) and
 * must cover every design point (E_MERGE_GAP names the missing points); an unfinished shard is
 * refused (E_MERGE_PARTIAL). A file that cannot be read or an --out that cannot be written exits 2.
 */
export function mergeSweepDirs(dirs: readonly string[], opts: { out: string; quiet?: boolean | undefined }, io: CliIo): void {
  const started = new Date();
  const inputs = dirs.map((name) => {
    if (!isSweepDirArgument(name, io.cwd)) throw new CodedError('E_MERGE_FORMAT', `${name} is not a directory; casus merge takes either batch result files or sweep directories, not both`, EXIT.invalid);
    const read = readSweepDir(resolve(io.cwd, name));
    if (!read.ok) throw new CodedError(read.partial ? 'E_MERGE_PARTIAL' : 'E_MERGE_FORMAT', `${name}: ${read.reason}`, EXIT.invalid);
    if (read.manifest.kind !== 'sweep') throw new CodedError('E_MERGE_FORMAT', `${name} holds a ${read.manifest.kind} analysis, which is never sharded; only casus sweep directories merge`, EXIT.invalid);
    return { name, ...read };
  });
  const first = inputs[0]!;
  for (const other of inputs.slice(1)) {
    const d = sweepDifferences(first.manifest, other.manifest);
    if (d.length > 0) throw new CodedError(d[0]!.code, `${first.name} and ${other.name} are not parts of the same sweep: ${d.map((x) => x.what).join('; ')}`, EXIT.invalid);
  }
  const sorted = [...inputs].sort((a, b) => a.manifest.pointRange.from - b.manifest.pointRange.from || a.manifest.pointRange.to - b.manifest.pointRange.to);
  const nonEmpty = sorted.filter((i) => i.manifest.pointRange.to > i.manifest.pointRange.from);
  const range = (i: (typeof inputs)[number]): string => `[${i.manifest.pointRange.from}, ${i.manifest.pointRange.to})`;
  for (let k = 1; k < nonEmpty.length; k++) {
    const p = nonEmpty[k - 1]!;
    const q = nonEmpty[k]!;
    if (q.manifest.pointRange.from < p.manifest.pointRange.to) {
      throw new CodedError('E_MERGE_OVERLAP', `${p.name} (points ${range(p)}) and ${q.name} (points ${range(q)}) overlap: each design point must come from exactly one shard`, EXIT.invalid);
    }
  }
  const total = first.manifest.pointRange.total;
  const missing: string[] = [];
  let at = 0;
  for (const i of nonEmpty) {
    if (i.manifest.pointRange.from > at) missing.push(`[${at}, ${i.manifest.pointRange.from})`);
    at = i.manifest.pointRange.to;
  }
  if (at < total) missing.push(`[${at}, ${total})`);
  if (missing.length > 0) throw new CodedError('E_MERGE_GAP', `the shards do not cover every design point [0, ${total}): missing points ${missing.join(', ')}`, EXIT.invalid);

  const manifest: SweepManifest = { ...first.manifest, pointRange: { from: 0, to: total, total }, replay: first.manifest.replay.replace(/ --shard \d+\/\d+$/, '') };
  const points: SweepAggregatesDocument['points'] = nonEmpty.flatMap((i) => i.aggregates.points);
  const table = sweepTable(manifest, manifest.points, points.map((p) => p.aggregates));
  const out = resolve(io.cwd, opts.out);
  // A merge writes a finished directory over whatever is there (its own --out, chosen for it).
  prepareSweepDir(out, opts.out, false, true);
  const finished = new Date();
  try {
    writeSweepDir(out, {
      manifest, aggregates: points,
      files: [
        [SWEEP_FILES.csv, toCsv(table)], [SWEEP_FILES.ndjson, toNdjson(table)], [SWEEP_FILES.parquet, toParquet(table)],
        ...metricFiles(metricTable(manifest, manifest.points, points.map((p) => p.aggregates)), toParquet),
      ],
      provenance: {
        command: ['casus', 'merge', ...dirs, '--out', opts.out].map(shellWord).join(' '),
        startedAt: started.toISOString(), finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime(),
        machine: machine(),
        sources: sorted.map((i) => ({ dir: i.name, points: i.manifest.pointRange, provenance: i.provenance })),
      },
    });
  } catch (error) {
    throw new CliError(`cannot write ${opts.out}: ${(error as Error).message}`, EXIT.usage, 'E_OUTPUT_WRITE');
  }
  if (!opts.quiet) io.stdout(`merged ${dirs.length} shard${dirs.length === 1 ? '' : 's'} of a sweep of ${manifest.scenario.id} (seed ${manifest.seed}): points [0, ${total}) → ${opts.out}\n`);
}

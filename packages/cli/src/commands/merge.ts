import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, type RegisterCommand } from '../context.js';
import { EXIT } from '../io.js';
import { checkOutputFile, writeOutputKeeping } from '../output-path.js';
import { CodedError } from '../batch/errors.js';
import { machine } from '../batch/manifest.js';
import type { NamedResult } from '../batch/merge-results.js';
import { shellWord } from '../batch/replay.js';
import { parseResult, RESULT_FORMAT, RESULT_VERSION, serialiseResult } from '../batch/result-file.js';
import { isSweepDirArgument } from '../sweep/sweep-dir.js';

/**
 * `casus merge A.json B.json … --out ALL.json`: combines the results of a batch's shards exactly.
 * Refuses (exit 1, an E_MERGE_* code) results of different batches, overlapping ranges, and sets
 * that miss runs (it names the missing ranges). Exit 2 when a file cannot be read or written.
 * Given directories, it merges the shards of a `casus sweep` instead (sweep/merge-sweep.ts).
 */
export const registerMerge: RegisterCommand = (program, { io }) => {
  program
    .command('merge')
    .description('merge the result files of a batch\'s shards exactly (refuses mismatched, overlapping or incomplete sets)')
    .addHelpText('after', '\nExit codes: 0 ok; 1 the files do not merge (E_MERGE_*); 2 unreadable file or unwritable --out (E_OUTPUT_PATH). See docs/errors.md.\n')
    .argument('<results...>', 'result files written by casus run --runs N --out, or the directories of casus sweep --shard i/n --out')
    .requiredOption('--out <file>', '(required) where to write the merged result (atomically)')
    .option('--quiet', 'print nothing on success')
    .action(async (files: string[], opts: { out: string; quiet?: boolean }) => {
      // Sweep shards are directories (casus sweep --shard i/n --out DIR): sweep/merge-sweep.ts.
      if (files.some((f) => isSweepDirArgument(f, io.cwd))) {
        const { mergeSweepDirs } = await import('../sweep/merge-sweep.js');
        mergeSweepDirs(files, opts, io);
        return;
      }
      const { mergeResults } = await import('../batch/merge-results.js');
      const out = resolve(io.cwd, opts.out);
      checkOutputFile('--out', out);
      const started = new Date();
      const inputs: NamedResult[] = files.map((file) => {
        let text: string;
        try {
          text = readFileSync(resolve(io.cwd, file), 'utf8');
        } catch (error) {
          throw new CliError(`cannot read ${file}: ${(error as Error).message}`, EXIT.usage, 'E_READ');
        }
        const parsed = parseResult(text);
        if (!parsed.ok) throw new CodedError('E_MERGE_FORMAT', `${file} is not a casus result file: ${parsed.reason}`, EXIT.invalid);
        return { name: file, doc: parsed.doc };
      });
      const merged = mergeResults(inputs, { complete: true });
      if (!merged.ok) throw new CodedError(merged.code, merged.message, EXIT.invalid);
      const finished = new Date();
      writeOutputKeeping(out, serialiseResult({
          format: RESULT_FORMAT, version: RESULT_VERSION, manifest: merged.manifest, aggregates: merged.aggregates,
          provenance: {
            command: ['casus', 'merge', ...files, '--out', opts.out].map(shellWord).join(' '),
            startedAt: started.toISOString(), finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime(),
            machine: machine(),
            sources: merged.sources.map((s, i) => ({ file: s.name, runs: s.runs, provenance: inputs.find((x) => x.name === s.name)?.doc.provenance ?? null, order: i })),
          },
        }));
      if (!opts.quiet) {
        const m = merged.manifest;
        io.stdout(`merged ${files.length} result${files.length === 1 ? '' : 's'} of ${m.scenario.id} (seed ${m.seed}): runs [0, ${m.runs.total}) → ${opts.out}\n`);
      }
    });
};

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BatchContext } from '@casus/engine';
import { CliError, type RegisterCommand } from '../context.js';
import { EXIT, paint } from '../io.js';
import { CodedError } from '../batch/errors.js';
import type { StopReason } from '../batch/execute.js';
import { formatSummary, parseSections, summaryJson, SUMMARY_SECTIONS } from '../batch/format-summary.js';
import { commandOf, parseResult } from '../batch/result-file.js';
import type { Shard } from '../batch/shard.js';
import { uncertainParameters } from '../batch/judgments.js';
import { batchReplayLine } from '../batch/replay.js';

interface SummaryOptions {
  scenario?: string;
  detail?: boolean;
  sections?: string[];
  json?: boolean;
}

/**
 * `casus summary RESULT.json [--detail] [--sections …] [--json] [--scenario FILE]`: the text
 * summary of any result file — a batch's, a merge of shards, a resumed batch's, or a checkpoint
 * (`OUT.partial`) — exactly as `casus run --runs N` prints it. The scenario is found as
 * `casus report` finds it, and checked against the result's SHA-256.
 */
export const registerSummary: RegisterCommand = (program, { io }) => {
  program
    .command('summary')
    .description('print the summary of a result file (a batch, a merge of shards, a resumed batch or a checkpoint)')
    .argument('<result>', 'a result file: casus run --runs N --out FILE, casus merge --out FILE, or a checkpoint FILE.partial')
    .option('--scenario <file>', 'the scenario that was simulated, when it cannot be found from the result (a path or a bundled id)')
    .option('--detail', 'print every section (the default fits a screen)')
    .option('--sections <list>', `add these sections, comma-separated: ${SUMMARY_SECTIONS.join(', ')}`, (v: string, prev: string[] = []) => [...prev, v])
    .option('--json', 'print the summary as JSON, as casus run --runs N --json does')
    .addHelpText('after', `
Exit codes: 0 ok; 1 not a result file (E_SUMMARY_FORMAT) or the scenario found is not the one
simulated (E_REPORT_SCENARIO_MISMATCH); 2 unreadable file, bad option, or no scenario found
(E_REPORT_SCENARIO: give --scenario). See docs/cli.md#casus-summary.
`)
    .action(async (input: string, opts: SummaryOptions) => {
      const [{ summaryReport }, { resolveSimulatedScenario }] = await Promise.all([import('../batch/summary-report.js'), import('../report/scenario-source.js')]);
      const view = { detail: opts.detail ?? false, sections: parseSections(opts.sections) };
      const path = resolve(io.cwd, input);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        throw new CliError(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.usage, 'E_READ');
      }
      const parsed = parseResult(text);
      if (!parsed.ok) throw new CodedError('E_SUMMARY_FORMAT', `${input} is not a casus result file: ${parsed.reason}`, EXIT.invalid);
      const doc = parsed.doc;
      const m = doc.manifest;
      const resolved = resolveSimulatedScenario({ id: m.scenario.id, sha256: m.scenario.sha256, command: commandOf(doc) }, { cwd: io.cwd, resultPath: path, scenarioOption: opts.scenario });
      const runs = m.options.runsPerDraw ?? m.runs.total;
      const context = new BatchContext(resolved.scenario, {
        seed: m.seed, runs, engine: m.engine, parameters: resolved.overrides, parameterDraws: m.options.parameterDraws,
        ...(m.options.situation !== null ? { situation: m.options.situation } : {}),
        ...(m.options.given !== null ? { given: m.options.given } : {}),
      });
      const recorded = doc.provenance.shard as Shard | undefined;
      const whole = m.runs.from === 0 && m.runs.to === m.runs.total;
      const stop: StopReason = doc.checkpoint !== undefined ? 'interrupted' : isStop(doc.provenance.stop) ? doc.provenance.stop : 'complete';
      const nominalAtDraws = m.options.parameterDraws === 0 && uncertainParameters(resolved.scenario, resolved.overrides).length > 0;
      const rareFlag = m.options.rare ? (m.options.rare.outcomes.length > 0 ? '--rare' : '--rare-below') : null;
      const facts = {
        scenarioName: resolved.source.name, scenarioArg: resolved.arg, runs, seed: m.seed, overrides: resolved.overrides,
        situation: m.options.situation ?? undefined, engine: m.engine, given: m.options.given ?? undefined,
        parameterDraws: m.options.parameterDraws, precision: m.options.precision ?? undefined,
        shard: whole || recorded === undefined ? undefined : recorded,
        judgments: m.options.drawLuck === 'independent' ? 'judgments' : m.options.parameterDraws > 0 ? 'explicit' : 'nominal',
        // --rare implies the nominal values, as the batch said; any other batch at the nominal
        // values of a scenario with judgments to draw replays with --nominal.
        nominalBecause: nominalAtDraws && rareFlag !== null ? rareFlag : null, requestedRuns: m.runs.total,
        nominalFlag: nominalAtDraws && rareFlag === null,
        // --rare, --rare-below and --rare-levels as the manifest records them, so the replay line
        // reruns the same estimator and not a plain batch.
        rare: m.options.rare ? {
          outcomes: m.options.rare.outcomes, below: m.options.rare.below ?? undefined,
          // Files written before the branching estimator record none: they split on levels.
          method: m.options.rare.estimator ?? 'levels', plan: { levels: m.options.rare.levels },
        } : undefined,
      } as const;
      const full = summaryReport(facts, { context, manifest: m, aggregates: doc.aggregates, reason: stop });
      // A batch that stopped on precision stopped where its chunks, sized from its run cap, met the
      // target; the file keeps the runs it reached, not the cap. The same runs as a fixed batch
      // give the same aggregates whatever the chunks, so that is the line that replays the file.
      const stoppedEarly = (m.options.precision ?? null) !== null || (m.options.relativePrecision ?? null) !== null || m.options.metricPrecision !== undefined;
      const report = stoppedEarly ? { ...full, replay: { ...full.replay, batch: batchReplayLine({ ...facts, precision: undefined }) } } : full;
      io.stdout(opts.json ? `${JSON.stringify(summaryJson(report), null, 2)}\n` : formatSummary(report, paint(io), view));
    });
};

function isStop(x: unknown): x is StopReason {
  return x === 'complete' || x === 'precision' || x === 'failure' || x === 'interrupted';
}

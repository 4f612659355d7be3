import type { RegisterCommand } from '../context.js';
import { wholeNumber } from '../sweep/options.js';
import { EXIT, paint, type Paint } from '../io.js';
import { CodedError } from '../batch/errors.js';
import type { Verification } from '../batch/verify.js';

interface VerifyCommandOptions {
  scenario?: string;
  workers?: number;
  runsFile?: string;
  sample?: number;
  json?: boolean;
  quiet?: boolean;
}

const parseSample = (text: string): number => wholeNumber('--sample', text, 1, 2 ** 40);

/**
 * `casus verify RESULT.json|COMPARISON.json|SWEEP-DIR [--workers K] [--runs-file RECORDS [--sample K]]
 * [--scenario FILE] [--json]`: simulates the runs a result holds again and checks that the
 * aggregates (and the per-run records, given) are the file's, byte for byte; with --sample, a
 * sample of runs and their records only. Exit 0 identical;
 * 1 different (E_VERIFY_MISMATCH), not a result, another scenario or a batch that cannot be set up
 * again; 2 unreadable file, bad option or no scenario found.
 */
export const registerVerify: RegisterCommand = (program, { io }) => {
  program
    .command('verify')
    .description('simulate a result file\'s runs (or a sweep\'s points) again and check the aggregates are identical, byte for byte')
    .argument('<result>', 'a result file (casus run --runs N --out FILE, a shard, casus merge --out FILE, a checkpoint FILE.partial) or a sweep or sensitivity directory')
    .option('--workers <n>', 'worker threads that simulate (default: as casus run); a count other than the batch\'s checks that results do not depend on it', (v: string) => wholeNumber('--workers', v, 1, 512))
    .option('--runs-file <file>', 'the batch\'s per-run records (--runs-out): compared too, record by record')
    .option('--sample <k>', 'simulate only K runs, spread over the file\'s, and compare their records (needs --runs-file; NDJSON or CSV)', parseSample)
    .option('--scenario <file>', 'the scenario that was simulated, when it cannot be found from the result (a path or a bundled id)')
    .option('--json', 'print what was found as JSON')
    .option('--quiet', 'print nothing when the aggregates are identical')
    .addHelpText('after', `
Exit codes: 0 identical; 1 different (E_VERIFY_MISMATCH), not a result file (E_VERIFY_FORMAT),
another scenario (E_REPORT_SCENARIO_MISMATCH), another random-number scheme
(E_VERIFY_SEED_SCHEME), a batch that cannot be set up again (E_VERIFY_REPLAY) or records of
another batch (E_VERIFY_RECORDS); 2 unreadable file, bad option, or no scenario found (E_REPORT_SCENARIO: give --scenario). See docs/cli.md#casus-verify.
`)
    .action(async (input: string, opts: VerifyCommandOptions) => {
      const { verifyOutput } = await import('../batch/verify.js');
      const quiet = opts.quiet === true || opts.json === true;
      const note = quiet ? undefined : (line: string): void => io.stderr(`casus: ${line}\n`);
      const v = await verifyOutput(input, io, { scenario: opts.scenario, workers: opts.workers, records: opts.runsFile, sample: opts.sample, quiet, note });
      const shown = { ...v, ...(v.records !== null && opts.runsFile !== undefined ? { records: { ...v.records, file: opts.runsFile } } : {}) };
      if (opts.json) io.stdout(`${JSON.stringify({ file: input, ...shown }, null, 2)}\n`);
      else if (!v.identical || !opts.quiet) io.stdout(formatVerification(shown, paint(io)));
      if (!v.identical) {
        const what = [
          ...(v.aggregates !== null && !v.aggregates.identical ? [count(v.aggregates.differing, 'value') + ' of the aggregates'] : []),
          ...(v.records !== null && !v.records.identical ? [count(v.records.differing, 'per-run record')] : []),
        ];
        throw new CodedError('E_VERIFY_MISMATCH', `${input} differs from the same runs simulated again: ${what.join(', ')}${engineNote(v)}`, EXIT.invalid);
      }
    });
};

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** Why results may differ when the engine is not the one that made the file. */
function engineNote(v: Verification): string {
  return v.engineVersion.file === v.engineVersion.now ? '' : ` (the file was made by engine ${v.engineVersion.file}, this is ${v.engineVersion.now}: a change of the engine between them may be the cause)`;
}

function count(n: number, noun: string): string {
  return `${fmt(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** The verdict in words: identical, or what differs. */
export function formatVerification(v: Verification, p: Paint): string {
  const r = v.records;
  // No time and no thread count: the same file gives the same words (--json has both).
  const how = v.aggregates === null
    ? `a sample of ${count(v.simulated, 'run')} of the file's ${fmt(v.runs.to - v.runs.from)} simulated again`
    : v.kind === 'compare' ? `${count(v.simulated, 'paired run')} simulated again`
    : v.kind !== 'batch' ? `${count(v.points ?? 0, 'design point')} × ${fmt((v.runs.to - v.runs.from) / Math.max(1, v.points ?? 1))} runs simulated again`
    : `${count(v.simulated, 'run')} simulated again`;
  if (v.identical) {
    const records = r === null ? '' : r.checked < 0 ? `, and so is ${r.file}` : `, and so ${r.checked === 1 ? 'is the per-run record' : `are the ${fmt(r.checked)} per-run records`} of ${r.file}`;
    if (v.aggregates === null) return `${p.green('identical')} — ${how}: their per-run records are the lines of ${r!.file}, byte for byte (the aggregates were not checked: that takes every run, without --sample)\n`;
    const whose = v.kind === 'batch' ? 'the aggregates are the file\'s' : v.kind === 'compare' ? 'both variants\' counts and the paired tables are the file\'s' : 'every point\'s aggregates are the directory\'s';
    return `${p.green('identical')} — ${how}: ${whose}, byte for byte (SHA-256 ${v.aggregates.sha256.now.slice(0, 16)}…)${records}\n`;
  }
  const lines = [`${p.red('DIFFERENT')} — ${how}:`];
  const a = v.aggregates;
  if (a !== null && !a.identical) {
    lines.push(`  aggregates: ${count(a.differing, 'value')} differ${a.differing === 1 ? 's' : ''} (file → now)${a.differing > a.differences.length ? `, the first ${a.differences.length}` : ''}:`);
    for (const d of a.differences) lines.push(`    ${d.path}: ${show(d.file)} → ${show(d.now)}`);
    lines.push(`    SHA-256 of the aggregates: ${a.sha256.file.slice(0, 16)}… in the file, ${a.sha256.now.slice(0, 16)}… now`);
  } else if (a !== null) {
    lines.push(`  aggregates: identical (SHA-256 ${a.sha256.now.slice(0, 16)}…)`);
  }
  if (r !== null && !r.identical) {
    if (r.checked < 0) lines.push(`  ${r.file}: its bytes are not those written again`);
    else {
      lines.push(`  ${r.file}: ${count(r.differing, 'line')} of ${fmt(r.checked)} record${r.checked === 1 ? '' : 's'} differ${r.differing === 1 ? 's' : ''} (file → now)${r.differing > r.differences.length ? `, the first ${r.differences.length}` : ''}:`);
      for (const d of r.differences) lines.push(`    ${d.run === null ? 'header' : `run ${fmt(d.run)}`}: ${where(d.file, d.now)}`);
    }
  } else if (r !== null) {
    lines.push(`  ${r.file}: identical`);
  }
  return `${lines.join('\n')}\n`;
}

function show(x: unknown): string {
  if (x === undefined) return '(none)';
  const s = JSON.stringify(x);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** Two lines of records, from a little before the first character where they part (long records differ in a field or two). */
function where(file: string | null, now: string | null): string {
  if (file === null) return `(no line) → ${show(now ?? undefined)}`;
  if (now === null) return `${show(file)} → (no line)`;
  let i = 0;
  while (i < file.length && i < now.length && file[i] === now[i]) i++;
  const from = Math.max(0, i - 24);
  const cut = (s: string): string => `${from > 0 ? '…' : ''}${s.slice(from, from + 60)}${s.length > from + 60 ? '…' : ''}`;
  return `${cut(file)} → ${cut(now)}`;
}

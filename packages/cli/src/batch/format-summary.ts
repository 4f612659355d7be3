import type { RareEstimate, Summary } from '@casus/engine';
import type { Paint } from '../io.js';
import type { StopReason } from './execute.js';
import type { Manifest } from './manifest.js';
import { formatEscalation } from './format-escalation.js';

/** Everything a batch summary shows: the engine's summary plus names, dates and replay lines. */
export interface SummaryReport {
  readonly scenarioName: string;
  readonly manifest: Manifest;
  readonly summary: Summary;
  readonly outcomeTitles: Readonly<Record<string, string>>;
  /** ISO date of each tick 0..horizon. */
  readonly tickDates: readonly string[];
  /** The ladder's rung ids, lowest first. */
  readonly rungs: readonly string[];
  readonly stop: StopReason;
  /** Widest 95% half-width reached, and the target (with --precision). */
  readonly precision: { readonly reached: number; readonly target: number | null };
  readonly parameterDraws: number;
  /**
   * Where the parameter values came from: `judgments` (the default: draws of the uncertain
   * parameters, so P is the probability over the judgments), `explicit` (--parameter-draws) or
   * `nominal` (fixed at nominal values; `nominalBecause` names the option that implied it).
   */
  readonly judgments?: { readonly mode: 'judgments' | 'explicit' | 'nominal'; readonly nominalBecause: string | null };
  /** --rel-precision: the target, its outcomes, and the widest relative half-width reached. */
  readonly relativePrecision?: { readonly target: number; readonly outcomes: readonly string[]; readonly reached: number } | null;
  /** --rare: splitting levels, pilot work (run equivalents) and the estimates. */
  readonly rare?: { readonly outcomes: readonly string[]; readonly levels: readonly { score: number; factor: number }[]; readonly pilotWork: number; readonly estimates: readonly RareEstimate[] } | null;
  /** The first failed runs, each with the command that replays it. */
  readonly failures: readonly { readonly run: number; readonly message: string; readonly replay: string }[];
  /** The batch's replay line, and how to replay one of its runs (with the range of K). */
  readonly replay: { readonly batch: string; readonly oneRun: string };
}

const MAX_FAILURES_SHOWN = 10;

/** The summary as JSON (for --json): the engine's figures plus dates, precision and replay lines. */
export function summaryJson(r: SummaryReport): unknown {
  const date = (t: number | null): string | null => (t === null ? null : r.tickDates[t] ?? null);
  return {
    scenario: r.manifest.scenario,
    manifest: r.manifest,
    stop: r.stop,
    precision: r.precision,
    judgments: r.judgments ?? null,
    interval: r.summary.interval,
    relativePrecision: r.relativePrecision ?? null,
    rare: r.rare ?? null,
    runs: r.summary.runs,
    simulated: r.summary.simulated,
    failures: { count: r.summary.errors, first: r.failures },
    outcomes: r.summary.outcomes.map((o) => ({
      ...o, title: r.outcomeTitles[o.id] ?? o.id,
      medianDate: date(o.median), q1Date: date(o.q1), q3Date: date(o.q3),
    })),
    conditional: r.summary.conditional.filter((c) => c.givenHits > 0),
    highestRung: r.summary.highestRung,
    escalation: r.summary.escalation,
    obligations: r.summary.obligations,
    council: r.summary.council,
    regimes: r.summary.regimes,
    paths: r.summary.paths,
    replay: r.replay,
  };
}

/** The printed summary of a batch. Deterministic: no timings (those go to stderr). */
export function formatSummary(r: SummaryReport, colors: Paint): string {
  const s = r.summary;
  const m = r.manifest;
  const out: string[] = [];
  const digits = s.runs >= 10_000 ? 2 : 1;
  const pct = (p: number): string => (Number.isNaN(p) ? '—' : `${(p * 100).toFixed(digits)}%`);
  const share = (p: number): string => (Number.isNaN(p) ? '—' : `${(p * 100).toFixed(1)}%`);
  const int = (n: number): string => n.toLocaleString('en-US');
  const heading = (t: string): void => { out.push('', colors.dim(t)); };

  // Header: what was run.
  const facts = [
    `${int(s.runs)} run${s.runs === 1 ? '' : 's'}${s.simulated !== s.runs ? ` counted of ${int(s.simulated)} simulated` : ''}`,
    `seed ${m.seed}`,
    `engine ${m.engine}`,
    m.seedScheme,
  ];
  if (m.options.situation) facts.push(`situation ${m.options.situation}`);
  if (m.options.given) facts.push(`given ${m.options.given}`);
  if (r.parameterDraws > 0) facts.push(`${r.parameterDraws} parameter draws × ${int(m.options.runsPerDraw ?? 0)} runs`);
  if (m.runs.from !== 0 || m.runs.to !== m.runs.total) facts.push(`runs ${int(m.runs.from)}–${int(m.runs.to - 1)} of ${int(m.runs.total)}`);
  out.push(`${m.scenario.title} (${r.scenarioName})`, facts.join(' · '));
  if (r.stop === 'interrupted') out.push(colors.yellow('Interrupted: these figures cover only the runs finished before Ctrl-C.'));
  if (r.stop === 'failure') out.push(colors.red('Stopped at the first failed run (--fail-fast): these figures cover the runs before it.'));
  out.push(...judgmentsNote(r, colors));

  // Outcomes.
  const draws = r.parameterDraws > 0;
  heading(draws
    ? 'Outcomes — probability over the judgments (pooled over the parameter draws); simulation error: 95% interval with the draw as unit (more runs shrink it); judgments: the spread across draws'
    : 'Outcomes — probability, with its 95% Wilson interval: simulation error only (more runs shrink it), not uncertainty in the judgments');
  const rows: string[][] = [['outcome', 'P', 'simulation error (95%)', 'runs', ...(draws ? ['judgments: 10th–90th pct', 'SD'] : []), 'first hit: median (quartiles)']];
  for (const o of s.outcomes) {
    const when = o.median === null ? '—' : `${r.tickDates[o.median]} (${r.tickDates[o.q1!]} – ${r.tickDates[o.q3!]})`;
    rows.push([
      o.id, pct(o.p), s.runs === 0 ? '—' : `${pct(o.lo)} – ${pct(o.hi)}`, int(o.hits),
      ...(draws ? [o.p10 === null ? '—' : `${pct(o.p10)} – ${pct(o.p90!)}`, o.judgmentSd === null ? '—' : pct(o.judgmentSd)] : []),
      when,
    ]);
  }
  out.push(...table(rows, [false, true, true, true, ...(draws ? [true, true] : []), false]));
  const titled = s.outcomes.filter((o) => (r.outcomeTitles[o.id] ?? o.id) !== o.id);
  if (titled.length > 0) out.push(...titled.map((o) => colors.dim(`  ${o.id}: ${r.outcomeTitles[o.id]}`)));
  if (draws) {
    out.push(colors.dim('  The judgments columns are the spread across parameter draws (10th–90th percentile of the per-draw probability; SD net of'));
    out.push(colors.dim('  the per-draw simulation noise): uncertainty in the judgments, which more runs do not shrink.'));
    out.push(...driversLines(s, colors));
  }
  if (r.relativePrecision) {
    const rp = r.relativePrecision;
    const ok = rp.reached <= rp.target;
    out.push(`  Relative precision: 95% half-width ${Number.isFinite(rp.reached) ? `±${(rp.reached * 100).toFixed(1)}%` : 'unbounded (no hit yet)'} of P for ${rp.outcomes.join(', ')} ${ok ? '≤' : '>'} target ±${(rp.target * 100).toFixed(1)}% after ${int(s.simulated)} runs${ok ? '' : ' (not reached: the run cap came first)'}`);
  }
  if (r.rare) out.push(...rareLines(r.rare, colors));
  if (r.precision.target !== null) {
    const ok = r.precision.reached <= r.precision.target;
    out.push(`  Precision: widest 95% half-width ${r.precision.reached.toFixed(4)} ${ok ? '≤' : '>'} target ${r.precision.target} after ${int(s.simulated)} runs${ok ? '' : ' (not reached: the run cap came first)'}`);
  }

  // Conditional probabilities.
  const cond = s.conditional.filter((c) => c.givenHits > 0);
  if (cond.length > 0) {
    heading('Conditional probabilities — P(B | A) over the runs where A happened; "A first": share of those where A came strictly before B');
    const crow: string[][] = [['if A', 'then B', 'P(B | A)', 'simulation error (95%)', 'both', 'A first']];
    for (const c of cond) {
      crow.push([c.given, c.outcome, pct(c.p), `${pct(c.lo)} – ${pct(c.hi)}`, `${int(c.both)}/${int(c.givenHits)}`, c.both > 0 ? share(c.before / c.both) : '—']);
    }
    out.push(...table(crow, [false, false, true, true, true, true]));
  }

  // Highest rung per actor.
  heading('Highest rung reached — share of runs, per actor');
  for (const [actor, dist] of Object.entries(s.highestRung)) {
    const parts = Object.entries(dist).filter(([, v]) => v > 0).map(([rung, v]) => `${rung} ${share(v)}`);
    out.push(`  ${actor.padEnd(12)} ${parts.join('  ') || '—'}`);
  }
  out.push(...formatEscalation(s.escalation, s.runs, colors));

  // Obligations.
  const obligations = Object.entries(s.obligations);
  if (obligations.length > 0) {
    heading('Obligations — counts over all runs');
    for (const [key, o] of obligations) {
      const negative = 'respected' in o.honoured || 'breached' in o.honoured;
      if (negative) {
        out.push(`  ${key}: respected ${int(o.honoured.respected ?? 0)}, breached ${int(o.honoured.breached ?? 0)}`);
        continue;
      }
      const levels = Object.entries(o.honoured).filter(([, n]) => n > 0).map(([l, n]) => `${l} ${int(n)}`);
      out.push(`  ${key}: judged ${int(o.judged)}, invoked ${int(o.invoked)}${o.pretext > 0 ? ` (pretext ${int(o.pretext)})` : ''}, denied ${int(o.denied)}, `
        + `honoured ${levels.length > 0 ? levels.join(', ') : '0'}, defected ${int(o.defected)}, lapsed ${int(o.lapsed)}`);
    }
  }

  // Council drafts.
  const drafts = Object.entries(s.council).filter(([, c]) => c.tabled > 0);
  if (Object.keys(s.council).length > 0) {
    heading('Security Council drafts — by kind, over all runs');
    if (drafts.length === 0) out.push('  none tabled');
    for (const [kind, c] of drafts) {
      const by = Object.entries(c.vetoedBy).map(([who, n]) => `${who} ${int(n)}`).join(', ');
      out.push(`  ${kind}: tabled ${int(c.tabled)}, adopted ${int(c.adopted)}, vetoed ${int(c.vetoed)}${by ? ` (by ${by})` : ''}, failed ${int(c.failed)}, withdrawn ${int(c.withdrawn)}`);
    }
  }

  // Sanctions regimes.
  const regimes = Object.entries(s.regimes);
  if (regimes.length > 0) {
    heading('Sanctions regimes — state at the end of the run, share of runs');
    for (const [id, states] of regimes) {
      const n = Object.values(states).reduce((a, b) => a + b, 0);
      const parts = Object.entries(states).filter(([, v]) => v > 0).map(([st, v]) => `${st} ${share(v / n)}`);
      out.push(`  ${id}: ${parts.join('  ') || '—'}`);
    }
  }

  // Causal paths.
  const withPaths = Object.entries(s.paths).filter(([, list]) => list.length > 0);
  if (withPaths.length > 0) {
    heading('Most frequent causal paths — share of the runs where the outcome happened');
    for (const [id, list] of withPaths) {
      out.push(`  ${id}`);
      for (const p of list) out.push(`    ${share(p.share).padStart(6)}  ${p.path}`);
    }
  }

  // Failures.
  heading('Failures');
  if (s.errors === 0) out.push('  none');
  else {
    out.push(colors.red(`  ${int(s.errors)} run${s.errors === 1 ? '' : 's'} failed${s.errors > MAX_FAILURES_SHOWN ? ` (first ${MAX_FAILURES_SHOWN} shown)` : ''}:`));
    for (const f of r.failures.slice(0, MAX_FAILURES_SHOWN)) out.push(`  run ${f.run}: ${f.message}`, colors.dim(`    replay: ${f.replay}`));
  }

  out.push('', `Replay this batch: ${r.replay.batch}`);
  out.push(`Replay one run:    ${r.replay.oneRun}`);
  return `${out.join('\n')}\n`;
}

/** The header line saying where the parameter values came from. */
function judgmentsNote(r: SummaryReport, colors: Paint): string[] {
  const j = r.judgments;
  if (!j) return [];
  if (j.mode === 'judgments') return [colors.dim(`Judgments drawn: each probability is over the uncertain parameters (${r.parameterDraws} draws, every run with its own luck); --nominal fixes them at their nominal values.`)];
  if (j.mode === 'nominal' && j.nominalBecause !== null) return [colors.dim(`Nominal judgments (implied by ${j.nominalBecause}): every parameter at its nominal value; the spread from the judgments is not shown.`)];
  return [];
}

/** Per outcome, the parameters whose drawn values move its probability most. */
function driversLines(s: Summary, colors: Paint): string[] {
  const lines = s.outcomes.filter((o) => o.drivers.length > 0).map((o) => `  ${o.id}: ${o.drivers.map((d) => `${d.parameter} ${d.rho >= 0 ? '+' : '−'}${Math.abs(d.rho).toFixed(2)}`).join(', ')}`);
  if (lines.length === 0) return [];
  return ['', colors.dim('Drivers — rank correlation of each draw\'s probability with the drawn parameter value (the same runs; top 3, noisy with few draws)'), ...lines];
}

/** The --rare section: splitting estimates next to their plain-run equivalents. */
function rareLines(rare: NonNullable<SummaryReport['rare']>, colors: Paint): string[] {
  const pct = (p: number): string => `${(p * 100).toFixed(4)}%`;
  const int = (n: number): string => Math.round(n).toLocaleString('en-US');
  const out = ['', colors.dim(`Rare outcomes — multilevel splitting on the escalation score, levels ${rare.levels.map((l) => `${l.score}:${l.factor}`).join(',') || 'none'}; 95% interval: simulation error (roots as units)`)];
  const rows: string[][] = [['outcome', 'P', 'simulation error (95%)', '± relative', 'roots with hits', 'work (runs)', 'plain runs for this precision', 'speed-up']];
  for (const e of rare.estimates.filter((x) => rare.outcomes.includes(x.id))) {
    rows.push([
      e.id, pct(e.p), `${pct(e.lo)} – ${pct(e.hi)}`, e.p > 0 ? `±${((1.959963984540054 * e.se / e.p) * 100).toFixed(1)}%` : '—',
      `${int(e.hitRoots)}/${int(e.roots)}`, int(e.work), e.plainRuns === null ? '—' : int(e.plainRuns), e.speedup === null ? '—' : `${e.speedup.toFixed(1)}×`,
    ]);
  }
  out.push(...table(rows, [false, true, true, true, true, true, true, true]));
  out.push(colors.dim(`  Work counts every simulated tick of every copy${rare.pilotWork > 0 ? ` and the pilot (${int(rare.pilotWork)} runs)` : ''}, in whole runs; the plain figures above are the roots' own runs.`));
  return out;
}

/** Left- or right-aligned columns, two spaces apart, indented by two. */
function table(rows: readonly string[][], right: readonly boolean[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => `  ${r.map((c, i) => {
    const pad = widths[i]! - [...c].length;
    return right[i] ? ' '.repeat(pad) + c : c + ' '.repeat(pad);
  }).join('  ').trimEnd()}`);
}

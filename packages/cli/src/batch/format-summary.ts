import { METRIC_PRECISION_SPREAD, type RareEstimate, type Summary } from '@casus/engine';
import type { Paint } from '../io.js';
import { didYouMean } from '../did-you-mean.js';
import { formatInterval, formatPercent, formatValue, formatValueInterval } from '../number-format.js';
import { usageError } from './errors.js';
import type { StopReason } from './execute.js';
import type { Manifest } from './manifest.js';
import { formatEscalation } from './format-escalation.js';

/** Everything a batch summary shows: the engine's summary plus names, dates and replay lines. */
export interface SummaryReport {
  readonly scenarioName: string;
  readonly manifest: Manifest;
  readonly summary: Summary;
  readonly outcomeTitles: Readonly<Record<string, string>>;
  /** (1.10) The scenario's metrics' titles, by id (absent in reports built before metrics). */
  readonly metricTitles?: Readonly<Record<string, string>>;
  /** ISO date of each tick 0..horizon. */
  readonly tickDates: readonly string[];
  /** The ladder's rung ids, lowest first. */
  readonly rungs: readonly string[];
  readonly stop: StopReason;
  /** Widest 95% half-width reached, and the target (with --precision). */
  readonly precision: { readonly reached: number; readonly target: number | null };
  readonly parameterDraws: number;
  /** Nested designs: how many of the draws have runs in these figures (an interrupted batch, a shard may hold only some). */
  readonly drawsWithRuns?: number;
  /**
   * Where the parameter values came from: `judgments` (the default: draws of the uncertain
   * parameters, so P is the probability over the judgments), `explicit` (--parameter-draws) or
   * `nominal` (fixed at nominal values; `nominalBecause` names the option that implied it).
   */
  readonly judgments?: { readonly mode: 'judgments' | 'explicit' | 'nominal'; readonly nominalBecause: string | null };
  /** --rel-precision: the target, its outcomes, and the widest relative half-width reached. */
  readonly relativePrecision?: { readonly target: number; readonly outcomes: readonly string[]; readonly reached: number } | null;
  /**
   * --metric-precision: each named metric's target and the 95% half-width of its mean reached
   * (Infinity while too few runs differ from its commonest value to read one). Absent without it.
   */
  readonly metricPrecision?: readonly { readonly id: string; readonly target: number; readonly reached: number }[] | null;
  /**
   * --rare: the estimator (`branching` at decisions, or `levels`: multilevel splitting), the
   * outcomes it reports on (named, and those below `below`), the splitting levels (empty for
   * branching), the branches or copies started, and the estimates of every outcome.
   */
  readonly rare?: {
    readonly estimator: 'branching' | 'levels'; readonly outcomes: readonly string[]; readonly below: number | null;
    readonly levels: readonly { score: number; factor: number }[]; readonly branches: number; readonly estimates: readonly RareEstimate[];
  } | null;
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
    // Only with --metric-precision, so the JSON of other batches keeps its shape.
    ...(r.metricPrecision ? { metricPrecision: r.metricPrecision.map((x) => ({ ...x, reached: Number.isFinite(x.reached) ? x.reached : null })) } : {}),
    rare: r.rare ?? null,
    runs: r.summary.runs,
    simulated: r.summary.simulated,
    failures: { count: r.summary.errors, first: r.failures },
    outcomes: r.summary.outcomes.map((o) => ({
      ...o, title: r.outcomeTitles[o.id] ?? o.id,
      medianDate: date(o.median), q1Date: date(o.q1), q3Date: date(o.q3),
    })),
    conditional: r.summary.conditional.filter((c) => c.givenHits > 0),
    // Only for a scenario that declares metrics, so other summaries keep their shape.
    ...(r.summary.metrics.length > 0 ? { metrics: r.summary.metrics.map((x) => ({ ...x, title: r.metricTitles?.[x.id] ?? x.id })) } : {}),
    highestRung: r.summary.highestRung,
    escalation: r.summary.escalation,
    obligations: r.summary.obligations,
    council: r.summary.council,
    regimes: r.summary.regimes,
    paths: r.summary.paths,
    wars: r.summary.wars,
    replay: r.replay,
  };
}

/** The parts of a summary beyond the headline, each printed on request (`--sections`, `--detail`). */
export const SUMMARY_SECTIONS = ['paths', 'drivers', 'conditionals', 'rungs', 'ledger', 'council'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

/** What to print: the short headline view by default; every section with `detail`. */
export interface SummaryView {
  /** Everything: all sections, the full outcome table with quartiles and titles. */
  readonly detail: boolean;
  /** Sections to add to the headline view. */
  readonly sections: ReadonlySet<SummarySection>;
}

export const HEADLINE_VIEW: SummaryView = { detail: false, sections: new Set() };

/** How many outcomes, and paths of each, the headline view shows; and how wide a path may be. */
const HEADLINE_OUTCOMES_WITH_PATHS = 3;
const HEADLINE_PATHS = 2;
const HEADLINE_PATH_WIDTH = 124;
const HEADLINE_TITLE_WIDTH = 44;

/**
 * The printed summary of a batch. Deterministic: no timings (those go to stderr). By default it
 * fits a screen: the outcomes, the top causal paths of the rarest outcomes that happened (the
 * surprises a reader asks about), failures and the replay lines; `view` adds the other sections.
 */
export function formatSummary(r: SummaryReport, colors: Paint, view: SummaryView = HEADLINE_VIEW): string {
  const s = r.summary;
  const m = r.manifest;
  const out: string[] = [];
  const wants = (section: SummarySection): boolean => view.detail || view.sections.has(section);
  const pct = formatPercent;
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
  if (r.stop === 'failure') out.push(colors.red(`Stopped at a failed run (--fail-fast, or --max-failed passed: ${int(r.summary.errors)} failed): these figures cover the runs up to the chunk that held it.`));
  out.push(...judgmentsNote(r, colors));
  if (r.parameterDraws > 0 && r.drawsWithRuns !== undefined && r.drawsWithRuns < r.parameterDraws) {
    out.push(colors.yellow(`Only ${r.drawsWithRuns} of the ${r.parameterDraws} parameter draws have runs in these figures: P, the judgments columns and the drivers cover those draws only.`));
  }

  // Outcomes.
  const draws = r.parameterDraws > 0;
  heading(draws
    ? 'Outcomes — P over the judgments; simulation error: 95% interval, the draw as unit; judgments: spread across draws'
    : 'Outcomes — probability and its 95% interval: simulation error only (more runs shrink it), not judgment');
  // With the judgments' two columns the titles no longer fit a screen: they move to --detail.
  const titles = !view.detail && !draws;
  const title = (id: string): string => r.outcomeTitles[id] ?? id;
  const rows: string[][] = [[
    'outcome', 'P', 'simulation error (95%)', 'runs', ...(draws ? ['judgments: 10th–90th pct', 'SD'] : []),
    view.detail ? 'first hit: median (quartiles)' : 'first hit (median)', ...(titles ? [''] : []),
  ]];
  // A rare outcome's row gives the rare-event estimate and its interval (marked), not the roots' own share.
  const rareOf = (id: string): RareEstimate | undefined => (r.rare && r.rare.outcomes.includes(id) && !m.options.given ? r.rare.estimates.find((e) => e.id === id) : undefined);
  const mark = r.rare?.estimator === 'branching' ? ' ᵇ' : ' ˢ';
  for (const o of s.outcomes) {
    const when = o.median === null ? '—' : view.detail ? `${r.tickDates[o.median]} (${r.tickDates[o.q1!]} – ${r.tickDates[o.q3!]})` : r.tickDates[o.median] ?? '—';
    const e = rareOf(o.id);
    rows.push([
      o.id, e ? `${pct(e.p)}${mark}` : pct(o.p), s.runs === 0 ? '—' : e ? formatInterval(e.lo, e.hi) : formatInterval(o.lo, o.hi), int(o.hits),
      ...(draws ? [o.p10 === null ? '—' : formatInterval(o.p10, o.p90!), o.judgmentSd === null ? '—' : pct(o.judgmentSd)] : []),
      when,
      ...(titles ? [title(o.id) === o.id ? '' : shorten(title(o.id), HEADLINE_TITLE_WIDTH)] : []),
    ]);
  }
  out.push(...table(rows, [false, true, true, true, ...(draws ? [true, true] : []), false, false]));
  if (r.rare && s.outcomes.some((o) => rareOf(o.id))) {
    out.push(colors.dim(`  ${mark.trim()} the rare-event estimate (${r.rare.estimator === 'branching' ? 'branching at decisions' : 'multilevel splitting'}) and its interval, below; "runs" counts the roots' own runs that reached it.`));
  }
  if (view.detail) {
    const titled = s.outcomes.filter((o) => title(o.id) !== o.id);
    out.push(...titled.map((o) => colors.dim(`  ${o.id}: ${title(o.id)}`)));
  }
  if (draws) {
    out.push(colors.dim('  The judgments columns are the spread across parameter draws (10th–90th percentile of the per-draw probability; SD net of'));
    out.push(colors.dim('  the per-draw simulation noise): uncertainty in the judgments, which more runs do not shrink.'));
    if (wants('drivers')) out.push(...driversLines(s.outcomes, colors, 'all: every outcome', s.driversChance, r.parameterDraws));
    else out.push(...driversLines(rarestWithPaths(s), colors, 'the rarest outcomes; all: --sections drivers', s.driversChance, r.parameterDraws));
  }
  if (r.relativePrecision) {
    const rp = r.relativePrecision;
    const ok = rp.reached <= rp.target;
    out.push(`  Relative precision: 95% half-width ${Number.isFinite(rp.reached) ? `±${(rp.reached * 100).toFixed(1)}%` : 'unbounded (no hit yet)'} of P for ${rp.outcomes.join(', ')} ${ok ? '≤' : '>'} target ±${(rp.target * 100).toFixed(1)}% after ${int(s.simulated)} runs${ok ? '' : ' (not reached: the run cap came first)'}`);
  }
  if (r.metricPrecision) out.push(...metricPrecisionLines(r.metricPrecision, s.simulated));
  if (r.rare) out.push(...rareLines(r.rare, colors));
  if (r.precision.target !== null) {
    const ok = r.precision.reached <= r.precision.target;
    out.push(`  Precision: widest 95% half-width ${r.precision.reached.toFixed(4)} ${ok ? '≤' : '>'} target ${r.precision.target} after ${int(s.simulated)} runs${ok ? '' : ' (not reached: the run cap came first)'}`);
  }

  // Metrics: the numbers a scenario declares are part of its headline.
  if (s.metrics.length > 0) out.push(...metricLines(r, colors, view, titles));

  // Causal paths: of every outcome on request; else of the rarest few that happened.
  const withPaths = s.outcomes.filter((o) => (s.paths[o.id] ?? []).length > 0);
  if (wants('paths')) {
    if (withPaths.length > 0) {
      heading('Most frequent causal paths — share of the runs where the outcome happened');
      for (const o of withPaths) {
        out.push(`  ${o.id}`);
        for (const p of s.paths[o.id]!) out.push(`    ${pct(p.share).padStart(6)}  ${p.path}`);
        const wars = warsText(s, o.id, pct);
        if (wars !== undefined) out.push(colors.dim(`    ${wars}`));
      }
    }
  } else if (withPaths.length > 0) {
    const picked = rarestWithPaths(s);
    heading(`Top causal paths of the ${picked.length === 1 ? 'rarest outcome' : `${picked.length} rarest outcomes`} that happened — share of its runs (all: --sections paths)`);
    for (const o of picked) {
      // On the outcome's own line, so the short summary keeps its height.
      const wars = warsText(s, o.id, pct);
      out.push(`  ${o.id} (${pct(o.p)})${wars !== undefined ? colors.dim(` — ${wars}`) : ''}`);
      const shown = s.paths[o.id]!.slice(0, HEADLINE_PATHS);
      const texts = shortenApart(shown.map((p) => p.path), HEADLINE_PATH_WIDTH);
      shown.forEach((p, k) => out.push(`    ${pct(p.share).padStart(6)}  ${texts[k]!}`));
    }
  }

  // Conditional probabilities.
  const cond = s.conditional.filter((c) => c.givenHits > 0);
  if (wants('conditionals') && cond.length > 0) {
    heading('Conditional probabilities — P(B | A) over the runs where A happened; "A first": share of those where A came strictly before B');
    const crow: string[][] = [['if A', 'then B', 'P(B | A)', 'simulation error (95%)', 'both', 'A first']];
    for (const c of cond) {
      crow.push([c.given, c.outcome, pct(c.p), formatInterval(c.lo, c.hi), `${int(c.both)}/${int(c.givenHits)}`, c.both > 0 ? pct(c.before / c.both) : '—']);
    }
    out.push(...table(crow, [false, false, true, true, true, true]));
  }

  // Highest rung per actor.
  if (wants('rungs')) {
    heading('Highest rung reached — share of runs, per actor');
    for (const [actor, dist] of Object.entries(s.highestRung)) {
      const parts = Object.entries(dist).filter(([, v]) => v > 0).map(([rung, v]) => `${rung} ${pct(v)}`);
      out.push(`  ${actor.padEnd(12)} ${parts.join('  ') || '—'}`);
    }
    // Escalation per pair belongs with the rungs: part of the `rungs` section.
    out.push(...formatEscalation(s.escalation, s.runs, colors));
  }

  // Obligations.
  const obligations = Object.entries(s.obligations);
  if (wants('ledger') && obligations.length > 0) {
    heading('Obligations — counts over all runs');
    for (const [key, o] of obligations) {
      const negative = 'respected' in o.honoured || 'breached' in o.honoured;
      if (negative) {
        out.push(`  ${key}: respected ${int(o.honoured.respected ?? 0)}, breached ${int(o.honoured.breached ?? 0)}${o.honoured.consented !== undefined ? `, consented ${int(o.honoured.consented)}` : ''}`);
        continue;
      }
      const levels = Object.entries(o.honoured).filter(([, n]) => n > 0).map(([l, n]) => `${l} ${int(n)}`);
      out.push(`  ${key}: judged ${int(o.judged)}, invoked ${int(o.invoked)}${o.pretext > 0 ? ` (pretext ${int(o.pretext)})` : ''}, denied ${int(o.denied)}, `
        + `${o.unrequested !== undefined ? `not requested ${int(o.unrequested)}, ` : ''}honoured ${levels.length > 0 ? levels.join(', ') : '0'}, defected ${int(o.defected)}`
        // An invocation ends honoured, defected or moot, or is still pending when the run ends (in no column); a casus met while not in force is no invocation. Moot and not in force are shown when they occur.
        + `${o.moot > 0 ? `, moot ${int(o.moot)}` : ''}, lapsed ${int(o.lapsed)}${o.notInForce > 0 ? `, not in force ${int(o.notInForce)}` : ''}`);
    }
  }

  // Council drafts and sanctions regimes.
  if (wants('council')) {
    const drafts = Object.entries(s.council).filter(([, c]) => c.tabled > 0);
    if (Object.keys(s.council).length > 0) {
      heading('Security Council drafts — by kind, over all runs');
      if (drafts.length === 0) out.push('  none tabled');
      for (const [kind, c] of drafts) {
        const by = Object.entries(c.vetoedBy).map(([who, n]) => `${who} ${int(n)}`).join(', ');
        const blockers = Object.entries(c.blockedBy ?? {}).map(([who, n]) => `${who} ${int(n)}`).join(', ');
        const statements = (c.presidentialStatement ?? 0) + (c.pressStatement ?? 0) + (c.blocked ?? 0) > 0
          ? `; statements: presidential ${int(c.presidentialStatement)}, press ${int(c.pressStatement)}, blocked ${int(c.blocked)}${blockers ? ` (by ${blockers})` : ''}` : '';
        out.push(`  ${kind}: tabled ${int(c.tabled)}, adopted ${int(c.adopted)}, vetoed ${int(c.vetoed)}${by ? ` (by ${by})` : ''}, failed ${int(c.failed)}, withdrawn ${int(c.withdrawn)}`
          + `${(c.shelved ?? 0) > 0 ? `, shelved ${int(c.shelved)}` : ''}${statements}${(c.noProduct ?? 0) > 0 ? `; no product ${int(c.noProduct)}` : ''}`);
      }
    }
    const regimes = Object.entries(s.regimes);
    if (regimes.length > 0) {
      heading('Sanctions regimes — state at the end of the run, share of runs');
      for (const [id, states] of regimes) {
        const n = Object.values(states).reduce((a, b) => a + b, 0);
        const parts = Object.entries(states).filter(([, v]) => v > 0).map(([st, v]) => `${st} ${pct(v / n)}`);
        out.push(`  ${id}: ${parts.join('  ') || '—'}`);
      }
    }
  }

  // Failures.
  heading('Failures');
  if (s.errors === 0) out.push('  none');
  else {
    out.push(colors.red(`  ${int(s.errors)} run${s.errors === 1 ? '' : 's'} failed${s.errors > MAX_FAILURES_SHOWN ? ` (first ${MAX_FAILURES_SHOWN} shown)` : ''}:`));
    for (const f of r.failures.slice(0, MAX_FAILURES_SHOWN)) out.push(`  run ${f.run}: ${shorten(f.message, 200)}`, colors.dim(`    replay: ${f.replay}`));
  }

  out.push('', `Replay this batch: ${r.replay.batch}`);
  out.push(`Replay one run:    ${view.detail ? r.replay.oneRun : shortenReplay(r.replay.oneRun)}`);
  const hidden = SUMMARY_SECTIONS.filter((x) => !wants(x));
  if (hidden.length > 0) out.push(colors.dim(`More: --sections ${hidden.join(',')} (any of them), or --detail for everything`));
  return `${out.join('\n')}\n`;
}

/** The metrics' table: mean and its interval, the values' spread, and (nested designs) the judgments' spread. */
function metricLines(r: SummaryReport, colors: Paint, view: SummaryView, titles: boolean): string[] {
  const s = r.summary;
  const draws = r.parameterDraws > 0;
  const title = (id: string): string => r.metricTitles?.[id] ?? id;
  const int = (n: number): string => (Number.isFinite(n) ? n.toLocaleString('en-US') : '—');
  const out = ['', colors.dim(draws
    ? 'Metrics — mean per run over the judgments; simulation error: 95% interval, the draw as unit; judgments: spread of the per-draw mean'
    : 'Metrics — mean per run and its 95% interval (simulation error only); the values\' spread over the runs')];
  const rows: string[][] = [[
    'metric', 'mean', 'simulation error (95%)', 'median', '90th pct', 'max', '> 0', ...(draws ? ['judgments: 10th–90th pct'] : []), ...(titles ? [''] : []),
  ]];
  for (const x of s.metrics) {
    rows.push([
      x.id, formatValue(x.mean), x.runs === 0 ? '—' : formatValueInterval(x.lo, x.hi), int(x.median), int(x.p90), int(x.max), formatPercent(x.positive),
      ...(draws ? [x.p10 === null ? '—' : formatValueInterval(x.p10, x.p90Draws!)] : []),
      ...(titles ? [title(x.id) === x.id ? '' : shorten(title(x.id), HEADLINE_TITLE_WIDTH)] : []),
    ]);
  }
  out.push(...table(rows, [false, true, true, true, true, true, true, ...(draws ? [true] : []), false]));
  if (view.detail) out.push(...s.metrics.filter((x) => title(x.id) !== x.id).map((x) => colors.dim(`  ${x.id}: ${title(x.id)}`)));
  return out;
}

/** The header line saying where the parameter values came from. */
function judgmentsNote(r: SummaryReport, colors: Paint): string[] {
  const j = r.judgments;
  if (!j) return [];
  if (j.mode === 'judgments') return [colors.dim(`Judgments drawn: P is over the uncertain parameters (${r.parameterDraws} draws, each run its own luck); --nominal fixes them.`)];
  if (j.mode === 'nominal' && j.nominalBecause !== null) return [colors.dim(`Nominal judgments (implied by ${j.nominalBecause}): every parameter at its nominal value; the spread from the judgments is not shown.`)];
  return [];
}

/**
 * Per outcome, the parameters whose drawn values move its probability most, beyond chance. The top
 * three of P correlations are the largest of P, and over K draws the largest of P parameters that
 * do nothing reaches far beyond one parameter's ±1.96/√(K−1) (with 181 parameters and 40 draws,
 * ±0.58 against ±0.31): only drivers past the band for the largest are shown (`driversChance`).
 */
function driversLines(outcomes: Summary['outcomes'], colors: Paint, which: string, chance: number | null, draws: number): string[] {
  if (outcomes.every((o) => o.drivers.length === 0)) return [];
  const band = chance ?? Infinity;
  const lines = outcomes
    .map((o) => ({ id: o.id, beyond: o.drivers.filter((d) => Math.abs(d.rho) > band) }))
    .filter((o) => o.beyond.length > 0)
    .map((o) => `  ${o.id}: ${o.beyond.map((d) => `${d.parameter} ${d.rho >= 0 ? '+' : '−'}${Math.abs(d.rho).toFixed(2)}`).join(', ')}`);
  // "Chance" is the band for the largest of the drawn parameters (docs/cli.md), kept short to fit a screen.
  const reach = chance === null ? 'too few draws to tell' : `±${chance.toFixed(2)} over ${draws} draws`;
  if (lines.length === 0) return ['', colors.dim(`Drivers — none beyond chance (${reach}; ${which})`)];
  return ['', colors.dim(`Drivers — rank correlation of per-draw P with the drawn value beyond chance (${reach}), top 3 (${which})`), ...lines];
}

/**
 * Who began the wars an outcome happened in, as shares of its runs (the war of the event that made
 * it hold; the rest, reached by no act of war — a vote, a variable, the state of the world): a path
 * that starts inside a war (an allied offensive, a great power's entry) does not say who began it.
 * Undefined when the outcome never happened by an act of war.
 */
function warsText(s: Summary, id: string, pct: (p: number) => string): string | undefined {
  const wars = s.wars[id] ?? [];
  if (wars.length === 0) return undefined;
  const inside = wars.reduce((n, w) => n + w.share, 0);
  const rest = inside < 1 - 1e-9 ? ` · not by an act of war ${pct(1 - inside)}` : '';
  return `in wars begun by: ${wars.map((w) => `${w.initiator} ${pct(w.share)}`).join(' · ')}${rest}`;
}

/** The rarest few outcomes that happened, in declared order: what the short summary dwells on. */
function rarestWithPaths(s: Summary): Summary['outcomes'] {
  const withPaths = s.outcomes.filter((o) => (s.paths[o.id] ?? []).length > 0);
  const rarest = [...withPaths].sort((a, b) => a.p - b.p).slice(0, HEADLINE_OUTCOMES_WITH_PATHS);
  return withPaths.filter((o) => rarest.includes(o));
}

/**
 * A nested design's one-run replay line carries every drawn parameter as `--set`: in the short
 * summary it is cut after the run index, saying how many values were left out.
 */
function shortenReplay(line: string): string {
  if ([...line].length <= HEADLINE_PATH_WIDTH) return line;
  const sets = line.split(' --set ').length - 1;
  if (sets === 0) return line;
  // Never a cut command: a line printed for pasting must work as printed.
  return `its command sets ${sets} drawn parameter values; --detail prints it`;
}

/** The --rare section: splitting estimates next to their plain-run equivalents. */
function rareLines(rare: NonNullable<SummaryReport['rare']>, colors: Paint): string[] {
  const pct = (p: number): string => `${(p * 100).toFixed(4)}%`;
  const int = (n: number): string => Math.round(n).toLocaleString('en-US');
  const how = rare.estimator === 'branching'
    ? `branching at the decisions that start or join a war (${int(rare.branches)} branches)`
    : `multilevel splitting on the escalation score, levels ${rare.levels.map((l) => `${l.score}:${l.factor}`).join(',') || 'none'} (${int(rare.branches)} copies)`;
  const which = rare.below !== null ? `; ${rare.outcomes.length === 0 ? 'no outcome' : 'named, and every outcome'} estimated above 0 and below ${pct(rare.below)}` : '';
  const out = ['', colors.dim(`Rare outcomes — ${how}${which}; 95% interval: simulation error (roots as units)`)];
  const rows: string[][] = [['outcome', 'P', 'simulation error (95%)', '± relative', 'roots with hits', 'work (runs)', 'plain runs for this precision', 'speed-up']];
  for (const e of rare.estimates.filter((x) => rare.outcomes.includes(x.id))) {
    rows.push([
      e.id, pct(e.p), `${pct(e.lo)} – ${pct(e.hi)}`, e.p > 0 ? `±${((1.959963984540054 * e.se / e.p) * 100).toFixed(1)}%` : '—',
      `${int(e.hitRoots)}/${int(e.roots)}`, int(e.work), e.plainRuns === null ? '—' : int(e.plainRuns), e.speedup === null ? '—' : `${e.speedup.toFixed(1)}×`,
    ]);
  }
  out.push(...table(rows, [false, true, true, true, true, true, true, true]));
  out.push(colors.dim(`  Work counts every simulated tick of every ${rare.estimator === 'branching' ? 'branch (from the tick it starts in)' : 'copy'}, in whole runs; "plain runs" would give the same standard error, speed-up = plain runs ÷ work. The plain figures above are the roots' own runs.`));
  return out;
}

/** `text` cut to `width` characters, ending in `…` when cut. */
function shorten(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

/**
 * A causal path shortened to about `width` characters by leaving out whole steps in the middle:
 * its root and its last steps (what made the outcome hold) are what a reader needs.
 */
function shortenMiddle(text: string, width: number): string {
  if ([...text].length <= width) return text;
  const steps = text.split(' → ');
  const kept = [steps[0]!];
  const tail: string[] = [];
  let length = [...steps[0]!].length + ' → … → '.length;
  for (let i = steps.length - 1; i > 0; i--) {
    const add = [...steps[i]!].length + (tail.length > 0 ? ' → '.length : 0);
    if (tail.length > 0 && length + add > width) break;
    tail.unshift(steps[i]!);
    length += add;
  }
  return tail.length === steps.length - 1 ? text : [...kept, '…', ...tail].join(' → ');
}

/**
 * Paths shortened as {@link shortenMiddle} does, but never to the same text: two different paths
 * that shorten alike (they differ only in the steps left out) are given more room until they differ.
 */
export function shortenApart(paths: readonly string[], width: number): string[] {
  const longest = Math.max(0, ...paths.map((p) => [...p].length));
  for (let w = width; ; w += 20) {
    const texts = paths.map((p) => shortenMiddle(p, w));
    if (new Set(texts).size === new Set(paths).size || w >= longest) return texts;
  }
}

/** Parses `--sections a,b` (repeatable) into a set, refusing unknown names (E_OPTION_VALUE). */
export function parseSections(raw: string | readonly string[] | undefined): Set<SummarySection> {
  const items = raw === undefined ? [] : (typeof raw === 'string' ? [raw] : raw).flatMap((x) => x.split(',')).map((x) => x.trim()).filter((x) => x !== '');
  const out = new Set<SummarySection>();
  for (const item of items) {
    if (!(SUMMARY_SECTIONS as readonly string[]).includes(item)) {
      const hint = didYouMean(item, SUMMARY_SECTIONS);
      throw usageError('E_OPTION_VALUE', `--sections: unknown section "${item}"${hint}; the sections are ${SUMMARY_SECTIONS.join(', ')}`);
    }
    out.add(item as SummarySection);
  }
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

/** `--metric-precision`: each metric's half-width of its mean reached, against its target. */
function metricPrecisionLines(targets: NonNullable<SummaryReport['metricPrecision']>, simulated: number): string[] {
  const int = (n: number): string => n.toLocaleString('en-US');
  const short = (x: number): string => String(Number(x.toPrecision(3)));
  const parts = targets.map((x) => `${x.id} ${Number.isFinite(x.reached) ? `±${short(x.reached)}` : 'not yet readable'} ${x.reached <= x.target ? '≤' : '>'} ±${x.target}`);
  const ok = targets.every((x) => x.reached <= x.target);
  const lines = [`  Metric precision (95% half-width of the mean): ${parts.join(', ')} after ${int(simulated)} runs${ok ? '' : ' (not reached: the run cap came first)'}`];
  if (targets.some((x) => !Number.isFinite(x.reached))) lines.push(`  (a half-width is read once ${METRIC_PRECISION_SPREAD} runs report a value other than the metric's commonest one)`);
  return lines;
}

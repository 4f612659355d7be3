import { basename } from 'node:path';
import { commandOf, parseResult, RESULT_FORMAT, type ResultDocument } from '../../batch/result-file.js';
import { resultContext, type ResultContext } from '../context.js';
import { esc, fmtInt, longDate } from '../html.js';
import type { ReportPage, Section } from '../page.js';
import { resolveSimulatedScenario } from '../scenario-source.js';
import { assumptionsSection } from '../sections/assumptions.js';
import { councilSection, obligationsSection, pairEscalationSection, rungsSection } from '../sections/escalation.js';
import { conditionalSection, glance, outcomesSection, spreadSection, timelineSection } from '../sections/outcomes.js';
import { pactsSection } from '../sections/pacts.js';
import { pathsSection } from '../sections/paths.js';
import { metricsSection } from '../sections/metrics.js';
import { describePeriod } from '../../run-period.js';
import type { ReportKind } from './kind.js';

/**
 * The sections of a result report, in page order. Each is one function of the context; one that
 * gives nothing (the metrics of a scenario that declares none) is left out.
 */
export const RESULT_SECTIONS: readonly ((ctx: ResultContext) => Section | undefined | Promise<Section | undefined>)[] = [
  outcomesSection,
  timelineSection,
  spreadSection,
  metricsSection,
  conditionalSection,
  pathsSection,
  rungsSection,
  pairEscalationSection,
  obligationsSection,
  councilSection,
  pactsSection,
  assumptionsSection,
];

/** The ids of the sections a result report always has (for tests and the docs); `metrics` follows `spread` when the scenario declares metrics. */
export const RESULT_SECTION_IDS = ['outcomes', 'timeline', 'spread', 'conditional', 'paths', 'rungs', 'pairs', 'obligations', 'council', 'pacts', 'assumptions'] as const;

/** `casus-result` files: a batch's manifest, exact aggregates and provenance. */
export const resultKind: ReportKind<ResultDocument> = {
  format: RESULT_FORMAT,
  parse(text) {
    const parsed = parseResult(text);
    return parsed.ok ? { ok: true, doc: parsed.doc } : parsed;
  },
  async build(doc, env) {
    const command = commandOf(doc);
    const manifestScenario = doc.manifest.scenario as { id: string; sha256: string; path?: unknown; source?: unknown };
    const manifestOverrides = (doc.manifest as unknown as { overrides?: unknown }).overrides;
    const resolved = resolveSimulatedScenario({
      id: manifestScenario.id, sha256: manifestScenario.sha256,
      path: typeof manifestScenario.path === 'string' ? manifestScenario.path : typeof manifestScenario.source === 'string' ? manifestScenario.source : undefined,
      overrides: isNumberRecord(manifestOverrides) ? manifestOverrides : undefined,
      command,
    }, { cwd: env.cwd, resultPath: env.inputPath, scenarioOption: env.scenarioOption });
    env.note(`scenario: ${resolved.source.name} (found from ${resolved.how}; SHA-256 matches the result)`);
    const ctx = resultContext(doc, resolved, env.storyRuns);
    const sections: Section[] = [];
    for (const make of RESULT_SECTIONS) {
      const section = await make(ctx);
      if (section !== undefined) sections.push(section);
    }
    const m = doc.manifest;
    if (doc.partial) env.warn(`${basename(env.inputPath)} is a partial result (a checkpoint, or a batch stopped early): the report covers only the ${m.runs.to - m.runs.from} runs finished`);
    else if (m.runs.from !== 0 || m.runs.to !== m.runs.total) env.warn(`${basename(env.inputPath)} holds runs ${m.runs.from}–${m.runs.to - 1} of ${m.runs.total} (one shard): the report covers only those; merge the shards with casus merge for the whole batch`);
    return resultPage(ctx, sections, command);
  },
};

function isNumberRecord(x: unknown): x is Record<string, number> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every((v) => typeof v === 'number');
}

function resultPage(ctx: ResultContext, sections: Section[], command: string | undefined): ReportPage {
  const { doc, scenario, summary } = ctx;
  const m = doc.manifest;
  const runsText = `${fmtInt(summary.runs)}${summary.simulated !== summary.runs ? ` counted of ${fmtInt(summary.simulated)}` : ''}`;
  const facts: [string, string][] = [
    ['Scenario', scenario.id],
    ['Runs', runsText],
    ['Seed', String(m.seed)],
    ['Engine', `${m.engine} · ${m.seedScheme} · v${m.engineVersion}`],
    ['Simulated', doc.provenance?.finishedAt ? longDate(doc.provenance.finishedAt) : '—'],
    ['Period', describePeriod(scenario.clock)],
  ];
  if (m.options.situation) facts.push(['Situation', `${m.options.situation}: ${scenario.situations[m.options.situation]?.title ?? ''}`]);
  if (m.options.given) facts.push(['Given', ctx.title(m.options.given)]);
  if (m.options.parameterDraws > 0) facts.push(['Parameter draws', `${m.options.parameterDraws} × ${fmtInt(m.options.runsPerDraw ?? 0)} runs`]);
  if (m.runs.from !== 0 || m.runs.to !== m.runs.total) facts.push(['Run range', `${fmtInt(m.runs.from)} – ${fmtInt(m.runs.to - 1)} of ${fmtInt(m.runs.total)}`]);
  const overrides = Object.entries(ctx.resolved.overrides);
  if (overrides.length > 0) facts.push(['Overrides', overrides.map(([k, v]) => `${k}=${v}`).join(', ')]);

  const warnings: string[] = [];
  if (doc.partial) warnings.push('<strong>Partial result.</strong> This file is a checkpoint or a batch stopped early: the figures cover only the runs finished.');
  if (summary.errors > 0) warnings.push(`<strong>${fmtInt(summary.errors)} run${summary.errors === 1 ? '' : 's'} failed</strong> and ${summary.errors === 1 ? 'is' : 'are'} not counted; see <code>aggregates.errors</code> in the result file.`);
  if (m.options.given) warnings.push(`Every figure is <strong>conditional on ${esc(ctx.title(m.options.given))}</strong>: only the runs where it happened are counted.`);

  const replay = command ?? `casus run ${ctx.resolved.arg} --runs ${m.runs.total} --seed ${m.seed}`;
  const colophon = [
    `<p><strong>How to read the intervals.</strong> Every probability comes with a 95% Wilson score interval labelled <em>simulation error</em>: the range within which the probability would settle with unlimited runs of <em>this</em> scenario. More runs narrow it. It does not measure whether the scenario's judgments are right; only a nested design (parameter draws) or a sweep speaks to that.</p>`,
    `<p>This result was made by <code>${esc(replay)}</code>. Replay any single run with <code>casus run ${esc(ctx.resolved.arg)} --seed ${esc(String(m.seed))} --run K</code>${m.options.parameterDraws > 0 ? ' (in a nested design, use the story\'s own line, which sets the draw\'s parameters)' : ''}.</p>`,
    `<p>Scenario ${esc(ctx.resolved.source.name)} (found from ${esc(ctx.resolved.how)}), SHA-256 <span class="mono">${esc(m.scenario.sha256)}</span>; seed scheme ${esc(m.seedScheme)}; engine ${esc(m.engineVersion)}.${doc.provenance?.machine ? ` Ran on ${esc(doc.provenance.machine.platform)}/${esc(doc.provenance.machine.arch)}, Node ${esc(doc.provenance.machine.node)}, in ${(doc.provenance.durationMs / 1000).toFixed(1)} s.` : ''} Generated by <code>casus report</code>; the page is self-contained and loads nothing.</p>`,
  ].join('');
  return {
    kind: 'Casus · Monte Carlo report',
    title: scenario.title,
    ...(scenario.description ? { description: scenario.description.replace(/\bhttps?:\/\//gi, '') } : {}),
    facts, warnings, glance: glance(ctx), sections, colophon,
  };
}


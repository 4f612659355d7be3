import { compile, escalationLayout, resolveParameters, summarise, type Model, type Scenario, type Summary } from '@casus/engine';
import type { ResultDocument } from '../batch/result-file.js';
import { ChartRenderer } from './charts.js';
import { CauseBook, weakestBasis, type Basis } from './causes.js';
import type { ResolvedScenario } from './scenario-source.js';
import { findStories, storyKey, type Story, type StoryResult } from './stories.js';
import { isoOfDay } from '../story.js';

/** How many causal paths per outcome the report shows (each with a story). */
export const TOP_PATHS = 5;

/** Share of an outcome's runs that its judgment-dependent top paths must carry for the outcome to be flagged. */
export const HINGE_SHARE = 0.5;

/** Why an outcome's probability rests on judgments: the parameters its top paths depend on. */
export interface Hinge {
  /** The weakest basis among the parameters of the outcome's top paths. */
  readonly basis: Basis | undefined;
  /**
   * The flag: `placeholder` when top paths depending on a placeholder carry at least half of the
   * outcome's runs, else `judgment` when paths depending on a judgment or placeholder do; else none.
   */
  readonly flag: 'judgment' | 'placeholder' | undefined;
  /** Share of the outcome's runs on top paths that depend on judgment or placeholder parameters. */
  readonly share: number;
  /** Parameters of basis judgment or placeholder, with the causes that reference them and the share of the outcome's runs those paths carry. */
  readonly parameters: readonly { readonly name: string; readonly basis: Basis; readonly causes: readonly string[]; readonly share: number }[];
}

/** Everything the sections of a result report read. */
export interface ResultContext {
  readonly doc: ResultDocument;
  readonly scenario: Scenario;
  readonly resolved: ResolvedScenario;
  readonly model: Model;
  readonly summary: Summary;
  readonly charts: ChartRenderer;
  readonly causes: CauseBook;
  /** ISO date of each tick 0 … horizon. */
  readonly tickDates: readonly string[];
  readonly hinges: ReadonlyMap<string, Hinge>;
  readonly stories: StoryResult;
  readonly storyBudget: number;
  title(outcome: string): string;
  /** A short title: the outcome's title without a trailing parenthesis, at most 48 characters. */
  shortTitle(outcome: string): string;
  story(outcome: string, path: string): Story | null;
}

/** Builds the context: compiles the model, summarises the aggregates, finds the stories. */
export function resultContext(doc: ResultDocument, resolved: ResolvedScenario, storyBudget: number): ResultContext {
  const scenario = resolved.scenario;
  const model = compile(scenario, resolveParameters(scenario, resolved.overrides));
  const summary = summarise(doc.aggregates, model.rungs.map((r) => r.id), TOP_PATHS, escalationLayout(model));
  const causes = new CauseBook(scenario, model);
  const tickDates = Array.from(model.clock.days, (d) => isoOfDay(d));

  const hinges = new Map<string, Hinge>();
  for (const [outcome, paths] of Object.entries(summary.paths)) {
    const found = new Map<string, { name: string; basis: Basis; causes: Set<string>; share: number }>();
    const all: (Basis | undefined)[] = [];
    let share = 0;
    let placeholderShare = 0;
    for (const p of paths) {
      const params = causes.pathParameters(p.path);
      if (params.some((x) => x.basis === 'judgment' || x.basis === 'placeholder')) share += p.share;
      if (params.some((x) => x.basis === 'placeholder')) placeholderShare += p.share;
      for (const param of params) {
        all.push(param.basis);
        if (param.basis !== 'judgment' && param.basis !== 'placeholder') continue;
        const f = found.get(param.name) ?? { name: param.name, basis: param.basis, causes: new Set<string>(), share: 0 };
        for (const c of param.causes) f.causes.add(c);
        f.share += p.share;
        found.set(param.name, f);
      }
    }
    const parameters = [...found.values()].map((f) => ({ ...f, causes: [...f.causes], share: Math.min(1, f.share) }))
      .sort((a, b) => (a.basis === b.basis ? b.share - a.share : a.basis === 'placeholder' ? -1 : 1));
    const flag = placeholderShare >= HINGE_SHARE ? 'placeholder' : share >= HINGE_SHARE ? 'judgment' : undefined;
    hinges.set(outcome, { basis: weakestBasis(all), flag, share: Math.min(1, share), parameters });
  }

  const m = doc.manifest;
  const wanted = Object.entries(summary.paths).flatMap(([outcome, paths]) => paths.map((p) => ({ outcome, path: p.path })));
  const stories = findStories({
    scenario, arg: resolved.arg, overrides: resolved.overrides, seed: m.seed, situation: m.options.situation, given: m.options.given,
    engine: m.engine, parameterDraws: m.options.parameterDraws, runsPerDraw: m.options.runsPerDraw ?? 0, drawLuck: m.options.drawLuck ?? 'shared',
    from: m.runs.from, to: m.runs.to, budget: storyBudget,
  }, wanted);

  const titles = new Map(model.outcomes.map((o) => [o.id, o.title] as const));
  const title = (id: string): string => titles.get(id) ?? id;
  return {
    doc, scenario, resolved, model, summary, charts: new ChartRenderer(), causes, tickDates, hinges, stories, storyBudget,
    title,
    shortTitle: (id) => shortTitle(title(id)),
    story: (outcome, path) => stories.stories.get(storyKey(outcome, path)) ?? null,
  };
}

/** `Lethal armed incident (as the incidents of F§3c)` → `Lethal armed incident`; at most 48 characters. */
export function shortTitle(title: string): string {
  const t = title.replace(/\s*\([^()]*\)\s*$/, '').trim() || title;
  return t.length > 48 ? `${t.slice(0, 46).trimEnd()}…` : t;
}

import { causalPath, describeEvent, Design, masterSeedOf, PATH_SEPARATOR, Simulator, type Model, type Scenario } from '@casus/engine';
import { shellWord } from '../batch/replay.js';
import { isoOfDay } from '../story.js';

/** Where to look for runs: the batch's identity, as its manifest records it. */
export interface StorySearch {
  readonly scenario: Scenario;
  /** The scenario as it should be typed in a replay line. */
  readonly arg: string;
  readonly overrides: Readonly<Record<string, number>>;
  readonly seed: number | string;
  readonly situation: string | null;
  readonly given: string | null;
  readonly engine: 'batch' | 'reference';
  /** Runs per parameter draw in a nested design (0: a plain batch). */
  readonly parameterDraws: number;
  /** Nested designs: whether the draws share their runs' luck (manifest.options.drawLuck). */
  readonly drawLuck?: 'shared' | 'independent' | undefined;
  readonly runsPerDraw: number;
  /** The runs the result covers, [from, to). */
  readonly from: number;
  readonly to: number;
  /** At most this many runs are simulated in the search. */
  readonly budget: number;
}

export interface StoryEvent {
  readonly tick: number;
  readonly date: string;
  readonly kind: string;
  readonly cause: string;
  readonly text: string;
}

/** One run that followed a path to an outcome, told event by event. */
export interface Story {
  readonly outcome: string;
  readonly path: string;
  /** Run index in the batch, and the index it is seeded with (they differ in nested designs). */
  readonly run: number;
  readonly seedIndex: number;
  readonly tick: number;
  readonly date: string;
  /** The chain of events from the root cause to the one after which the outcome held (empty: it held by the state). */
  readonly events: readonly StoryEvent[];
  /** `casus run FILE --seed S --run K …`: replays that run alone, with its whole story. */
  readonly replay: string;
}

export interface StoryResult {
  /** `outcome\u0000path` → the first run that followed it, or null when none did within the budget. */
  readonly stories: ReadonlyMap<string, Story | null>;
  /** Runs simulated in the search: [from, from + searched). */
  readonly searched: number;
}

/** Default number of runs simulated to find a story for each path (`casus report --story-runs`). */
export const DEFAULT_STORY_RUNS = 5_000;

export const storyKey = (outcome: string, path: string): string => `${outcome}\u0000${path}`;

/**
 * For each wanted (outcome, causal path), finds the first run of the batch (in run order, within
 * the budget) whose causal path to the outcome is exactly that path, by simulating runs again
 * with the engine — the same (scenario, parameters, seed, run index) give the same run — and tells
 * it with the engine's own sentences (`describeEvent`). One pass over the runs serves every path.
 */
export function findStories(search: StorySearch, wanted: readonly { outcome: string; path: string }[]): StoryResult {
  const stories = new Map<string, Story | null>();
  const open = new Map<string, Set<string>>();
  for (const w of wanted) {
    stories.set(storyKey(w.outcome, w.path), null);
    open.set(w.outcome, (open.get(w.outcome) ?? new Set()).add(w.path));
  }
  const nested = search.parameterDraws > 0;
  const design = new Design(search.scenario, search.seed, nested ? search.runsPerDraw : search.to, nested ? search.parameterDraws : 0, search.overrides, search.drawLuck ?? 'shared');
  const master = masterSeedOf(search.seed);
  const sims = new Map<number, Simulator>();
  const model0 = design.model(nested ? 0 : -1);
  const outcomeIds = model0.outcomes.map((o) => o.id);
  const given = search.given === null ? -1 : outcomeIds.indexOf(search.given);
  let remaining = wanted.length;
  const end = Math.min(search.to, search.from + Math.max(0, search.budget));
  let run = search.from;
  for (; run < end && remaining > 0; run++) {
    const draw = design.drawOf(run);
    let sim = sims.get(draw);
    if (!sim) { sim = new Simulator(design.model(draw), { engine: 'batch' }); sims.set(draw, sim); }
    const seedIndex = design.seedIndexOf(run);
    const s = sim.run(master, seedIndex, search.situation !== null ? { situation: search.situation } : {});
    if (s.status === 'error' || (given >= 0 && s.outcomeTick[given]! < 0)) continue;
    for (let i = 0; i < outcomeIds.length; i++) {
      const paths = open.get(outcomeIds[i]!);
      const tick = s.outcomeTick[i]!;
      if (!paths || paths.size === 0 || tick < 0) continue;
      const ev = s.outcomeEvent[i]!;
      const key = ev >= 0 ? causalPath(s, ev).join(PATH_SEPARATOR) : 'state';
      if (!paths.has(key)) continue;
      paths.delete(key);
      remaining--;
      const m: Model = sim.model;
      const chain: StoryEvent[] = [];
      for (let e = ev, guard = 0; e >= 0 && guard < 10_000; e = s.events[e]!.parent, guard++) {
        const x = s.events[e]!;
        chain.push({ tick: x.tick, date: isoOfDay(m.clock.days[x.tick]!), kind: x.kind, cause: x.cause, text: describeEvent(m, x) });
      }
      chain.reverse();
      const values = draw >= 0 ? { ...design.drawValues(draw), ...search.overrides } : search.overrides;
      const words = ['casus', 'run', search.arg, '--seed', String(search.seed), '--run', String(seedIndex),
        ...Object.entries(values).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
        ...(search.situation !== null ? ['--situation', search.situation] : []),
        ...(search.engine !== 'batch' ? ['--engine', search.engine] : [])];
      stories.set(storyKey(outcomeIds[i]!, key), {
        outcome: outcomeIds[i]!, path: key, run, seedIndex, tick, date: isoOfDay(m.clock.days[tick]!), events: chain,
        replay: words.map(shellWord).join(' '),
      });
    }
  }
  return { stories, searched: run - search.from };
}

import type { ReportPage } from '../page.js';

/** What a report builder may know of its surroundings. */
export interface ReportEnv {
  /** Directory that relative paths are typed from. */
  readonly cwd: string;
  /** Absolute path of the input file (a result, comparison or sweep). */
  readonly inputPath: string;
  /** `--scenario FILE`, as typed. */
  readonly scenarioOption?: string | undefined;
  /** Most runs simulated to find one story per causal path. */
  readonly storyRuns: number;
  /** A note for stderr (which scenario was used, what was skipped). */
  note(message: string): void;
  /** A warning for stderr, printed even with --quiet: the input covers only part of what it describes. */
  warn(message: string): void;
}

/**
 * One kind of input the report understands, told apart by the file's `format`. Adding a kind (a
 * sweep, say) is one module implementing this and one line in kinds/index.ts.
 */
export interface ReportKind<T> {
  readonly format: string;
  /** Shape-checks the file's text (`path`: the file, to read files beside it). */
  parse(text: string, path: string): { ok: true; doc: T } | { ok: false; reason: string };
  /** Builds the page: everything but the layout. */
  build(doc: T, env: ReportEnv): Promise<ReportPage>;
}

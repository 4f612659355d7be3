import { parseVary, type Scenario, type Vary } from '@casus/engine';
import { SweepError } from './errors.js';
import { unknownParameterHint } from '../did-you-mean.js';

/** A `--vary` option as typed, as the engine reads it, and the level names used for its values. */
export interface VarySpec {
  /** The option's text after `--vary`, kept for replay lines and the manifest. */
  readonly spec: string;
  readonly vary: Vary;
  /** Level names given in a list (`x=low,high`), with the values they stand for, in order. */
  readonly labels: readonly { readonly value: number; readonly level: string }[];
}

export type DesignKind = 'grid' | 'lhs';

/**
 * Reads the `--vary` options of a sweep, through the engine's `parseVary` so the CLI and the
 * library read a spec alike: `name=from:to:count` (count evenly spaced values), `name=a,b,c`
 * (numbers or the parameter's level names) or `name=lo:hi` (a range; its two ends on a grid).
 * Checks what the engine leaves to its caller: the name is the scenario's own parameter (not an
 * inherited object key), every list item is a number or a declared level, no parameter is varied
 * twice or also fixed with --set, and the spec fits the design (a Latin hypercube samples a range).
 * Throws a SweepError E_VARY (exit 2) that quotes the spec and says what was expected.
 */
export function parseVarySpecs(specs: readonly string[], scenario: Scenario, design: DesignKind, fixed: Readonly<Record<string, number>>, scenarioArg: string = scenario.id): VarySpec[] {
  if (specs.length === 0) throw new SweepError('E_VARY', 'a sweep needs at least one --vary name=values (e.g. --vary ally_reliability=0.5:0.9:5)');
  const seen = new Set<string>();
  return specs.map((spec) => {
    const eq = spec.indexOf('=');
    const name = eq < 0 ? spec.trim() : spec.slice(0, eq).trim();
    const body = eq < 0 ? '' : spec.slice(eq + 1).trim();
    const fail = (why: string): never => { throw new SweepError('E_VARY', `--vary ${spec}: ${why}`); };
    if (eq <= 0 || name === '') fail('expected name=values: name=from:to:count, name=a,b,c (numbers or level names) or name=lo:hi');
    if (!Object.hasOwn(scenario.parameters, name)) fail(`unknown parameter "${name}"${unknownParameterHint(name, scenario, scenarioArg)}`);
    if (seen.has(name)) fail(`${name} is varied twice; give one --vary per parameter`);
    seen.add(name);
    if (Object.hasOwn(fixed, name)) fail(`${name} is also fixed with --set; vary it or fix it, not both`);
    if (body === '') fail('no values after "="');
    const levels = scenario.parameters[name]!.levels ?? {};
    const parts = body.split(':');
    const items = parts.length === 1 ? body.split(',') : parts.length === 2 ? parts : [];
    const labels: { value: number; level: string }[] = [];
    for (const raw of items) {
      const item = raw.trim();
      if (Object.hasOwn(levels, item)) { if (parts.length === 1) labels.push({ value: levels[item]!, level: item }); continue; }
      if (item === '' || !Number.isFinite(Number(item))) {
        const names = Object.keys(levels);
        fail(`"${item}" is neither a number nor a level of ${name}${names.length > 0 ? ` (its levels: ${names.join(', ')})` : ' (it declares no levels)'}`);
      }
    }
    if (parts.length > 3) fail('expected from:to:count, lo:hi or a list a,b,c');
    let vary: Vary;
    try {
      vary = parseVary(`${name}=${parts.length === 1 ? items.map((i) => i.trim()).join(',') : parts.map((p) => p.trim()).join(':')}`, scenario);
    } catch (error) {
      return fail((error as Error).message.replace(/^--vary \S+: /, ''));
    }
    if (design === 'lhs') {
      if (parts.length === 3) fail('a Latin hypercube samples a range, so the count applies to a grid only; write name=lo:hi');
      const range = vary.range;
      if (range === undefined) return fail('a Latin hypercube samples a range: write name=lo:hi (numbers or level names), not a list');
      if (!(range[1] > range[0])) fail(`the range ${range[0]}:${range[1]} is empty`);
    }
    return { spec, vary, labels };
  });
}

/** The level name a value was given by in a list spec, if any. */
export function levelOf(spec: VarySpec, value: number): string | undefined {
  return spec.labels.find((l) => l.value === value)?.level;
}

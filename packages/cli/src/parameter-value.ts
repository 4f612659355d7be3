import { parameterRanges, type Scenario } from '@casus/engine';

/** A parameter value as typed on the command line: a number, or one of the parameter's named levels. */
export type ParameterValueResult =
  | { ok: true; value: number; level: string | undefined }
  | { ok: false; message: string };

/**
 * Reads `text` as a value of parameter `name`: a level the parameter declares (`levels: { low: 0.3,
 * high: 0.8 }` makes `high` mean 0.8), else a finite number. A level name wins over a number only
 * when the parameter declares it, so `--set x=0.5` always means 0.5. The parameter must exist
 * (callers check that first, to list the valid names). Never throws.
 */
export function parameterValue(scenario: Scenario, name: string, text: string): ParameterValueResult {
  const levels = Object.hasOwn(scenario.parameters, name) ? scenario.parameters[name]!.levels : undefined;
  const t = text.trim();
  if (levels !== undefined && Object.hasOwn(levels, t)) return { ok: true, value: levels[t]!, level: t };
  const value = t === '' ? NaN : Number(t);
  if (Number.isFinite(value)) {
    const range = parameterRanges(scenario)[name];
    if (range && (value < range[0] || value > range[1])) {
      return { ok: false, message: `${value} is outside [${range[0]}, ${range[1]}], the values the fields that use ${name} can hold` };
    }
    return { ok: true, value, level: undefined };
  }
  const names = levels === undefined ? [] : Object.keys(levels);
  return {
    ok: false,
    message: names.length === 0
      ? `expected a number, got "${text}"`
      : `expected a number or a level of ${name} (${names.join(', ')}), got "${text}"`,
  };
}

import { z } from 'zod';

/**
 * Ids are letters, digits, `_`, `-` and `.`, starting with a letter. Because an id can never look
 * like an integer, JavaScript keeps maps keyed by ids in source order, which the engine relies on
 * for deterministic iteration.
 */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
export const Id = z.string().regex(ID_PATTERN, { message: 'expected an id (a letter, then letters, digits, _ - .)' })
  .meta({ description: 'an id: a letter, then letters, digits, _, - or .' });

/** ISO calendar date `YYYY-MM-DD`; the engine converts it to a day number without a Date object. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected an ISO date YYYY-MM-DD' })
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    if (m < 1 || m > 12 || d < 1) return false;
    const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return d <= dim[m - 1]!;
  }, { message: 'expected a real calendar date' })
  .meta({ description: 'an ISO calendar date, YYYY-MM-DD' });

/**
 * An enum whose every value carries its meaning: the meanings are part of the schema, so the JSON
 * Schema for editors shows them (`enumDescriptions`, which yaml-language-server and VS Code read on
 * hover and completion). The record type makes a value without a meaning a compile error.
 */
export function choice<const T extends readonly [string, ...string[]]>(values: T, meanings: { readonly [K in T[number]]: string }) {
  return z.enum(values).meta({ enumDescriptions: values.map((v: T[number]) => meanings[v]) });
}

export const TIME_UNITS = ['day', 'week', 'month', 'year'] as const;
export const TimeUnit = choice(TIME_UNITS, {
  day: 'one calendar day',
  week: 'seven days',
  month: 'one calendar month (the same day of the month, clamped to its length)',
  year: 'one calendar year (365.2425 days on average when converting rates)',
});
export type TimeUnit = z.infer<typeof TimeUnit>;

/**
 * A reference to a named parameter where a number is expected. The loader turns the bare name into
 * this object so that a later rule can check the parameter exists and that every value it can take
 * lies inside the range of the field that uses it.
 */
export interface ParamRef {
  readonly param: string;
  readonly min: number;
  readonly max: number;
}

export type Num = number | ParamRef;

/**
 * A number field in [min, max] that may instead name a parameter. Written in YAML as a number or
 * a parameter name: `reliability: 0.8` or `reliability: ally_reliability`.
 */
export function num(min = -Infinity, max = Infinity, opts: { int?: boolean } = {}) {
  let n = z.number();
  if (opts.int) n = n.int();
  if (min > -Infinity) n = n.min(min);
  if (max < Infinity) n = n.max(max);
  const ref = Id.transform((name): ParamRef => ({ param: name, min, max }));
  return z.union([n, ref]).meta({ description: `a number${rangeText(min, max)} or the name of a parameter` });
}

function rangeText(min: number, max: number): string {
  if (min > -Infinity && max < Infinity) return ` in [${min}, ${max}]`;
  if (min > -Infinity) return ` ≥ ${min}`;
  if (max < Infinity) return ` ≤ ${max}`;
  return '';
}

export const Probability = () => num(0, 1);

/**
 * The Correlates of War militarised-incident hostility levels, as the format's own words: 2 threat
 * to use force, 3 display of force, 4 use of force, 5 war. Numbers 1–5 stay accepted.
 */
export const MID_LEVELS = { threat_of_force: 2, display_of_force: 3, use_of_force: 4, war: 5 } as const;
export type MidLevelWord = keyof typeof MID_LEVELS;

/** A MID hostility level, as a number 1–5 or one of the words of {@link MID_LEVELS}; always a number once loaded. */
export const Intensity = z.union([
  z.number().int().min(1).max(5),
  choice(['threat_of_force', 'display_of_force', 'use_of_force', 'war'] as const satisfies readonly MidLevelWord[], {
    threat_of_force: 'level 2: a threat to use force',
    display_of_force: 'level 3: a display of force',
    use_of_force: 'level 4: a use of force',
    war: 'level 5: war',
  }).transform((w) => MID_LEVELS[w]),
]).meta({ description: 'MID hostility level: 2 threat_of_force, 3 display_of_force, 4 use_of_force, 5 war (a word or the number)' });

/** A rate written with its own time unit, so changing the tick does not change the modelled world. */
export const Rate = z.strictObject({
  per: TimeUnit.describe('the unit of time the value is per'),
  value: num(0).describe('the expected number of occurrences per unit of time (a hazard rate)'),
}).describe('a rate with its own unit of time, e.g. { per: year, value: 0.5 }');
export type Rate = z.infer<typeof Rate>;

/**
 * An object that must carry exactly one of its keys: the tagged-union shape of conditions,
 * effects and weights (`{ relation: … }`, `{ armedAttack: … }`). Written as one strict object so a
 * misspelt key gets an "unknown key, did you mean" error rather than a wall of union failures.
 */
export function oneOf<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  const keys = Object.keys(shape);
  return z.strictObject(shape).check((ctx) => {
    const present = Object.keys(ctx.value as object).filter((k) => (ctx.value as Record<string, unknown>)[k] !== undefined);
    if (present.length !== 1) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: present.length === 0
          ? `expected ${what} with exactly one of: ${keys.join(', ')}`
          : `expected ${what} with exactly one key, found ${present.join(', ')}`,
        params: { code: 'E_ONE_KEY' },
      });
    }
  });
}

/** Metadata every scenario element may carry to cite where a figure comes from. */
export const SourceNote = z.string().min(1);

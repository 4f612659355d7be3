import { closestMatches } from '@casus/engine';
import { shellWord } from './batch/replay.js';

/*
 * How the commands word a suggestion. Which names are close enough to suggest is decided in one
 * place, the engine's `closestMatches` (the loader's hints use it too): a difference of case or
 * separators, or a small edit distance in which a swap of two neighbouring letters is one edit.
 */

/** The candidate closest to `input` when it is close enough to be a typo, else undefined. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  return closestMatches(input, candidates, 1)[0];
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`: names a person may have meant, quoted once each. */
export function alternatives(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/**
 * The few names `input` may have meant, closest first: the likely typos ({@link closestMatches});
 * failing those, for an input of four characters or more, the names that contain it, whatever
 * their case and separators (`reliability` → `us_rok_reliability`, …).
 */
export function nearNames(input: string, candidates: Iterable<string>, max = 3): string[] {
  const list = [...candidates];
  const typos = closestMatches(input, list, max);
  if (typos.length > 0 || input.length < 4) return typos;
  const squash = (x: string): string => x.toLowerCase().replace(/[-_\s]/g, '');
  const needle = squash(input);
  return list.filter((c) => c !== input && squash(c).includes(needle)).slice(0, max);
}

/**
 * ` (did you mean "x"?)`, or ` (did you mean "x" or "y"?)` when several are as likely (at most
 * `max`, closest first: {@link nearNames}); the empty string when no name is near `input`.
 */
export function didYouMean(input: string, candidates: Iterable<string>, max = 3): string {
  const hits = nearNames(input, candidates, max);
  return hits.length === 0 ? '' : ` (did you mean ${alternatives(hits)}?)`;
}

/** Above this many names, a message says how many there are and where to list them, not all of them. */
export const LISTED_NAMES = 12;

/**
 * The names a message about an unknown one should offer, after `; `: all of them when they are few
 * (`tutorial has these: a, b, c`), else their count and the command that lists them
 * (`korea-2024 has 181 parameters; casus show korea-2024 lists them all`).
 */
export function validNames(owner: string, names: readonly string[], noun: string, listCommand: string): string {
  if (names.length === 0) return `${owner} has none`;
  if (names.length <= LISTED_NAMES) return `${owner} has these: ${names.join(', ')}`;
  return `${owner} has ${names.length.toLocaleString('en-US')} ${noun}; ${listCommand} lists them all`;
}

/**
 * What follows an unknown parameter name in a message: the nearest few, then all the names when
 * they are few, else how many there are and the command that lists them (`casus show FILE`, FILE as
 * the user gave it): ` (did you mean "a" or "b"?); korea-2024 has 181 parameters; casus show
 * korea-2024 lists them all`.
 */
export function unknownParameterHint(name: string, scenario: { readonly id: string; readonly parameters: Readonly<Record<string, unknown>> }, scenarioArg: string): string {
  const names = Object.keys(scenario.parameters);
  return `${didYouMean(name, names)}; ${validNames(scenario.id, names, 'parameters', `casus show ${shellWord(scenarioArg)}`)}`;
}

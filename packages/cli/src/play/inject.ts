import { parse as parseYaml } from 'yaml';
import { Effect, type Model } from '@casus/engine';

/** A white-cell inject read from what the facilitator typed: the effects as written and as parsed. */
export interface ParsedInject {
  /** The YAML/JSON value as written (one effect or a list), kept in session files. */
  readonly written: unknown;
  /** The effects validated by the engine's schema (parameter names become references). */
  readonly effects: readonly Effect[];
}

export type InjectParse = { ok: true; inject: ParsedInject } | { ok: false; message: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads an inject typed at the prompt, e.g. `{armedAttack: {by: B, on: A, in: aland, intensity: 4}}`
 * or a list of such effects, as YAML (JSON is YAML too). Checks it against the engine's `Effect`
 * schema and then against the scenario: every actor, region, rung, variable, regime and parameter
 * it names must exist. Returns a one-line message naming the place and the fix otherwise.
 */
export function parseInject(text: string, model: Model): InjectParse {
  if (text.trim() === '') return { ok: false, message: 'inject needs an effect, e.g. inject {signal: {kind: talks, by: A}}' };
  let written: unknown;
  try {
    written = parseYaml(text, { uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    return { ok: false, message: `inject: not valid YAML: ${first}` };
  }
  return validateInject(written, model);
}

/** Validates an inject value (one effect or a non-empty list) as {@link parseInject} does. */
export function validateInject(written: unknown, model: Model): InjectParse {
  const forbidden = findForbiddenKey(written, []);
  if (forbidden !== undefined) return { ok: false, message: `inject: the key "${forbidden.key}" is not allowed (at ${where(forbidden.path)})` };
  const items = Array.isArray(written) ? written : [written];
  if (items.length === 0) return { ok: false, message: 'inject: the list of effects is empty' };
  const effects: Effect[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const prefix = Array.isArray(written) ? [i] : [];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { ok: false, message: `inject${prefix.length ? ` ${where(prefix)}` : ''}: expected an effect such as {armedAttack: {...}}, {escalate: {...}} or {signal: {...}}, got ${describe(item)}` };
    }
    const parsed = Effect.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
      return { ok: false, message: `inject${path.length ? ` ${where(path)}` : ''}: ${issue.message}` };
    }
    const problem = checkReferences(parsed.data, model);
    if (problem !== undefined) return { ok: false, message: `inject ${prefix.length ? `${where(prefix)}.` : ''}${problem}` };
    effects.push(parsed.data);
  }
  return { ok: true, inject: { written, effects } };
}

/** The first name an effect uses that the scenario does not have, as a message; undefined when all exist. */
function checkReferences(e: Effect, m: Model): string | undefined {
  const actor = (ref: string | undefined, field: string): string | undefined => {
    if (ref === undefined) return undefined;
    if (ref.startsWith('$')) return `${field}: ${ref} is a role, which means nothing in an inject; name the actor (${names(m.actors.map((a) => a.id))})`;
    return m.actorIndex.has(ref) ? undefined : `${field}: unknown actor "${ref}"; ${m.scenario.id} has ${names(m.actors.map((a) => a.id))}`;
  };
  const pair = (between: readonly [string, string], field: string): string | undefined =>
    actor(between[0], `${field}.between[0]`) ?? actor(between[1], `${field}.between[1]`)
    ?? (between[0] === between[1] ? `${field}.between: an actor has no relation with itself` : undefined);
  const param = (n: unknown, field: string): string | undefined => {
    if (typeof n !== 'object' || n === null) return undefined;
    const name = (n as { param: string }).param;
    return Object.hasOwn(m.parameters, name) ? undefined : `${field}: "${name}" is neither a number nor a parameter of ${m.scenario.id} (${names(Object.keys(m.parameters))})`;
  };
  const regime = (id: string | undefined, field: string): string | undefined =>
    id === undefined || m.regimeIndex.has(id) ? undefined : `${field}: unknown sanctions regime "${id}"; ${m.scenario.id} has ${names(m.regimes.map((g) => g.id))}`;

  if (e.armedAttack) {
    const a = e.armedAttack;
    const bad = actor(a.by, 'armedAttack.by') ?? actor(a.on, 'armedAttack.on') ?? (a.inAidOf !== undefined ? actor(a.inAidOf, 'armedAttack.inAidOf') : undefined);
    if (bad) return bad;
    if (a.by === a.on) return 'armedAttack: an actor cannot attack itself';
    if (typeof a.in === 'string' && !m.regionIndex.has(a.in)) return `armedAttack.in: unknown region "${a.in}"; ${m.scenario.id} has ${names(m.regions.map((r) => r.id))}`;
    if (typeof a.in === 'object') return actor(a.in.territoryOf, 'armedAttack.in.territoryOf');
    return undefined;
  }
  if (e.threat) return actor(e.threat.by, 'threat.by') ?? actor(e.threat.on, 'threat.on');
  if (e.escalate || e.deescalate) {
    const field = e.escalate ? 'escalate' : 'deescalate';
    const spec = (e.escalate ?? e.deescalate)!;
    const bad = pair(spec.between, field);
    if (bad) return bad;
    if (spec.to !== undefined && !m.rungIndex.has(spec.to)) return `${field}.to: unknown rung "${spec.to}"; the ladder has ${names(m.rungs.map((r) => r.id))}`;
    return undefined;
  }
  if (e.ceasefire) return pair(e.ceasefire.between, 'ceasefire');
  if (e.peace) return pair(e.peace.between, 'peace');
  if (e.variable) {
    if (!m.variableIndex.has(e.variable.id)) return `variable.id: unknown variable "${e.variable.id}"; ${m.scenario.id} has ${names(m.variables.map((v) => v.id))}`;
    if (e.variable.set === undefined && e.variable.add === undefined) return 'variable: give set or add';
    return param(e.variable.set, 'variable.set') ?? param(e.variable.add, 'variable.add');
  }
  if (e.draft) {
    const d = e.draft;
    if (!m.council) return `draft: ${m.scenario.id} has no Security Council`;
    return actor(d.target, 'draft.target') ?? actor(d.sponsor, 'draft.sponsor') ?? (d.between ? pair(d.between, 'draft') : undefined)
      ?? regime(d.regime, 'draft.regime') ?? param(d.withdrawal, 'draft.withdrawal');
  }
  if (e.sanctions) {
    const bad = regime(e.sanctions.regime, 'sanctions.regime') ?? actor(e.sanctions.by, 'sanctions.by');
    if (bad) return bad;
    if ((e.sanctions.action === 'join' || e.sanctions.action === 'leave') && e.sanctions.by === undefined) return `sanctions: ${e.sanctions.action} needs by (the member that ${e.sanctions.action}s)`;
    return undefined;
  }
  if (e.signal) return actor(e.signal.by, 'signal.by') ?? actor(e.signal.on, 'signal.on');
  if (e.alliance) return actor(e.alliance.by, 'alliance.by') ?? actor(e.alliance.with, 'alliance.with') ?? actor(e.alliance.against, 'alliance.against');
  if (e.basing) return actor(e.basing.host, 'basing.host') ?? actor(e.basing.user, 'basing.user') ?? actor(e.basing.against, 'basing.against');
  return undefined;
}

function findForbiddenKey(value: unknown, path: (string | number)[]): { key: string; path: (string | number)[] } | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.getOwnPropertyNames(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { key, path };
      const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

function where(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the top';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function names(list: readonly string[]): string {
  return list.length === 0 ? 'none' : `these: ${list.join(', ')}`;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

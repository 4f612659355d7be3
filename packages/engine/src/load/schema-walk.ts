import { z } from 'zod';
import type { PathSegment } from './issue.js';

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  items?: AnySchema[];
  rest?: AnySchema | null;
  valueType?: AnySchema;
  options?: AnySchema[];
  innerType?: AnySchema;
  in?: AnySchema;
  getter?: () => AnySchema;
}

const defOf = (s: AnySchema): Def => s._zod.def as unknown as Def;

/**
 * Every schema that may apply at `path` inside `root`, looking through optional, default, pipe,
 * lazy and union wrappers (a union contributes each option and itself). Used only to phrase
 * messages (which keys an object allows, whether a field is a `num()`), never to decide validity.
 */
export function schemasAt(root: AnySchema, path: readonly PathSegment[]): AnySchema[] {
  let current = expand(root);
  for (const seg of path) {
    const next: AnySchema[] = [];
    for (const s of current) {
      const child = childOf(s, seg);
      if (child !== undefined) next.push(...expand(child));
    }
    current = [...new Set(next)];
    if (current.length === 0) break;
  }
  return current;
}

function expand(schema: AnySchema): AnySchema[] {
  const out: AnySchema[] = [];
  const seen = new Set<AnySchema>();
  const go = (s: AnySchema | undefined): void => {
    if (s === undefined || seen.has(s)) return;
    seen.add(s);
    out.push(s);
    const def = defOf(s);
    switch (def.type) {
      case 'optional': case 'nullable': case 'default': case 'prefault': case 'readonly': case 'catch': case 'nonoptional':
        go(def.innerType);
        break;
      case 'pipe':
        go(def.in);
        break;
      case 'lazy':
        go(def.getter?.());
        break;
      case 'union':
        for (const o of def.options ?? []) go(o);
        break;
    }
  };
  go(schema);
  return out;
}

function childOf(s: AnySchema, seg: PathSegment): AnySchema | undefined {
  const def = defOf(s);
  if (def.type === 'object' && typeof seg === 'string') return Object.prototype.hasOwnProperty.call(def.shape, seg) ? def.shape![seg] : undefined;
  if (def.type === 'record' && typeof seg === 'string') return def.valueType;
  if (def.type === 'array' && typeof seg === 'number') return def.element;
  if (def.type === 'tuple' && typeof seg === 'number') return def.items?.[seg] ?? def.rest ?? undefined;
  return undefined;
}

/** The keys an object at `path` accepts (the union over every object schema that may apply). */
export function allowedKeysAt(root: AnySchema, path: readonly PathSegment[]): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(root, path)) {
    const def = defOf(s);
    if (def.type === 'object') for (const k of Object.keys(def.shape ?? {})) keys.add(k);
  }
  return [...keys];
}

/**
 * When the field at `path` is a `num()` field (a number or a parameter name), its description,
 * e.g. `a number in [0, 1] or the name of a parameter`; otherwise undefined.
 */
export function numFieldAt(root: AnySchema, path: readonly PathSegment[]): string | undefined {
  for (const s of schemasAt(root, path)) {
    if (defOf(s).type !== 'union') continue;
    const description = z.globalRegistry.get(s)?.description;
    if (description !== undefined && description.endsWith('or the name of a parameter')) return description;
  }
  return undefined;
}

/** The bounds and integrality of the plain number schema at `path`, to phrase range errors whole. */
export function numberBoundsAt(root: AnySchema, path: readonly PathSegment[]): { min?: number; max?: number; int: boolean } | undefined {
  for (const s of schemasAt(root, path)) {
    if (!(s instanceof z.ZodNumber)) continue;
    const out: { min?: number; max?: number; int: boolean } = { int: s.isInt };
    // int() adds the safe-integer range; only bounds an author wrote are worth repeating.
    if (s.minValue !== null && s.minValue > Number.MIN_SAFE_INTEGER) out.min = s.minValue;
    if (s.maxValue !== null && s.maxValue < Number.MAX_SAFE_INTEGER) out.max = s.maxValue;
    return out;
  }
  return undefined;
}

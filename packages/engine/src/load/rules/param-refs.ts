import type { ParamRef } from '../../schema/index.js';
import type { PathSegment } from '../issue.js';

/** Where a field names a parameter instead of holding a number. */
export interface ParamUse {
  readonly ref: ParamRef;
  readonly path: PathSegment[];
}

/**
 * Every parameter reference in a validated scenario. `num()` fields turn a parameter name into
 * `{ param, min, max }` and no other part of the format has a `param` key, so a generic walk finds
 * them all, including fields added to the schema later.
 */
export function paramUses(value: unknown, path: PathSegment[] = [], out: ParamUse[] = []): ParamUse[] {
  if (typeof value !== 'object' || value === null) return out;
  if (isParamRef(value)) {
    out.push({ ref: value, path });
    return out;
  }
  if (Array.isArray(value)) value.forEach((v, i) => paramUses(v, [...path, i], out));
  else for (const [k, v] of Object.entries(value)) paramUses(v, [...path, k], out);
  return out;
}

function isParamRef(v: object): v is ParamRef {
  const r = v as Partial<ParamRef>;
  return typeof r.param === 'string' && typeof r.min === 'number' && typeof r.max === 'number' && Object.keys(v).length === 3;
}

import type { PathSegment } from './issue.js';
import type { DraftIssue } from './draft-issue.js';
import { MAX_DEPTH } from './yaml.js';

/** Keys that could reach an object's prototype if the data were ever copied by assignment. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks that data is safe to hand to the schema: no forbidden key at any depth (E_FORBIDDEN_KEY,
 * anchored at the key), no cycle and no absurd depth (library callers can pass any object graph).
 * Reads own enumerable keys only, so a `__proto__` own property (as JSON.parse and the YAML reader
 * create it) is seen, while nothing is ever looked up through a prototype.
 */
export function checkSafeData(data: unknown): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const onPath = new Set<object>();
  const visit = (value: unknown, path: PathSegment[]): void => {
    if (typeof value !== 'object' || value === null) return;
    if (path.length > MAX_DEPTH) {
      issues.push({ code: 'E_TOO_DEEP', path: path.slice(0, 4), message: `nesting deeper than ${MAX_DEPTH} levels` });
      return;
    }
    if (onPath.has(value)) {
      issues.push({ code: 'E_TYPE', path, message: 'the data refers back to one of its own containers (a cycle); scenarios are trees', expected: 'a tree of plain data', received: 'a cycle' });
      return;
    }
    onPath.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({
            code: 'E_FORBIDDEN_KEY', path: [...path, key], anchor: 'key',
            message: `the key "${key}" is not allowed anywhere in a scenario`, received: JSON.stringify(key),
            hint: 'rename it; __proto__, constructor and prototype are reserved to protect the loader',
          });
          continue;
        }
        visit((value as Record<string, unknown>)[key], [...path, key]);
      }
    }
    onPath.delete(value);
  };
  visit(data, []);
  return issues;
}

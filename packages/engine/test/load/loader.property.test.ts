// Invariant: loadScenario and validateScenarioData never throw and never fail internally, whatever
// they are given. The result is valid, or invalid with at least one issue, each with a known code
// (and, for text, a line and column ≥ 1); and no input can pollute Object.prototype.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { ISSUE_CODES, loadScenario, validateScenarioData, type LoadResult } from '../../src/index.js';

const TUTORIAL_TEXT = readFileSync(new URL('../../../scenarios/scenarios/tutorial.yaml', import.meta.url), 'utf8');
// The tutorial as the author wrote it (before defaults and transforms), as plain JSON data.
const TUTORIAL = JSON.parse(JSON.stringify(parse(TUTORIAL_TEXT))) as Record<string, unknown>;

const CODES = new Set<string>(ISSUE_CODES);

function checkResult(r: LoadResult, located: boolean): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  if (r.ok) return;
  expect(r.issues.length).toBeGreaterThan(0);
  for (const issue of r.issues) {
    expect(CODES.has(issue.code), issue.code).toBe(true);
    expect(issue.code, issue.message).not.toBe('E_INTERNAL');
    expect(typeof issue.message).toBe('string');
    if (located) {
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.column).toBeGreaterThanOrEqual(1);
    }
  }
}

type Path = (string | number)[];

function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

const FULL_TEXT = readFileSync(new URL('../fixtures/valid/full.yaml', import.meta.url), 'utf8');
const FULL = JSON.parse(JSON.stringify(parse(FULL_TEXT))) as Record<string, unknown>;

const at = (root: unknown, path: Path): unknown => path.reduce<unknown>((acc, seg) => (acc as Record<string | number, unknown>)[seg], root);

const setOwn = (o: object, key: string | number, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** Copies of a valid scenario with one key deleted, one value replaced, or one key added. */
function mutationsOf(seed: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths = allPaths(seed).filter((p) => p.length > 0);
  const containers = allPaths(seed).filter((p) => typeof at(seed, p) === 'object' && at(seed, p) !== null);
  const edit = (path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void) => {
    const copy = structuredClone(seed);
    change(at(copy, path.slice(0, -1)) as Record<string | number, unknown>, path[path.length - 1]!);
    return copy;
  };
  return fc.oneof(
    fc.constantFrom(...paths).map((path) => edit(path, (parent, key) => {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    })),
    fc.tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }))
      .map(([path, value]) => edit(path, (parent, key) => setOwn(parent, key, value))),
    fc.tuple(
      fc.constantFrom(...containers),
      fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'when', 'polluted'), fc.string({ maxLength: 8 })),
      fc.jsonValue({ maxDepth: 2 }),
    ).map(([path, key, value]) => {
      const copy = structuredClone(seed);
      const target = at(copy, path) as Record<string, unknown>;
      if (Array.isArray(target)) target.push(value);
      else setOwn(target, key, key === '__proto__' ? { polluted: 1 } : value);
      return copy;
    }),
  );
}

const mutation = fc.oneof(mutationsOf(TUTORIAL), mutationsOf(FULL));

const YAMLISH = fc.string({ unit: fc.constantFrom(...'abc:-[]{}#&*!|>\'"%@`,? \n\t0123456789.eE+_$'.split('')), maxLength: 80 });

const textEdit = fc.tuple(fc.nat({ max: TUTORIAL_TEXT.length }), fc.nat({ max: 5 }), fc.string({ maxLength: 4 }))
  .map(([at, cut, insert]) => TUTORIAL_TEXT.slice(0, at) + insert + TUTORIAL_TEXT.slice(at + cut));

describe('the loader never throws', () => {
  it('on the tutorial with a few characters edited', () => {
    expect(loadScenario(TUTORIAL_TEXT).ok).toBe(true);
    fc.assert(fc.property(textEdit, (text) => {
      checkResult(loadScenario(text, { filename: 'tutorial.yaml' }), true);
    }), { numRuns: 500 });
  });

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), YAMLISH), (text) => {
      checkResult(loadScenario(text, { filename: 'x.yaml' }), true);
    }), { numRuns: 500 });
  });

  it('on arbitrary JSON values, as data and as text', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      checkResult(validateScenarioData(value), false);
      checkResult(loadScenario(JSON.stringify(value) ?? 'null'), true);
    }), { numRuns: 300 });
  });

  it('on arbitrary JavaScript values', () => {
    fc.assert(fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), (value) => {
      checkResult(validateScenarioData(value), false);
    }), { numRuns: 300 });
  });

  it('on mutated copies of the tutorial, as data and as JSON text', () => {
    fc.assert(fc.property(mutation, (data) => {
      checkResult(validateScenarioData(data), false);
      checkResult(loadScenario(JSON.stringify(data), { filename: 'tutorial.json' }), true);
    }), { numRuns: 600 });
  });
});

describe('prototype pollution', () => {
  it('a __proto__ key is rejected and pollutes nothing, in YAML and in JSON', () => {
    for (const text of ['__proto__: { polluted: 1 }\n', '{ "__proto__": { "polluted": 1 } }', 'a: { b: [ { __proto__: { polluted: 1 } } ] }\n']) {
      const r = loadScenario(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.code)).toContain('E_FORBIDDEN_KEY');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    const r = validateScenarioData(JSON.parse('{ "constructor": { "prototype": { "polluted": 1 } } }'));
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('loadScenario given something that is not text', () => {
  it('names what it got, in plain words', () => {
    const got = (x: unknown): string => {
      const r = loadScenario(x as string);
      return r.ok ? 'ok' : `${r.issues[0]!.code}: ${r.issues[0]!.message}`;
    };
    expect(got(null)).toBe('E_TYPE: expected scenario text, got null');
    expect(got(undefined)).toBe('E_TYPE: expected scenario text, got undefined');
    expect(got({})).toBe('E_TYPE: expected scenario text, got an object');
    expect(got([])).toBe('E_TYPE: expected scenario text, got an array');
    expect(got(3)).toBe('E_TYPE: expected scenario text, got a number');
  });
});

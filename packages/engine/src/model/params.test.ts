// An override must be a value every field that names the parameter can hold: the ranges are the
// intersection of those fields' ranges, and resolveParameters refuses anything outside them.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { parameterRanges } from './params.js';
import { resolveParameters } from './compile.js';
import { ModelError } from './context.js';

const yaml = `
version: "1.0"
id: ranges
title: Parameter ranges
clock: { start: 2025-01-06, tick: week, horizon: 4 }
parameters:
  rel: { value: 0.8, basis: judgment }
  rate: { value: 2, basis: data }
  free: { value: 5, basis: placeholder }
actors: { A: { name: A }, B: { name: B } }
pacts:
  - id: p
    name: P
    parties: [A, B]
    inForce: 2000-01-01
    obligations: [{ type: defense, casus: { armedAttack: {} }, reliability: rel, judgment: { deny: rel } }]
triggers:
  - { id: t, rate: { per: year, value: rate }, effect: { signal: { kind: x } } }
variables:
  v: { initial: free, min: -100, max: 100 }
outcomes: { o: { when: { happened: { event: signal } } } }
`;

describe('parameter ranges', () => {
  const r = loadScenario(yaml, { filename: 'ranges.yaml' });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  const s = r.scenario;

  it('intersects the ranges of the fields that use each parameter', () => {
    expect(parameterRanges(s)).toEqual({ rel: [0, 1], rate: [0, Infinity], free: [-Infinity, Infinity] });
  });

  it('accepts overrides inside and refuses overrides outside', () => {
    expect(resolveParameters(s, { rel: 1, rate: 100, free: -1e9 })).toMatchObject({ rel: 1, rate: 100, free: -1e9 });
    expect(() => resolveParameters(s, { rel: 1.2 })).toThrow(ModelError);
    expect(() => resolveParameters(s, { rate: -0.1 })).toThrow(/outside \[0, Infinity\]/);
  });
});

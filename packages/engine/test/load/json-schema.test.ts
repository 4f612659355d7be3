// Invariant: the published JSON Schema (both drafts) compiles, accepts every valid scenario we
// ship or test with — variants (`extends`) included — and rejects the invalid fixtures whose fault
// is structural; faults only the loader's semantic rules can see (unknown ids, dates, parameter
// ranges) are out of its reach. Every property and every enum value is described, and the bounds
// the loader enforces on numbers are in the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { FORMAT_VERSION, scenarioJsonSchema } from '../../src/index.js';
import { invalidFixtures, validFixtures } from './fixture-files.js';

const bundled = new URL('../../../scenarios/scenarios/', import.meta.url);
const shipped = readdirSync(bundled).filter((f) => f.endsWith('.yaml')).sort().map((name) => ({ name, text: readFileSync(new URL(name, bundled), 'utf8') }));
const valid = [...shipped, ...validFixtures()];

// `enumDescriptions` is an annotation editors read (VS Code, yaml-language-server); Ajv's strict
// mode wants every non-standard keyword declared.
const keywords = ['enumDescriptions'];
const drafts = [
  { target: 'draft-2020-12' as const, ajv: () => new Ajv2020({ allErrors: true, strict: true, keywords }), uri: 'https://json-schema.org/draft/2020-12/schema' },
  { target: 'draft-07' as const, ajv: () => new Ajv({ allErrors: true, strict: true, keywords }), uri: 'http://json-schema.org/draft-07/schema#' },
];

describe.each(drafts)('JSON Schema $target', ({ target, ajv, uri }) => {
  const schema = scenarioJsonSchema(target);
  const validate = ajv().compile(schema);

  it('states its draft and the format version', () => {
    expect(schema.$schema).toBe(uri);
    expect(String(schema.description)).toContain(target === 'draft-07' ? 'draft-07' : '2020-12');
    expect(String(schema.title)).toContain(FORMAT_VERSION);
    expect(String(schema.$id)).toContain(FORMAT_VERSION);
  });

  it.each(valid.map((f) => [f.name, f] as const))('accepts %s', (_name, f) => {
    expect(validate(parse(f.text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has variants among the files it accepts', () => {
    expect(shipped.filter((f) => /^extends:/m.test(f.text)).length).toBeGreaterThan(0);
  });

  it('checks a variant as a variant: only extends, id and title required; null deletes a map entry, and only there', () => {
    const variant = { extends: 'tutorial', id: 'v', title: 'V', parameters: { ally_reliability: null }, outcomes: { clash: null } };
    expect(validate(variant), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ extends: 'tutorial', id: 'v' })).toBe(false);
    expect(validate({ ...variant, clock: null })).toBe(false);
    expect(validate({ ...variant, parameters: { x: { basis: 'nonsense', value: 1 } } })).toBe(false);
    // Without extends, a file is a whole scenario: version and the rest are required, null is refused.
    const { extends: _, ...whole } = variant;
    expect(validate(whole)).toBe(false);
  });

  it('describes every property and every enum value, and states numeric bounds', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      if (Array.isArray(node)) { node.forEach((x, i) => walk(x, `${path}/${i}`)); return; }
      const n = node as Record<string, unknown>;
      for (const [k, v] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof v.description !== 'string' || v.description === '') undescribed.push(`${path}/properties/${k}`);
      }
      if (Array.isArray(n.enum) && (!Array.isArray(n.enumDescriptions) || n.enumDescriptions.length !== n.enum.length)) undescribed.push(`${path}/enum`);
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
    };
    walk(schema, '#');
    expect(undescribed).toEqual([]);
    const defs = (schema.$defs ?? schema.definitions) as Record<string, { properties: Record<string, { properties: Record<string, unknown> }> }>;
    expect(defs.scenario!.properties.clock!.properties.horizon).toMatchObject({ type: 'integer', minimum: 1 });
  });

  it.each(invalidFixtures().filter((f) => f.level === 'schema').map((f) => [f.name, f] as const))('rejects %s', (_name, f) => {
    expect(validate(parse(f.text))).toBe(false);
  });
});

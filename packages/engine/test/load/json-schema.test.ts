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
import { FORMAT_VERSION, scenarioJsonSchema, variantJsonSchema } from '../../src/index.js';
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

// The variant schema describes what a variant may write (sections optional, null deletes, the
// Council patched by member): it accepts the bundled variants and the documented patch, and
// rejects a patch entry of the wrong shape.
const scenariosDir = new URL('../../../scenarios/scenarios/', import.meta.url);
const bundledVariants = ['korea-2024-no-treaty.yaml', 'korea-double-suspension.yaml'].map((name) => ({ name, text: readFileSync(new URL(name, scenariosDir), 'utf8') }));
const docs = readFileSync(new URL('../../../../docs/scenario-format.md', import.meta.url), 'utf8');
const documentedPatch = /```yaml\n(extends: korea-2024\n[\s\S]*?)```/.exec(docs)![1]!;

describe.each(drafts)('variant JSON Schema $target', ({ target, ajv }) => {
  const validate = ajv().compile(variantJsonSchema(target));

  it.each([...bundledVariants, { name: 'the Council patch in scenario-format.md', text: documentedPatch }].map((f) => [f.name, f] as const))('accepts %s', (_name, f) => {
    expect(validate(parse(f.text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a seat entry that is not a seat, a policy without rules, and a variant without extends', () => {
    expect(validate(parse('extends: k\nid: v\ntitle: V\ncouncil: { seats: { RUS: 5 } }\n'))).toBe(false);
    expect(validate(parse('extends: k\nid: v\ntitle: V\ncouncil: { policies: { RUS: { shield: [PRK] } } }\n'))).toBe(false);
    expect(validate(parse('id: v\ntitle: V\n'))).toBe(false);
    expect(validate(parse('extends: k\nid: v\ntitle: V\nactors: { E: null }\ncouncil: { seats: { RUS: null, JPN: [{ from: 2025-01-01 }] } }\n'))).toBe(true);
  });
});

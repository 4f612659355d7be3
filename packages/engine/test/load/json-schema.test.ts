// Invariant: the published JSON Schema (both drafts) compiles, accepts every valid scenario we
// ship or test with, and rejects the invalid fixtures whose fault is structural; faults only the
// loader's semantic rules can see (unknown ids, dates, parameter ranges) are out of its reach.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { FORMAT_VERSION, scenarioJsonSchema } from '../../src/index.js';
import { invalidFixtures, validFixtures } from './fixture-files.js';

const tutorial = readFileSync(new URL('../../../scenarios/scenarios/tutorial.yaml', import.meta.url), 'utf8');
const valid = [{ name: 'tutorial.yaml', text: tutorial }, ...validFixtures()];

const drafts = [
  { target: 'draft-2020-12' as const, ajv: () => new Ajv2020({ allErrors: true, strict: true }), uri: 'https://json-schema.org/draft/2020-12/schema' },
  { target: 'draft-07' as const, ajv: () => new Ajv({ allErrors: true, strict: true }), uri: 'http://json-schema.org/draft-07/schema#' },
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

  it.each(invalidFixtures().filter((f) => f.level === 'schema').map((f) => [f.name, f] as const))('rejects %s', (_name, f) => {
    expect(validate(parse(f.text))).toBe(false);
  });
});

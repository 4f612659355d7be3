import { z } from 'zod';
import { FORMAT_VERSION, Scenario } from '../schema/index.js';
import { VariantFile } from '../schema/variant.js';

/** The JSON Schema drafts `scenarioJsonSchema` can emit. */
export type JsonSchemaDraft = 'draft-2020-12' | 'draft-07';

/**
 * The JSON Schema of the scenario format (the input side: what an author may write), for editors
 * and other tools. It checks structure, types, ranges and patterns; references between ids and
 * the other semantic rules are checked only by the loader. `$schema` and the description state the
 * draft; `$id` and the title carry the format version.
 */
export function scenarioJsonSchema(target: JsonSchemaDraft = 'draft-2020-12'): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { io: 'input', target, unrepresentable: 'any' }) as Record<string, unknown>;
  const draft = target === 'draft-07' ? 'draft-07' : 'draft 2020-12';
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: `https://casus.dev/schema/scenario-${FORMAT_VERSION}${target === 'draft-07' ? '.draft-07' : ''}.json`,
    title: `Casus scenario, format version ${FORMAT_VERSION}`,
    description: `A Casus scenario file (format version ${FORMAT_VERSION}), as JSON Schema ${draft}. `
      + 'It checks structure, types and ranges; references between ids, dates and the other semantic rules are checked by `casus validate`.',
    ...rest,
  };
}

/**
 * The JSON Schema of a variant file (one that `extends` another): every section optional, map
 * entries may be `null` to delete them, and the Council may be patched by member (seats and voting
 * policies as maps). For editors only: the loader validates the merged scenario, not this shape.
 */
export function variantJsonSchema(target: JsonSchemaDraft = 'draft-2020-12'): Record<string, unknown> {
  const schema = z.toJSONSchema(VariantFile, { io: 'input', target, unrepresentable: 'any' }) as Record<string, unknown>;
  const draft = target === 'draft-07' ? 'draft-07' : 'draft 2020-12';
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: `https://casus.dev/schema/variant-${FORMAT_VERSION}${target === 'draft-07' ? '.draft-07' : ''}.json`,
    title: `Casus scenario variant, format version ${FORMAT_VERSION}`,
    description: `A Casus variant file (format version ${FORMAT_VERSION}: a scenario that extends another), as JSON Schema ${draft}. `
      + 'Sections are optional, map entries may be null (delete), and the Council may be patched by member; `casus validate` checks the merged scenario.',
    ...rest,
  };
}

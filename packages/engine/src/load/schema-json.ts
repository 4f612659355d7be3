import { z } from 'zod';
import { FORMAT_VERSION, Scenario } from '../schema/index.js';
import { VariantFile } from '../schema/variant.js';

/** The JSON Schema drafts `scenarioJsonSchema` can emit. */
export type JsonSchemaDraft = 'draft-2020-12' | 'draft-07';

type JsonObject = Record<string, unknown>;

/** Top-level maps keyed by id, whose entries a variant may delete by writing `null` (see load/extends.ts). */
const DELETABLE_MAPS = ['parameters', 'regions', 'actors', 'variables', 'situations', 'outcomes', 'doctrine', 'theatres'] as const;
/** What a variant must write itself; everything else comes from its base. */
const VARIANT_REQUIRED = ['extends', 'id', 'title'];

/**
 * The JSON Schema of the scenario format (the input side: what an author may write), for editors
 * and other tools. It checks structure, types, ranges and patterns; references between ids and
 * the other semantic rules are checked only by the loader. Every property and enum value carries
 * the description written in the zod schema (`enumDescriptions` lists an enum's meanings in order,
 * as VS Code and yaml-language-server read them). A file with `extends` is a variant and is checked
 * against the variant form: only `extends`, `id` and `title` are required, and `null` deletes an
 * entry of an id-keyed map. `$schema` and the description state the draft; `$id` and the title
 * carry the format version.
 */
export function scenarioJsonSchema(target: JsonSchemaDraft = 'draft-2020-12'): Record<string, unknown> {
  const generated = z.toJSONSchema(Scenario, { io: 'input', target, unrepresentable: 'any' }) as JsonObject;
  const draft = target === 'draft-07' ? 'draft-07' : 'draft 2020-12';
  const defsKey = target === 'draft-07' ? 'definitions' : '$defs';
  const { $schema, [defsKey]: defs, description: scenarioDescription, ...full } = generated;
  return {
    $schema,
    $id: `https://casus.dev/schema/scenario-${FORMAT_VERSION}${target === 'draft-07' ? '.draft-07' : ''}.json`,
    title: `Casus scenario, format version ${FORMAT_VERSION}`,
    description: `A Casus scenario file (format version ${FORMAT_VERSION}), as JSON Schema ${draft}. `
      + 'It checks structure, types and ranges; references between ids, dates and the other semantic rules are checked by `casus validate`. '
      + 'A file with `extends` is a variant of the scenario it names.',
    type: 'object',
    if: { type: 'object', properties: { extends: { type: 'string', description: 'a file with extends is a variant' } }, required: ['extends'] },
    then: { $ref: `#/${defsKey}/variant` },
    else: { $ref: `#/${defsKey}/scenario` },
    [defsKey]: {
      ...(defs as JsonObject | undefined),
      scenario: { ...full, description: scenarioDescription },
      variant: variantOf(full),
    },
  };
}

/**
 * The variant form of the scenario schema: the same properties, only `extends`, `id` and `title`
 * required, and `null` allowed for the entries of id-keyed maps (it deletes the base's entry).
 */
function variantOf(full: JsonObject): JsonObject {
  const properties = { ...(full.properties as Record<string, JsonObject>) };
  for (const key of DELETABLE_MAPS) {
    const map = properties[key];
    if (map === undefined) continue;
    properties[key] = {
      ...map,
      additionalProperties: { anyOf: [map.additionalProperties, { type: 'null', description: 'deletes this entry of the base scenario' }] },
    };
  }
  properties.version = { ...properties.version, description: `${String(properties.version?.description)}; in a variant, default: the base's` };
  return {
    ...full,
    description: 'a variant: a scenario written as changes to the one named in `extends` (keys replace the base\'s; id-keyed map entries merge, `null` deletes one)',
    properties,
    required: VARIANT_REQUIRED,
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

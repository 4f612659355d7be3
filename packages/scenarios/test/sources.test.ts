// Invariant: the facts a bundled scenario cites ship with it — every `sources[].note` naming a
// file, and every file named in a scenario's header comments (`../facts/…`), resolves inside the
// repository, under packages/scenarios/facts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listScenarios, SCENARIO_DIR } from '../src/index.js';
import { loadBundled } from './helpers.js';

const PACKAGE = resolve(SCENARIO_DIR, '..');

describe('the sources of the bundled scenarios', () => {
  for (const { id, path } of listScenarios()) {
    it(`${id}: every cited file is in packages/scenarios/facts`, () => {
      const cited = loadBundled(id).sources.map((s) => s.note).filter((n): n is string => n !== undefined && /\.(md|csv)$/.test(n));
      const inComments = [...readFileSync(path, 'utf8').matchAll(/\.\.\/[\w./-]+\.(?:md|csv)/g)].map((m) => m[0]);
      for (const file of [...cited, ...inComments]) {
        const target = resolve(dirname(path), file);
        expect(existsSync(target), `${id} cites ${file}`).toBe(true);
        expect(relative(PACKAGE, target).startsWith('facts/'), `${id} cites ${file} outside packages/scenarios/facts`).toBe(true);
      }
    });
  }
});

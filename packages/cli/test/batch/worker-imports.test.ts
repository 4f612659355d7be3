// A worker thread is handed a validated scenario: it needs the batch engine, not the loader. Its
// module graph (every static and dynamic import from worker.ts, as esbuild resolves them with the
// workspace's sources) must hold no zod, no yaml and no schema module but the zod-free vocabulary:
// each of those modules costs every worker heap (docs/performance.md, Memory, fourth pass).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Metafile { inputs: Record<string, unknown> }
const esbuild = createRequire(import.meta.url)('esbuild') as {
  buildSync(options: Record<string, unknown>): { metafile: Metafile };
};

function graphOf(entry: string): string[] {
  const { metafile } = esbuild.buildSync({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))], bundle: true, platform: 'node', format: 'esm',
    conditions: ['source'], write: false, metafile: true, logLevel: 'silent', outfile: 'worker.mjs',
  });
  return Object.keys(metafile.inputs);
}

describe('the batch worker\'s modules', () => {
  it('include the engine\'s batch path and none of zod, yaml or the schema', () => {
    const modules = graphOf('../../src/batch/worker.ts');
    expect(modules.some((m) => m.includes('engine/src/batch/batch.ts'))).toBe(true);
    expect(modules.some((m) => m.includes('engine/src/compiler/'))).toBe(true);
    expect(modules.filter((m) => /node_modules\/(\.pnpm\/)?(zod|yaml)[@/]/.test(m))).toEqual([]);
    expect(modules.filter((m) => m.includes('engine/src/schema/')).map((m) => m.slice(m.indexOf('engine/src/')))).toEqual(['engine/src/schema/vocabulary.ts']);
    expect(modules.filter((m) => m.includes('engine/src/index.ts') || m.includes('engine/src/load/load-scenario.ts'))).toEqual([]);
  });

  it('are what the engine\'s whole entry would bring, less the loader (a check that the test sees zod at all)', () => {
    const whole = graphOf('../../../engine/src/index.ts');
    expect(whole.some((m) => /node_modules\/(\.pnpm\/)?zod[@/]/.test(m))).toBe(true);
    expect(whole.some((m) => /node_modules\/(\.pnpm\/)?yaml[@/]/.test(m))).toBe(true);
  });
});

// The engine bundles for the browser: no node: import (or Node built-in) reaches it, and the bundle
// runs a seeded simulation to the same result as Node does.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { simulate, loadScenario } from '@casus/engine';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('browser bundle of @casus/engine', () => {
  it('bundles for platform=browser with no Node built-ins among its inputs', async () => {
    const result = await build({
      entryPoints: [`${root}packages/engine/src/index.ts`],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      conditions: ['source'],
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => p.startsWith('node:') || /^(fs|path|os|worker_threads|crypto)$/.test(p))).toEqual([]);
    expect(inputs.some((p) => p.includes('packages/engine/src/run/simulator.ts'))).toBe(true);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/from\s*["']node:/);
  });

  it('runs the bundled engine to the same result as the Node build', async () => {
    const result = await build({
      entryPoints: [`${root}packages/engine/src/index.ts`], bundle: true, platform: 'browser', format: 'esm', write: false, conditions: ['source'], logLevel: 'silent',
    });
    const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.text).toString('base64')}`;
    const bundled = (await import(url)) as typeof import('@casus/engine');
    const text = readFileSync(`${root}packages/engine/test/scenarios/two-states.yaml`, 'utf8');
    const a = bundled.loadScenario(text, { filename: 'two-states.yaml' });
    const b = loadScenario(text, { filename: 'two-states.yaml' });
    if (!a.ok || !b.ok) throw new Error('fixture does not load');
    for (let run = 0; run < 20; run++) {
      expect(bundled.simulate(a.scenario, { seed: 99, runIndex: run, trace: true })).toEqual(simulate(b.scenario, { seed: 99, runIndex: run, trace: true }));
    }
  });
});

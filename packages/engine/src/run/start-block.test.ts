// The arrays a reset sets to the start share one buffer: carved without overlap, each aligned, and
// a reset from the block's image leaves no trace of the run before.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { carveBlock } from './start-block.js';
import { loadScenario } from '../load/index.js';
import { compile } from '../model/compile.js';
import { Simulator } from './simulator.js';
import { runResult } from './result.js';

describe('start block', () => {
  it('carves aligned arrays that do not overlap, in a buffer of the measured size', () => {
    const { arrays, block } = carveBlock((c) => ({ a: c.int8(3), b: c.float64(2), c: c.int16(5), d: c.int32(1), e: c.uint8(0), f: c.uint8(9) }));
    const all = Object.values(arrays);
    for (const x of all) expect(x.byteOffset % 8).toBe(0);
    expect(block.length).toBe(8 + 16 + 16 + 8 + 0 + 16);
    all.forEach((x, k) => x.fill(k + 1));
    all.forEach((x, k) => { for (let i = 0; i < x.length; i++) expect(x[i]).toBe(k + 1); });
  });

  it('a reused simulator runs exactly as a fresh one (korea-2024, situations of the tutorial)', () => {
    for (const [id, situation] of [['korea-2024', undefined], ['tutorial', 'invasion'], ['tutorial', undefined]] as const) {
      const loaded = loadScenario(readFileSync(new URL(`../../../scenarios/scenarios/${id}.yaml`, import.meta.url), 'utf8'), { filename: `${id}.yaml` });
      if (!loaded.ok) throw new Error(`${id} does not load`);
      const model = compile(loaded.scenario);
      const reused = new Simulator(model);
      for (let run = 0; run < 15; run++) {
        // Other runs in between (another situation included) leave their state in the block.
        reused.run(5, 1000 + run, { situation: run % 2 === 0 && id === 'tutorial' ? 'invasion' : undefined });
        const a = runResult(model, reused.run(5, run, { situation }), 5, true);
        const b = runResult(model, new Simulator(model).run(5, run, { situation }), 5, true);
        expect(a).toEqual(b);
      }
    }
  });
});

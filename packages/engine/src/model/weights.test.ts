// A trigger's maxRate bounds its rate in every state a run reaches, so skipping the scale when the
// draw is at or above it never changes whether the trigger fires.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../load/index.js';
import { compile } from './compile.js';
import { Simulator } from '../run/simulator.js';

const file = fileURLToPath(new URL('../../../scenarios/scenarios/korea-2024.yaml', import.meta.url));

describe('trigger rate bounds', () => {
  it('ratePerTick × scale never exceeds maxRate over many korea-2024 runs', () => {
    const loaded = loadScenario(readFileSync(file, 'utf8'), { filename: 'korea-2024.yaml' });
    if (!loaded.ok) throw new Error('korea-2024 does not load');
    const m = compile(loaded.scenario);
    const scaled = m.triggers.filter((t) => t.scale !== undefined);
    expect(scaled.length).toBeGreaterThan(0);
    expect(scaled.some((t) => Number.isFinite(t.maxRate))).toBe(true);
    const sim = new Simulator(m);
    let checked = 0;
    for (let run = 0; run < 300; run++) {
      const s = sim.reset(7, run);
      do {
        for (const t of scaled) {
          expect(t.ratePerTick * t.scale!(s, -1, -1, -1)).toBeLessThanOrEqual(t.maxRate + 1e-12);
          checked++;
        }
      } while (sim.step());
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});

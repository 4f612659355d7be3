// Invariant: the printed 95% interval is honest about simulation error. For a scenario whose answer
// is known exactly (one hazard, p per tick over 10 ticks: P = 1 − (1 − p)^10 = 0.3), the interval
// of a 500-run batch contains the true value in about 95% of independent batches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchContext, loadScenario, summarise } from '@casus/engine';
import { cli, HAZARD, ROOT } from './helpers.js';

const TRUE_P = 0.3;

describe('Wilson interval coverage', () => {
  it('covers the true probability in 90–99% of 200 independent batches of 500 runs', () => {
    const loaded = loadScenario(readFileSync(join(ROOT, HAZARD), 'utf8'), { filename: 'hazard.yaml' });
    if (!loaded.ok) throw new Error('hazard.yaml does not load');
    let covered = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const ctx = new BatchContext(loaded.scenario, { seed: `coverage-${seed}`, runs: 500 });
      const agg = ctx.empty();
      ctx.runRange(agg, 0, 500);
      const o = summarise(agg, ['peace']).outcomes[0]!;
      if (o.lo <= TRUE_P && TRUE_P <= o.hi) covered++;
    }
    expect(covered / 200).toBeGreaterThanOrEqual(0.9);
    expect(covered / 200).toBeLessThanOrEqual(0.99);
  });

  it('the printed summary labels the interval as simulation error, with the same bounds', async () => {
    const r = await cli(['run', HAZARD, '--runs', '500', '--seed', 'coverage-1', '--workers', '1', '--quiet', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { outcomes: { id: string; p: number; lo: number; hi: number }[] };
    const text = await cli(['run', HAZARD, '--runs', '500', '--seed', 'coverage-1', '--workers', '1', '--quiet']);
    expect(text.stdout).toContain('simulation error');
    const o = json.outcomes[0]!;
    expect(text.stdout).toContain(`${(o.lo * 100).toFixed(1)}% – ${(o.hi * 100).toFixed(1)}%`);
  });
});

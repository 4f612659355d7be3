// Invariant: for an outcome not reached, `casus explain` says what came closest for every kind of
// condition it tests, including the law-of-treaties ones — a pact's life (`pactInForce`), an actor's
// spells as a party (`party`) and the clock (`date`, `tick`) — read from the model and the run.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './batch/helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** two-states with the pact ending mid-run, C leaving it earlier, and outcomes on both. */
function scenario(): string {
  const text = readFileSync(resolve(ROOT, 'packages/engine/test/scenarios/two-states.yaml'), 'utf8')
    .replace('version: "0.1"', 'version: "1.5"')
    .replace('    parties: [A, C]\n    inForce: 1960-06-01\n', '    parties: [A, { actor: C, spells: [{ to: 2025-03-31 }] }]\n    inForce: 1960-06-01\n    lapsed: 2025-07-01\n')
    .replace('outcomes:\n', [
      'outcomes:',
      '  c_bound_late: { when: { all: [ { party: { pact: a-c-1960, actor: C } }, { date: { from: 2025-05-01 } } ] } }',
      '  pact_at_end: { when: { all: [ { pactInForce: a-c-1960 }, { tick: { gte: 40 } } ] } }',
      '',
    ].join('\n'));
  expect(text).toContain('lapsed: 2025-07-01');
  const dir = mkdtempSync(join(tmpdir(), 'casus-explain-'));
  writeFileSync(join(dir, 'spells.yaml'), text);
  return join(dir, 'spells.yaml');
}

describe('casus explain: what came closest, for pacts, parties and the clock', () => {
  it('gives the spells of a party, the pact\'s life and whether it was in force at the end', async () => {
    const file = scenario();
    const r = await cli(['explain', file, '--seed', '1', '--outcome', 'c_bound_late']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('☆ c_bound_late');
    expect(r.stdout).toContain('C in a-c-1960: a party to 2025-03-31; the pact in force from 1960-06-01 to 2025-06-30 by its dates; not in force at tick 52 · 2026-01-05');
    expect(r.stdout).toContain("the run's clock: 2025-01-06 to 2026-01-11, 53 weeks (ticks 0–52)");

    const p = await cli(['explain', file, '--seed', '1', '--outcome', 'pact_at_end']);
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('pact a-c-1960: in force from 1960-06-01 to 2025-06-30 by its dates; not in force at tick 52 · 2026-01-05');
  });
});

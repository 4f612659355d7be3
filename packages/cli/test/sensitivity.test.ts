// Invariants of `casus sensitivity`: a parameter that drives an outcome ranks above one that does
// not (which, on common random numbers, swings it by exactly zero); the one-at-a-time swing and the
// global standardised regression coefficient agree in sign; the tornado is the engine's `tornado`
// with the same ends; and the directory holds the tidy ranking, the design's table and a
// casus-sweep manifest with a sensitivity section.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, tornado } from '@casus/engine';
import { leftOutNote } from '../src/sweep/sensitivity-plan.js';
import { cli, ROOT, tempDir } from './batch/helpers.js';

const FIXTURE = 'packages/cli/test/fixtures/sweep.yaml';
const RUNS = 400;

interface Row { outcome: string; rank: number; parameter: string; low_value: number; high_value: number; p_low: number; p_high: number; swing: number; src: number; src_rank: number; r2: number | null }
interface Manifest {
  format: string; kind: string; points: { index: number; role: string; parameter?: string }[];
  sensitivity: { parameters: { name: string; low: number; high: number; ends: string }[]; base: number; tornado: { parameter: string; low: number; high: number }[]; lhs: { from: number; to: number; points: number } };
}

let dir: string;
let stdout: string;
let rows: Row[];
let manifest: Manifest;

beforeAll(async () => {
  dir = tempDir();
  const r = await cli(['sensitivity', FIXTURE, '--runs', String(RUNS), '--seed', '5', '--workers', '1', '--quiet', '--out', join(dir, 'all')]);
  expect(r.code, r.stderr).toBe(0);
  stdout = r.stdout;
  rows = readFileSync(join(dir, 'all', 'sensitivity.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Row);
  manifest = JSON.parse(readFileSync(join(dir, 'all', 'manifest.json'), 'utf8')) as Manifest;
});

const row = (outcome: string, parameter: string): Row => rows.find((r) => r.outcome === outcome && r.parameter === parameter)!;

describe('casus sensitivity', () => {
  it('analyses every parameter with basis judgment or placeholder by default', () => {
    expect(manifest.sensitivity.parameters.map((p) => p.name)).toEqual(['strike_rate', 'ally_reliability', 'deny_prob', 'noise_rate']);
    expect(rows).toHaveLength(2 * 4);
  });

  it('ranks the parameter that matters first, and one that does not swings the outcome by exactly zero', async () => {
    const r = await cli(['sensitivity', FIXTURE, '--parameters', 'noise_rate,strike_rate', '--runs', String(RUNS), '--workers', '1', '--quiet', '--out', join(dir, 'two')]);
    expect(r.code, r.stderr).toBe(0);
    const two = readFileSync(join(dir, 'two', 'sensitivity.csv'), 'utf8').trimEnd().split('\n').map((l) => l.split(','));
    expect(two[0]).toEqual(['outcome', 'rank', 'parameter', 'basis', 'nominal', 'low_value', 'high_value', 'base', 'p_low', 'p_high', 'swing', 'src', 'src_rank', 'r2']);
    const struck = two.filter((l) => l[0] === 'struck');
    expect(struck.map((l) => [l[1], l[2]])).toEqual([['1', 'strike_rate'], ['2', 'noise_rate']]);
    expect(Number(struck[0]![10])).toBeGreaterThan(0.2);
    expect(Number(struck[0]![11])).toBeGreaterThan(0.9);
    expect(struck[1]![10]).toBe('0');
    expect(r.stdout).toMatch(/struck — Borduria strikes Aland\n {2}base P [\d.]+% · R² [\d.]+\n.*\n\s+1 {2}strike_rate /);
  });

  it('the SRC has the sign of the swing: reliability raises the ally joining, casus denial lowers it', () => {
    for (const [parameter, sign] of [['strike_rate', 1], ['ally_reliability', 1], ['deny_prob', -1]] as const) {
      const r = row('ally_joins', parameter);
      expect(Math.sign(r.swing), parameter).toBe(sign);
      expect(Math.sign(r.src), parameter).toBe(sign);
    }
    expect(row('ally_joins', 'strike_rate').rank).toBe(1);
    expect(row('ally_joins', 'noise_rate').rank).toBe(4);
    expect(row('ally_joins', 'noise_rate').swing).toBe(0);
    expect(row('ally_joins', 'strike_rate').r2).toBeGreaterThan(0.8);
  });

  it('its tornado is the engine\'s tornado with the same ends, on the same runs', async () => {
    const loaded = loadScenario(readFileSync(resolve(ROOT, FIXTURE), 'utf8'));
    if (!loaded.ok) throw new Error('fixture does not load');
    const engine = await tornado(loaded.scenario, {
      seed: 5, runs: RUNS,
      vary: manifest.sensitivity.parameters.map((p) => ({ name: p.name, range: [p.low, p.high] as const })),
    });
    for (const e of engine) {
      const ours = row(e.outcome, e.parameter);
      expect([ours.p_low, ours.p_high], `${e.outcome}/${e.parameter}`).toEqual([e.low, e.high]);
      expect(ours.swing).toBeCloseTo(e.swing!, 12);
    }
  });

  it('writes a casus-sweep manifest with a sensitivity section: base, tornado ends, Latin hypercube', () => {
    expect(manifest.format).toBe('casus-sweep');
    expect(manifest.kind).toBe('sensitivity');
    const s = manifest.sensitivity;
    expect(manifest.points[s.base]!.role).toBe('base');
    expect(s.tornado.map((t) => [manifest.points[t.low]!.role, manifest.points[t.high]!.parameter])).toEqual(s.parameters.map((p) => ['low', p.name]));
    expect(s.lhs).toEqual({ from: 1 + 2 * 4, to: manifest.points.length, points: 20 });
    expect(s.parameters.every((p) => p.ends === 'p10-p90' && p.high > p.low)).toBe(true);
    const table = readFileSync(join(dir, 'all', 'sweep.csv'), 'utf8').split('\n');
    expect(table[0]).toBe('point,role,parameter,strike_rate,ally_reliability,deny_prob,noise_rate,outcome,runs,hits,probability,lo,hi');
    expect(table[3]).toMatch(/^1,low,strike_rate,/);
  });

  it('prints the ranking per outcome and a replay line', () => {
    expect(stdout).toContain('4 parameters · 29 design points × 400 runs · seed 5');
    expect(stdout).toContain('ally_joins — Carpania joins the fight');
    expect(stdout).toContain('Replay this analysis: casus sensitivity packages/cli/test/fixtures/sweep.yaml --parameters strike_rate,ally_reliability,deny_prob,noise_rate --points 20 --runs 400 --seed 5');
  });

  it('--range sets the ends (level names allowed); bad parameters are usage errors', async () => {
    const r = await cli(['sensitivity', FIXTURE, '--parameters', 'strike_rate,fixed_rate', '--range', 'strike_rate=low:high', '--range', 'fixed_rate=0.5:2', '--runs', '50', '--workers', '1', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('0.5 → 3');
    const usage = async (args: string[], code: string): Promise<void> => {
      const x = await cli(['sensitivity', FIXTURE, '--runs', '10', '--workers', '1', '--quiet', ...args]);
      expect(x.code, x.stderr).toBe(2);
      expect(x.stderr).toContain(`[${code}]`);
    };
    await usage(['--parameters', 'nope'], 'E_SENSITIVITY_PARAMETER');
    await usage(['--parameters', 'fixed_rate'], 'E_SENSITIVITY_PARAMETER');
    await usage(['--parameters', 'strike_rate', '--range', 'strike_rate=3:1'], 'E_SENSITIVITY_PARAMETER');
    await usage(['--parameters', 'strike_rate', '--range', 'noise_rate=1:2'], 'E_SENSITIVITY_PARAMETER');
    await usage(['--parameters', 'strike_rate', '--set', 'strike_rate=1'], 'E_SENSITIVITY_PARAMETER');
    await usage(['--points', '4'], 'E_OPTION_VALUE');
  });

  it('names the parameters it leaves out in one note: the first five and a count, and where to see them all', async () => {
    // The tutorial fixes 14 parameters with a `value`: one line, not fourteen.
    const r = await cli(['sensitivity', 'tutorial', '--runs', '20', '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    const notes = r.stderr.split('\n').filter((l) => l.startsWith('casus: note:'));
    expect(notes).toEqual(['casus: note: 14 parameters cannot move and are left out (their 10th and 90th percentiles are equal): protest_weight, strike_back_logit, strike_back_tension, absorb_weight, ally_casus_denial and 9 more (casus show tutorial lists every parameter with its law); give --range NAME=lo:hi to move one']);
    expect((await cli(['sensitivity', 'tutorial', '--runs', '20', '--workers', '1', '--quiet'])).stderr).toBe('');
    // One left out keeps its own sentence; up to six are all named.
    expect(leftOutNote([{ name: 'x', value: 2 }], 'f.yaml')).toBe('x is left out: its 10th and 90th percentiles are equal (2); give --range x=lo:hi to move it');
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({ name, value: 1 }));
    expect(leftOutNote(six, 'f.yaml')).toBe('6 parameters cannot move and are left out (their 10th and 90th percentiles are equal): a, b, c, d, e, f; give --range NAME=lo:hi to move one');
    expect(leftOutNote([], 'f.yaml')).toBeUndefined();
  });
});

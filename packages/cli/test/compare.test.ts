// Invariants of `casus compare`: the two variants run on common random numbers, so a scenario
// compared with itself differs in no run (n10 = n01 = 0, B − A = 0 with an interval of width 0);
// a known change moves the difference the expected way with a paired interval narrower than an
// independent one; the exact counts are the engine's own and do not depend on the worker count;
// bad --set/--vs/options exit 2 with a stable code.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalAggregates, compareVariants } from '@casus/engine';
import type { CompareDocument } from '../src/compare/result-file.js';
import type { CompareReport } from '../src/compare/report.js';
import { COMPARE_ERROR_CODES } from '../src/compare/errors.js';
import { cli, ROOT, tempDir } from './batch/helpers.js';
import { scenarioAt, TUTORIAL, TWO_STATES } from './play/helpers.js';

const readDoc = (path: string): CompareDocument => JSON.parse(readFileSync(path, 'utf8')) as CompareDocument;

describe('casus compare', () => {
  it('a scenario compared with itself: no run differs, B − A = 0 exactly, with an interval of width 0', async () => {
    const dir = tempDir();
    const out = join(dir, 'self.json');
    const r = await cli(['compare', TUTORIAL, TUTORIAL, '--runs', '600', '--workers', '1', '--json', '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as CompareReport;
    expect(report.identical).toBe(true);
    expect(report.outcomes.length).toBeGreaterThan(0);
    for (const o of report.outcomes) {
      expect(o.counts.n10).toBe(0);
      expect(o.counts.n01).toBe(0);
      expect(o.diff).toEqual({ value: 0, lo: 0, hi: 0, halfWidth: 0 });
      expect(o.a).toEqual(o.b);
    }
    expect(report.changes).toEqual([]);
    const doc = readDoc(out);
    expect(doc.format).toBe('casus-compare');
    expect(doc.comparison.a).toEqual(doc.comparison.b);
    for (const cell of Object.values(doc.comparison.paired)) expect([cell.n10, cell.n01]).toEqual([0, 0]);
  });

  it('the same holds for one file with the same value on both sides', async () => {
    const r = await cli(['compare', TUTORIAL, '--set', 'ally_reliability=0.5', '--vs', 'ally_reliability=0.5', '--runs', '300', '--workers', '1', '--json', '--quiet']);
    const report = JSON.parse(r.stdout) as CompareReport;
    expect(report.identical).toBe(true);
    for (const o of report.outcomes) expect(o.diff.halfWidth).toBe(0);
  });

  it('a less reliable ally intervenes less: a negative B − A, distinguishable, and tighter than independent batches (--nominal)', async () => {
    const r = await cli(['compare', TUTORIAL, '--set', 'ally_reliability=0.95', '--vs', 'ally_reliability=0.2', '--situation', 'invasion',
      '--runs', '1500', '--workers', '1', '--json', '--quiet', '--nominal']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as CompareReport;
    const ally = report.outcomes.find((o) => o.id === 'ally_intervenes')!;
    expect(ally.diff.value).toBeLessThan(-0.2);
    expect(ally.diff.hi).toBeLessThan(0);
    expect(ally.distinguishable).toBe(true);
    for (const o of report.outcomes) {
      expect(o.diff.halfWidth).toBeLessThanOrEqual(o.independentHalfWidth + 1e-12);
      expect(o.diff.value).toBe((o.counts.n01 - o.counts.n10) / report.runs);
    }
    expect(ally.diff.halfWidth).toBeLessThan(ally.independentHalfWidth);
    // The clash comes from the situation itself: it happens in every run of both.
    const clash = report.outcomes.find((o) => o.id === 'clash')!;
    expect(clash.sameInEveryRun).toBe(true);
    expect(clash.distinguishable).toBe(false);
  });

  it('prints both probabilities, the difference with its flag, and how much pairing tightened it (--nominal)', async () => {
    const r = await cli(['compare', TUTORIAL, '--set', 'ally_reliability=0.95', '--vs', 'ally_reliability=0.2', '--situation', 'invasion', '--runs', '1500', '--workers', '1', '--quiet', '--nominal']);
    expect(r.stdout).toContain('Comparison on common random numbers — 1,500 paired runs, seed 1, batch engine, situation invasion');
    expect(r.stdout).toMatch(/ally_intervenes — Carpania at war with Borduria\n {4}A \d+\.\d% \[\d+\.\d, \d+\.\d\] {4}B \d+\.\d% \[/);
    expect(r.stdout).toMatch(/B − A −\d+\.\d pp \[−\d+\.\d, −\d+\.\d\] {2}▼ B lower {4}paired ±\d+\.\d pp vs ±\d+\.\d pp independent: \d+\.\d× tighter/);
    expect(r.stdout).toContain('≈ not distinguishable from zero');
    expect(r.stdout).toContain('simulation error only');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Replay: casus compare packages/scenarios/scenarios/tutorial.yaml --runs 1500 --seed 1 --nominal --set ally_reliability=0.95 --vs ally_reliability=0.2 --situation invasion');
  });

  it('by default compares over the judgments: draws of the uncertain parameters, draw-clustered intervals, labelled, the same for 1 and 2 workers', async () => {
    const args = ['compare', TUTORIAL, '--set', 'ally_reliability=0.95', '--vs', 'ally_reliability=0.2', '--situation', 'invasion', '--runs', '1600', '--quiet'];
    const one = await cli([...args, '--workers', '1', '--json']);
    const two = await cli([...args, '--workers', '2', '--json']);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(one.stdout).toBe(two.stdout);
    const report = JSON.parse(one.stdout) as CompareReport;
    // clash_rate is still uncertain: 1,600 runs are 20 draws × 80.
    expect(report.judgments).toEqual({ mode: 'judgments', parameterDraws: 20, runsPerDraw: 80 });
    expect(report.runs).toBe(1600);
    const ally = report.outcomes.find((o) => o.id === 'ally_intervenes')!;
    expect(ally.diff.hi).toBeLessThan(0);
    expect(ally.tighter).toBeNull();
    // --parameter-draws K: shared luck, --runs per draw.
    const explicit = JSON.parse((await cli(['compare', TUTORIAL, '--set', 'ally_reliability=0.95', '--vs', 'ally_reliability=0.2', '--situation', 'invasion',
      '--runs', '80', '--parameter-draws', '20', '--quiet', '--workers', '1', '--json'])).stdout) as CompareReport;
    expect(explicit.judgments).toEqual({ mode: 'explicit', parameterDraws: 20, runsPerDraw: 80 });
    expect(explicit.runs).toBe(1600);
    const text = await cli([...args, '--workers', '1']);
    expect(text.stdout).toContain('Comparison on common random numbers — 1,600 paired runs (20 parameter draws × 80), seed 1');
    expect(text.stdout).toContain('Over the judgments: each probability and B − A are pooled over draws');
    expect(text.stdout).toMatch(/B − A −\d+\.\d pp \[−\d+\.\d, −\d+\.\d\] {2}▼ B lower {4}±\d+\.\d pp, the parameter draw as unit/);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('Replay: casus compare packages/scenarios/scenarios/tutorial.yaml --runs 1600 --seed 1 --set ally_reliability=0.95 --vs ally_reliability=0.2 --situation invasion');
    const conflict = await cli(['compare', TUTORIAL, '--set', 'ally_reliability=0.9', '--nominal', '--parameter-draws', '4']);
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toContain('E_COMPARE_OPTION');
  });

  it('records the engine\'s exact counts, the same for one worker or two', async () => {
    const dir = tempDir();
    const args = ['compare', TWO_STATES, '--set', 'ally_reliability=0.9', '--vs', 'ally_reliability=0.3', '--situation', 'invasion', '--runs', '1200', '--seed', '7', '--quiet'];
    expect((await cli([...args, '--workers', '1', '--out', join(dir, 'one.json')])).code).toBe(0);
    expect((await cli([...args, '--workers', '2', '--out', join(dir, 'two.json')])).code).toBe(0);
    const one = readDoc(join(dir, 'one.json'));
    const two = readDoc(join(dir, 'two.json'));
    expect(two.comparison).toEqual(one.comparison);
    expect(one.manifest).toMatchObject({
      seed: 7, runs: 1200, engine: 'batch', situation: 'invasion', seedScheme: 'casus-keyed-v2',
      a: { file: TWO_STATES, scenario: { id: 'two-states' }, overrides: { ally_reliability: 0.9 } },
      b: { file: TWO_STATES, scenario: { id: 'two-states' }, overrides: { ally_reliability: 0.3 } },
    });
    expect(one.manifest.a.scenario.sha256).not.toBe(one.manifest.b.scenario.sha256);
    expect(one.provenance.command).toMatch(/^casus compare .* --workers 1 --out /);
    const sc = scenarioAt(TWO_STATES);
    const direct = await compareVariants({ scenario: sc, parameters: { ally_reliability: 0.9 } }, { scenario: sc, parameters: { ally_reliability: 0.3 } }, { seed: 7, runs: 1200, situation: 'invasion' });
    expect(one.comparison).toEqual({ runs: direct.runs, a: canonicalAggregates(direct.a), b: canonicalAggregates(direct.b), paired: direct.paired });
  });

  it('--precision stops at the first chunk where every B − A is known to ± the target, the same for 1 and 2 workers', async () => {
    const dir = tempDir();
    const base = ['compare', TUTORIAL, '--set', 'ally_reliability=0.9', '--vs', 'ally_reliability=0.5', '--precision', '0.003', '--json', '--quiet'];
    const [one, two] = await Promise.all([
      cli([...base, '--workers', '1', '--out', join(dir, 'one.json')]),
      cli([...base, '--workers', '2', '--out', join(dir, 'two.json')]),
    ]);
    expect([one.code, two.code], one.stderr + two.stderr).toEqual([0, 0]);
    const report = JSON.parse(one.stdout) as CompareReport;
    expect(report.stop).toBe('precision');
    expect(report.precision!.target).toBe(0.003);
    expect(report.precision!.reached).toBeLessThanOrEqual(0.003);
    for (const o of report.outcomes) expect(o.diff.halfWidth).toBeLessThanOrEqual(0.003);
    // Nominal values, chunks of 1,000 paired runs: it stopped at a chunk boundary, well before the cap.
    expect(report.judgments.parameterDraws).toBe(0);
    expect(report.runs % 1000).toBe(0);
    expect(report.runs).toBeGreaterThan(1000);
    expect(report.runs).toBeLessThan(1_000_000);
    expect(JSON.stringify(readDoc(join(dir, 'two.json')).comparison)).toBe(JSON.stringify(readDoc(join(dir, 'one.json')).comparison));
    expect(readDoc(join(dir, 'one.json')).manifest.precision).toBe(0.003);
    // One chunk fewer was not precise enough: the same comparison capped there did not reach it.
    const before = await cli(['compare', TUTORIAL, '--set', 'ally_reliability=0.9', '--vs', 'ally_reliability=0.5', '--nominal', '--runs', String(report.runs - 1000), '--workers', '1', '--json', '--quiet']);
    const earlier = JSON.parse(before.stdout) as CompareReport;
    expect(Math.max(...earlier.outcomes.map((o) => o.diff.halfWidth))).toBeGreaterThan(0.003);
    expect(report.replay).toContain('--precision 0.003');
    // It verifies: set up again from its manifest and the cap in its command line.
    const verified = await cli(['verify', join(dir, 'one.json')]);
    expect(verified.code, verified.stderr).toBe(0);
    const text = await cli([...base.filter((a) => a !== '--json'), '--workers', '1']);
    expect(text.stdout).toMatch(/^ {2}Stopped at the precision asked: every B − A known to ±[\d.]+ pp or better \(target ±0\.30 pp\)$/m);
    const capped = await cli(['compare', TUTORIAL, '--set', 'ally_reliability=0.9', '--vs', 'ally_reliability=0.5', '--precision', '0.001', '--runs', '2000', '--workers', '1', '--quiet']);
    expect(capped.stdout).toMatch(/The precision asked \(±0\.10 pp\) was not reached within --runs: the widest B − A is ±[\d.]+ pp/);
    const draws = await cli(['compare', TUTORIAL, '--vs', 'clash_rate=0.9', '--precision', '0.01', '--parameter-draws', '4']);
    expect(draws.code).toBe(2);
    expect(draws.stderr).toMatch(/--precision cannot be combined with --parameter-draws .*\[E_COMPARE_OPTION\]/);
  }, 120_000);

  it('bad --set, --vs and options exit 2 with a stable code', async () => {
    const cases: [string[], string][] = [
      [[TUTORIAL], 'E_COMPARE_NOTHING'],
      [[TUTORIAL, '--vs', 'nope=1'], 'E_COMPARE_OVERRIDE'],
      [[TUTORIAL, '--set', 'ally_reliability'], 'E_COMPARE_OVERRIDE'],
      [[TUTORIAL, '--set', '=3'], 'E_COMPARE_OVERRIDE'],
      [[TUTORIAL, '--vs', 'ally_reliability=high'], 'E_COMPARE_OVERRIDE'],
      [[TUTORIAL, TWO_STATES, '--vs', 'clash_rate=1'], 'E_COMPARE_OVERRIDE'],
      [[TUTORIAL, TWO_STATES, '--situation', 'nowhere'], 'E_COMPARE_SITUATION'],
      [[TUTORIAL, 'korea-2010'], 'E_COMPARE_UNRELATED'],
      [[TUTORIAL, TUTORIAL, TUTORIAL], 'E_COMPARE_ARGS'],
      [[TUTORIAL, TUTORIAL, '--runs', '0'], 'E_COMPARE_OPTION'],
      [[TUTORIAL, TUTORIAL, '--workers', 'many'], 'E_COMPARE_OPTION'],
    ];
    for (const [args, code] of cases) {
      const r = await cli(['compare', ...args, '--quiet']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(`[${code}]`);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    const unknown = await cli(['compare', TUTORIAL, '--vs', 'nope=1', '--quiet']);
    expect(unknown.stderr).toContain(`unknown parameter "nope" in --vs (variant B); tutorial has 17 parameters; casus show ${TUTORIAL} lists them all [E_COMPARE_OVERRIDE]`);
  });

  it('every error code is documented', () => {
    const doc = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');
    for (const code of COMPARE_ERROR_CODES) expect(doc, code).toContain(`| \`${code}\` | 2 |`);
  });

  it('an invalid scenario exits 1, a missing one 2', async () => {
    const bad = join(tempDir(), 'bad.yaml');
    writeFileSync(bad, 'version: "0.1"\nid: bad\ntitle: Bad\nclock: { start: 2025-01-06, tick: week, horizon: 4 }\nactors: { A: { name: A } }\noutcomes: { x: { when: { nonsense: 1 } } }\n');
    expect((await cli(['compare', TUTORIAL, bad, '--quiet'])).code).toBe(1);
    expect((await cli(['compare', TUTORIAL, 'packages/cli/test/does-not-exist.yaml', '--quiet'])).code).toBe(2);
  });
});

// A comparison of two scenario files says what B changes from A before the figures, so a reader
// knows which assumption moved them; the JSON lists every change.
describe('casus compare: what B changes from A', () => {
  it('tells the pacts, triggers and parameters a variant changes, a parameter\'s law before and after', async () => {
    const [text, json] = await Promise.all([
      cli(['compare', 'korea-2024', 'korea-2024-no-treaty', '--runs', '40', '--nominal', '--workers', '1', '--quiet']),
      cli(['compare', 'korea-2024', 'korea-2024-no-treaty', '--runs', '40', '--nominal', '--workers', '1', '--quiet', '--json']),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ {2}What B changes from A \(the scenarios as loaded; --set and --vs apart\): \d+ changes$/m);
    expect(text.stdout).toMatch(/^ {4}pacts +removed rus-prk-2024$/m);
    expect(text.stdout).toMatch(/^ {4} +added rus-prk-2000$/m);
    expect(text.stdout).toMatch(/changed russia_fight_for_dprk: normal\(1, sd 0\.5\) in \[-0\.5, 2\.5\] → value 0/);
    const report = JSON.parse(json.stdout) as CompareReport;
    expect(report.changes).toContainEqual(expect.objectContaining({ section: 'pacts', id: 'rus-prk-2024', change: 'removed' }));
    expect(report.changes.filter((c) => c.section === 'parameters' && c.change === 'removed')).toHaveLength(9);
  });
});

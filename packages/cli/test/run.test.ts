// Invariants of `casus run` (one run) and `casus explain`: the story is a pure function of the run
// request (same request, same bytes, on either engine), --json is exactly the engine's RunResult,
// every output ends with a replay line that reproduces it, and each kind of failure has its
// documented exit code with a one-line message.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate, type RunResult, type Scenario } from '@casus/engine';
import { listScenarios } from '@casus/scenarios';
import { cli } from './batch/helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TWO_STATES = 'packages/engine/test/scenarios/two-states.yaml';


function scenarioAt(path: string): Scenario {
  const loaded = loadScenario(readFileSync(resolve(ROOT, path), 'utf8'), { filename: path });
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return loaded.scenario;
}

/** The words of a replay line, undoing the single quotes replayCommand adds. */
function replayArgv(stdout: string): string[] {
  const line = stdout.trimEnd().split('\n').at(-1)!;
  expect(line).toMatch(/^replay: casus /);
  const words = [...line.slice('replay: casus '.length).matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((w) => (w[1] !== undefined ? w[1].replace(/'\\''/g, "'") : w[2]!));
  return words;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'casus-run-'));
}

const LOOP_YAML = `version: "0.1"
id: loop
title: Two doctrines that answer each other forever
clock: { start: 2025-01-06, tick: week, horizon: 4 }
actors:
  A: { name: Aland }
  B: { name: Borduria }
doctrine:
  A:
    - id: answer
      on: { event: armedAttack, on: $self }
      options: [{ id: strike, weight: 1, effect: { armedAttack: { by: $self, on: $actor, intensity: 4 } } }]
  B:
    - id: answer
      on: { event: armedAttack, on: $self }
      options: [{ id: strike, weight: 1, effect: { armedAttack: { by: $self, on: $actor, intensity: 4 } } }]
triggers:
  - { id: spark, at: [1], effect: { armedAttack: { by: B, on: A, intensity: 4 } } }
outcomes:
  clash: { when: { happened: { event: armedAttack } } }
`;

describe('casus run (one run)', () => {
  it('tells the story tick by tick and ends with the replay line', async () => {
    const r = await cli(['run', TWO_STATES, '--seed', '42', '--situation', 'invasion']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const expected = simulate(scenarioAt(TWO_STATES), { seed: 42, situation: 'invasion', trace: true });
    for (const e of expected.events!) {
      expect(r.stdout).toContain(`tick ${e.tick} · ${e.date}`);
      expect(r.stdout).toContain(e.text.split(' — ')[0]);
    }
    expect(r.stdout).toContain('situation invasion: Borduria invades Aland in week 2');
    expect(r.stdout).toMatch(/★ OUTCOME clash reached/);
    expect(r.stdout).toMatch(/summary at tick 52/);
    expect(r.stdout.endsWith('replay: casus run packages/engine/test/scenarios/two-states.yaml --seed 42 --run 0 --situation invasion\n')).toBe(true);
  });

  it('dates an event that falls inside its tick, and an outcome it makes hold, with the event\'s own day', async () => {
    const dir = tempDir();
    const file = join(dir, 'dated.yaml');
    writeFileSync(file, `version: "1.0"
id: dated
title: A dated inject inside a weekly tick
clock: { start: 2011-10-03, tick: week, horizon: 2 }
actors:
  A: { name: A }
  B: { name: B }
situations:
  s:
    title: a signal on Tuesday
    inject:
      - { at: 2011-10-04, effect: { signal: { kind: note, by: A } } }
outcomes:
  noted: { when: { happened: { event: signal, kind: note } } }
`);
    const r = await cli(['run', file, '--situation', 's']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const header = lines.indexOf('tick 0 · 2011-10-03');
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toBe('  · 2011-10-04');
    expect(lines[header + 2]).toMatch(/^ {2}#0 /);
    expect(r.stdout).toContain('★ OUTCOME noted reached (2011-10-04)');
  });

  it('marks obligation fates and shows each Council member\'s vote', async () => {
    // Seed chosen by search so that an obligation is judged, invoked and honoured, and a draft is voted on.
    const s = scenarioAt(TWO_STATES);
    const seed = [...Array(200).keys()].find((k) => {
      const res = simulate(s, { seed: k, situation: 'invasion', trace: true });
      return res.final.drafts.some((d) => d.votes !== '') && res.events!.some((e) => e.detail?.startsWith('honoured'));
    });
    expect(seed).toBeDefined();
    const r = await cli(['run', TWO_STATES, '--seed', String(seed), '--situation', 'invasion']);
    expect(r.stdout).toContain('⚖ JUDGED');
    expect(r.stdout).toContain('▶ INVOKED');
    expect(r.stdout).toMatch(/✔ HONOURED \((consult|diplomatic|materiel|forces|war)\)/);
    expect(r.stdout).toMatch(/votes: B (yes|no|abstain)( \(veto\))? · C (yes|no|abstain)( \(veto\))? · D (yes|no|abstain) · E (yes|no|abstain)/);
    expect(r.stdout).toMatch(/a-c-1960\/defense@C Art\. 2 +now /);
  });

  it('tells the bundled tutorial by its id', async () => {
    if (!listScenarios().some((b) => b.id === 'tutorial')) return;
    const r = await cli(['run', 'tutorial', '--seed', '7', '--run', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Two states and a defence pact \(tutorial\) — seed 7, run 3, batch engine/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('replay: casus run tutorial --seed 7 --run 3');
  });

  it('folds the weekly clock lines of a war into one note, keeping every other event and the ticks they fall in (korea-2024)', async () => {
    const r = await cli(['run', 'korea-2024', '--seed', '1', '--run', '198']);
    expect(r.code).toBe(0);
    const loaded = loadScenario(readFileSync(join(ROOT, 'packages/scenarios/scenarios/korea-2024.yaml'), 'utf8'));
    if (!loaded.ok) throw new Error('korea-2024 does not load');
    const events = simulate(loaded.scenario, { seed: 1, runIndex: 198, trace: true }).events!;
    const clockLines = events.filter((e) => e.kind === 'variable' && (e.cause === 'trigger:war-clock' || e.cause === 'trigger:china-war-clock'));
    expect(clockLines.length).toBeGreaterThan(100);
    expect(r.stdout).not.toContain('[trigger:war-clock]');
    expect(r.stdout).not.toContain('[trigger:china-war-clock]');
    expect(r.stdout).toContain(`clock rules (war-clock, china-war-clock) move war_duration, dprk_postwar, china_war_duration every week: their ${clockLines.length} lines are not shown (--json has them)`);
    // Every other event still shows, and every tick that has one.
    const others = events.filter((e) => !clockLines.includes(e));
    expect(r.stdout.match(/^tick \d+ /gm)!.length).toBe(new Set(others.map((e) => e.tick)).size);
    expect(r.stdout).toContain('[trigger:chinese-campaign]');
  });

  it('ends the story\'s summary with the run\'s metrics, as the run reports them (korea-2024)', async () => {
    const r = await cli(['run', 'korea-2024', '--seed', '1', '--run', '4242']);
    expect(r.code).toBe(0);
    const loaded = loadScenario(readFileSync(join(ROOT, 'packages/scenarios/scenarios/korea-2024.yaml'), 'utf8'));
    if (!loaded.ok) throw new Error('korea-2024 does not load');
    const metrics = simulate(loaded.scenario, { seed: 1, runIndex: 4242 }).metrics!;
    expect(Object.keys(metrics)).toHaveLength(6);
    expect(r.stdout).toContain(`\n  metrics      ${Object.entries(metrics).map(([id, v]) => `${id} ${v}`).join(' · ')}\n`);
  });

  it('--json prints exactly the RunResult with its trace, and nothing else', async () => {
    const r = await cli(['run', TWO_STATES, '--seed', '9', '--run', '4', '--situation', 'invasion', '--set', 'ally_reliability=0.3', '--json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as RunResult;
    const expected = simulate(scenarioAt(TWO_STATES), { seed: 9, runIndex: 4, situation: 'invasion', parameters: { ally_reliability: 0.3 }, trace: true });
    expect(parsed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(parsed.events!.length).toBeGreaterThan(0);
  });

  it('keeps a seed that is not an integer in [0, 2^32) as a string', async () => {
    for (const [arg, seed] of [['42', 42], ['exercise-3', 'exercise-3'], ['4294967296', '4294967296'], ['-1', '-1']] as const) {
      const r = await cli(['run', TWO_STATES, '--seed', arg, '--json']);
      expect((JSON.parse(r.stdout) as RunResult).seed).toBe(seed);
    }
  });

  it('defaults to seed 1 and run 0, never the clock, and says so in the replay line', async () => {
    const a = await cli(['run', TWO_STATES]);
    const b = await cli(['run', TWO_STATES, '--seed', '1', '--run', '0']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.trimEnd().split('\n').at(-1)).toBe(`replay: casus run ${TWO_STATES} --seed 1 --run 0`);
  });

  it('gives byte-identical output for the same request, and the same story on the reference engine', async () => {
    const argv = ['run', TWO_STATES, '--seed', '42', '--situation', 'invasion'];
    const first = await cli(argv);
    const second = await cli(argv);
    expect(second.stdout).toBe(first.stdout);
    const reference = await cli([...argv, '--engine', 'reference']);
    const body = (s: string) => s.split('\n').slice(1, -2).join('\n');
    expect(body(reference.stdout)).toBe(body(first.stdout));
    expect(reference.stdout).toContain('reference engine');
    expect(reference.stdout).toContain('--engine reference\n');
  });

  it('replays exactly from its replay line (property)', async () => {
    await fc.assert(fc.asyncProperty(
      fc.oneof(fc.nat({ max: 2 ** 32 - 1 }).map(String), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.startsWith('-'))),
      fc.nat({ max: 1000 }),
      fc.constantFrom(undefined, 'invasion'),
      fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      async (seed, runIndex, situation, reliability) => {
        const argv = ['run', TWO_STATES, '--seed', seed, '--run', String(runIndex)];
        if (situation !== undefined) argv.push('--situation', situation);
        if (reliability !== undefined) argv.push('--set', `ally_reliability=${reliability}`);
        const first = await cli(argv);
        expect(first.code).toBe(0);
        const again = await cli(replayArgv(first.stdout));
        expect(again.stdout).toBe(first.stdout);
      },
    ), { numRuns: 25 });
  });

  it('colours only for a terminal without NO_COLOR', async () => {
    const argv = ['run', TWO_STATES, '--seed', '42', '--situation', 'invasion'];
    expect((await cli(argv, { isTTY: true })).stdout).toContain('\u001b[');
    expect((await cli(argv, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await cli(argv, { isTTY: false })).stdout).not.toContain('\u001b[');
  });

  it('hands --runs N > 1 to batch mode, and refuses --run there', async () => {
    const batch = await cli(['run', TWO_STATES, '--runs', '10', '--workers', '1', '--quiet']);
    expect(batch.stdout).not.toMatch(/^tick \d+ · /m);
    const mixed = await cli(['run', TWO_STATES, '--runs', '10', '--run', '3']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^casus: --run picks one run/);
  });
});

describe('casus explain', () => {
  it('prints the chain from a root event to the event that made each outcome hold', async () => {
    const r = await cli(['explain', TWO_STATES, '--seed', '42', '--run', '0', '--situation', 'invasion']);
    expect(r.code).toBe(0);
    const expected = simulate(scenarioAt(TWO_STATES), { seed: 42, situation: 'invasion', trace: true });
    const reached = expected.outcomes.ally_intervenes!;
    expect(reached.event).not.toBeNull();
    const holds = r.stdout.split('\n').find((l) => l.includes('◀ ally_intervenes holds from here'))!;
    expect(holds).toContain(`#${reached.event} `);
    expect(holds).toContain(expected.events![reached.event!]!.text);
    expect(r.stdout).toContain(`causes: ${reached.path.join(' → ')}`);
    // The chain's first link is the root: an event with no parent.
    const section = r.stdout.slice(r.stdout.indexOf('★ ally_intervenes'));
    const firstSeq = Number(/#(\d+)/.exec(section)![1]);
    expect(expected.events![firstSeq]!.parent).toBeNull();
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`replay: casus explain ${TWO_STATES} --seed 42 --run 0 --situation invasion`);
  });

  it('says what came closest for an outcome not reached', async () => {
    const s = scenarioAt(TWO_STATES);
    const seed = [...Array(200).keys()].find((k) => simulate(s, { seed: k }).outcomes.ally_intervenes!.tick === null)!;
    const r = await cli(['explain', TWO_STATES, '--seed', String(seed), '--outcome', 'ally_intervenes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('☆ ally_intervenes');
    expect(r.stdout).toContain('not reached by tick 52');
    expect(r.stdout).toContain('it asks: { relation: { between: [C, B], war: true } }');
    expect(r.stdout).toMatch(/C–B: highest rung reached \w+/);
    expect(r.stdout).not.toContain('sanctions_vetoed');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`replay: casus explain ${TWO_STATES} --seed ${seed} --run 0 --outcome ally_intervenes`);
  });

  it('tells the same explanation on either engine', async () => {
    const argv = ['explain', TWO_STATES, '--seed', '3', '--situation', 'invasion'];
    const reference = await cli(argv);
    const batch = await cli([...argv, '--engine', 'batch']);
    const body = (s: string) => s.split('\n').slice(1, -2).join('\n');
    expect(body(batch.stdout)).toBe(body(reference.stdout));
  });
});

describe('errors and exit codes', () => {
  const oneLine = (s: string) => {
    expect(s.trimEnd().split('\n')).toHaveLength(1);
    expect(s).not.toMatch(/\n\s+at /);
  };

  it('an unknown file exits 2 with one line and no stack', async () => {
    for (const command of ['run', 'explain']) {
      const r = await cli([command, 'no-such-file.yaml']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      oneLine(r.stderr);
      expect(r.stderr).toContain('no-such-file.yaml');
    }
  });

  it('an invalid scenario prints located issues and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), readFileSync(resolve(ROOT, TWO_STATES), 'utf8').replace('judgment: { deny: 0.1, pretext: 0 }', 'judgment: { deny: 1.4, pretext: 0 }'));
    for (const command of ['run', 'explain']) {
      const r = await cli([command, 'bad.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ pacts\[0\]\.obligations\[0\]\.judgment\.deny: /);
    }
  });

  it('an unknown situation, outcome or parameter exits 2 and lists the valid names', async () => {
    let r = await cli(['run', TWO_STATES, '--situation', 'invasoin']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('invasion');
    r = await cli(['explain', TWO_STATES, '--outcome', 'ally']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('clash, ally_intervenes, sanctions_vetoed');
    r = await cli(['run', TWO_STATES, '--set', 'reliability=0.5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ally_reliability');
    r = await cli(['run', TWO_STATES, '--set', 'ally_reliability=high']);
    expect(r.code).toBe(2);
    r = await cli(['run', TWO_STATES, '--set', 'ally_reliability']);
    expect(r.code).toBe(2);
    r = await cli(['run', TWO_STATES, '--set', 'ally_reliability=1.5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outside [0, 1]');
    r = await cli(['run', TWO_STATES, '--run', 'seven']);
    expect(r.code).toBe(2);
    r = await cli(['run', TWO_STATES, '--engine', 'fast']);
    expect(r.code).toBe(2);
  });

  it('a run that stops with an error prints it with the replay line and exits 3', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'loop.yaml'), LOOP_YAML);
    const r = await cli(['run', 'loop.yaml', '--seed', '5'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('✖ the run stopped at tick 1');
    expect(r.stdout).toMatch(/more events in this tick/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('replay: casus run loop.yaml --seed 5 --run 0');
    expect(r.stderr).toContain('casus: the run stopped with an error: ');
    const json = await cli(['run', 'loop.yaml', '--seed', '5', '--json'], { cwd: dir });
    expect(json.code).toBe(3);
    expect((JSON.parse(json.stdout) as RunResult).status).toBe('error');
    expect(json.stderr).toContain('replay: casus run loop.yaml --seed 5 --run 0');
    const explained = await cli(['explain', 'loop.yaml', '--seed', '5'], { cwd: dir });
    expect(explained.code).toBe(3);
    expect(explained.stdout).toContain('✖ the run stopped at tick 1');
  });
});
